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
        double[] s = new double[z.length];
        apply(z, s);
        return s;
    }

    /** softmax(z) into {@code s} (as long as z), computed as e^(zᵢ − max z) / Σⱼ e^(zⱼ − max z). */
    public static void apply(double[] z, double[] s) {
        if (z == null || s == null || z.length == 0 || s.length != z.length) {
            Check.argument(false, "softmax needs at least one input z and an array s of its length, not null");
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            if (!Double.isFinite(v)) { // a NaN or ±∞ given would come out as NaN
                Check.finite(z, "softmax's input z");
            }
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            s[i] = Math.exp(z[i] - max);
            sum += s[i];
        }
        for (int i = 0; i < z.length; i++) {
            s[i] /= sum;
        }
    }

    /**
     * ∂L/∂z = Jᵀ ∂L/∂s into {@code delta}, without forming J: since J = diag(s) − s sᵀ,
     * (Jᵀg)ᵢ = sᵢ (gᵢ − Σₖ sₖ gₖ). {@code delta} may be the array g itself.
     */
    public static void backward(double[] s, double[] g, double[] delta) {
        if (s == null || g == null || delta == null || g.length != s.length || delta.length != s.length) {
            Check.argument(false, "softmax's backward step needs s, ∂L/∂s and δ of the same length, not null");
        }
        double sg = 0;
        for (int k = 0; k < s.length; k++) {
            sg += s[k] * g[k];
        }
        for (int i = 0; i < s.length; i++) {
            delta[i] = s[i] * (g[i] - sg);
        }
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
