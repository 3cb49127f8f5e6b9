package nn.autodiff;

import nn.util.Check;

import java.util.function.DoubleUnaryOperator;

/**
 * Numerical differentiation (数值微分) with an explicit step h, to study the step itself:
 * <pre>
 *   forward difference   (f(x + h) − f(x)) / h          truncation error ≈ |f″| h / 2
 *   central difference   (f(x + h) − f(x − h)) / 2h     truncation error ≈ |f‴| h² / 6
 * </pre>
 * Both also suffer rounding error ≈ ε|f| / h (ε ≈ 1.1e-16 for doubles), which grows as h shrinks:
 * the total error against h is a V on log–log axes, and the best h sits where the two meet
 * (about √ε ≈ 1e-8 for the forward and ∛ε ≈ 1e-5 for the central difference when f and its
 * derivatives are of order 1). {@link nn.check.FiniteDifference}, the library's one checker, uses the central difference with
 * h = 1e-5, the bottom of that V.
 */
public final class Numerical {
    private Numerical() {
    }

    /** (f(x + h) − f(x)) / h. */
    public static double forward(DoubleUnaryOperator f, double x, double h) {
        Check.notNull(f, "a difference quotient", "a function f");
        return quotient(f, x, h, (f.applyAsDouble(x + h) - f.applyAsDouble(x)) / h);
    }

    /** (f(x + h) − f(x − h)) / 2h. */
    public static double central(DoubleUnaryOperator f, double x, double h) {
        Check.notNull(f, "a difference quotient", "a function f");
        return quotient(f, x, h, (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h));
    }

    /** The difference quotient d, once f, x and h are checked and d is a number. */
    private static double quotient(DoubleUnaryOperator f, double x, double h, double d) {
        Check.notNull(f, "a difference quotient", "a function f");
        Check.finite(x, "x");
        Check.positive(h, "the step h");
        if (!Double.isFinite(d)) {
            Check.argument(false, "the difference quotient of f at x = %s with h = %s is %s (f gives NaN or ±∞ near x)", x, h, d);
        }
        return d;
    }

    /** The steps h = 10⁰, 10^(−1/4), …, 10⁻¹⁶ (65 steps, four per decade). */
    public static double[] steps() {
        double[] h = new double[65];
        for (int i = 0; i < h.length; i++) {
            h[i] = Math.pow(10, -i / 4.0);
        }
        return h;
    }

    /** |difference − exact| for each step h, forward (central = false) or central. */
    public static double[] errors(DoubleUnaryOperator f, double x, double exact, double[] h, boolean central) {
        Check.given("Numerical.errors", "f", f, "h", h);
        Check.finite(x, "x");
        Check.finite(exact, "the exact derivative");
        for (double step : h) {
            Check.positive(step, "a step h");
        }
        double[] e = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            e[i] = Math.abs((central ? central(f, x, h[i]) : forward(f, x, h[i])) - exact);
            if (!Double.isFinite(e[i])) {
                Check.argument(false, "the difference quotient of f at x = %s with h = %s is not a number (f gives NaN or ±∞ near x)", x, h[i]);
            }
        }
        return e;
    }

    /** The index of the smallest error (the bottom of the V). */
    public static int best(double[] errors) {
        Check.argument(errors != null && errors.length > 0, "best needs at least one error");
        int best = 0;
        for (int i = 1; i < errors.length; i++) {
            if (errors[i] < errors[best]) {
                best = i;
            }
        }
        return best;
    }
}
