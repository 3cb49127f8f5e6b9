package nn.optim;

import nn.util.Check;
import nn.util.Fmt;

/**
 * A function f(θ) with its gradient, to watch an optimiser at work on a surface a student can
 * draw: {@link #valley} (a narrow quadratic valley) and {@link #rosenbrock} (a curved one).
 */
public interface Objective {
    /** f(θ). */
    double value(double[] theta);

    /** ∇f(θ) (a new array). */
    double[] gradient(double[] theta);

    /** The number of variables. */
    int dimension();

    /** The minimiser θ*. */
    double[] minimum();

    /**
     * f(θ) = ½ Σ aᵢ (θᵢ − cᵢ)², minimum at c. With curvatures a = [1, 10] the contours are long thin
     * ellipses: plain gradient descent zig-zags across the valley, momentum and Adam do not.
     */
    static Objective quadratic(double[] curvatures, double[] minimum) {
        Check.argument(curvatures != null && minimum != null, "a quadratic needs curvatures and a minimum, not null");
        Check.finite(minimum, "the minimum");
        Check.argument(curvatures.length == minimum.length && curvatures.length > 0,
                "a quadratic needs as many curvatures as coordinates of the minimum but got %d and %d", curvatures.length, minimum.length);
        for (double a : curvatures) {
            Check.positive(a, "a curvature");
        }
        double[] a = curvatures.clone();
        double[] c = minimum.clone();
        return new Objective() {
            @Override
            public double value(double[] theta) {
                check(theta, a.length);
                double f = 0;
                for (int i = 0; i < a.length; i++) {
                    f += 0.5 * a[i] * (theta[i] - c[i]) * (theta[i] - c[i]);
                }
                return f;
            }

            @Override
            public double[] gradient(double[] theta) {
                check(theta, a.length);
                double[] g = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    g[i] = a[i] * (theta[i] - c[i]);
                }
                return g;
            }

            @Override
            public int dimension() {
                return a.length;
            }

            @Override
            public double[] minimum() {
                return c.clone();
            }

            @Override
            public String toString() {
                return "quadratic ½Σaᵢ(θᵢ − cᵢ)², a=" + Fmt.vec(a) + ", c=" + Fmt.vec(c);
            }
        };
    }

    /** The valley f(x, y) = ½(x² + 10 y²), minimum at (0, 0). */
    static Objective valley() {
        return quadratic(new double[] {1, 10}, new double[] {0, 0});
    }

    /** Rosenbrock's banana f(x, y) = (1 − x)² + 100 (y − x²)², minimum at (1, 1) in a curved flat valley. */
    static Objective rosenbrock() {
        return new Objective() {
            @Override
            public double value(double[] t) {
                check(t, 2);
                return (1 - t[0]) * (1 - t[0]) + 100 * (t[1] - t[0] * t[0]) * (t[1] - t[0] * t[0]);
            }

            @Override
            public double[] gradient(double[] t) {
                check(t, 2);
                double r = t[1] - t[0] * t[0];
                return new double[] {-2 * (1 - t[0]) - 400 * t[0] * r, 200 * r};
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double[] minimum() {
                return new double[] {1, 1};
            }

            @Override
            public String toString() {
                return "Rosenbrock (1 − x)² + 100(y − x²)²";
            }
        };
    }

    private static void check(double[] theta, int n) {
        Check.argument(theta != null && theta.length == n, "this function takes %d variables but got %s", n, theta == null ? "null" : theta.length);
        Check.finite(theta, "θ");
    }
}
