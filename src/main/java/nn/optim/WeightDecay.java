package nn.optim;

import nn.util.Check;
import nn.util.Fmt;

/**
 * L2 weight decay: the term (λ/2)‖W‖²_F added to the loss (the regularised risk of the lecture
 * notes, R = (1/N) Σ L + (λ/2)‖W‖²_F), whose gradient λW is added to ∂L/∂W. With plain SGD the
 * update becomes W ← (1 − ηλ) W − η ∂L/∂W: every step shrinks the weights a little ("decay").
 * Biases are usually left out, so the training loop applies it to weight matrices only.
 */
public final class WeightDecay {
    private final double lambda;

    private WeightDecay(double lambda) {
        this.lambda = lambda;
    }

    /** The penalty (λ/2)‖W‖² with λ ≥ 0 (λ = 0 switches it off). */
    public static WeightDecay l2(double lambda) {
        Check.argument(lambda >= 0 && Double.isFinite(lambda), "the weight decay λ must be a finite number ≥ 0 but was %s", lambda);
        return new WeightDecay(lambda);
    }

    /** λ. */
    public double lambda() {
        return lambda;
    }

    /** (λ/2) Σ w² over all the given weight matrices. */
    public double penalty(double[][]... weights) {
        Check.notNull(weights, "the L2 penalty", "weight matrices");
        for (double[][] w : weights) {
            Check.notNull(w, "the L2 penalty", "weight matrices (one is null)");
            for (double[] row : w) {
                Check.finite(row, "W");
            }
        }
        double sum = 0;
        for (double[][] w : weights) {
            for (double[] row : w) {
                for (double x : row) {
                    sum += x * x;
                }
            }
        }
        if (!Double.isFinite(sum)) {
            Check.argument(false, "the L2 penalty overflows: Σ w² is beyond %s for these weights", Double.MAX_VALUE);
        }
        return lambda / 2 * sum;
    }

    /** The penalty's gradient λW (a new matrix). */
    public double[][] gradient(double[][] w) {
        Check.notNull(w, "the L2 gradient", "a weight matrix");
        for (double[] row : w) {
            Check.finite(row, "W");
        }
        double[][] g = new double[w.length][];
        for (int r = 0; r < w.length; r++) {
            g[r] = new double[w[r].length];
            for (int c = 0; c < w[r].length; c++) {
                g[r][c] = lambda * w[r][c];
            }
        }
        return g;
    }

    /** Adds λW to the loss gradient {@code gradW} in place (before the optimiser's step). */
    public void addGradient(double[][] w, double[][] gradW) {
        Check.argument(w != null && gradW != null, "weight decay needs W and its gradient, not null");
        Check.argument(w.length == gradW.length && (w.length == 0 || w[0] != null && gradW[0] != null && w[0].length == gradW[0].length),
                "weight decay needs W and its gradient of the same shape but got %d×%d and %d×%d",
                w.length, w.length == 0 || w[0] == null ? 0 : w[0].length, gradW.length, gradW.length == 0 || gradW[0] == null ? 0 : gradW[0].length);
        for (int r = 0; r < w.length; r++) {
            Check.finite(w[r], "W");
            Check.argument(r < gradW.length && gradW[r] != null && gradW[r].length == w[r].length,
                    "weight decay needs W and its gradient of the same shape, but row %d differs", r + 1);
            Check.finite(gradW[r], "∂L/∂W");
        }
        for (int r = 0; r < w.length; r++) {
            for (int c = 0; c < w[r].length; c++) {
                gradW[r][c] += lambda * w[r][c];
            }
        }
    }

    @Override
    public String toString() {
        return "L2(λ=" + Fmt.num(lambda) + ")";
    }
}
