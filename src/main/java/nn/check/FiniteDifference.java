package nn.check;

import nn.util.Check;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Numerical derivatives by the central difference, and the one rule by which every check of this
 * library ({@link DerivativeCheck}, {@link GradientCheck}) compares them with a derivative worked
 * out by hand.
 * <pre>
 *   f'(x) ≈ (f(x + h) − f(x − h)) / 2h,   h = STEP · max(1, |x|),   STEP = 1e-5
 * </pre>
 * <b>How good it is.</b> The difference has two errors: truncation, about h²|f'''|/6, and rounding,
 * about ε|f|/h with ε = 2.2e-16 the spacing of doubles near 1. For a function, its value and its
 * third derivative of order one both are about 1e-11, so the numeric derivative is good to about
 * 1e-10 <em>in absolute terms</em>, whatever the size of the derivative itself.
 *
 * <p><b>The rule.</b> A derivative a and its central difference n agree when
 * <pre>
 *   |a − n| ≤ TOLERANCE · max(|a|, |n|, FLOOR),   TOLERANCE = 1e-6,   FLOOR = 1e-4
 * </pre>
 * Above the floor this is a relative error of at most 1e-6 (the difference's own 1e-10 is below
 * 1e-6 of any derivative larger than 1e-4). Below it the comparison is absolute, |a − n| ≤ 1e-10:
 * a relative error of derivatives that small measures the central difference's rounding, not the
 * derivative (a correct gradient of 1e-8 can show a relative error of 1e-2). So "relative error
 * below 1e-6" is what a correct derivative shows, for values, third derivatives and |x| of order
 * one; a wrong formula shows relative errors near 1. {@link #relativeError(double, double)} is
 * the quantity the rule bounds.
 */
public final class FiniteDifference {
    private FiniteDifference() {
    }

    /** The step relative to the size of x: h = 1e-5 · max(1, |x|). */
    public static final double STEP = 1e-5;

    /** Below this size derivatives are compared absolutely (to TOLERANCE · FLOOR = 1e-10) rather than relatively. */
    public static final double FLOOR = 1e-4;

    /** The largest {@link #relativeError(double, double)} a correct derivative shows. */
    public static final double TOLERANCE = 1e-6;

    /** The step h at x. */
    public static double step(double x) {
        Check.finite(x, "x");
        return STEP * Math.max(1, Math.abs(x));
    }

    /** The central difference of f at x, with the step {@link #step(double)}. */
    public static double derivative(DoubleUnaryOperator f, double x) {
        Check.given("FiniteDifference.derivative", "f", f);
        double h = step(x);
        return central(f.applyAsDouble(x + h), f.applyAsDouble(x - h), h, "x = " + x);
    }

    /** The central difference of f with respect to each entry of x in turn (x itself is not changed). */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
        Check.given("FiniteDifference.gradient", "f", f, "x", x);
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            double h = step(x[i]);
            plus[i] += h;
            minus[i] -= h;
            g[i] = central(f.applyAsDouble(plus), f.applyAsDouble(minus), h, "entry " + i + " of x");
        }
        return g;
    }

    /** (up − down) / 2h, unless that is not a number: then one sentence with both values of f. */
    private static double central(double up, double down, double h, String where) {
        double d = (up - down) / (2 * h);
        if (!Double.isFinite(d)) {
            Check.argument(false, "the central difference at %s is %s: f(+h) = %s and f(−h) = %s with h = %s", where, d, up, down, h);
        }
        return d;
    }

    /** |a − n| / max(|a|, |n|, {@link #FLOOR}): 0 when they agree, about 1 when they have nothing in common. */
    public static double relativeError(double analytic, double numeric) {
        Check.finite(analytic, "the analytic derivative");
        Check.finite(numeric, "the numerical derivative");
        return Math.abs(analytic - numeric) / Math.max(FLOOR, Math.max(Math.abs(analytic), Math.abs(numeric)));
    }

    /** The largest {@link #relativeError(double, double)} over the entries of two gradients of the same length. */
    public static double relativeError(double[] analytic, double[] numeric) {
        Check.given("FiniteDifference.relativeError", "analytic", analytic, "numeric", numeric);
        Check.argument(analytic.length == numeric.length, "cannot compare gradients of lengths %d and %d", analytic.length, numeric.length);
        double worst = 0;
        for (int i = 0; i < analytic.length; i++) {
            worst = Math.max(worst, relativeError(analytic[i], numeric[i]));
        }
        return worst;
    }

    /** Whether a derivative and its central difference agree by the rule: relative error at most {@link #TOLERANCE}. */
    public static boolean agree(double analytic, double numeric) {
        return relativeError(analytic, numeric) <= TOLERANCE;
    }
}
