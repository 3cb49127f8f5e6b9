package nn.train;

import nn.data.Samples;
import nn.layers.Gradients;
import nn.layers.Network;
import nn.losses.Loss;
import nn.util.Check;
import nn.util.Fmt;
import nn.util.Interrupt;
import nn.util.NotFinite;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Full-batch gradient descent with lecture 002's loop and stop conditions. Each epoch:
 * <pre>
 *   forward pass and loss for every example  →  mean gradient by backpropagation  →  θ ← θ − η·∇L
 *   stop if  epoch = max epochs,  or  loss &lt; lossBelow,  or  |loss − previous loss| &lt; changeBelow
 * </pre>
 * Deterministic: the same network and data give the same run.
 */
public final class Trainer {
    private final double eta;
    private final Loss loss;
    private int maxEpochs = 1000;
    private double lossBelow = 0;
    private double changeBelow = 0;
    private int[] snapshotsAt = {};
    private int progressEvery = 0;
    private Consumer<Progress> listener;

    private Trainer(double eta, Loss loss) {
        this.eta = Check.positive(eta, "the learning rate η");
        Check.argument(loss != null, "training needs a loss function");
        this.loss = loss;
    }

    /** Gradient descent with learning rate η on {@code loss}; 1000 epochs unless told otherwise. */
    public static Trainer gradientDescent(double eta, Loss loss) {
        return new Trainer(eta, loss);
    }

    /** Stop condition 1: at most this many epochs. */
    public Trainer maxEpochs(int epochs) {
        Check.argument(epochs > 0, "the maximum number of epochs must be positive, not %d", epochs);
        this.maxEpochs = epochs;
        return this;
    }

    /** Stop condition 2: stop once the loss is below {@code threshold}. */
    public Trainer stopWhenLossBelow(double threshold) {
        this.lossBelow = Check.positive(threshold, "the loss threshold");
        return this;
    }

    /** Stop condition 3: stop once the loss changes by less than {@code threshold} in one epoch. */
    public Trainer stopWhenLossChangeBelow(double threshold) {
        this.changeBelow = Check.positive(threshold, "the loss-change threshold");
        return this;
    }

    /** Keep a copy of the network after each of these epochs (0 = before training). */
    public Trainer snapshotsAt(int... epochs) {
        Check.given("snapshotsAt", "epochs", epochs);
        this.snapshotsAt = epochs.clone();
        return this;
    }

    /** Call {@code listener} every {@code epochs} epochs and once at the end. */
    public Trainer onProgress(int epochs, Consumer<Progress> listener) {
        Check.argument(epochs > 0, "progress must be reported every 1 or more epochs, not %d", epochs);
        this.progressEvery = epochs;
        this.listener = listener;
        return this;
    }

    /** Trains {@code network} on {@code data} until a stop condition holds. */
    public TrainingRun train(Network network, Samples data) {
        Check.argument(network != null && data != null, "training needs a network and data, not null");
        Check.argument(data.inputSize() == network.inputs() && data.targetSize() == network.outputs(),
                "%s has %d inputs and %d outputs but %s has %d inputs and %d targets",
                network, network.inputs(), network.outputs(), data.name(), data.inputSize(), data.targetSize());
        Map<Integer, Network> snapshots = new HashMap<>();
        double[] losses = new double[Math.min(maxEpochs, 1024)]; // grows as the run goes on
        Network net = network;
        StopReason stop = StopReason.MAX_EPOCHS;
        int epoch = 0;
        snapshot(snapshots, 0, net);
        while (epoch < maxEpochs) {
            Interrupt.check("training");
            // forward pass, loss and backward pass for every example; the mean gradient
            Gradients sum = Gradients.zero(net);
            double total = 0;
            if (epoch == losses.length) {
                losses = java.util.Arrays.copyOf(losses, (int) Math.min(maxEpochs, 2L * losses.length));
            }
            try {
                for (int i = 0; i < data.size(); i++) {
                    var pass = net.backward(data.input(i), data.target(i), loss);
                    total += pass.loss();
                    sum = sum.plus(pass.gradients());
                }
                losses[epoch] = total / data.size();
                if (!Double.isFinite(losses[epoch])) {
                    Check.overflow("the loss is %s", losses[epoch]);
                }
                // update
                net = net.step(sum.times(1.0 / data.size()), eta);
            } catch (NotFinite e) {
                throw Check.fromCaller(new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "training diverged at epoch %d: %s; try a smaller learning rate than η = %s", epoch + 1, e.getMessage(), Fmt.num(eta))));
            }
            epoch++;
            snapshot(snapshots, epoch, net);
            if (listener != null && epoch % progressEvery == 0) {
                listener.accept(new Progress(epoch, maxEpochs, losses[epoch - 1], java.util.Arrays.copyOf(losses, epoch)));
            }
            // the three stop conditions
            if (lossBelow > 0 && losses[epoch - 1] < lossBelow) {
                stop = StopReason.LOSS_BELOW_THRESHOLD;
                break;
            }
            if (changeBelow > 0 && epoch > 1 && Math.abs(losses[epoch - 1] - losses[epoch - 2]) < changeBelow) {
                stop = StopReason.LOSS_CHANGE_BELOW_THRESHOLD;
                break;
            }
        }
        double[] run = java.util.Arrays.copyOf(losses, epoch);
        if (listener != null && epoch % progressEvery != 0) {
            listener.accept(new Progress(epoch, maxEpochs, run[epoch - 1], run));
        }
        return new TrainingRun(net, run, stop, snapshots);
    }

    private void snapshot(Map<Integer, Network> snapshots, int epoch, Network net) {
        for (int e : snapshotsAt) {
            if (e == epoch) {
                snapshots.put(epoch, net);
            }
        }
    }

    @Override
    public String toString() {
        return "Trainer(gradient descent, η=" + Fmt.num(eta) + ", " + loss.name() + ", at most " + maxEpochs + " epochs"
                + (lossBelow > 0 ? ", stop when loss < " + Fmt.num(lossBelow) : "")
                + (changeBelow > 0 ? ", stop when |Δloss| < " + Fmt.num(changeBelow) : "") + ")";
    }
}
