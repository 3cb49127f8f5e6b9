package nn.losses;

import nn.activations.Activations;
import nn.activations.LayerFunction;
import nn.activations.Softmax;
import nn.util.Check;
import nn.util.Fmt;
import nn.util.StableMath;
import nn.util.Template;

import java.util.List;

/**
 * The fused losses of scores z: {@link #SOFTMAX_CROSS_ENTROPY} and
 * {@link #SIGMOID_BINARY_CROSS_ENTROPY}. Both are written with log-sum-exp and softplus, so they
 * stay finite and exact for |z| up to 1000 and beyond. Either can train a network whose output
 * layer applies its output function: backpropagation then starts from ∂L/∂zᴸ = ŷ − t.
 */
public final class LogitLosses {
    private LogitLosses() {
    }

    /**
     * ŷ = softmax(z) followed by L = −Σ tᵢ log ŷᵢ, computed as L = log Σⱼ e^(zⱼ) − Σᵢ tᵢ zᵢ (true
     * when the targets add up to 1). ∂L/∂zᵢ = ŷᵢ − tᵢ.
     */
    public static final LogitLoss SOFTMAX_CROSS_ENTROPY = new Fused("softmax + cross-entropy",
            "L = -\\sum_i t_i \\log \\mathrm{softmax}(z)_i = \\log\\sum_j e^{z_j} - \\sum_i t_i z_i", LayerFunction.SOFTMAX,
            Template.of("‹y› - ‹t›", "‹y› − ‹t›")) {
        @Override
        public boolean accepts(double[] t) {
            return super.accepts(t) && t.length >= 2 && Math.abs(sum(t) - 1) <= Losses.SUM_TOLERANCE;
        }

        @Override
        void checkTargets(double[] t) {
            TermLoss.classes(name(), t.length, "SIGMOID_BINARY_CROSS_ENTROPY on the score z");
            TermLoss.sumsToOne(name(), "t", t, "a target distribution", "one-hot: a single 1", "");
        }

        @Override
        double loss(double[] z, double[] t) {
            double l = StableMath.logSumExp(z);
            for (int i = 0; i < z.length; i++) {
                l -= t[i] * z[i];
            }
            return l;
        }

        @Override
        void probabilities(double[] z, double[] p) {
            Softmax.apply(z, p);
        }

        @Override
        double scale(int n) {
            return 1;
        }
    };

    /**
     * pᵢ = σ(zᵢ) followed by the binary cross-entropy −1/N Σ [tᵢ log pᵢ + (1 − tᵢ) log(1 − pᵢ)],
     * computed as 1/N Σ [softplus(zᵢ) − tᵢ zᵢ]. ∂L/∂zᵢ = (pᵢ − tᵢ)/N.
     */
    public static final LogitLoss SIGMOID_BINARY_CROSS_ENTROPY = new Fused("sigmoid + binary cross-entropy",
            "L = \\frac{1}{N}\\sum_i \\left[\\log(1 + e^{z_i}) - t_i z_i\\right]", LayerFunction.of(Activations.SIGMOID),
            Template.of("\\frac{‹y› - ‹t›}{‹N›}", "(‹y› − ‹t›)/‹N›")) {
        @Override
        double loss(double[] z, double[] t) {
            double l = 0;
            for (int i = 0; i < z.length; i++) {
                l += StableMath.softplus(z[i]) - t[i] * z[i];
            }
            return l / z.length;
        }

        @Override
        void probabilities(double[] z, double[] p) {
            for (int i = 0; i < z.length; i++) {
                p[i] = StableMath.sigmoid(z[i]);
            }
        }

        @Override
        double scale(int n) {
            return 1.0 / n;
        }
    };

    /** The fused losses defined here. */
    public static List<LogitLoss> all() {
        return List.of(SOFTMAX_CROSS_ENTROPY, SIGMOID_BINARY_CROSS_ENTROPY);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** A fused loss whose gradient is scale(N)·(ŷ − t). */
    private abstract static class Fused extends Named implements LogitLoss {
        private final LayerFunction output;
        private final Template gradientFormula;

        Fused(String name, String latex, LayerFunction output, Template gradientFormula) {
            super(name, latex);
            this.output = output;
            this.gradientFormula = gradientFormula;
        }

        abstract double loss(double[] z, double[] t);

        abstract double scale(int n);

        /** ŷ = output(z) into p. */
        abstract void probabilities(double[] z, double[] p);

        void checkTargets(double[] t) {
        }

        @Override
        public boolean accepts(double[] t) {
            Check.notNull(t, name(), "a target t");
            for (double v : t) {
                if (!(v >= 0 && v <= 1)) {
                    return false;
                }
            }
            return true;
        }

        /** Shapes, finiteness and targets in [0, 1]; messages are built only on failure (this runs for every example). */
        private void check(double[] z, double[] t) {
            if (z == null || t == null) {
                Check.argument(false, "%s needs scores z and a target t", name());
            }
            if (z.length != t.length || z.length == 0) {
                Check.argument(false, "%s needs scores and targets of the same length, but z has %d entries and t has %d", name(), z.length, t.length);
            }
            Check.finite(z, "z");
            Check.finite(t, "t");
            for (int i = 0; i < t.length; i++) {
                if (!(t[i] >= 0 && t[i] <= 1)) {
                    Check.argument(false, "%s needs targets t in [0, 1], but t[%d] = %s (t = %s)", name(), i, t[i], Fmt.vec(t));
                }
            }
            checkTargets(t);
        }

        @Override
        public double value(double[] z, double[] target) {
            check(z, target);
            return loss(z, target);
        }

        @Override
        public double[] gradient(double[] z, double[] target) {
            check(z, target);
            double[] g = new double[z.length];
            gradient(z, target, g);
            return g;
        }

        @Override
        public void gradient(double[] z, double[] target, double[] into) {
            check(z, target);
            if (into == null || into.length != z.length) {
                Check.argument(false, "%s's gradient needs an array of %d entries to write into", name(), z.length);
            }
            probabilities(z, into);
            gradientAt(into, target, into);
        }

        /** scale(N)·(p − t). */
        @Override
        public void gradientAt(double[] p, double[] target, double[] into) {
            if (p == null || target == null || into == null || target.length != p.length || into.length != p.length) {
                Check.argument(false, "%s's gradient needs probabilities, targets and an array to write into of the same length, not null", name());
            }
            double s = scale(p.length);
            for (int i = 0; i < p.length; i++) {
                into[i] = s * (p[i] - target[i]);
            }
        }

        @Override
        public double[] probabilities(double[] z) {
            Check.argument(z != null && z.length > 0, "%s needs at least one score", name());
            Check.finite(z, "z");
            double[] p = new double[z.length];
            probabilities(z, p);
            return p;
        }

        @Override
        public LayerFunction output() {
            return output;
        }

        @Override
        public Template gradientFormula() {
            return gradientFormula;
        }
    }
}
