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
        double h = STEP * Math.max(1, Math.abs(z));
        return (f.applyAsDouble(z + h) - f.applyAsDouble(z - h)) / (2 * h);
    }

    /** The central difference of f with respect to each entry of x in turn (x itself is not changed). */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            double h = STEP * Math.max(1, Math.abs(x[i]));
            plus[i] += h;
            minus[i] -= h;
            g[i] = (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * h);
        }
        return g;
    }

    /** |a − n| / max(|a|, |n|, {@link #FLOOR}): 0 when they agree, about 1 when they have nothing in common. */
    public static double relativeError(double analytic, double numeric) {
        return Math.abs(analytic - numeric) / Math.max(FLOOR, Math.max(Math.abs(analytic), Math.abs(numeric)));
    }

    /** The largest {@link #relativeError(double, double)} over the entries of two gradients of the same length. */
    public static double relativeError(double[] analytic, double[] numeric) {
        Check.argument(analytic.length == numeric.length, "cannot compare gradients of lengths %d and %d", analytic.length, numeric.length);
        double worst = 0;
        for (int i = 0; i < analytic.length; i++) {
            worst = Math.max(worst, relativeError(analytic[i], numeric[i]));
        }
        return worst;
    }
}
