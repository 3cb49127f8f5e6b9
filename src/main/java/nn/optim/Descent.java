package nn.optim;

import nn.util.Check;
import nn.util.Interrupt;
import nn.util.Fmt;

/**
 * The path an optimiser takes on an {@link Objective}: the points θ₀, θ₁, …, θ_T and the values
 * f(θ_t), ready to plot on the function's contours.
 *
 * <pre>{@code
 * Descent sgd = Descent.run(Optimizer.sgd(0.15), Objective.valley(), new double[] {-4, 1.5}, 50);
 * sgd.xs(); sgd.ys();   // the path, coordinate by coordinate
 * sgd.values();         // f along the path
 * }</pre>
 */
public final class Descent {
    private final String optimizer;
    private final Objective f;
    private final double[][] points;
    private final double[] values;

    private Descent(String optimizer, Objective f, double[][] points, double[] values) {
        this.optimizer = optimizer;
        this.f = f;
        this.points = points;
        this.values = values;
    }

    /** {@code steps} steps of {@code optimizer} (from its current state) on f, from {@code start}. */
    public static Descent run(Optimizer optimizer, Objective f, double[] start, int steps) {
        Check.argument(optimizer != null && f != null && start != null, "a descent needs an optimiser, a function and a start point, not null");
        Check.argument(start.length == f.dimension(), "%s takes %d variables but the start point has %d", f, f.dimension(), start.length);
        Check.argument(steps >= 0 && steps < Integer.MAX_VALUE, "a descent needs a number of steps ≥ 0 but got %d", steps);
        double[][] points = new double[steps + 1][];
        double[] values = new double[steps + 1];
        double[] theta = start.clone();
        points[0] = theta.clone();
        values[0] = f.value(theta);
        for (int t = 1; t <= steps; t++) {
            Interrupt.check("the descent");
            double[] g = f.gradient(theta);
            if (!Check.allFinite(g)) {
                Check.argument(false, "the descent diverged at step %d: the gradient of %s at θ = %s is %s (try a smaller learning rate than %s)",
                        t, f, Fmt.vec(theta), Fmt.vec(g), Fmt.num(optimizer.learningRate()));
            }
            optimizer.step("θ", theta, g);
            points[t] = theta.clone();
            values[t] = f.value(theta);
            if (!Double.isFinite(values[t])) {
                Check.argument(false, "the descent diverged at step %d: %s at θ = %s is %s (try a smaller learning rate than %s)",
                        t, f, Fmt.vec(theta), values[t], Fmt.num(optimizer.learningRate()));
            }
        }
        return new Descent(optimizer.toString(), f, points, values);
    }

    /** The number of steps T. */
    public int steps() {
        return points.length - 1;
    }

    /** θ_t (a copy). */
    public double[] point(int t) {
        Check.argument(t >= 0 && t < points.length, "this descent has points 0 to %d, not %d", points.length - 1, t);
        return points[t].clone();
    }

    /** The last point θ_T. */
    public double[] last() {
        return point(points.length - 1);
    }

    /** Coordinate i of every point, θ₀ first. */
    public double[] coordinate(int i) {
        Check.argument(i >= 0 && i < f.dimension(), "%s has coordinates 0 to %d, not %d", f, f.dimension() - 1, i);
        double[] c = new double[points.length];
        for (int t = 0; t < points.length; t++) {
            c[t] = points[t][i];
        }
        return c;
    }

    /** The first coordinates of the path (x). */
    public double[] xs() {
        return coordinate(0);
    }

    /** The second coordinates of the path (y). */
    public double[] ys() {
        return coordinate(1);
    }

    /** f(θ_t) for t = 0 … T. */
    public double[] values() {
        return values.clone();
    }

    /** The distance ‖θ_T − θ*‖ from the last point to the minimum. */
    public double distanceToMinimum() {
        double[] m = f.minimum();
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            s += Math.pow(points[points.length - 1][i] - m[i], 2);
        }
        return Math.sqrt(s);
    }

    @Override
    public String toString() {
        return "Descent(" + optimizer + " on " + f + ": " + steps() + " steps from " + Fmt.vec(points[0]) + " to "
                + Fmt.vec(Check.finite(last(), "θ")) + ", f = " + Fmt.num(values[values.length - 1]) + ")";
    }
}
