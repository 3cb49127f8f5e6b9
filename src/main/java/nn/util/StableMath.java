package nn.util;

import org.apache.commons.math3.special.Erf;

/**
 * The few functions of the exponential family that overflow or lose all their digits when written
 * the textbook way, written so they stay finite and accurate for every finite input (|z| = 1000
 * included). Each method says which naive form it replaces.
 */
public final class StableMath {
    private StableMath() {
    }

    /**
     * The logistic sigmoid σ(z) = 1 / (1 + e^(−z)). For z &lt; 0 it is computed as e^z / (1 + e^z),
     * so e^(−z) never overflows: σ(−1000) is 0 (it underflows), never NaN.
     */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /**
     * softplus(z) = log(1 + e^z), computed as max(z, 0) + log(1 + e^(−|z|)): no overflow of e^z for
     * large z (softplus(1000) = 1000), and full precision for large negative z (softplus(−40) ≈ e^(−40)).
     */
    public static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /** log σ(z) = −softplus(−z), finite for every z (log σ(−1000) = −1000, not log 0). */
    public static double logSigmoid(double z) {
        return -softplus(-z);
    }

    /**
     * log Σᵢ e^(zᵢ), computed as m + log Σᵢ e^(zᵢ − m) with m = max z, so no term overflows and the
     * largest term is exactly 1.
     */
    public static double logSumExp(double[] z) {
        Check.argument(z != null && z.length > 0, "log-sum-exp needs at least one value");
        double m = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            m = Math.max(m, v);
        }
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v - m);
        }
        return m + Math.log(sum);
    }

    /** Φ(z), the standard normal cumulative distribution function, as ½ erfc(−z/√2) (accurate in both tails). */
    public static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** φ(z) = e^(−z²/2) / √(2π), the standard normal density. */
    public static double normalPdf(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }
}
