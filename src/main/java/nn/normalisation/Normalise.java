package nn.normalisation;

/**
 * The normalisation of one vector v of n numbers and its backward pass, shared by batch norm
 * (v = one feature over a batch) and layer norm (v = one example's features):
 * <pre>
 *   μ = (1/n) Σ vᵢ,   σ² = (1/n) Σ (vᵢ − μ)²,   v̂ᵢ = (vᵢ − μ) / √(σ² + ε)
 *   ∂L/∂vᵢ = (1/√(σ² + ε)) · (gᵢ − mean(g) − v̂ᵢ · mean(g ⊙ v̂)),   where gᵢ = ∂L/∂v̂ᵢ
 * </pre>
 * The backward formula is the chain rule through μ and σ², which depend on every vᵢ: each
 * gradient loses its mean and its component along v̂.
 */
final class Normalise {
    private Normalise() {
    }

    /** v̂ = (v − μ)/√(σ² + ε) written into vHat; returns {μ, σ², 1/√(σ² + ε)}. */
    static double[] forward(double[] v, double epsilon, double[] vHat) {
        int n = v.length;
        double mu = 0;
        for (double x : v) {
            mu += x / n;
        }
        double var = 0;
        for (double x : v) {
            var += (x - mu) * (x - mu) / n;
        }
        double inv = 1 / Math.sqrt(var + epsilon);
        for (int i = 0; i < n; i++) {
            vHat[i] = (v[i] - mu) * inv;
        }
        return new double[] {mu, var, inv};
    }

    /** ∂L/∂v from g = ∂L/∂v̂, the forward pass's v̂ and 1/√(σ² + ε). */
    static double[] backward(double[] g, double[] vHat, double inv) {
        int n = g.length;
        double meanG = 0, meanGv = 0;
        for (int i = 0; i < n; i++) {
            meanG += g[i] / n;
            meanGv += g[i] * vHat[i] / n;
        }
        double[] dv = new double[n];
        for (int i = 0; i < n; i++) {
            dv[i] = inv * (g[i] - meanG - vHat[i] * meanGv);
        }
        return dv;
    }
}
