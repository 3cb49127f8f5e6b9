package nn.losses;

import nn.activations.Softmax;
import nn.util.Check;
import nn.util.Fmt;
import nn.util.StableMath;

import java.util.List;

/**
 * The fused losses of scores z: {@link #SOFTMAX_CROSS_ENTROPY} and
 * {@link #SIGMOID_BINARY_CROSS_ENTROPY}. Both are written with log-sum-exp and softplus, so they
 * stay finite and exact for |z| up to 1000 and beyond.
 */
public final class LogitLosses {
    private LogitLosses() {
    }

    /**
     * ŷ = softmax(z) followed by L = −Σ tᵢ log ŷᵢ, computed as L = log Σⱼ e^(zⱼ) − Σᵢ tᵢ zᵢ (true
     * when the targets add up to 1). ∂L/∂zᵢ = ŷᵢ − tᵢ.
     */
    public static final LogitLoss SOFTMAX_CROSS_ENTROPY = new Fused("softmax + cross-entropy",
            "L = -\\sum_i t_i \\log \\mathrm{softmax}(z)_i = \\log\\sum_j e^{z_j} - \\sum_i t_i z_i") {
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
        public double[] probabilities(double[] z) {
            return Softmax.apply(z);
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
            "L = \\frac{1}{N}\\sum_i \\left[\\log(1 + e^{z_i}) - t_i z_i\\right]") {
        @Override
        double loss(double[] z, double[] t) {
            double l = 0;
            for (int i = 0; i < z.length; i++) {
                l += StableMath.softplus(z[i]) - t[i] * z[i];
            }
            return l / z.length;
        }

        @Override
        public double[] probabilities(double[] z) {
            Check.finite(z, "z");
            double[] p = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                p[i] = StableMath.sigmoid(z[i]);
            }
            return p;
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

    /** A fused loss whose gradient is scale(N)·(ŷ − t). */
    private abstract static class Fused extends Named implements LogitLoss {
        Fused(String name, String latex) {
            super(name, latex);
        }

        abstract double loss(double[] z, double[] t);

        abstract double scale(int n);

        void checkTargets(double[] t) {
        }

        private void check(double[] z, double[] t) {
            Check.argument(z != null && t != null, "%s needs scores z and a target t", name());
            Check.argument(z.length == t.length && z.length > 0,
                    "%s needs scores and targets of the same length, but z has %d entries and t has %d", name(), z.length, t.length);
            Check.finite(z, "z");
            Check.finite(t, "t");
            for (int i = 0; i < t.length; i++) {
                if (!(t[i] >= 0 && t[i] <= 1)) { // the message is built only on failure: this runs in every training step
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
            double[] g = probabilities(z);
            for (int i = 0; i < g.length; i++) {
                g[i] = scale(g.length) * (g[i] - target[i]);
            }
            return g;
        }
    }
}
