package nn.layers;

import nn.normalisation.Norm;
import nn.normalisation.Normalisation;
import nn.normalisation.Normalise;

/**
 * The normalisation of one layer's net inputs inside a {@link BatchPass}, on the batch's rows
 * (examples) and the layer's m columns (neurons), with γ and β read from θ:
 * <pre>
 *   forward    X̂ = norm(Z),  Ẑ = γ ⊙ X̂ + β        batch norm: each column over the rows (training)
 *                                                  or with the running μ̄, σ̄² (inference);
 *                                                  layer norm: each row over its m columns
 *   backward   ∂L/∂γ = (1/B) Σᵣ Δ̂ᵣ ⊙ x̂ᵣ,   ∂L/∂β = (1/B) Σᵣ Δ̂ᵣ,   Δ = norm'(γ ⊙ Δ̂)
 * </pre>
 * where Δ̂ is the error term of Ẑ and Δ that of Z (both B times the gradient of the batch's mean
 * loss, as every Δ of the batch pass). One normalised vector and its backward pass are
 * {@link Normalise}'s. In training, batch norm updates its running statistics; its working memory
 * is allocated once, like the batch pass's.
 */
final class NormPass {
    private final Norm kind;
    private final double[][] xHat;              // [r][j]: x̂ of the last forward pass
    private final double[] inv;                 // 1/√(σ² + ε) of each normalised vector: per column (batch norm) or row (layer norm)
    private final double[] column, columnHat;   // one column of the batch (batch norm)
    private final double[] stats = new double[3];
    private final double[] mean, var;           // the batch's statistics per column (batch norm)
    private final double[] runningMean, runningVar, keptMean, keptVar; // batch norm only

    NormPass(Normalisation n, int capacity) {
        int m = n.features();
        this.kind = n.kind();
        this.xHat = new double[capacity][m];
        boolean batch = kind == Norm.BATCH;
        this.inv = new double[batch ? m : capacity];
        this.column = batch ? new double[capacity] : null;
        this.columnHat = batch ? new double[capacity] : null;
        this.mean = batch ? new double[m] : null;
        this.var = batch ? new double[m] : null;
        this.runningMean = batch ? n.runningMean() : null;
        this.runningVar = batch ? n.runningVariance() : null;
        this.keptMean = batch ? runningMean.clone() : null;
        this.keptVar = batch ? runningVar.clone() : null;
    }

    Norm kind() {
        return kind;
    }

    /** Ẑ = γ ⊙ norm(Z) + β for the first {@code rows} rows of z, into out; γ from θ[gamma], β from θ[beta]. */
    void forward(double[][] z, int rows, double[] theta, int gamma, int beta, boolean training, double[][] out) {
        int m = xHat[0].length;
        if (kind == Norm.LAYER) {
            for (int r = 0; r < rows; r++) {
                Normalise.forward(z[r], m, Normalisation.EPSILON, xHat[r], stats);   // row r over its m neurons
                inv[r] = stats[2];
            }
        } else if (training) {
            for (int j = 0; j < m; j++) {
                for (int r = 0; r < rows; r++) {
                    column[r] = z[r][j];
                }
                Normalise.forward(column, rows, Normalisation.EPSILON, columnHat, stats); // neuron j over the batch
                mean[j] = stats[0];
                var[j] = stats[1];
                inv[j] = stats[2];
                for (int r = 0; r < rows; r++) {
                    xHat[r][j] = columnHat[r];
                }
            }
            Normalise.updateRunning(runningMean, runningVar, mean, var, rows, Normalisation.MOMENTUM);
        } else {
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < m; j++) {
                    xHat[r][j] = (z[r][j] - runningMean[j]) / Math.sqrt(runningVar[j] + Normalisation.EPSILON); // inference: μ̄, σ̄²
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < m; j++) {
                out[r][j] = theta[gamma + j] * xHat[r][j] + theta[beta + j];               // ẑ = γ x̂ + β
            }
        }
    }

    /**
     * From Δ̂ (the first {@code rows} rows of delta, the error terms of Ẑ): ∂L/∂γ and ∂L/∂β, scaled
     * by s = 1/B, into g at [gamma] and [beta]; then delta becomes Δ, the error terms of Z. After a
     * forward pass in training mode.
     */
    void backward(double[][] delta, int rows, double[] theta, int gamma, int beta, double s, double[] g) {
        int m = xHat[0].length;
        for (int j = 0; j < m; j++) {
            double dGamma = 0, dBeta = 0;
            for (int r = 0; r < rows; r++) {
                dGamma += delta[r][j] * xHat[r][j];                 // Σᵣ Δ̂ᵣⱼ x̂ᵣⱼ
                dBeta += delta[r][j];                               // Σᵣ Δ̂ᵣⱼ
            }
            g[gamma + j] = s * dGamma;
            g[beta + j] = s * dBeta;
        }
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < m; j++) {
                delta[r][j] *= theta[gamma + j];                    // ∂/∂x̂ = γ ⊙ Δ̂
            }
        }
        if (kind == Norm.LAYER) {
            for (int r = 0; r < rows; r++) {
                Normalise.backward(delta[r], m, xHat[r], inv[r], delta[r]);
            }
        } else {
            for (int j = 0; j < m; j++) {
                for (int r = 0; r < rows; r++) {
                    column[r] = delta[r][j];
                    columnHat[r] = xHat[r][j];
                }
                Normalise.backward(column, rows, columnHat, inv[j], column);
                for (int r = 0; r < rows; r++) {
                    delta[r][j] = column[r];
                }
            }
        }
    }

    /** Batch norm's running statistics {μ̄, σ̄²} as they are now (copies), or null for layer norm. */
    double[][] running() {
        return runningMean == null ? null : new double[][] {runningMean.clone(), runningVar.clone()};
    }

    /** Keeps a copy of the running statistics (for early stopping); nothing is allocated. */
    void remember() {
        if (runningMean != null) {
            System.arraycopy(runningMean, 0, keptMean, 0, keptMean.length);
            System.arraycopy(runningVar, 0, keptVar, 0, keptVar.length);
        }
    }

    /** The running statistics kept by {@link #remember()}, or null for layer norm. */
    double[][] remembered() {
        return runningMean == null ? null : new double[][] {keptMean.clone(), keptVar.clone()};
    }
}
