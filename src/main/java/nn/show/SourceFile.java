package nn.show;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the library's {@code .java} files, read from the jar (the build puts each beside its
 * classes), with the methods and constructors it declares. Java is not parsed: comments and
 * literals are blanked out, and a name followed by {@code (…)} is a declaration when a type or
 * modifier stands before it and a body ({@code {}) or {@code ;} follows. That is enough for
 * the library's own code, which {@code SourceTest} reads in full.
 */
final class SourceFile {
    /** A method or constructor: lines {@code first…last} (from 1) hold it with its doc comment and annotations. */
    record Declaration(String name, List<String> parameterTypes, int first, int line, int last) {
        String signature() {
            return name + "(" + String.join(", ", parameterTypes) + ")";
        }
    }

    private static final Pattern NAME_AND_PARENTHESIS = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*\\(");
    private static final Pattern TYPE_HEADER = Pattern.compile("\\b(class|interface|enum|record)\\b");
    private static final Pattern TYPE_NAME = Pattern.compile("\\b(class|interface|enum|record)\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern ANONYMOUS_CLASS = Pattern.compile("\\bnew\\b[^;{}]*\\)\\s*$");
    private static final Set<String> NOT_A_TYPE = Set.of("new", "return", "throw", "else", "case", "yield", "assert", "instanceof",
            "if", "for", "while", "switch", "catch", "synchronized", "try", "do", "this", "super");

    final String path;
    final List<String> lines;
    final List<Declaration> declarations;
    private final String code;
    private final int[] lineStart;

    private SourceFile(String path, String text) {
        this.path = path;
        this.lines = text.lines().toList();
        this.code = blankCommentsAndLiterals(text);
        this.lineStart = new int[lines.size() + 2];
        for (int i = 0, l = 1; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && ++l < lineStart.length) {
                lineStart[l] = i + 1;
            }
        }
        this.declarations = List.copyOf(declarations());
    }

    /** How many more braces lines {@code from…to} open than they close (comments and literals not counted). */
    int openBraces(int from, int to) {
        int open = 0;
        for (int k = lineStart[from]; k < code.length() && (to >= lines.size() || k < lineStart[to + 1]); k++) {
            open += code.charAt(k) == '{' ? 1 : code.charAt(k) == '}' ? -1 : 0;
        }
        return open;
    }

    /** The file {@code path} (e.g. {@code nn/layers/BackwardPass.java}) as {@code loader} finds it under {@link Source#SOURCES}, or null. */
    static SourceFile read(String path, ClassLoader loader) {
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(Source.SOURCES + path)) {
            return in == null ? null : parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
    }

    /** {@code text} as the file {@code path}. */
    static SourceFile parse(String path, String text) {
        return new SourceFile(path, text);
    }

    /** The text with every comment and string or character literal replaced by spaces (line breaks kept). */
    static String blankCommentsAndLiterals(String text) {
        char[] c = text.toCharArray();
        int i = 0;
        while (i < c.length) {
            int end;
            if (text.startsWith("//", i)) {
                end = text.indexOf('\n', i);
                end = end < 0 ? c.length : end;
            } else if (text.startsWith("/*", i)) {
                end = text.indexOf("*/", i + 2);
                end = end < 0 ? c.length : end + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                end = closing(text, i + 3, "\"\"\"");
            } else if (c[i] == '"' || c[i] == '\'') {
                end = closing(text, i + 1, String.valueOf(c[i]));
            } else {
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                if (c[k] != '\n') {
                    c[k] = ' ';
                }
            }
            i = end;
        }
        return new String(c);
    }

    /** Where a literal that started before {@code from} ends, just after its unescaped {@code quote}. */
    private static int closing(String text, int from, String quote) {
        for (int k = from; k < text.length(); k++) {
            if (text.charAt(k) == '\\') {
                k++;
            } else if (text.startsWith(quote, k)) {
                return k + quote.length();
            }
        }
        return text.length();
    }

    private List<Declaration> declarations() {
        List<Declaration> found = new ArrayList<>();
        Set<String> typeNames = new java.util.HashSet<>();
        for (Matcher t = TYPE_NAME.matcher(code); t.find(); ) {
            typeNames.add(t.group(2));
        }
        Matcher m = NAME_AND_PARENTHESIS.matcher(code);
        while (m.find()) {
            String name = m.group(1);
            boolean constructor = typeNames.contains(name) && startsDeclaration(m.start()); // package-private: nothing before its name
            if (NOT_A_TYPE.contains(name) || !(constructor || typeOrModifierBefore(m.start())) || !inTypeBody(m.start())) {
                continue;
            }
            int close = matching(m.end() - 1, '(', ')');
            int after = skipSpaces(close + 1);
            if (code.startsWith("throws", after)) {
                while (after < code.length() && code.charAt(after) != '{' && code.charAt(after) != ';') {
                    after++;
                }
            }
            if (close < 0 || after >= code.length() || (code.charAt(after) != '{' && code.charAt(after) != ';')) {
                continue;
            }
            int end = code.charAt(after) == '{' ? matching(after, '{', '}') : after;
            if (end < 0) {
                continue;
            }
            int line = lineOf(m.start());
            found.add(new Declaration(name, parameterTypes(code.substring(m.end(), close)), firstLine(m.start(), line), line, lineOf(end)));
        }
        return found;
    }

    /** Whether the word before position {@code at} is a type or modifier ({@code double}, {@code >}, {@code ]}, {@code public}), not a call's context. */
    private boolean typeOrModifierBefore(int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(code.charAt(k))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char c = code.charAt(k);
        if (c == ']') {
            return true;
        }
        if (c == '>') { // a generic return type, unless it is a lambda's arrow or a call's type argument: this.<T>f(…)
            if (k > 0 && code.charAt(k - 1) == '-') {
                return false;
            }
            int depth = 0;
            while (k >= 0) {
                depth += code.charAt(k) == '>' ? 1 : code.charAt(k) == '<' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
                k--;
            }
            int before = k - 1;
            while (before >= 0 && Character.isWhitespace(code.charAt(before))) {
                before--;
            }
            return before < 0 || code.charAt(before) != '.';
        }
        if (!Character.isJavaIdentifierPart(c)) {
            return false;
        }
        int start = k;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
            start--;
        }
        return !NOT_A_TYPE.contains(code.substring(start, k + 1)) && (start == 0 || code.charAt(start - 1) != '.');
    }

    /** Whether the code before position {@code at} ends a declaration or opens a body ({@code ;}, <code>{</code>, <code>}</code>). */
    private boolean startsDeclaration(int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(code.charAt(k))) {
            k--;
        }
        return k >= 0 && ";{}".indexOf(code.charAt(k)) >= 0;
    }

    /** Whether position {@code at} lies directly in the body of a class, interface, enum or record (named or anonymous), where methods are declared. */
    private boolean inTypeBody(int at) {
        int depth = 0, k = at - 1;
        for (; k >= 0; k--) {
            char c = code.charAt(k);
            depth += c == '}' ? 1 : c == '{' ? -1 : 0;
            if (depth < 0) {
                break;
            }
        }
        if (k < 0) {
            return false;
        }
        int h = k - 1;
        while (h >= 0 && ";{}".indexOf(code.charAt(h)) < 0) {
            h--;
        }
        String header = code.substring(h + 1, k);
        return TYPE_HEADER.matcher(header).find() || ANONYMOUS_CLASS.matcher(header).find();
    }

    /** The first line of a declaration whose name is at {@code at}: its doc comment and annotations, up to a blank line. */
    private int firstLine(int at, int nameLine) {
        int k = at - 1;
        while (k >= 0 && "{};".indexOf(code.charAt(k)) < 0) {
            k--;
        }
        int first = k < 0 ? 1 : lineOf(k) + 1;
        for (int l = nameLine - 1; l >= first; l--) {
            if (lines.get(l - 1).isBlank()) {
                return l + 1;
            }
        }
        return Math.min(first, nameLine);
    }

    /** The position of the bracket that closes the one at {@code open}, or −1. */
    private int matching(int open, char opening, char closing) {
        int depth = 0;
        for (int k = open; k < code.length(); k++) {
            char c = code.charAt(k);
            depth += c == opening ? 1 : c == closing ? -1 : 0;
            if (depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private int skipSpaces(int k) {
        while (k < code.length() && Character.isWhitespace(code.charAt(k))) {
            k++;
        }
        return k;
    }

    private int lineOf(int position) {
        int lo = 1, hi = lines.size();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (lineStart[mid] <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The parameters' types as written, e.g. {@code [ForwardPass, double[], Loss]}, without annotations, {@code final} or names. */
    static List<String> parameterTypes(String parameters) {
        List<String> types = new ArrayList<>();
        for (String p : splitTopLevel(parameters)) {
            String t = p.replaceAll("@[\\w.]+(\\s*\\([^)]*\\))?", " ").replaceAll("\\bfinal\\b", " ").trim();
            if (t.isEmpty()) {
                continue;
            }
            t = t.replaceAll("\\s*[A-Za-z_$][\\w$]*$", "").trim(); // the parameter's name
            types.add(t.replaceAll("\\s+", " ").replaceAll(" ?([\\[\\]<>,.]) ?", "$1").replace(",", ", "));
        }
        return types;
    }

    /** {@code text} cut at the commas outside {@code <…>} and {@code (…)}. */
    static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0, from = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            depth += c == '<' || c == '(' ? 1 : c == '>' || c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(text.substring(from, k));
                from = k + 1;
            }
        }
        parts.add(text.substring(from));
        return parts;
    }
}
