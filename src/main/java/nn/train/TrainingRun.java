package nn.train;

import nn.layers.Network;
import nn.plots.Figure;
import nn.plots.LossCurve;
import nn.util.Check;
import nn.util.Fmt;

import java.util.Map;
import java.util.TreeMap;

/** The result of a training run: the trained network, the loss of every epoch, why it stopped, and snapshots. */
public final class TrainingRun {
    private final Network network;
    private final double[] losses;
    private final StopReason stop;
    private final Map<Integer, Network> snapshots;

    TrainingRun(Network network, double[] losses, StopReason stop, Map<Integer, Network> snapshots) {
        this.network = network;
        this.losses = losses;
        this.stop = stop;
        this.snapshots = new TreeMap<>(snapshots);
    }

    /** The trained network. */
    public Network network() {
        return network;
    }

    /** The mean loss of each epoch, computed on the network before that epoch's update (a copy). */
    public double[] losses() {
        return losses.clone();
    }

    /** Number of epochs run. */
    public int epochs() {
        return losses.length;
    }

    /** The loss of the last epoch. */
    public double finalLoss() {
        return losses[losses.length - 1];
    }

    /** Which stop condition ended the run. */
    public StopReason stopReason() {
        return stop;
    }

    /** The network after {@code epoch} epochs (0 = before training), if a snapshot was asked for. */
    public Network snapshot(int epoch) {
        Network n = snapshots.get(epoch);
        Check.argument(n != null, "there is no snapshot at epoch %d; snapshots were taken at %s", epoch, snapshots.keySet());
        return n;
    }

    /** The epochs with snapshots. */
    public java.util.Set<Integer> snapshotEpochs() {
        return java.util.Collections.unmodifiableSet(snapshots.keySet());
    }

    /** The loss curve. */
    public Figure lossCurve(String title) {
        return LossCurve.of(losses, title, losses.length);
    }

    @Override
    public String toString() {
        return "stopped after " + epochs() + " epochs because " + stop.description() + "; final loss " + Fmt.num(finalLoss(), 4)
                + " (" + network + ")";
    }
}
