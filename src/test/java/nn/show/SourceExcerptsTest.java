package nn.show;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every excerpt of the library's code that a lesson shows ({@code Source.of(…)…} in a code cell of
 * {@code source/*.ipynb}) is still there: the calls are read from the lessons and made here, so a
 * change to the library that removes or renames what a lesson shows fails the build, naming the
 * lesson, the cell and the call. Their arguments must be literals ({@code "update"},
 * {@code Momentum.class}) for that reason.
 */
@DisplayName("Every excerpt of the library's code that a lesson shows exists")
class SourceExcerptsTest {
    private static final Path LESSONS = Path.of("source");
    private static final Path SOURCES = Path.of("src/main/java");

    /** One {@code Source.of(…)…} chain of a lesson's code cell: the class, then each call with its text arguments. */
    record Excerpt(String where, String text, String type, List<Call> calls) {
    }

    record Call(String name, List<String> arguments) {
    }

    @TestFactory
    Stream<DynamicTest> everyExcerptInTheLessons() throws IOException {
        List<Excerpt> excerpts = new ArrayList<>();
        try (Stream<Path> files = Files.list(LESSONS)) {
            for (Path lesson : files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList()) {
                for (Map.Entry<String, String> cell : codeCells(Files.readString(lesson)).entrySet()) {
                    excerpts.addAll(excerpts(lesson.getFileName().toString().replace(".ipynb", "") + ", cell " + cell.getKey(), cell.getValue()));
                }
            }
        }
        return excerpts.stream().map(e -> DynamicTest.dynamicTest(e.where() + ": " + e.text(), () -> {
            try {
                make(e);
            } catch (IllegalArgumentException failure) {
                fail(e.where() + " shows " + e.text() + ", which the library no longer has: " + failure.getMessage());
            }
        }));
    }

    @Test
    @DisplayName("a chain of calls is read across lines, with its literal arguments")
    void reading() {
        List<Excerpt> found = excerpts("here", "var x = 1;\nSource.of(Momentum.class)\n    .method(\"update\")\n    .lines(\"v[i] =\", \"\\\"}\");\n"
                + "Source.of(\"nn.activations.Classic\").method(\"sigmoidDerivative\")");
        assertEquals(List.of(
                new Excerpt("here", "Source.of(Momentum.class).method(\"update\").lines(\"v[i] =\", \"\\\"}\")", "Momentum",
                        List.of(new Call("method", List.of("update")), new Call("lines", List.of("v[i] =", "\"}")))),
                new Excerpt("here", "Source.of(\"nn.activations.Classic\").method(\"sigmoidDerivative\")", "\"nn.activations.Classic",
                        List.of(new Call("method", List.of("sigmoidDerivative"))))), found);
    }

    @Test
    @DisplayName("an argument that is not a literal cannot be checked, and says so")
    void notLiteral() {
        var e = assertThrows(IllegalStateException.class, () -> excerpts("lesson 99, cell c1", "String m = \"update\";\nSource.of(Momentum.class).method(m)"));
        assertEquals("lesson 99, cell c1: write the arguments of Source.of(…)… as literals (\"update\", Momentum.class), so the test can "
                + "check the excerpt: Source.of(Momentum.class).method(m)", e.getMessage());
    }

    @Test
    @DisplayName("a missing excerpt is reported with what the library has")
    void missing() {
        Excerpt e = excerpts("here", "Source.of(Momentum.class).method(\"step\")").get(0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> make(e)).getMessage()
                .startsWith("nn/optim/Momentum.java has no method named step; it declares Momentum(double, double)"));
    }

    /** Makes the calls of {@code e}, as the lesson does. */
    static Source make(Excerpt e) throws IOException, ReflectiveOperationException {
        try {
            Source s = e.type().startsWith("\"") ? Source.of(e.type().substring(1)) : Source.of(Class.forName(qualified(e.type())));
            for (Call c : e.calls()) {
                Class<?>[] strings = new Class<?>[c.arguments().size()];
                Arrays.fill(strings, String.class);
                Method m = Source.class.getMethod(c.name(), strings);
                s = (Source) m.invoke(s, c.arguments().toArray());
            }
            return s;
        } catch (InvocationTargetException wrapped) {
            if (wrapped.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw wrapped;
        }
    }

    /** A class named in a lesson: in full, or by its simple name when one file of the library has that name. */
    private static String qualified(String name) throws IOException {
        if (name.contains(".")) {
            return name;
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> found = files.filter(p -> p.getFileName().toString().equals(name + ".java"))
                    .map(p -> SOURCES.relativize(p).toString().replace('\\', '/').replace('/', '.').replaceAll("\\.java$", "")).toList();
            assertEquals(1, found.size(), "the library should have one class named " + name + ", but has " + found);
            return found.get(0);
        }
    }

    /** The {@code Source.of(…)…} chains of a code cell, in order. */
    static List<Excerpt> excerpts(String where, String cell) {
        List<Excerpt> found = new ArrayList<>();
        for (int at = cell.indexOf("Source.of("); at >= 0; at = cell.indexOf("Source.of(", at + 1)) {
            Reader r = new Reader(cell, at + "Source.of(".length());
            String type = r.peek() == '"' ? "\"" + r.string() : r.className();
            r.expect(')');
            List<Call> calls = new ArrayList<>();
            while (r.callFollows()) {
                r.expect('.');
                String name = r.identifier();
                r.expect('(');
                List<String> arguments = new ArrayList<>();
                while (r.peek() != ')') {
                    if (r.peek() != '"') {
                        throw new IllegalStateException(where + ": write the arguments of Source.of(…)… as literals (\"update\", Momentum.class), "
                                + "so the test can check the excerpt: " + cell.substring(at, lineEnd(cell, r.position())).replaceAll("\\s*\n\\s*", ""));
                    }
                    arguments.add(r.string());
                    if (r.peek() == ',') {
                        r.expect(',');
                    }
                }
                r.expect(')');
                calls.add(new Call(name, arguments));
            }
            found.add(new Excerpt(where, cell.substring(at, r.position()).replaceAll("\\s*\n\\s*", ""), type, calls));
        }
        return found;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** A cursor over a cell's Java text, skipping white space before each token. */
    private static final class Reader {
        private final String text;
        private int k;

        Reader(String text, int k) {
            this.text = text;
            this.k = k;
        }

        int position() {
            return k;
        }

        char peek() {
            while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            return k < text.length() ? text.charAt(k) : '\0';
        }

        boolean callFollows() {
            int saved = k;
            boolean call = peek() == '.';
            k = saved;
            return call;
        }

        void expect(char c) {
            if (peek() != c) {
                throw new IllegalStateException("expected '" + c + "' at " + text.substring(Math.max(0, k - 30), Math.min(text.length(), k + 10)));
            }
            k++;
        }

        String identifier() {
            peek();
            int from = k;
            while (k < text.length() && Character.isJavaIdentifierPart(text.charAt(k))) {
                k++;
            }
            return text.substring(from, k);
        }

        /** {@code nn.layers.BackwardPass.class} or {@code BackwardPass.class}, without its {@code .class}. */
        String className() {
            StringBuilder name = new StringBuilder(identifier());
            while (peek() == '.') {
                k++;
                String part = identifier();
                if (part.equals("class")) {
                    return name.toString();
                }
                name.append('.').append(part);
            }
            throw new IllegalStateException("Source.of takes a class literal or a class name in quotes, at " + name);
        }

        /** A Java string literal's value. */
        String string() {
            expect('"');
            StringBuilder s = new StringBuilder();
            k = quoted(text, k, s);
            return s.toString();
        }
    }

    /**
     * Reads a quoted text of Java or JSON, from just after its opening quote, into {@code out}, with its
     * escapes ({@code \n}, {@code \t}, {@code \r}, {@code \b}, {@code \f}, {@code \}{@code uXXXX}, and any
     * other character after a backslash as itself); returns the position after the closing quote.
     */
    static int quoted(String s, int k, StringBuilder out) {
        while (s.charAt(k) != '"') {
            char c = s.charAt(k++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(k++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(k, k + 4), 16));
                    k += 4;
                }
                default -> out.append(e);
            }
        }
        return k + 1;
    }

    /** The code cells of a notebook's JSON text, by cell id, each as one text. */
    static Map<String, String> codeCells(String json) {
        Map<String, String> cells = new LinkedHashMap<>();
        Object notebook = new Json(json).value();
        for (Object c : (List<?>) ((Map<?, ?>) notebook).get("cells")) {
            Map<?, ?> cell = (Map<?, ?>) c;
            if ("code".equals(cell.get("cell_type"))) {
                Object source = cell.get("source");
                String text = source instanceof List<?> lines ? String.join("", lines.stream().map(String::valueOf).toList()) : String.valueOf(source);
                cells.put(String.valueOf(cell.get("id")), text);
            }
        }
        return cells;
    }

    /** Just enough JSON for a notebook: objects, arrays, strings, numbers, true, false, null. */
    private static final class Json {
        private final String s;
        private int k;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(k);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                k++;
                while (skip() != '}') {
                    String key = string();
                    skip();
                    k++; // :
                    m.put(key, value());
                    if (skip() == ',') {
                        k++;
                    }
                }
                k++;
                return m;
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                k++;
                while (skip() != ']') {
                    list.add(value());
                    if (skip() == ',') {
                        k++;
                    }
                }
                k++;
                return list;
            }
            if (c == '"') {
                return string();
            }
            int from = k;
            while (k < s.length() && ",}] \n\r\t".indexOf(s.charAt(k)) < 0) {
                k++;
            }
            return s.substring(from, k);
        }

        private char skip() {
            while (Character.isWhitespace(s.charAt(k))) {
                k++;
            }
            return s.charAt(k);
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            k = quoted(s, k + 1, b);
            return b.toString();
        }
    }
}
