package nn.losses;

import nn.activations.LayerFunction;
import nn.util.Template;

/**
 * An output activation and its loss fused into one, taking the scores (logits) z of the last layer
 * instead of probabilities: softmax + cross-entropy, or sigmoid + binary cross-entropy. Fused, the
 * gradient with respect to z is simply ŷ − t (lecture 004), and the loss stays finite and exact for
 * any finite score, where taking the log of a probability that rounded to 0 would give ∞.
 */
public interface LogitLoss {
    /** L(z, t) = loss(activation(z), t). */
    double value(double[] z, double[] target);

    /** ∂L/∂z, one entry per score: ŷ − t for softmax + cross-entropy. */
    double[] gradient(double[] z, double[] target);

    /** ∂L/∂z into {@code into} (as long as z); the training loop calls this for every example. */
    default void gradient(double[] z, double[] target, double[] into) {
        System.arraycopy(gradient(z, target), 0, into, 0, into.length);
    }

    /**
     * ∂L/∂z into {@code into} from the probabilities p = output(z) that the output layer has already
     * computed (ŷ − t for softmax + cross-entropy), for backpropagation, after {@link #value} or the
     * fused loss of ŷ has checked the target: nothing is checked here.
     */
    void gradientAt(double[] p, double[] target, double[] into);

    /** The probabilities ŷ the fused activation gives for z. */
    double[] probabilities(double[] z);

    /** The output function fused into this loss (softmax, or the sigmoid): ŷ = output().apply(z). */
    LayerFunction output();

    /** Whether the fused formula holds for this target (softmax + cross-entropy: t adds up to 1). */
    boolean accepts(double[] target);

    /** ∂L/∂zⱼ as a formula for traces, with holes ‹y› (ŷⱼ), ‹t› (tⱼ) and ‹N›: {@code ‹y› − ‹t›}. */
    Template gradientFormula();

    /** A short readable name, e.g. {@code softmax + cross-entropy}. */
    String name();

    /** The formula in LaTeX, written in terms of z. */
    String latex();
}
