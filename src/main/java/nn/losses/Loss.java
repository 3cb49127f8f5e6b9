package nn.losses;

/**
 * A loss L(ŷ, t): how far the prediction ŷ is from the target t, and its gradient ∂L/∂ŷ, which is
 * where backpropagation starts.
 */
public interface Loss {
    /** L(ŷ, t). */
    double value(double[] prediction, double[] target);

    /** ∂L/∂ŷ, one entry per output. */
    double[] gradient(double[] prediction, double[] target);

    /** A short readable name, e.g. {@code MSE}. */
    String name();

    /** The formula in LaTeX. */
    String latex();
}
