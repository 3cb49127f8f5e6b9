package nn.layers;

import nn.activations.LayerFunction;
import nn.losses.LogitLoss;
import nn.losses.Loss;
import nn.losses.LossFormula;
import nn.util.Check;

/**
 * The loss at the output layer, and where backpropagation starts: δᴸ = ∂L/∂zᴸ for one example.
 * <pre>
 *   a loss of ŷ:               δᴸ = fᴸ'(zᴸ) ⊙ ∂L/∂ŷ      the chain rule (Jᵀ ∂L/∂ŷ for softmax)
 *   … whose fused form has fᴸ: δᴸ = ŷ − t                 when the fused loss accepts the target
 *   a loss of the scores z:    δᴸ = ∂L/∂zᴸ                 e.g. softmax + cross-entropy, ŷ − t
 * </pre>
 * The loss and the output function say which applies ({@link Loss#fused()},
 * {@link LogitLoss#output()}); nothing here compares against particular losses or activations.
 */
final class OutputLoss {
    private final Loss loss;        // a loss of ŷ, or null
    private final LogitLoss fused;  // the fused loss of zᴸ that gives δᴸ where it accepts t, or null
    private final LayerFunction f;

    private OutputLoss(Loss loss, LogitLoss fused, LayerFunction f) {
        this.loss = loss;
        this.fused = fused;
        this.f = f;
    }

    /** A loss of the prediction ŷ after the output function f. */
    static OutputLoss of(Loss loss, LayerFunction f) {
        Check.argument(loss != null, "backpropagation needs a loss function");
        LogitLoss fused = loss.fused();
        return new OutputLoss(loss, fused != null && fused.output().equals(f) ? fused : null, f);
    }

    /** A loss of the scores zᴸ, which needs an output layer that applies its output function. */
    static OutputLoss of(LogitLoss loss, LayerFunction f) {
        Check.argument(loss != null, "backpropagation needs a loss function");
        Check.argument(loss.output().equals(f), "%s trains a network whose output layer applies %s, but this network's output layer applies %s",
                loss.name(), loss.output().name(), f.name());
        return new OutputLoss(null, loss, f);
    }

    /** L for one example from zᴸ, ŷ = aᴸ and t. */
    double value(double[] z, double[] y, double[] t) {
        return loss != null ? loss.value(y, t) : fused.value(z, t);
    }

    /**
     * δᴸ into {@code delta} for one example, after {@link #value} has checked ŷ (or zᴸ) and t;
     * returns whether it came from the fused loss. {@code dLdy} receives ∂L/∂ŷ on the chain rule's
     * path (it is working memory otherwise).
     */
    boolean delta(double[] z, double[] y, double[] t, double[] dLdy, double[] delta) {
        if (fused != null && (loss == null || fused.accepts(t))) {
            fused.gradientAt(y, t, delta);        // δᴸ = ∂L/∂zᴸ, fused: from ŷ = fᴸ(zᴸ), e.g. ŷ − t
            return true;
        }
        loss.gradient(y, t, dLdy);                // ∂L/∂ŷ
        f.backward(z, y, dLdy, delta);            // δᴸ = fᴸ'(zᴸ) ⊙ ∂L/∂ŷ
        return false;
    }

    /** The loss of ŷ, or null when the loss is one of the scores. */
    Loss loss() {
        return loss;
    }

    /** The fused loss of the scores, or null. */
    LogitLoss fused() {
        return fused;
    }

    /** The loss's formula for traces, or null. */
    LossFormula formula() {
        return loss == null ? null : loss.formula();
    }

    /** The loss's name. */
    String name() {
        return loss != null ? loss.name() : fused.name();
    }
}
