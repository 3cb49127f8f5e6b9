package nn.normalisation;

import nn.util.Check;

/**
 * The normalisation of one vector v of n numbers and its backward pass, shared by batch norm
 * (v = one feature over a batch) and layer norm (v = one example's features), standalone
 * ({@link BatchNorm}, {@link LayerNorm}) and inside a network's batch pass:
 * <pre>
 *   μ = (1/n) Σ vᵢ,   σ² = (1/n) Σ (vᵢ − μ)²,   v̂ᵢ = (vᵢ − μ) / √(σ² + ε)
 *   ∂L/∂vᵢ = (1/√(σ² + ε)) · (gᵢ − mean(g) − v̂ᵢ · mean(g ⊙ v̂)),   where gᵢ = ∂L/∂v̂ᵢ
 * </pre>
 * The backward formula is the chain rule through μ and σ², which depend on every vᵢ: each
 * gradient loses its mean and its component along v̂. Both work on the first n entries of their
 * arrays (a batch may fill only part of its working memory) and allocate nothing.
 */
public final class Normalise {
    private Normalise() {
    }

    /**
     * v̂ = (v − μ)/√(σ² + ε) of v[0…n) written into vHat[0…n); {μ, σ², 1/√(σ² + ε)} written into
     * stats[0…3). Nothing is written when an argument is wrong.
     */
    public static void forward(double[] v, int n, double epsilon, double[] vHat, double[] stats) {
        Check.given("Normalise.forward", "v", v, "v̂", vHat, "stats", stats);
        if (n < 1 || n > v.length || n > vHat.length || stats.length < 3 || !(epsilon > 0 && Double.isFinite(epsilon))) {
            Check.argument(false, "Normalise.forward needs 1 ≤ n ≤ the lengths of v and v̂, 3 entries for the statistics and ε > 0, "
                    + "but got n = %d, v of %d, v̂ of %d, stats of %d and ε = %s", n, v.length, vHat.length, stats.length, epsilon);
        }
        double mu = 0;
        for (int i = 0; i < n; i++) {
            mu += v[i] / n;                                    // μ = (1/n) Σ vᵢ
        }
        double var = 0;
        for (int i = 0; i < n; i++) {
            var += (v[i] - mu) * (v[i] - mu) / n;              // σ² = (1/n) Σ (vᵢ − μ)²
        }
        if (!Double.isFinite(var)) { // also catches a v that is not finite; named only on failure
            for (int i = 0; i < n; i++) {
                Check.finite(v[i], "entry " + i + " of the vector to normalise");
            }
            Check.overflow("the variance of %d numbers from %s to normalise overflowed: σ² = %s", n, v[0], var);
        }
        double inv = 1 / Math.sqrt(var + epsilon);
        for (int i = 0; i < n; i++) {
            vHat[i] = (v[i] - mu) * inv;                       // v̂ᵢ = (vᵢ − μ)/√(σ² + ε)
        }
        stats[0] = mu;
        stats[1] = var;
        stats[2] = inv;
    }

    /**
     * ∂L/∂v[0…n) written into dv (which may be g itself) from g = ∂L/∂v̂, the forward pass's v̂ and
     * its 1/√(σ² + ε). Nothing is written when an argument is wrong.
     */
    public static void backward(double[] g, int n, double[] vHat, double inv, double[] dv) {
        Check.given("Normalise.backward", "g", g, "v̂", vHat, "dv", dv);
        if (n < 1 || n > g.length || n > vHat.length || n > dv.length || !(inv > 0 && Double.isFinite(inv))) {
            Check.argument(false, "Normalise.backward needs 1 ≤ n ≤ the lengths of g, v̂ and dv and 1/√(σ² + ε) > 0, "
                    + "but got n = %d, g of %d, v̂ of %d, dv of %d and %s", n, g.length, vHat.length, dv.length, inv);
        }
        double meanG = 0, meanGv = 0;
        for (int i = 0; i < n; i++) {
            meanG += g[i] / n;                                 // mean(g)
            meanGv += g[i] * vHat[i] / n;                      // mean(g ⊙ v̂)
        }
        if (!Double.isFinite(meanG) || !Double.isFinite(meanGv)) { // named only on failure
            for (int i = 0; i < n; i++) {
                Check.finite(g[i], "entry " + i + " of g = ∂L/∂v̂");
                Check.finite(vHat[i], "entry " + i + " of v̂");
            }
            Check.overflow("the normalisation's backward pass overflowed: mean(g) = %s and mean(g ⊙ v̂) = %s",
                    meanG, meanGv);
        }
        for (int i = 0; i < n; i++) {
            dv[i] = inv * (g[i] - meanG - vHat[i] * meanGv);  // ∂L/∂vᵢ
        }
    }

    /**
     * Batch norm's running averages after a batch of m ≥ 2 rows whose features have means μ and
     * (biased) variances σ², in place, feature by feature:
     * <pre>
     *   μ̄ ← (1 − momentum) μ̄ + momentum μ,   σ̄² ← (1 − momentum) σ̄² + momentum · m/(m − 1) · σ²
     * </pre>
     * (the unbiased variance, PyTorch's convention). Nothing changes when an argument is wrong.
     */
    public static void updateRunning(double[] runningMean, double[] runningVar, double[] mean, double[] var, int m, double momentum) {
        Check.given("Normalise.updateRunning", "running mean", runningMean, "running variance", runningVar, "μ", mean, "σ²", var);
        int n = runningMean.length;
        if (runningVar.length != n || mean.length != n || var.length != n || m < 2 || !(momentum >= 0 && momentum <= 1)) {
            Check.argument(false, "Normalise.updateRunning needs four arrays of one length, a batch of m ≥ 2 rows and a momentum in [0, 1], "
                    + "but got lengths %d, %d, %d, %d, m = %d and momentum %s", n, runningVar.length, mean.length, var.length, m, momentum);
        }
        Check.finite(runningMean, "the running mean");
        Check.finite(runningVar, "the running variance");
        Check.finite(mean, "μ");
        Check.finite(var, "σ²");
        for (int j = 0; j < n; j++) {
            runningMean[j] = (1 - momentum) * runningMean[j] + momentum * mean[j];
            runningVar[j] = (1 - momentum) * runningVar[j] + momentum * var[j] * m / (m - 1);
        }
    }
}
