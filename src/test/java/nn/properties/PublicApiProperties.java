package nn.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import nn.grading.WrongAnswer;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every public method of the library, called the way a student might call it: with random shapes,
 * empty and null arguments, NaN, ±∞, huge and tiny numbers, out-of-range indices and labels, a
 * function of their own that misbehaves, on objects the library itself made ({@link Pool}). The
 * property: each call either
 * <ul>
 *   <li>returns a result with no NaN or ±∞ anywhere inside it, or</li>
 *   <li>throws the library's own exception (an {@link IllegalArgumentException} made by
 *       {@code nn.util.Check}, a {@link WrongAnswer}, or a student's stub being reported) whose
 *       message is one non-blank line and whose stack trace holds no frame from inside the
 *       library, leaving the object it was called on and its arguments exactly as they were, or</li>
 *   <li>stops within {@link Call#STOP_MS} ms of being interrupted, as a kernel interrupts a cell;</li>
 * </ul>
 * never a {@code NullPointerException}, {@code ArrayIndexOutOfBoundsException},
 * {@code ClassCastException} or any other exception from inside the library. Running out of
 * memory on a size a student asked for (an {@code OutOfMemoryError}) is counted, not failed: the
 * kernel survives it (environment/tests/test_kernel_survival.py).
 */
class PublicApiProperties {
    static final Pool POOL = Pool.build(2026, 6000);

    private static final Map<String, AtomicLong> OUTCOMES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> PER_METHOD = new ConcurrentHashMap<>();

    /** The methods a call can be made to: every public one whose object and arguments can be made. */
    static final List<Executable> CALLABLE = PublicApi.CALLS.stream().filter(PublicApiProperties::callable).toList();

    /** With -Dproperties.survey=true every failing call is listed in the report instead of the first one failing the test. */
    private static final boolean SURVEY = Boolean.getBoolean("properties.survey");
    private static final Map<String, String> FAILURES = new ConcurrentHashMap<>();

    @Property(seed = "20261204", shrinking = ShrinkingMode.BOUNDED, afterFailure = net.jqwik.api.AfterFailureMode.PREVIOUS_SEED)
    void everyPublicCallAnswersWithTheLibrarysOwnSentenceOrAFiniteResult(@ForAll("calls") Call call) {
        if (!SURVEY) {
            check(call);
            return;
        }
        try {
            check(call);
        } catch (AssertionError e) {
            FAILURES.putIfAbsent(PublicApi.signature(call.method()) + " " + String.valueOf(e.getMessage()).replaceAll(".* threw ([A-Za-z.]+).*", "$1"),
                    String.valueOf(e.getMessage()));
        }
    }

    private void check(Call call) {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        Call.Run run;
        try {
            run = call.run();
        } finally {
            System.setOut(out);
        }
        PER_METHOD.computeIfAbsent(PublicApi.signature(call.method()), k -> new AtomicLong()).incrementAndGet();
        if (run.timedOut()) {
            count(run.stopped() ? "ran over " + Call.PATIENCE_MS / 1000 + " s and stopped on the interrupt" : "did NOT stop on the interrupt");
            assertTrue(run.stopped(), call + " ran longer than " + Call.PATIENCE_MS + " ms and did not stop within " + Call.STOP_MS + " ms of an interrupt");
            return;
        }
        Throwable t = run.thrown();
        if (t == null) {
            Optional<String> bad = Outcome.nonFinite(run.result());
            if (bad.isPresent() && passesThrough(call, run)) {
                count("returned a NaN or ±∞ it was given (a helper of nn.util)");
                return;
            }
            count(bad.isPresent() ? "returned a NaN or ±∞" : "returned a finite result");
            assertFalse(bad.isPresent(), () -> call + " returned a non-finite number: " + bad.orElse(""));
            try {
                String.valueOf(run.result());
            } catch (RuntimeException e) {
                count("returned an object whose toString throws");
                fail(call + " returned an object whose toString throws " + e, e);
            }
            return;
        }
        if (t instanceof OutOfMemoryError) {
            count("ran out of memory (a size too large for the heap)");
            return;
        }
        if (t instanceof RuntimeException && "a student's function failed".equals(t.getMessage())) {
            count("passed on the exception of a student's own function");
            return;
        }
        String kind = ownKind(t);
        count(kind == null ? "threw " + t.getClass().getSimpleName() + " from inside the library" : "threw the library's own " + kind);
        if (kind == null) {
            fail(call + " threw " + t + " from inside the library, at " + where(t), t);
        }
        String message = t.getMessage();
        assertTrue(message != null && !message.isBlank() && message.indexOf('\n') < 0,
                () -> call + " threw " + kind + " whose message is not one line: " + message);
        assertEquals(run.before(), run.after(), () -> call + " threw (" + message + ") but changed the object it was called on or its arguments");
    }

    /**
     * The helpers of {@code nn.util} (formatting, stable formulas, finite differences) hand back a
     * NaN or ±∞ they were given, as {@code Math} does: they do not make one up.
     */
    private static boolean passesThrough(Call call, Call.Run run) {
        return call.method().getDeclaringClass().getPackageName().equals("nn.util") && Outcome.nonFinite(run.values()).isPresent();
    }

    /** The library's own kinds of error, made by its checks: the kind, or null for anything else. */
    private static String ownKind(Throwable t) {
        boolean noLibraryFrames = java.util.Arrays.stream(t.getStackTrace()).noneMatch(f -> f.getClassName().startsWith("nn.")
                && !f.getClassName().startsWith("nn.properties."));
        if (!noLibraryFrames) {
            return null;
        }
        if (t instanceof IllegalArgumentException) {
            return "IllegalArgumentException";
        }
        if (t instanceof WrongAnswer) {
            return "WrongAnswer";
        }
        if (t instanceof UnsupportedOperationException) {
            return "UnsupportedOperationException (a stub not yet answered)";
        }
        if (t instanceof CancellationException) {
            return "CancellationException (interrupted)";
        }
        return null;
    }

    private static String where(Throwable t) {
        StackTraceElement[] s = t.getStackTrace();
        return s.length == 0 ? "?" : s[0].toString();
    }

    private static void count(String outcome) {
        OUTCOMES.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
    }

    @AfterContainer
    static void report() {
        long calls = OUTCOMES.values().stream().mapToLong(AtomicLong::get).sum();
        StringBuilder s = new StringBuilder("\n[properties] " + calls + " calls of " + PER_METHOD.size() + " of the "
                + PublicApi.CALLS.size() + " public methods and constructors (" + CALLABLE.size() + " callable; objects from a pool of "
                + POOL.size() + " recipes of " + POOL.types().size() + " types):\n");
        new TreeMap<>(OUTCOMES).forEach((k, v) -> s.append(String.format("  %6d  %s%n", v.get(), k)));
        List<String> never = PublicApi.CALLS.stream().filter(e -> !CALLABLE.contains(e)).map(PublicApi::signature).toList();
        s.append("  not callable here (no object of the type can be made from the public API): ").append(never.size()).append('\n');
        never.forEach(n -> s.append("    ").append(n).append('\n'));
        if (SURVEY) {
            s.append("  failures: ").append(FAILURES.size()).append('\n');
            new TreeMap<>(FAILURES).forEach((k, v) -> s.append("  * ").append(v.length() > 600 ? v.substring(0, 600) : v).append('\n'));
        }
        System.out.print(s);
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "properties-report.txt"), s.toString());
        } catch (java.io.IOException e) {
            // the report on the console is enough
        }
    }

    @Provide
    Arbitrary<Call> calls() {
        return Arbitraries.of(CALLABLE).flatMap(m -> {
            Arbitrary<Pool.Recipe> receiver = isStatic(m) ? Arbitraries.just(null) : Arbitraries.of(POOL.of(m.getDeclaringClass()));
            Type[] types = m.getGenericParameterTypes();
            Arbitrary<List<Object>> args;
            if (types.length == 0) {
                args = Arbitraries.just(List.of());
            } else {
                List<Arbitrary<Object>> each = new ArrayList<>();
                for (Type t : types) {
                    each.add(argument(t));
                }
                args = Combinators.combine(each).as(l -> l);
            }
            return Combinators.combine(receiver, args).as((r, a) -> new Call(m, r, a));
        });
    }

    private static boolean isStatic(Executable m) {
        return m instanceof Constructor || Modifier.isStatic(m.getModifiers());
    }

    private static boolean callable(Executable m) {
        if (!isStatic(m) && POOL.of(m.getDeclaringClass()).isEmpty()) {
            return false;
        }
        for (Type t : m.getGenericParameterTypes()) {
            if (argument(t) == null) {
                return false;
            }
        }
        return true;
    }

    /** Arguments of one parameter type, or null when none can be made. */
    @SuppressWarnings("unchecked")
    static Arbitrary<Object> argument(Type type) {
        Class<?> c = Pool.raw(type);
        Arbitrary<?> a = plain(c);
        if (a != null) {
            return (Arbitrary<Object>) a;
        }
        if (c.isEnum()) {
            return Arbitraries.of((Object[]) c.getEnumConstants()).injectNull(0.05);
        }
        if (c == Object.class) {
            return Arbitraries.<Object>of("x", 1.0, 2, new double[] {1, 2}).injectNull(0.1);
        }
        if (List.class.isAssignableFrom(c) || c.isArray()) {
            Type element = c.isArray() ? c.getComponentType() : type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            if (element instanceof java.lang.reflect.WildcardType w) {
                element = w.getUpperBounds()[0];
            }
            Arbitrary<Object> e = argument(element);
            if (e == null) {
                return null;
            }
            Arbitrary<List<Object>> parts = e.list().ofMinSize(0).ofMaxSize(3);
            return c.isArray() ? parts.map(l -> (Object) new Call.ArrayOf(c.getComponentType(), l)).injectNull(0.06)
                    : parts.map(l -> (Object) l).injectNull(0.06);
        }
        List<Pool.Recipe> recipes = POOL.of(c);
        if (!recipes.isEmpty()) {
            return Arbitraries.<Object>of(recipes.toArray()).injectNull(0.06);
        }
        if (Functions.isFunctional(c)) {
            return Arbitraries.of(Functions.Behaviour.values()).map(b -> Functions.of(c, b)).injectNull(0.05);
        }
        return null;
    }

    private static Arbitrary<?> plain(Class<?> c) {
        if (c == double.class) {
            return Plain.doubles();
        }
        if (c == Double.class) {
            return Plain.doubles().injectNull(0.05);
        }
        if (c == int.class) {
            return Plain.ints();
        }
        if (c == Integer.class) {
            return Plain.ints().injectNull(0.05);
        }
        if (c == long.class || c == Long.class) {
            return Plain.longs();
        }
        if (c == boolean.class || c == Boolean.class) {
            return Arbitraries.of(true, false);
        }
        if (c == String.class) {
            return Plain.strings();
        }
        if (c == double[].class) {
            return Plain.vectors();
        }
        if (c == double[][].class) {
            return Plain.matrices();
        }
        if (c == double[][][].class) {
            return Plain.tensors();
        }
        if (c == int[].class) {
            return Plain.intVectors();
        }
        if (c == String[].class) {
            return Plain.stringArrays();
        }
        return null;
    }
}
