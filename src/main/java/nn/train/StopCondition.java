package nn.train;

import nn.util.Check;
import nn.util.Fmt;

import java.util.function.Predicate;

/**
 * When training ends (停止条件): lecture 002's three ways out of the loop and early stopping, all
 * as one list. After every epoch the loop asks each condition of its list in turn; the first
 * that says stop ends the run, and the run says which.
 * <pre>
 *   maxEpochs(5000)         the number of epochs has reached its maximum
 *   lossBelow(0.01)         the training loss is below a threshold: good enough
 *   lossChangeBelow(1e-7)   the loss changed by less than a threshold in one epoch: converged, or stuck
 *   earlyStopping(5)        the validation loss has not improved for 5 epochs: keep the best network
 * </pre>
 * A list needs one maximum number of epochs; {@link #when} makes a condition of your own.
 */
public interface StopCondition {
    /** Whether to stop after the last epoch of {@code history}. */
    boolean test(History history);

    /** Why a run stopped, in words: {@code the loss fell below 0.01}. */
    String reason();

    /** Whether a run that this condition stops returns the network of its best validation epoch, not its last. */
    default boolean keepsBest() {
        return false;
    }

    /** The largest number of epochs a run under this condition can have (unlimited for most). */
    default int epochLimit() {
        return Integer.MAX_VALUE;
    }

    /** Stop condition 1: after {@code epochs} epochs. */
    static StopCondition maxEpochs(int epochs) {
        Check.argument(epochs > 0, "the maximum number of epochs must be positive, not %d", epochs);
        return new Condition("epoch = " + epochs, "the maximum number of epochs (" + epochs + ") was reached",
                h -> h.epochs() >= epochs, false, epochs);
    }

    /** Stop condition 2: once the training loss is below {@code threshold}. */
    static StopCondition lossBelow(double threshold) {
        Check.positive(threshold, "the loss threshold");
        return new Condition("loss < " + Fmt.num(threshold), "the loss fell below " + Fmt.num(threshold),
                h -> h.loss(h.epochs()) < threshold, false, Integer.MAX_VALUE);
    }

    /** Stop condition 3: once the training loss changes by less than {@code threshold} in one epoch. */
    static StopCondition lossChangeBelow(double threshold) {
        Check.positive(threshold, "the loss-change threshold");
        return new Condition("|Δloss| < " + Fmt.num(threshold), "the loss changed by less than " + Fmt.num(threshold) + " in one epoch",
                h -> h.epochs() > 1 && Math.abs(h.loss(h.epochs()) - h.loss(h.epochs() - 1)) < threshold, false, Integer.MAX_VALUE);
    }

    /**
     * Early stopping (早停): once the validation loss has not improved for {@code patience} epochs
     * in a row; the run then returns the network of the best validation epoch. Needs validation data.
     */
    static StopCondition earlyStopping(int patience) {
        Check.argument(patience >= 1, "early stopping needs a patience of at least 1 epoch, not %d", patience);
        return new Condition("no better validation loss for " + patience + " epochs",
                "the validation loss did not improve for " + patience + " epochs", h -> h.bestEpoch() > 0 && h.epochs() - h.bestEpoch() >= patience,
                true, Integer.MAX_VALUE);
    }

    /** A condition of your own, e.g. {@code when("the loss is NaN", h -> Double.isNaN(h.loss(h.epochs())))}. */
    static StopCondition when(String reason, Predicate<History> test) {
        Check.argument(reason != null && !reason.isBlank() && test != null, "a stop condition needs a reason in words and a test");
        return new Condition(reason, reason, test, false, Integer.MAX_VALUE);
    }

    /** A stop condition: its label in a trainer's description, its reason, its test. */
    record Condition(String label, String reason, Predicate<History> rule, boolean keepsBest, int epochLimit) implements StopCondition {
        /** Checks the parts are given. */
        public Condition {
            Check.given("a stop condition", "label", label, "reason", reason, "rule", rule);
            Check.argument(epochLimit >= 1, "a stop condition limits a run to at least 1 epoch, not %d", epochLimit);
        }

        @Override
        public boolean test(History history) {
            Check.argument(history != null, "the stop condition '%s' needs the history of a run, not null", label);
            return rule.test(history);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
