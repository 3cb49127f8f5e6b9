package nn.losses;

import nn.util.Check;
import nn.util.Fmt;

import java.util.List;

/** The built-in losses. Import them statically: {@code import static nn.losses.Losses.*;}. */
public final class Losses {
    private Losses() {
    }

    /** Mean squared error (均方误差) L = 1/N Σ (ŷᵢ − tᵢ)²; ∂L/∂ŷᵢ = 2/N (ŷᵢ − tᵢ). */
    public static final Loss MSE = new Simple("MSE", "L = \\frac{1}{N}\\sum_{i=1}^{N} (\\hat y_i - t_i)^2") {
        @Override
        double term(double y, double t) {
            return (y - t) * (y - t);
        }

        @Override
        double termGradient(double y, double t, int n) {
            return 2 * (y - t) / n;
        }

        @Override
        double scale(int n) {
            return 1.0 / n;
        }
    };

    /** The lecture's single-sample cost C₀ = Σ (aᵢ − yᵢ)² (lecture 002), without a mean; ∂C₀/∂aᵢ = 2(aᵢ − yᵢ). */
    public static final Loss SQUARED_ERROR = new Simple("squared error C₀", "C_0 = \\sum_i (a_i - y_i)^2") {
        @Override
        double term(double y, double t) {
            return (y - t) * (y - t);
        }

        @Override
        double termGradient(double y, double t, int n) {
            return 2 * (y - t);
        }
    };

    /** Half the squared error ½ Σ (aᵢ − yᵢ)², whose gradient is simply aᵢ − yᵢ. */
    public static final Loss HALF_SQUARED_ERROR = new Simple("half squared error", "C = \\tfrac{1}{2}\\sum_i (a_i - y_i)^2") {
        @Override
        double term(double y, double t) {
            return 0.5 * (y - t) * (y - t);
        }

        @Override
        double termGradient(double y, double t, int n) {
            return y - t;
        }
    };

    /**
     * Categorical cross-entropy (交叉熵) L = −Σ tᵢ log ŷᵢ for a probability vector ŷ (a softmax
     * output) and a target distribution t (usually one-hot); ∂L/∂ŷᵢ = −tᵢ / ŷᵢ. Terms with tᵢ = 0
     * are skipped, so 0 · log 0 counts as 0.
     */
    public static final Loss CROSS_ENTROPY = new Simple("cross-entropy", "L = -\\sum_{i} t_i \\log \\hat y_i") {
        @Override
        void check(double[] y, double[] t) {
            for (int i = 0; i < y.length; i++) {
                Check.argument(y[i] >= 0 && y[i] <= 1, "cross-entropy needs probabilities, but ŷ[%d] = %s (ŷ = %s)", i, y[i], Fmt.vec(y));
                Check.argument(t[i] >= 0 && t[i] <= 1, "cross-entropy needs target probabilities, but t[%d] = %s (t = %s)", i, t[i], Fmt.vec(t));
            }
        }

        @Override
        double term(double y, double t) {
            return t == 0 ? 0 : -t * Math.log(y);
        }

        @Override
        double termGradient(double y, double t, int n) {
            return t == 0 ? 0 : -t / y;
        }
    };

    /** The losses defined in this class. */
    public static List<Loss> all() {
        return List.of(MSE, SQUARED_ERROR, HALF_SQUARED_ERROR, CROSS_ENTROPY);
    }

    /** A loss that is a (scaled) sum of one term per output. */
    abstract static class Simple implements Loss {
        private final String name;
        private final String latex;

        Simple(String name, String latex) {
            this.name = name;
            this.latex = latex;
        }

        abstract double term(double y, double t);

        abstract double termGradient(double y, double t, int n);

        double scale(int n) {
            return 1;
        }

        void check(double[] y, double[] t) {
        }

        private void checkShapes(double[] y, double[] t) {
            Check.argument(y != null && t != null, "%s needs a prediction and a target", name);
            Check.argument(y.length == t.length && y.length > 0,
                    "%s needs a prediction and a target of the same length, but ŷ has %d entries and t has %d", name, y.length, t.length);
            Check.finite(y, "ŷ");
            Check.finite(t, "t");
            check(y, t);
        }

        @Override
        public double value(double[] prediction, double[] target) {
            checkShapes(prediction, target);
            double sum = 0;
            for (int i = 0; i < prediction.length; i++) {
                sum += term(prediction[i], target[i]);
            }
            return scale(prediction.length) * sum;
        }

        @Override
        public double[] gradient(double[] prediction, double[] target) {
            checkShapes(prediction, target);
            double[] g = new double[prediction.length];
            for (int i = 0; i < g.length; i++) {
                g[i] = termGradient(prediction[i], target[i], g.length);
            }
            return g;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String latex() {
            return latex;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
