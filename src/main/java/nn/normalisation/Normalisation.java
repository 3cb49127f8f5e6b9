package nn.normalisation;

import nn.util.Check;
import nn.util.Fmt;

import java.util.Arrays;

/**
 * The normalisation of a network layer's net inputs, as the layer holds it: its kind
 * ({@link Norm}), the learned scale γ and shift β of each of its n neurons, and for batch norm the
 * running mean μ̄ and variance σ̄² that inference uses. Immutable, like the layer: training makes
 * a new one ({@link #with}). ε = 1e-5 and momentum 0.1, as {@link BatchNorm} and PyTorch.
 * <pre>
 *   training, batch norm:   ẑ = γ ⊙ (z − μ)/√(σ² + ε) + β    μ, σ² of each neuron over the batch
 *   inference, batch norm:  ẑ = γ ⊙ (z − μ̄)/√(σ̄² + ε) + β    a fixed affine map of each neuron
 *   layer norm (both):      ẑ = γ ⊙ (z − μ)/√(σ² + ε) + β    μ, σ² of this example's n net inputs
 * </pre>
 */
public final class Normalisation {
    /** ε, added to the variance. */
    public static final double EPSILON = 1e-5;
    /** The share of a batch's statistics in batch norm's running averages. */
    public static final double MOMENTUM = 0.1;

    private final Norm kind;
    private final double[] gamma, beta, runningMean, runningVar; // running: null for layer norm

    private Normalisation(Norm kind, double[] gamma, double[] beta, double[] runningMean, double[] runningVar) {
        this.kind = kind;
        this.gamma = gamma;
        this.beta = beta;
        this.runningMean = runningMean;
        this.runningVar = runningVar;
    }

    /** {@code kind} on {@code features} net inputs: γ = 1, β = 0, running mean 0 and variance 1. */
    public static Normalisation of(Norm kind, int features) {
        Check.notNull(kind, "a normalisation", "its kind, Norm.BATCH or Norm.LAYER");
        int least = kind == Norm.LAYER ? 2 : 1;
        Check.argument(features >= least, "%s needs at least %d %s to take a variance over, but got %d", kind, least,
                kind == Norm.LAYER ? "neurons" : "neuron", features);
        double[] ones = new double[features];
        Arrays.fill(ones, 1);
        boolean batch = kind == Norm.BATCH;
        return new Normalisation(kind, ones, new double[features], batch ? new double[features] : null, batch ? ones.clone() : null);
    }

    /** The same normalisation with a new γ and β (copied), e.g. after a training step. */
    public Normalisation with(double[] gamma, double[] beta) {
        checkVector(gamma, "γ");
        checkVector(beta, "β");
        return new Normalisation(kind, gamma.clone(), beta.clone(), runningMean, runningVar);
    }

    /** The same batch norm with new running statistics μ̄ and σ̄² (copied; variances ≥ 0). */
    public Normalisation withRunning(double[] mean, double[] variance) {
        Check.argument(kind == Norm.BATCH, "layer norm keeps no running statistics; only batch norm does");
        checkVector(mean, "the running mean μ̄");
        checkVector(variance, "the running variance σ̄²");
        for (double v : variance) {
            Check.argument(v >= 0, "a running variance cannot be negative, but σ̄² has %s", v);
        }
        return new Normalisation(kind, gamma, beta, mean.clone(), variance.clone());
    }

    private void checkVector(double[] v, String what) {
        Check.argument(v != null && v.length == gamma.length, "%s of %d neurons needs %s with %d entries, but got %s", kind, gamma.length,
                what, gamma.length, v == null ? "null" : v.length);
        Check.finite(v, what);
    }

    /**
     * Inference mode on the net inputs z of one example: batch norm with the running statistics,
     * layer norm with z's own. A new array.
     */
    public double[] infer(double[] z) {
        checkVector(z, "z");
        double[] y = new double[z.length];
        if (kind == Norm.BATCH) {
            for (int j = 0; j < z.length; j++) {
                y[j] = gamma[j] * (z[j] - runningMean[j]) / Math.sqrt(runningVar[j] + EPSILON) + beta[j];
            }
        } else {
            Normalise.forward(z, z.length, EPSILON, y, new double[3]);
            for (int j = 0; j < z.length; j++) {
                y[j] = gamma[j] * y[j] + beta[j];
            }
        }
        if (!Check.allFinite(y)) { // named only on failure
            Check.overflow("%s of z = %s overflows: %s", kind, Fmt.vec(z), Fmt.vec(y));
        }
        return y;
    }

    /** Batch norm or layer norm. */
    public Norm kind() {
        return kind;
    }

    /** The number of neurons n it normalises. */
    public int features() {
        return gamma.length;
    }

    /** The scale γ (a copy). */
    public double[] gamma() {
        return gamma.clone();
    }

    /** The shift β (a copy). */
    public double[] beta() {
        return beta.clone();
    }

    /** Batch norm's running mean μ̄ (a copy). */
    public double[] runningMean() {
        Check.argument(kind == Norm.BATCH, "layer norm keeps no running mean; only batch norm does");
        return runningMean.clone();
    }

    /** Batch norm's running variance σ̄² (a copy). */
    public double[] runningVariance() {
        Check.argument(kind == Norm.BATCH, "layer norm keeps no running variance; only batch norm does");
        return runningVar.clone();
    }

    /** {@code batch norm(γ=[1, 1], β=[0, 0], running μ=[0, 0], σ²=[1, 1])}. */
    @Override
    public String toString() {
        return kind + "(γ=" + Fmt.vec(gamma) + ", β=" + Fmt.vec(beta)
                + (runningMean == null ? "" : ", running μ=" + Fmt.vec(runningMean) + ", σ²=" + Fmt.vec(runningVar)) + ")";
    }
}
