package nn.activations;

import nn.util.Check;

/**
 * softmax(z)ᵢ = e^(zᵢ) / Σⱼ e^(zⱼ): turns a vector of scores into probabilities. It is vector-valued,
 * so instead of a derivative it has a Jacobian J = diag(s) − s sᵀ. Computed as e^(zᵢ − max z) so
 * large scores do not overflow.
 */
public final class Softmax {
    private Softmax() {
    }

    /** The probabilities softmax(z); they are positive and add up to 1. */
    public static double[] apply(double[] z) {
        Check.argument(z != null && z.length > 0, "softmax needs at least one input");
        Check.finite(z, "z");
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] s = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            s[i] = Math.exp(z[i] - max);
            sum += s[i];
        }
        for (int i = 0; i < z.length; i++) {
            s[i] /= sum;
        }
        return s;
    }

    /** The Jacobian ∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ). */
    public static double[][] jacobian(double[] z) {
        double[] s = apply(z);
        double[][] j = new double[s.length][s.length];
        for (int i = 0; i < s.length; i++) {
            for (int k = 0; k < s.length; k++) {
                j[i][k] = s[i] * ((i == k ? 1 : 0) - s[k]);
            }
        }
        return j;
    }
}
