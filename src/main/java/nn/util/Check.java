package nn.util;

import java.security.CodeSource;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * One-line argument checks. Each failure is an {@link IllegalArgumentException} whose message
 * is one sentence naming the operation, what was expected and the value that came instead, so a
 * student reading the notebook's error knows what to fix. Its stack trace keeps only the frames
 * outside the library: a notebook shows the sentence and the line of the student's cell, the
 * same on every kernel of the IJava family, and no lines from inside the library.
 */
public final class Check {
    /** The library's root package: frames of its classes are taken off the errors it raises. */
    private static final String LIBRARY = "nn.";

    private Check() {
    }

    /** Fails with {@code message} (formatted with {@code args}) unless {@code condition} holds. */
    public static void argument(boolean condition, String message, Object... args) {
        if (!condition) {
            throw fromCaller(new IllegalArgumentException(String.format(java.util.Locale.ROOT, message, args)));
        }
    }

    /**
     * {@code error} with the library's own frames taken off its stack trace, so that what a kernel
     * prints below the message is where the student's code called the library. A frame is the
     * library's when its class comes from the same jar (or classes folder) as this one; the
     * library's tests, a notebook's code and the JDK keep their frames.
     */
    public static <T extends Throwable> T fromCaller(T error) {
        notNull(error, "fromCaller", "an error");
        StackTraceElement[] trace = error.getStackTrace();
        error.setStackTrace(Arrays.stream(trace).filter(f -> !LIBRARY_FRAMES.test(f.getClassName())).toArray(StackTraceElement[]::new));
        return error;
    }

    /**
     * {@code error} told again with {@code prefix} before its message (e.g. which example of a data
     * set it was about), of the same kind ({@link NotFinite} stays NotFinite), from the caller.
     */
    public static IllegalArgumentException about(IllegalArgumentException error, String prefix) {
        notNull(error, "about", "an error");
        String message = prefix + error.getMessage();
        IllegalArgumentException told = error instanceof NotFinite ? new NotFinite(message) : new IllegalArgumentException(message);
        return fromCaller(told);
    }

    /** Whether a class, by name, comes from the library's own code source (cached: asked only when an error is made). */
    private static final Predicate<String> LIBRARY_FRAMES = new Predicate<>() {
        private final Map<String, Boolean> known = new ConcurrentHashMap<>();
        private final CodeSource library = Check.class.getProtectionDomain().getCodeSource();

        @Override
        public boolean test(String className) {
            return className.startsWith(LIBRARY) && known.computeIfAbsent(className, name -> {
                try {
                    Class<?> c = Class.forName(name, false, Check.class.getClassLoader());
                    return library != null && library.equals(c.getProtectionDomain().getCodeSource());
                } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
                    return false;
                }
            });
        }
    };

    /** {@code value} itself, unless it is null: then "{operation} needs {what}, not null". */
    public static <T> T notNull(T value, String operation, String what) {
        if (value == null) {
            argument(false, "%s needs %s, not null", operation, what);
        }
        return value;
    }

    /**
     * Fails unless every argument is there: {@code given("Plots.gate", "neuron", neuron, "title", title)}
     * names the first one that is null, and, for an array or a list, the first null entry in it.
     * Nothing is formatted unless it fails.
     */
    public static void given(String operation, Object... namesAndValues) {
        for (int k = 0; k + 1 < namesAndValues.length; k += 2) {
            String name = (String) namesAndValues[k];
            Object value = namesAndValues[k + 1];
            notNull(value, operation, name);
            if (value instanceof Object[] array) {
                noNulls(array, operation, name);
            } else if (value instanceof Iterable<?> list) {
                noNulls(list, operation, name);
            }
        }
    }

    /** {@code values} itself, unless one of them is null: then "{operation} needs {what} without a null (entry i is null)". */
    public static <T> T[] noNulls(T[] values, String operation, String what) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                argument(false, "%s needs %s without a null, but entry %d is null", operation, what, i);
            }
        }
        return values;
    }

    /** {@code values} itself, unless one of them is null. */
    public static <T extends Iterable<?>> T noNulls(T values, String operation, String what) {
        int i = 0;
        for (Object v : values) {
            if (v == null) {
                argument(false, "%s needs %s without a null, but entry %d is null", operation, what, i);
            }
            i++;
        }
        return values;
    }

    /**
     * Fails unless {@code first ≤ i ≤ last}, saying e.g. "Samples(XOR, 4 examples, …) has examples 0
     * to 3, there is no example 7". Nothing is formatted unless it fails: this runs in every
     * training step.
     */
    public static int index(int i, int first, int last, Object owner, String things, String thing) {
        if (i < first || i > last) {
            argument(false, "%s has %s %d to %d, there is no %s %d", owner, things, first, last, thing, i);
        }
        return i;
    }

    /** Fails with a {@link NotFinite} saying what overflowed: for numbers the library computed, not ones it was given. */
    public static void overflow(String message, Object... args) {
        throw fromCaller(new NotFinite(String.format(java.util.Locale.ROOT, message, args)));
    }

    /**
     * {@code values} itself, unless an entry is NaN or ±∞: then a {@link NotFinite} naming the first
     * one, e.g. "z² = W²a¹ + b² overflowed: z²[0] = Infinity (z² = [Infinity, 3])". For numbers the
     * library computed from finite arguments.
     */
    public static double[] computed(double[] values, String what) {
        if (!allFinite(values)) {
            int i = 0;
            while (Double.isFinite(values[i])) {
                i++;
            }
            overflow("%s overflowed: entry %d is %s (%s)", what, i, values[i], Fmt.vec(values));
        }
        return values;
    }

    /** Fails unless {@code value} is a finite number (not NaN, not ±∞). */
    public static double finite(double value, String what) {
        if (!Double.isFinite(value)) { // arguments are boxed only on failure: checks like this run for every example
            argument(false, "%s must be a finite number but was %s", what, value);
        }
        return value;
    }

    /** Fails unless every entry of {@code values} is finite; names the first bad position. */
    public static double[] finite(double[] values, String what) {
        if (values == null) {
            argument(false, "%s must not be null", what);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) { // the message is built only on failure: this check runs in every training step
                argument(false, "%s[%d] must be a finite number but was %s (%s = %s)", what, i, values[i], what, Arrays.toString(values));
            }
        }
        return values;
    }

    /** Fails unless {@code value} is strictly positive. */
    public static double positive(double value, String what) {
        if (!(value > 0 && Double.isFinite(value))) {
            argument(false, "%s must be a positive finite number but was %s", what, value);
        }
        return value;
    }

    /** True when every entry of {@code values} is finite (for a caller that builds its message only on failure). */
    public static boolean allFinite(double[] values) {
        int i = 0;
        for (; i + 8 <= values.length; i += 8) { // 0·v is ±0 for a finite v and NaN for ±∞ or NaN: eight entries, one test
            double zeros = ((values[i] * 0 + values[i + 1] * 0) + (values[i + 2] * 0 + values[i + 3] * 0))
                    + ((values[i + 4] * 0 + values[i + 5] * 0) + (values[i + 6] * 0 + values[i + 7] * 0));
            if (zeros != 0) {
                return false;
            }
        }
        for (; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                return false;
            }
        }
        return true;
    }
}
