package nn.util;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Numerical derivatives by the central difference (f(z + h) − f(z − h)) / 2h, whose error shrinks
 * like h², and the relative error used to compare them with a derivative worked out by hand.
 */
public final class FiniteDifference {
    private FiniteDifference() {
    }

    /** The step relative to the size of z: h = 1e-5 · max(1, |z|). */
    public static final double STEP = 1e-5;

    /** Below this size a derivative counts as zero when errors are made relative. */
    public static final double FLOOR = 1e-8;

    /** The central difference of f at z. */
    public static double derivative(DoubleUnaryOperator f, double z) {
        Check.given("FiniteDifference.derivative", "f", f);
        double h = STEP * Math.max(1, Math.abs(z));
        double up = f.applyAsDouble(z + h), down = f.applyAsDouble(z - h);
        return central(up, down, h, "z = " + z);
    }

    /** The central difference of f with respect to each entry of x in turn (x itself is not changed). */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
        Check.given("FiniteDifference.gradient", "f", f, "x", x);
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            double h = STEP * Math.max(1, Math.abs(x[i]));
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
}
