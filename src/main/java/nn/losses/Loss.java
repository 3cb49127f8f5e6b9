package nn.losses;

/**
 * A loss L(ŷ, t): how far the prediction ŷ is from the target t, and its gradient ∂L/∂ŷ, which is
 * where backpropagation starts. A loss says what it can do beyond that: its formula for traces
 * ({@link #formula()}) and its fused form with the output function that usually comes before it
 * ({@link #fused()}), which backpropagation uses instead of the chain rule where it applies.
 */
public interface Loss {
    /** L(ŷ, t). */
    double value(double[] prediction, double[] target);

    /** ∂L/∂ŷ, one entry per output. */
    double[] gradient(double[] prediction, double[] target);

    /** ∂L/∂ŷ into {@code into} (as long as ŷ); the training loop calls this for every example. */
    default void gradient(double[] prediction, double[] target, double[] into) {
        System.arraycopy(gradient(prediction, target), 0, into, 0, into.length);
    }

    /**
     * This loss fused with the output function usually put before it, as one loss of the scores z:
     * cross-entropy gives softmax + cross-entropy, binary cross-entropy gives sigmoid + binary
     * cross-entropy. Null when there is none. Backpropagation takes δᴸ = ∂L/∂zᴸ from it (ŷ − t)
     * when the output layer applies {@link LogitLoss#output()} and the fused loss accepts the target.
     */
    default LogitLoss fused() {
        return null;
    }

    /**
     * Where this loss is not exact for (ŷ, t): a phrase naming the prediction it clipped, e.g.
     * {@code ŷ[1] = 0 lies below ε = 1e-12 where t[1] = 1}, or null when {@link #value} is the true
     * loss here. The cross-entropies clip ŷ into [ε, 1 − ε] ({@link Losses#EPSILON}), so there the
     * reported loss stops at −log ε ≈ 27.6 and no longer changes with ŷ: its slope is 0. A network
     * whose output layer applies the fused output function computes such a loss from the scores
     * z instead ({@link #fused()}), exact for any score.
     */
    default String clipped(double[] prediction, double[] target) {
        value(prediction, target);
        return null;
    }

    /** The loss written as a formula with numbers, for traces; null when it has none (a trace then shows values only). */
    default LossFormula formula() {
        return null;
    }

    /** A short readable name, e.g. {@code MSE}. */
    String name();

    /** The formula in LaTeX. */
    String latex();
}
