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

    /**
     * L for one example from zᴸ, ŷ = aᴸ and t. Where a loss of ŷ clips ŷ ({@link Loss#clipped}) the
     * fused loss gives the exact value from zᴸ; without a fused loss for this output layer that
     * fails with a sentence rather than report the clipped number, which does not change with ŷ.
     */
    double value(double[] z, double[] y, double[] t) {
        if (loss == null) {
            return fused.value(z, t);
        }
        double l = loss.value(y, t);
        String clip = loss.clipped(y, t);
        if (clip == null) {
            return l;
        }
        if (fused != null && fused.accepts(t)) {
            return fused.value(z, t);             // exact from the scores, e.g. log Σ e^z − t·z
        }
        Check.argument(false, "%s is clipped flat here: %s, so it would report %s instead of the true, larger loss, and a loss that does not change with ŷ; %s",
                loss.name(), clip, nn.util.Fmt.num(l, 4), remedy());
        return l;
    }

    /**
     * Fails, before anything is computed, unless the loss fits an output layer of n neurons (e.g. a
     * cross-entropy over classes needs 2 or more): it is asked for the loss of a perfect prediction
     * ŷ = t = (1, 0, …, 0), which every loss accepts where it fits.
     */
    void checkFits(int n) {
        double[] oneHot = new double[n];
        oneHot[0] = 1;
        if (loss != null) {
            loss.value(oneHot, oneHot);
        } else {
            fused.value(new double[n], oneHot);
        }
    }

    /** Where clipping is not exact: null when the loss is exact here, else a phrase naming the clipped prediction. */
    String clipped(double[] z, double[] y, double[] t) {
        if (loss == null) {
            fused.value(z, t);
            return null;
        }
        String clip = loss.clipped(y, t);
        return clip == null || fused != null && fused.accepts(t) ? null : clip;
    }

    /** What computes the loss exactly instead. */
    private String remedy() {
        LogitLoss f = loss.fused();
        return f == null ? "keep the predictions away from 0 and 1, or use a loss that does not clip"
                : "end the network with " + f.output().name() + " so that the loss is computed from the scores z (" + f.name() + ")";
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
