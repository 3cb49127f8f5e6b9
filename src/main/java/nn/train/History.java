package nn.train;

import nn.layers.Network;
import nn.plots.Figure;
import nn.plots.Lines;
import nn.util.Check;
import nn.util.Fmt;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link MiniBatchTrainer} run produced: the training (and validation) loss after every
 * epoch and the network it returns (with early stopping, the one of the best validation epoch).
 * Also handed to a progress listener while the run goes on.
 */
public final class History {
    private final String trainer;
    private final int maxEpochs;
    private final boolean validated;
    private final List<Double> train = new ArrayList<>();
    private final List<Double> validation = new ArrayList<>();
    private Network network;
    private int bestEpoch;

    History(String trainer, int maxEpochs, boolean validated) {
        this.trainer = trainer;
        this.maxEpochs = maxEpochs;
        this.validated = validated;
    }

    void add(double trainLoss, double validationLoss) {
        train.add(trainLoss);
        if (validated) {
            validation.add(validationLoss);
        }
    }

    /** An unchanging copy with the network to return (bestEpoch 0 when early stopping was off). */
    History snapshot(Network net, int best) {
        History h = new History(trainer, maxEpochs, validated);
        h.train.addAll(train);
        h.validation.addAll(validation);
        h.network = net;
        h.bestEpoch = best;
        return h;
    }

    /** The trained network (with early stopping: the network after the best epoch). */
    public Network network() {
        return network;
    }

    /** Number of epochs run. */
    public int epochs() {
        return train.size();
    }

    /** The epoch whose network was kept by early stopping; the last epoch without it. */
    public int bestEpoch() {
        return bestEpoch > 0 ? bestEpoch : epochs();
    }

    /** The mean training loss after each epoch (epoch 1 first). */
    public double[] trainLosses() {
        return train.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The mean validation loss after each epoch. */
    public double[] validationLosses() {
        Check.argument(validated, "this run had no validation data");
        return validation.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The training loss after the last epoch. */
    public double finalTrainLoss() {
        return train.get(train.size() - 1);
    }

    /** The validation loss after the kept epoch. */
    public double validationLoss() {
        Check.argument(validated, "this run had no validation data");
        return validation.get(bestEpoch() - 1);
    }

    /** Training and validation loss per epoch (on a log scale when they span more than a decade), with the kept epoch marked under early stopping. */
    public Figure chart(String title) {
        Check.argument(epochs() > 0, "no epoch has run yet");
        double[] all = validated ? concat(trainLosses(), validationLosses()) : trainLosses();
        boolean log = max(all) > 10 * min(all) && min(all) > 0; // a log axis only when the losses span more than a decade
        Lines chart = Lines.chart(title, "epoch", log ? "mean loss (log scale)" : "mean loss").line("training", trainLosses());
        if (log) {
            chart.logY();
        }
        if (validated) {
            chart.line("validation", validationLosses());
        }
        if (bestEpoch > 0) {
            chart.vertical("kept: epoch " + bestEpoch, bestEpoch, min(all), max(all));
        }
        return chart.figure();
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(1);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(1);
    }

    /** {@code epoch 12 of 30: training loss 0.0812, validation loss 0.1023}. */
    @Override
    public String toString() {
        if (epochs() == 0) {
            return "no epochs yet";
        }
        String s = "epoch " + epochs() + " of " + maxEpochs + ": training loss " + Fmt.num(finalTrainLoss(), 4)
                + (validated ? ", validation loss " + Fmt.num(validation.get(epochs() - 1), 4) : "");
        return bestEpoch > 0 ? s + "; stopped early, kept epoch " + bestEpoch + " (validation loss " + Fmt.num(validationLoss(), 4) + ")" : s;
    }
}
