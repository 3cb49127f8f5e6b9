package nn.show;

import nn.layers.BackwardPass;
import nn.optim.Momentum;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The library's own code, shown in a lesson")
class SourceTest {
    private static final Path SOURCES = Path.of("src/main/java");

    @Nested
    @DisplayName("an excerpt")
    class Excerpts {
        @Test
        @DisplayName("is a method with its doc comment and annotations, as the file in the source tree has it")
        void aMethod() throws IOException {
            Source s = Source.of(Momentum.class).method("update");
            List<String> file = Files.readAllLines(SOURCES.resolve("nn/optim/Momentum.java"));
            assertEquals("@Override", file.get(s.firstLine() - 1).strip());
            assertEquals("}", file.get(s.lastLine() - 1).strip());
            assertTrue(s.code().startsWith("@Override\nvoid update(double[] theta, double[] g, State s) {\n"), s.code());
            assertTrue(s.code().contains("\n        v[i] = mu * v[i] - eta * g[i];\n"), s.code());
            assertEquals("nn/optim/Momentum.java", s.file());
        }

        @Test
        @DisplayName("of an overloaded method is chosen by its parameter types, written with or without spaces and packages")
        void overloads() {
            Source a = Source.of(BackwardPass.class).method("of(ForwardPass, double[], OutputLoss)");
            Source b = Source.of(BackwardPass.class).method("of(nn.layers.ForwardPass,double[],OutputLoss)");
            assertEquals(a.where(), b.where());
            assertTrue(a.code().startsWith("private static BackwardPass of(ForwardPass forward, double[] target, OutputLoss loss) {"), a.code());
        }

        @Test
        @DisplayName("narrows to the lines from one text to another, on to the braces that close the blocks they open")
        void lines() {
            Source s = Source.of(BackwardPass.class).method("of(ForwardPass, double[], OutputLoss)").lines("// hidden layers", "delta[l] =");
            assertEquals(List.of("// hidden layers: δˡ = f'(zˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹", "for (int l = L - 1; l >= 1; l--) {"),
                    s.code().lines().limit(2).toList());
            assertEquals(5, s.lastLine() - s.firstLine() + 1);
            assertTrue(s.code().endsWith("delta[l] = net.layer(l).function().backward(forward.sharedZ(l), back);\n}"), s.code());
            Source one = Source.of(BackwardPass.class).method("of(ForwardPass, double[], OutputLoss)").lines("int L =", "int L =");
            assertEquals("int L = net.depth();", one.code());
            assertTrue(s.code().lines().allMatch(l -> l.isEmpty() || !l.startsWith(" ") || l.startsWith("    ")), s.code());
        }

        @Test
        @DisplayName("of a class that is not public is asked for by its full name")
        void notPublic() {
            Source s = Source.of("nn.activations.Classic").method("sigmoidDerivative");
            assertTrue(s.code().endsWith("static double sigmoidDerivative(double z) {\n    return StableMath.sigmoid(z) * StableMath.sigmoid(-z);\n}"), s.code());
        }

        @Test
        @DisplayName("shows as its file and lines over a Java code block, and as numbered lines in text")
        void display() {
            Source s = Source.of(Momentum.class).method("update");
            String where = "nn/optim/Momentum.java:" + s.firstLine() + "–" + s.lastLine();
            assertEquals(where, s.where());
            assertEquals("`" + where + "`\n\n```java\n" + s.code() + "\n```\n", s.markdown());
            List<String> text = s.toString().lines().toList();
            assertEquals(where, text.get(0));
            assertEquals(s.firstLine() + "  @Override", text.get(1));
            assertEquals(s.lastLine() - s.firstLine() + 2, text.size());
        }
    }

    @Nested
    @DisplayName("asking for what is not there")
    class Missing {
        @Test
        @DisplayName("a method fails naming it and the methods the file declares")
        void method() {
            var e = assertThrows(IllegalArgumentException.class, () -> Source.of(Momentum.class).method("step"));
            assertTrue(e.getMessage().matches("nn/optim/Momentum\\.java has no method named step; it declares Momentum\\(double, double\\) \\(line \\d+\\), "
                    + "update\\(double\\[\\], double\\[\\], State\\) \\(line \\d+\\), mu\\(\\) \\(line \\d+\\), toString\\(\\) \\(line \\d+\\)"), e.getMessage());
        }

        @Test
        @DisplayName("an overloaded name alone fails, listing the overloads")
        void ambiguous() {
            var e = assertThrows(IllegalArgumentException.class, () -> Source.of(BackwardPass.class).method("of"));
            assertTrue(e.getMessage().startsWith("nn/layers/BackwardPass.java has 3 methods named of, of(ForwardPass, double[], Loss) (line "), e.getMessage());
            assertTrue(e.getMessage().endsWith(": name one with its parameter types, as in method(\"of(ForwardPass, double[], Loss)\")"), e.getMessage());
            var wrongTypes = assertThrows(IllegalArgumentException.class, () -> Source.of(BackwardPass.class).method("of(double[])"));
            assertTrue(wrongTypes.getMessage().startsWith("nn/layers/BackwardPass.java has no method of(double[]); its methods named of are of(ForwardPass"),
                    wrongTypes.getMessage());
        }

        @Test
        @DisplayName("a line fails naming the text and the lines it was looked for in")
        void line() {
            Source update = Source.of(Momentum.class).method("update");
            var e = assertThrows(IllegalArgumentException.class, () -> update.lines("theta[i] -=", "}"));
            assertEquals("nn/optim/Momentum.java:" + update.firstLine() + "–" + update.lastLine()
                    + " (update(double[], double[], State)) has no line containing \"theta[i] -=\"", e.getMessage());
        }

        @Test
        @DisplayName("a class outside the library fails, saying what Source shows")
        void classes() {
            assertEquals("the library's jar carries no source file java/lang/String.java for java.lang.String: Source shows the classes of the "
                    + "packages that teach, such as nn.layers.BackwardPass (pom.xml lists them)",
                    assertThrows(IllegalArgumentException.class, () -> Source.of(String.class)).getMessage());
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Source.of("nn.layers.Nothing")).getMessage()
                    .startsWith("the library's jar carries no source file nn/layers/Nothing.java for nn.layers.Nothing"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Source.of("nn.exercises.PerceptronExercises")).getMessage()
                    .startsWith("the library's jar carries no source file nn/exercises/PerceptronExercises.java"), "no reference answers");
            assertEquals("Source.of needs a class name written in full, such as \"nn.layers.BackwardPass\", not \"nn/layers\"",
                    assertThrows(IllegalArgumentException.class, () -> Source.of("nn/layers")).getMessage());
        }
    }

    @Nested
    @DisplayName("reading Java")
    class Reading {
        @Test
        @DisplayName("braces and parentheses inside comments, strings, characters and text blocks do not count")
        void literals() {
            SourceFile f = SourceFile.parse("T.java", String.join("\n",
                    "class T {",
                    "    /** Says } and { and f( in its doc. */",
                    "    String f(int a) { // }",
                    "        char c = '}';",
                    "        String s = \"}\\\"{\";",
                    "        String t = \"\"\"",
                    "            } {",
                    "            \"\"\";",
                    "        return g(a) + s; /* } */",
                    "    }",
                    "",
                    "    <T extends Comparable<T>> java.util.List<T> g(final @Deprecated T[] xs, int... ys) throws Exception {",
                    "        return this.<T>h(() -> f(1));",
                    "    }",
                    "    abstract double[] h(java.util.Map<String, Integer> m);",
                    "}"));
            assertEquals(List.of("f(int) 2–10", "g(T[], int...) 12–14", "h(java.util.Map<String, Integer>) 15–15"),
                    f.declarations.stream().map(d -> d.signature() + " " + d.first() + "–" + d.last()).toList());
        }

        @Test
        @DisplayName("finds every method and constructor the compiler made from the library's source tree, and nothing else (no call)")
        void everyDeclaration() throws IOException, URISyntaxException, ClassNotFoundException {
            Path classes = Path.of(Source.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> missed = new ArrayList<>();
            java.util.Map<String, Set<String>> compiled = new java.util.TreeMap<>(); // file → name/arity of everything compiled from it
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String name = classes.relativize(p).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
                    Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                    if (name.endsWith("package-info")) {
                        continue;
                    }
                    String path = name.replaceAll("\\$.*", "").replace('.', '/') + ".java";
                    SourceFile file = fromTree(path);
                    List<Executable> declared = new ArrayList<>(Arrays.asList(c.getDeclaredMethods()));
                    declared.addAll(Arrays.asList(c.getDeclaredConstructors()));
                    for (Executable e : declared) {
                        String simple = e instanceof Method ? e.getName() : c.getSimpleName();
                        int arity = e.getParameterCount() - (e instanceof java.lang.reflect.Constructor<?> && innerOrLocal(c) ? 1 : 0)
                                - (e instanceof java.lang.reflect.Constructor<?> && c.isEnum() ? 2 : 0); // an enum constant's name and ordinal
                        compiled.computeIfAbsent(path, k -> new java.util.HashSet<>()).add(simple + "/" + arity);
                        if (!e.isSynthetic() && !(e instanceof Method m && m.isBridge()) && !implicit(c, e)
                                && file.declarations.stream().noneMatch(d -> d.name().equals(simple) && d.parameterTypes().size() == arity)) {
                            missed.add(name + "." + simple + " with " + arity + " parameters");
                        }
                    }
                }
            }
            assertEquals(List.of(), missed, "compiled but not found in the source");
            List<String> extra = new ArrayList<>();
            for (var entry : compiled.entrySet()) {
                String path = entry.getKey();
                Set<String> made = entry.getValue();
                for (SourceFile.Declaration d : fromTree(path).declarations) {
                    if (!made.contains(d.name() + "/" + d.parameterTypes().size())) {
                        extra.add(path + ":" + d.line() + " " + d.signature());
                    }
                }
            }
            assertEquals(List.of(), extra, "found in the source but not compiled");
        }
    }

    /** A file of the library's source tree (the jar carries only the packages that teach). */
    private static SourceFile fromTree(String path) throws IOException {
        return SourceFile.parse(path, Files.readString(SOURCES.resolve(path)));
    }

    /** Methods the compiler writes without source: an enum's values and valueOf, a record's accessors, equals, hashCode and toString, a default constructor. */
    private static boolean implicit(Class<?> c, Executable e) {
        if (c.isEnum() && Set.of("values", "valueOf").contains(e.getName())) {
            return true;
        }
        if (c.isEnum() && e instanceof java.lang.reflect.Constructor<?>) {
            return true; // an enum's constructor takes the name and ordinal first; checked by name below when written
        }
        if (c.isRecord() && (Set.of("equals", "hashCode", "toString").contains(e.getName())
                || Arrays.stream(c.getRecordComponents()).anyMatch(r -> r.getName().equals(e.getName()) && e.getParameterCount() == 0)
                || e instanceof java.lang.reflect.Constructor<?>)) {
            return true; // the canonical constructor is the record's header; a written one is compact
        }
        int access = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.PRIVATE; // a default constructor has its class's access
        return e instanceof java.lang.reflect.Constructor<?> && (c.isAnonymousClass()
                || e.getParameterCount() == (innerOrLocal(c) ? 1 : 0) && (e.getModifiers() & access) == (c.getModifiers() & access));
    }

    private static boolean innerOrLocal(Class<?> c) {
        return (c.isMemberClass() || c.isLocalClass()) && !Modifier.isStatic(c.getModifiers());
    }
}
