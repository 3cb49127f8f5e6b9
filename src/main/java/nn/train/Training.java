package nn.train;

import nn.data.Samples;
import nn.data.Shuffle;
import nn.layers.BatchPass;
import nn.layers.Network;
import nn.optim.Dropout;
import nn.random.NumpyRandom;
import nn.util.Check;
import nn.util.Fmt;
import nn.util.Interrupt;
import nn.util.NotFinite;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A run of a {@link Trainer} in progress: the loop with its working memory. {@link #epoch()} runs
 * one epoch, {@link #finish()} runs epochs until a stop condition holds. The loop owns its buffers
 * (a {@link BatchPass} with its copy of the parameters, the row order, the losses) and allocates
 * nothing per batch; what leaves it is a copy, a {@link TrainingRun}, at a progress report and at
 * the end.
 */
public final class Training implements History {
    private final Trainer trainer;
    private final BatchPass pass;
    private final double[][] x, t, xValidation, tValidation; // copies of the data's rows
    private final int batch;
    private final int[] order;
    private final NumpyRandom random;
    private final Dropout dropout;
    private final int maxEpochs;
    private final boolean keepBest;
    private final Map<Integer, Network> snapshots = new HashMap<>();
    private double[] losses = new double[64];
    private double[] validationLosses = new double[64];
    private int epochs;
    private int best;
    private StopCondition stoppedBy;

    Training(Trainer trainer, Network network, Samples train, Samples validation) {
        Check.argument(network != null && train != null, "training needs a network and training data");
        check(network, train, "");
        if (validation != null) {
            check(network, validation, "the validation data ");
        }
        this.keepBest = trainer.stops().stream().anyMatch(StopCondition::keepsBest);
        Check.argument(!keepBest || validation != null, "early stopping needs validation data: call train(network, train, validation)");
        this.trainer = trainer;
        this.maxEpochs = trainer.stops().stream().mapToInt(StopCondition::epochLimit).min().orElseThrow();
        this.batch = trainer.batchRows(train.size());
        this.pass = trainer.loss() != null ? BatchPass.of(network, batch, trainer.loss()) : BatchPass.of(network, batch, trainer.logitLoss());
        this.x = train.inputs();
        this.t = train.targets();
        this.xValidation = validation == null ? null : validation.inputs();
        this.tValidation = validation == null ? null : validation.targets();
        this.order = new int[x.length];
        this.random = new NumpyRandom(trainer.seed());
        this.dropout = trainer.dropoutRate() > 0 ? Dropout.of(trainer.dropoutRate(), trainer.seed() + 1) : null;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        trainer.optimizer().reset();
        if (wanted(0)) {
            snapshots.put(0, network);
        }
    }

    private static void check(Network network, Samples data, String what) {
        Check.argument(data.inputSize() == network.inputs() && data.targetSize() == network.outputs(),
                "%s has %d inputs and %d outputs but %s%s has %d inputs and %d targets",
                network, network.inputs(), network.outputs(), what, data.name(), data.inputSize(), data.targetSize());
    }

    /**
     * One pass of updates over the training data, the part of an epoch that trains: a new row order
     * (when shuffled), then for each batch of B rows the forward and backward pass in matrix form and
     * one optimiser step. Returns the mean of the losses the forward passes computed. Nothing is
     * allocated. {@link #epoch()} is this followed by the record, the stop conditions and the reports.
     */
    public double updates() {
        if (trainer.shuffled()) {
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Shuffle.inPlace(order, random);
        }
        double total = 0;
        try {
            for (int from = 0; from < order.length; from += batch) {
                Interrupt.check("training");
                double loss = pass.backprop(x, t, order, from, Math.min(from + batch, order.length), dropout);
                if (!Double.isFinite(loss)) { // the message is built only on failure
                    Check.overflow("the loss of the batch from row %d is %s", from + 1, loss);
                }
                pass.step(trainer.optimizer(), trainer.lambda());
                total += loss;
            }
        } catch (NotFinite e) {
            throw Check.fromCaller(new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "training diverged at epoch %d: %s; try a smaller learning rate than η = %s", epochs + 1, e.getMessage(),
                    Fmt.num(trainer.optimizer().learningRate()))));
        }
        return total / order.length;
    }

    /** One epoch: {@link #updates()}, the validation loss, the snapshots, the stop conditions and the progress report. */
    public void epoch() {
        Check.argument(!finished(), "this run has finished: %s", this);
        double loss = updates();
        if (epochs == losses.length) {
            losses = Arrays.copyOf(losses, 2 * epochs);
            validationLosses = Arrays.copyOf(validationLosses, 2 * epochs);
        }
        losses[epochs] = loss;
        if (xValidation != null) {
            validationLosses[epochs] = pass.totalLoss(xValidation, tValidation) / xValidation.length;
        }
        epochs++;
        if (xValidation != null && (best == 0 || validationLosses[epochs - 1] < validationLosses[best - 1])) {
            best = epochs;
            if (keepBest) {
                pass.remember();
            }
        }
        if (wanted(epochs)) {
            snapshots.put(epochs, pass.network());
        }
        for (StopCondition c : trainer.stops()) {
            if (c.test(this)) {
                stoppedBy = c;
                break;
            }
        }
        if (trainer.listener() != null && (epochs % trainer.progressEvery() == 0 || finished())) {
            trainer.listener().accept(run());
        }
    }

    /** Runs epochs until a stop condition holds; returns the result. */
    public TrainingRun finish() {
        while (!finished()) {
            epoch();
        }
        return run();
    }

    /** Whether a stop condition has ended the run. */
    public boolean finished() {
        return stoppedBy != null;
    }

    /** The run so far, or its result once finished (a copy). */
    public TrainingRun run() {
        boolean kept = finished() && keepBest && best > 0;
        Network network = kept ? pass.remembered() : pass.network();
        return new TrainingRun(trainer.toString(), network, Arrays.copyOf(losses, epochs), Arrays.copyOf(validationLosses, xValidation == null ? 0 : epochs),
                xValidation != null, best, maxEpochs, stoppedBy, kept ? best : epochs, snapshots);
    }

    /** Whether a snapshot was asked for after this many epochs. */
    private boolean wanted(int epoch) {
        for (int e : trainer.snapshotsAt()) {
            if (e == epoch) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int epochs() {
        return epochs;
    }

    @Override
    public double loss(int epoch) {
        return losses[checkEpoch(epoch) - 1];
    }

    @Override
    public double validationLoss(int epoch) {
        Check.argument(xValidation != null, "this run has no validation data");
        return validationLosses[checkEpoch(epoch) - 1];
    }

    private int checkEpoch(int epoch) {
        if (epoch < 1 || epoch > epochs) {
            Check.argument(false, "this run has epochs 1 to %d, there is no epoch %d", epochs, epoch);
        }
        return epoch;
    }

    @Override
    public boolean validated() {
        return xValidation != null;
    }

    @Override
    public int bestEpoch() {
        return best;
    }

    @Override
    public String toString() {
        return "Training(" + trainer + ": " + (epochs == 0 ? "no epochs yet" : "epoch " + epochs + ", loss " + Fmt.num(losses[epochs - 1], 4)) + ")";
    }
}
