package nn.show;

import nn.util.Check;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The library's own code, shown in a notebook: the lines of one of its {@code .java} files, read
 * at run time from the jar, which carries the source files of the packages that teach (layers,
 * activations, losses, optimisers, …; pom.xml lists them) under {@value #SOURCES}, not beside
 * their classes, where the compiler of a notebook's kernel would take them for code to compile. A lesson that
 * teaches a formula shows the method that computes it:
 * <pre>
 *   Source.of(Momentum.class).method("update")
 *   Source.of(BackwardPass.class).method("of(ForwardPass, double[], OutputLoss)").lines("// hidden layers", "db[l - 1]")
 * </pre>
 * A notebook shows the excerpt as a Java code block under its file and line numbers
 * ({@code nn/optim/Momentum.java:21–28}); its text form numbers every line. Asking for a method or a
 * line that is not there fails at once with a sentence naming what was asked and what there is, so
 * a lesson whose excerpt the code no longer has fails its test ({@code SourceExcerptsTest} asks for
 * every excerpt in the lessons).
 */
public final class Source {
    /** Where in the jar the source files are: {@code nn/optim/Momentum.java} is {@code META-INF/sources/nn/optim/Momentum.java}. */
    static final String SOURCES = "META-INF/sources/";

    private final SourceFile file;
    private final String label; // the method shown, or null
    private final int first;
    private final int last;

    private Source(SourceFile file, String label, int first, int last) {
        this.file = file;
        this.label = label;
        this.first = first;
        this.last = last;
    }

    /** The whole file that declares {@code type}, one of the library's classes (for a nested class, its outer class's file). */
    public static Source of(Class<?> type) {
        Check.notNull(type, "Source.of", "a class of the library");
        String name = type.getName().replaceAll("\\$.*", "");
        return of(name, type.getClassLoader());
    }

    /**
     * The whole file of the library's class {@code className}, written in full
     * ({@code "nn.activations.Classic"}): for a class that a notebook cannot name because it is not
     * public.
     */
    public static Source of(String className) {
        Check.notNull(className, "Source.of", "a class name such as \"nn.layers.BackwardPass\"");
        Check.argument(className.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*"),
                "Source.of needs a class name written in full, such as \"nn.layers.BackwardPass\", not \"%s\"", className);
        return of(className, Source.class.getClassLoader());
    }

    private static Source of(String className, ClassLoader loader) {
        String path = className.replace('.', '/') + ".java";
        SourceFile file = SourceFile.read(path, loader);
        if (file == null && loader != Source.class.getClassLoader()) {
            file = SourceFile.read(path, Source.class.getClassLoader());
        }
        Check.argument(file != null, "the library's jar carries no source file %s for %s: Source shows the classes of the "
                + "packages that teach, such as nn.layers.BackwardPass (pom.xml lists them)", path, className);
        return new Source(file, null, 1, file.lines.size());
    }

    /**
     * The method or constructor {@code name} in these lines, with its doc comment and annotations:
     * {@code "update"}, or, when several have that name, the one with these parameter types:
     * {@code "of(ForwardPass, double[], OutputLoss)"}.
     */
    public Source method(String name) {
        Check.notNull(name, "Source.method", "a method's name, such as \"update\"");
        String wanted = name.replaceAll("\\s+", "");
        String simple = wanted.replaceAll("\\(.*", "");
        List<SourceFile.Declaration> here = file.declarations.stream().filter(d -> d.first() >= first && d.last() <= last).toList();
        List<SourceFile.Declaration> named = here.stream().filter(d -> d.name().equals(simple)).toList();
        Check.argument(!named.isEmpty(), "%s has no method named %s; it declares %s", what(), simple, list(here));
        List<SourceFile.Declaration> chosen = !wanted.contains("(") ? named
                : named.stream().filter(d -> erased(d.signature()).equals(erased(wanted))).toList();
        Check.argument(!chosen.isEmpty(), "%s has no method %s; its methods named %s are %s", what(), name, simple, list(named));
        Check.argument(chosen.size() == 1, "%s has %d methods named %s, %s: name one with its parameter types, as in method(\"%s\")",
                what(), chosen.size(), simple, list(chosen), chosen.get(0).signature());
        SourceFile.Declaration d = chosen.get(0);
        return new Source(file, d.signature(), d.first(), d.last());
    }

    /**
     * The lines from the first one that contains {@code from} to the next one (or the same) that
     * contains {@code to}, and on to the brace that closes each block they open, so that the
     * excerpt is whole code: {@code lines("for (int l = 1", "dW[l - 1] =")} ends with the loop's
     * closing brace.
     */
    public Source lines(String from, String to) {
        Check.argument(from != null && to != null && !from.isBlank() && !to.isBlank(),
                "Source.lines needs the text of its first and its last line, not %s and %s", from, to);
        int a = find(from, first);
        int b = find(to, a);
        while (b < last && file.openBraces(a, b) > 0) {
            b++;
        }
        return new Source(file, label, a, b);
    }

    private int find(String text, int from) {
        for (int l = from; l <= last; l++) {
            if (file.lines.get(l - 1).contains(text)) {
                return l;
            }
        }
        Check.argument(false, "%s has no line containing \"%s\"%s", what(), text, from > first ? " from line " + from + " on" : "");
        return -1;
    }

    /** The file, e.g. {@code nn/layers/BackwardPass.java}. */
    public String file() {
        return file.path;
    }

    /** The number of the first line shown (from 1). */
    public int firstLine() {
        return first;
    }

    /** The number of the last line shown. */
    public int lastLine() {
        return last;
    }

    /** The lines shown, without the indentation they share. */
    public String code() {
        List<String> shown = file.lines.subList(first - 1, last);
        int indent = shown.stream().filter(s -> !s.isBlank()).mapToInt(s -> s.length() - s.stripLeading().length()).min().orElse(0);
        return shown.stream().map(s -> s.isBlank() ? "" : s.substring(indent)).collect(Collectors.joining("\n"));
    }

    /** Where the lines are, e.g. {@code nn/optim/Momentum.java:21–28}. */
    public String where() {
        return file.path + ":" + (first == last ? String.valueOf(first) : first + "–" + last);
    }

    /** The Markdown a notebook shows: where the lines are, then the lines as a Java code block. */
    public String markdown() {
        String code = code();
        String fence = "```";
        while (code.contains(fence)) {
            fence += "`";
        }
        return "`" + where() + "`\n\n" + fence + "java\n" + code + "\n" + fence + "\n";
    }

    /** Where the lines are, then each line with its number. */
    @Override
    public String toString() {
        String[] shown = code().split("\n", -1);
        int width = String.valueOf(last).length();
        StringBuilder s = new StringBuilder(where());
        for (int i = 0; i < shown.length; i++) {
            s.append('\n').append(String.format(java.util.Locale.ROOT, "%" + width + "d", first + i)).append(shown[i].isEmpty() ? "" : "  " + shown[i]);
        }
        return s.toString();
    }

    /** For messages: the file, and the method and lines when this is part of it. */
    private String what() {
        return label == null && first == 1 && last == file.lines.size() ? file.path
                : where() + (label == null ? "" : " (" + label + ")");
    }

    private static String list(List<SourceFile.Declaration> declarations) {
        return declarations.isEmpty() ? "no methods"
                : declarations.stream().map(d -> d.signature() + " (line " + d.line() + ")").collect(Collectors.joining(", "));
    }

    /** A signature without spaces, generic arguments or package names, so that {@code of(double[],Loss)} matches {@code of(double[], Loss)}. */
    private static String erased(String signature) {
        String s = signature.replaceAll("\\s+", "");
        while (s.matches(".*<[^<>]*>.*")) {
            s = s.replaceAll("<[^<>]*>", "");
        }
        return s.replaceAll("[\\w$]+\\.(?=[A-Za-z_$])", "");
    }
}
