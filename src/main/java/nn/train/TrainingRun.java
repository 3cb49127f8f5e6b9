package nn.train;

import nn.layers.Network;
import nn.util.Check;
import nn.util.Fmt;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A training run, finished or as far as it has gone: the network, the training (and validation)
 * loss after every epoch, which stop condition ended it, and the snapshots asked for. The one
 * result of {@link Trainer}: handed to a progress listener while the run goes on, and returned at
 * the end. Immutable. Its charts are in {@code nn.plots.LossCurve}.
 */
public final class TrainingRun implements History {
    private final String trainer;
    private final Network network;
    private final double[] losses;
    private final double[] validationLosses; // empty without validation data
    private final boolean validated;
    private final int bestEpoch;
    private final int maxEpochs;
    private final StopCondition stoppedBy;   // null while the run goes on
    private final int keptEpoch;
    private final Map<Integer, Network> snapshots;

    TrainingRun(String trainer, Network network, double[] losses, double[] validationLosses, boolean validated, int bestEpoch,
                int maxEpochs, StopCondition stoppedBy, int keptEpoch, Map<Integer, Network> snapshots) {
        this.trainer = trainer;
        this.network = network;
        this.losses = losses;
        this.validationLosses = validationLosses;
        this.validated = validated;
        this.bestEpoch = bestEpoch;
        this.maxEpochs = maxEpochs;
        this.stoppedBy = stoppedBy;
        this.keptEpoch = keptEpoch;
        this.snapshots = Collections.unmodifiableMap(new TreeMap<>(snapshots));
    }

    /** The trained network: after the last epoch, or after the best validation epoch when early stopping ended the run. */
    public Network network() {
        return network;
    }

    /** The trainer's description, as {@link Trainer#toString()}. */
    public String trainer() {
        return trainer;
    }

    @Override
    public int epochs() {
        return losses.length;
    }

    /** The largest number of epochs the run may take (its {@link StopCondition#maxEpochs}). */
    public int maxEpochs() {
        return maxEpochs;
    }

    @Override
    public double loss(int epoch) {
        return losses[checkEpoch(epoch) - 1];
    }

    @Override
    public double validationLoss(int epoch) {
        Check.argument(validated, "this run had no validation data");
        return validationLosses[checkEpoch(epoch) - 1];
    }

    @Override
    public boolean validated() {
        return validated;
    }

    @Override
    public int bestEpoch() {
        return bestEpoch;
    }

    /** The mean training loss after each epoch, epoch 1 first (a copy). */
    public double[] losses() {
        return losses.clone();
    }

    /** The mean validation loss after each epoch (a copy). */
    public double[] validationLosses() {
        Check.argument(validated, "this run had no validation data");
        return validationLosses.clone();
    }

    /** The training loss after the last epoch. */
    public double finalLoss() {
        Check.argument(epochs() > 0, "no epoch has run yet");
        return losses[losses.length - 1];
    }

    /** The epoch whose network {@link #network()} is: the best validation epoch under early stopping, else the last. */
    public int keptEpoch() {
        return keptEpoch;
    }

    /** The validation loss of the kept network. */
    public double validationLoss() {
        Check.argument(validated, "this run had no validation data");
        return validationLoss(keptEpoch);
    }

    /** Whether a stop condition has ended the run (false in a progress report). */
    public boolean finished() {
        return stoppedBy != null;
    }

    /** The stop condition that ended the run; null while it goes on. */
    public StopCondition stoppedBy() {
        return stoppedBy;
    }

    /** Why the run stopped, in words: {@code the loss fell below 0.01}. */
    public String stopReason() {
        Check.argument(finished(), "the run is still going (epoch %d of %d)", epochs(), maxEpochs);
        return stoppedBy.reason();
    }

    /** The network after {@code epoch} epochs (0 = before training), if a snapshot was asked for. */
    public Network snapshot(int epoch) {
        Network n = snapshots.get(epoch);
        Check.argument(n != null, "there is no snapshot at epoch %d; snapshots were taken at %s", epoch, snapshots.keySet());
        return n;
    }

    /** The epochs with snapshots. */
    public Set<Integer> snapshotEpochs() {
        return snapshots.keySet();
    }

    private int checkEpoch(int epoch) {
        Check.argument(epoch >= 1 && epoch <= epochs(), "this run has epochs 1 to %d, there is no epoch %d", epochs(), epoch);
        return epoch;
    }

    /**
     * While running: {@code epoch 12 of 30: training loss 0.0812, validation loss 0.1023}. At the end:
     * {@code stopped after 468 epochs because the loss fell below 0.01; training loss 0.009991}, and
     * under early stopping which epoch's network was kept.
     */
    @Override
    public String toString() {
        if (epochs() == 0) {
            return "no epochs yet";
        }
        String losses = "training loss " + Fmt.num(finalLoss(), 4) + (validated ? ", validation loss " + Fmt.num(validationLoss(epochs()), 4) : "");
        if (!finished()) {
            return "epoch " + epochs() + " of " + maxEpochs + ": " + losses;
        }
        String s = "stopped after " + epochs() + (epochs() == 1 ? " epoch" : " epochs") + " because " + stoppedBy.reason() + "; " + losses;
        return keptEpoch != epochs() ? s + "; kept epoch " + keptEpoch + (validated ? " (validation loss " + Fmt.num(validationLoss(), 4) + ")" : "") : s;
    }

    static double[] prefix(double[] values, int epochs) {
        return Arrays.copyOf(values, epochs);
    }
}
