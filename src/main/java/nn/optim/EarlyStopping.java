package nn.optim;

import nn.util.Check;
import nn.util.Fmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Early stopping on a validation metric: after each epoch the training loop reports the metric;
 * when it has not improved on its best value for {@code patience} epochs in a row, training
 * should stop and the parameters of the best epoch be kept.
 *
 * <pre>{@code
 * EarlyStopping stop = EarlyStopping.minimizing("validation loss", 5);
 * for (int epoch = 1; epoch <= 200 && !stop.shouldStop(); epoch++) {
 *     train one epoch …
 *     if (stop.observe(validationLoss)) { keep a copy of the parameters }
 * }
 * stop.bestEpoch();   // the epoch whose parameters to use
 * }</pre>
 * Epochs are counted from 1, one per {@link #observe(double)}.
 */
public final class EarlyStopping {
    private final String metric;
    private final int patience;
    private final boolean minimize;
    private final List<Double> history = new ArrayList<>();
    private double best;
    private int bestEpoch;

    private EarlyStopping(String metric, int patience, boolean minimize) {
        this.metric = metric;
        this.patience = patience;
        this.minimize = minimize;
    }

    /** Stops when {@code metric} (a loss or error) has not gone down for {@code patience} epochs. */
    public static EarlyStopping minimizing(String metric, int patience) {
        return create(metric, patience, true);
    }

    /** Stops when {@code metric} (an accuracy) has not gone up for {@code patience} epochs. */
    public static EarlyStopping maximizing(String metric, int patience) {
        return create(metric, patience, false);
    }

    private static EarlyStopping create(String metric, int patience, boolean minimize) {
        Check.argument(metric != null && !metric.isBlank(), "early stopping needs the name of the metric it watches");
        Check.argument(patience >= 1, "early stopping on %s needs a patience of at least 1 epoch but got %d", metric, patience);
        return new EarlyStopping(metric, patience, minimize);
    }

    /**
     * Records the metric of the next epoch; returns true when it is a new best (strictly better
     * than every earlier epoch), i.e. when the caller should keep a copy of the parameters.
     */
    public boolean observe(double value) {
        Check.finite(value, metric);
        Check.argument(!shouldStop(), "early stopping on %s already said stop at epoch %d (best %s at epoch %d)",
                metric, epochs(), Fmt.num(best), bestEpoch);
        history.add(value);
        boolean better = bestEpoch == 0 || (minimize ? value < best : value > best);
        if (better) {
            best = value;
            bestEpoch = history.size();
        }
        return better;
    }

    /** True once {@code patience} epochs have passed without a new best. */
    public boolean shouldStop() {
        return bestEpoch > 0 && epochs() - bestEpoch >= patience;
    }

    /** The epoch (from 1) with the best value; 0 before the first observation. */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** The best value so far (NaN before the first observation). */
    public double bestValue() {
        Check.argument(bestEpoch > 0, "%s has seen no value yet: call observe(value) after an epoch first", this);
        return best;
    }

    /** How many epochs have been observed. */
    public int epochs() {
        return history.size();
    }

    /** Epochs since the best one. */
    public int epochsSinceBest() {
        return epochs() - bestEpoch;
    }

    /** The observed values, epoch 1 first (a copy). */
    public double[] history() {
        return history.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The patience. */
    public int patience() {
        return patience;
    }

    @Override
    public String toString() {
        String state = bestEpoch == 0 ? "no epochs yet"
                : "best " + metric + " " + Fmt.num(best) + " at epoch " + bestEpoch + " of " + epochs() + (shouldStop() ? ", stop" : "");
        return "EarlyStopping(" + (minimize ? "min " : "max ") + metric + ", patience=" + patience + ": " + state + ")";
    }
}
