package nn.util;

import java.util.Arrays;

/**
 * One-line argument checks. Each failure is an {@link IllegalArgumentException} whose message
 * is one sentence naming the operation, what was expected and the value that came instead, so a
 * student reading the notebook's error knows what to fix.
 */
public final class Check {
    private Check() {
    }

    /** Fails with {@code message} (formatted with {@code args}) unless {@code condition} holds. */
    public static void argument(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, message, args));
        }
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
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
