package nn.util;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Number formatting for notebook output: short, locale-independent and the same on every run. */
public final class Fmt {
    private Fmt() {
    }

    /**
     * A number as a student would write it: {@code 2} for 2.0, {@code 0.5}, {@code -1.25};
     * at most {@code 6} significant digits, no trailing zeros, no locale separators.
     */
    public static String num(double x) {
        return num(x, 6);
    }

    /** {@link #num(double)} with a chosen number of significant digits. */
    public static String num(double x, int significantDigits) {
        digits(significantDigits);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(significantDigits)).stripTrailingZeros();
        if (Math.abs(x) >= 1e-4 && Math.abs(x) < 1e15) {
            return d.toPlainString();
        }
        return d.toString().replace("E", "e");
    }

    /** A vector as {@code [1, 0.5, -2]}. */
    public static String vec(double[] v) {
        Check.given("Fmt.vec", "v", v);
        return Arrays.stream(v).mapToObj(Fmt::num).collect(Collectors.joining(", ", "[", "]"));
    }

    /** An integer vector as {@code [1, 0, 1]}. */
    public static String vec(int[] v) {
        Check.given("Fmt.vec", "v", v);
        return Arrays.toString(v);
    }

    /**
     * A linear expression as a student writes it: {@code linear([1, -1], ["x₁", "x₂"])} is
     * {@code "x₁ − x₂"}, {@code linear([0.5, 2], …)} is {@code "0.5x₁ + 2x₂"}; zero terms are left out.
     */
    public static String linear(double[] coefficients, String[] names) {
        Check.given("Fmt.linear", "coefficients", coefficients, "names", names);
        Check.argument(coefficients.length == names.length, "%d coefficients but %d names", coefficients.length, names.length);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < coefficients.length; i++) {
            double c = coefficients[i];
            if (c == 0) {
                continue;
            }
            String magnitude = Math.abs(c) == 1 ? "" : num(Math.abs(c));
            if (s.length() == 0) {
                s.append(c < 0 ? "−" : "");
            } else {
                s.append(c < 0 ? " − " : " + ");
            }
            s.append(magnitude).append(names[i]);
        }
        return s.length() == 0 ? "0" : s.toString();
    }

    /** A number with a real minus sign (−), for formulas shown to people. */
    /** Fails unless a number of significant digits is 1 or more. */
    private static void digits(int significantDigits) {
        Check.argument(significantDigits >= 1, "a number is shown to 1 or more significant digits, not %d", significantDigits);
    }

    public static String signed(double x) {
        return x < 0 ? "−" + num(-x) : num(x);
    }

    /**
     * {@code x} rounded to {@code significantDigits} significant digits, for short labels
     * ({@code round(0.123456, 2)} is 0.12); near the largest double, where rounding up would
     * overflow, it rounds towards zero instead.
     */
    public static double round(double x, int significantDigits) {
        digits(significantDigits);
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        double rounded = new BigDecimal(x).round(new MathContext(significantDigits)).doubleValue();
        return Double.isFinite(rounded) ? rounded
                : new BigDecimal(x).round(new MathContext(significantDigits, java.math.RoundingMode.DOWN)).doubleValue();
    }
}
