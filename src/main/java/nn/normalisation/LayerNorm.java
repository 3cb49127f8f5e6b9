package nn.normalisation;

import nn.util.Check;
import nn.util.Fmt;

import java.util.Arrays;

/**
 * Layer normalisation (层归一化, Ba, Kiros and Hinton 2016) of n features: each example is
 * normalised over its own features, then scaled and shifted with learned γ and β,
 * <pre>
 *   μᵢ = (1/n) Σⱼ xᵢⱼ,   σ²ᵢ = (1/n) Σⱼ (xᵢⱼ − μᵢ)²,   yᵢⱼ = γⱼ (xᵢⱼ − μᵢ)/√(σ²ᵢ + ε) + βⱼ
 * </pre>
 * It needs no batch and no running statistics: training and inference compute the same thing.
 */
public final class LayerNorm {
    private final double epsilon;
    private final double[] gamma;
    private final double[] beta;

    private LayerNorm(double[] gamma, double[] beta, double epsilon) {
        this.gamma = gamma;
        this.beta = beta;
        this.epsilon = epsilon;
    }

    /** n features with γ = 1, β = 0, ε = 1e-5. */
    public static LayerNorm of(int features) {
        Check.argument(features > 1, "layer norm needs at least 2 features to take a variance but got %d", features);
        double[] gamma = new double[features];
        Arrays.fill(gamma, 1);
        return new LayerNorm(gamma, new double[features], 1e-5);
    }

    /** With the given γ and β (copied). */
    public static LayerNorm of(double[] gamma, double[] beta) {
        Check.argument(gamma != null && beta != null, "layer norm needs γ and β, not null");
        Check.finite(gamma, "γ");
        Check.finite(beta, "β");
        Check.argument(gamma.length == beta.length && gamma.length > 1, "γ and β need the same length, at least 2, but have %d and %d", gamma.length, beta.length);
        return new LayerNorm(gamma.clone(), beta.clone(), 1e-5);
    }

    /** The forward pass, the same in training and inference. */
    public Pass forward(double[][] x) {
        Pass.checkBatch("layer norm", x, gamma.length);
        return Pass.of(x, gamma, beta, epsilon, false, null);
    }

    /** γ ← γ − η ∂L/∂γ, β ← β − η ∂L/∂β. */
    public void step(Pass.Gradients g, double eta) {
        Pass.check(g, gamma.length, eta);
        for (int j = 0; j < gamma.length; j++) { // all or nothing: no parameter changes if one would overflow
            if (!Double.isFinite(gamma[j] - eta * g.gamma()[j]) || !Double.isFinite(beta[j] - eta * g.beta()[j])) {
                Check.overflow("the step on γ and β with η = %s overflows at feature %d (try a smaller learning rate)", eta, j);
            }
        }
        for (int j = 0; j < gamma.length; j++) {
            gamma[j] -= eta * g.gamma()[j];
            beta[j] -= eta * g.beta()[j];
        }
    }

    @Override
    public String toString() {
        return "LayerNorm(" + gamma.length + " features, γ=" + Fmt.vec(gamma) + ", β=" + Fmt.vec(beta) + ")";
    }
}
