package nn.normalisation;

import nn.util.Check;
import nn.util.Fmt;

import java.util.Arrays;

/**
 * Batch normalisation (批归一化, Ioffe and Szegedy 2015) of n features. In training it normalises
 * each feature over the m examples of the batch, then scales and shifts it with learned γ and β:
 * <pre>
 *   μⱼ = (1/m) Σᵢ xᵢⱼ,   σ²ⱼ = (1/m) Σᵢ (xᵢⱼ − μⱼ)²,   x̂ᵢⱼ = (xᵢⱼ − μⱼ)/√(σ²ⱼ + ε),   yᵢⱼ = γⱼ x̂ᵢⱼ + βⱼ
 * </pre>
 * and keeps running averages for inference, where one example has no batch to take statistics
 * from: μ̄ ← (1 − momentum) μ̄ + momentum μ, and the same for σ̄² with the unbiased m/(m − 1) σ²
 * (PyTorch's convention, with its defaults ε = 1e-5 and momentum = 0.1). In inference
 * y = γ (x − μ̄)/√(σ̄² + ε) + β, a fixed affine map of each feature.
 */
public final class BatchNorm {
    private final double epsilon;
    private final double momentum;
    private final double[] gamma;
    private final double[] beta;
    private final double[] runningMean;
    private final double[] runningVar;

    private BatchNorm(double[] gamma, double[] beta, double epsilon, double momentum) {
        this.gamma = gamma;
        this.beta = beta;
        this.epsilon = epsilon;
        this.momentum = momentum;
        this.runningMean = new double[gamma.length];
        this.runningVar = new double[gamma.length];
        Arrays.fill(runningVar, 1);
    }

    /** n features with γ = 1, β = 0, ε = 1e-5, momentum 0.1, running mean 0 and variance 1. */
    public static BatchNorm of(int features) {
        Check.argument(features > 0, "batch norm needs at least one feature but got %d", features);
        double[] gamma = new double[features];
        Arrays.fill(gamma, 1);
        return new BatchNorm(gamma, new double[features], 1e-5, 0.1);
    }

    /** With the given γ and β (copied). */
    public static BatchNorm of(double[] gamma, double[] beta) {
        Check.argument(gamma != null && beta != null, "batch norm needs γ and β, not null");
        Check.finite(gamma, "γ");
        Check.finite(beta, "β");
        Check.argument(gamma.length == beta.length && gamma.length > 0, "γ and β need the same positive length but have %d and %d", gamma.length, beta.length);
        return new BatchNorm(gamma.clone(), beta.clone(), 1e-5, 0.1);
    }

    /** Training mode: normalises with the batch's own statistics and updates the running ones. */
    public Pass train(double[][] x) {
        check(x);
        Check.argument(x.length > 1, "batch norm in training needs at least 2 examples to take a variance but got %d", x.length);
        double[][] stats = new double[2][gamma.length];
        Pass pass = Pass.of(x, gamma, beta, epsilon, true, stats);
        Normalise.updateRunning(runningMean, runningVar, stats[0], stats[1], x.length, momentum);
        return pass;
    }

    /** Inference mode: normalises with the running statistics; any batch size, even one example. */
    public double[][] infer(double[][] x) {
        check(x);
        double[][] y = new double[x.length][gamma.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < gamma.length; j++) {
                y[i][j] = gamma[j] * (x[i][j] - runningMean[j]) / Math.sqrt(runningVar[j] + epsilon) + beta[j];
            }
        }
        return y;
    }

    /** γ ← γ − η ∂L/∂γ, β ← β − η ∂L/∂β (the running statistics are not parameters). */
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

    private void check(double[][] x) {
        Pass.checkBatch("batch norm", x, gamma.length);
    }

    /** The running mean μ̄ (a copy). */
    public double[] runningMean() {
        return runningMean.clone();
    }

    /** The running variance σ̄² (a copy). */
    public double[] runningVariance() {
        return runningVar.clone();
    }

    @Override
    public String toString() {
        return "BatchNorm(" + gamma.length + " features, γ=" + Fmt.vec(gamma) + ", β=" + Fmt.vec(beta) + ", running μ=" + Fmt.vec(runningMean)
                + ", σ²=" + Fmt.vec(runningVar) + ")";
    }
}
