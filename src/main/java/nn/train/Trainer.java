package nn.train;

import nn.data.Samples;
import nn.layers.Network;
import nn.losses.LogitLoss;
import nn.losses.Loss;
import nn.optim.Optimizer;
import nn.util.Check;
import nn.util.Fmt;
import nn.util.Interrupt;
import nn.util.NotFinite;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The training loop (训练循环) of every lesson: lecture 002's flowchart on batches of examples.
 * Each epoch visits the training rows (in a new seeded order, unless full batch or in order), cut
 * into batches of B rows; for each batch
 * <pre>
 *   forward pass, loss, backward pass     the matrix form on the batch ({@link nn.layers.BatchPass})
 *   θ ← optimizer step on ∂L/∂θ + λW      any {@link Optimizer}; λ for L2 weight decay
 * </pre>
 * then the stop conditions decide ({@link StopCondition}). B = 1 is per-sample SGD, B = N
 * ({@link #fullBatch()}) full-batch gradient descent; dropout masks hidden units in training.
 * <pre>
 *   Trainer.of(Optimizer.adam(0.01), CROSS_ENTROPY).batchSize(32).seed(0)
 *          .stopWhen(maxEpochs(40), earlyStopping(5)).train(network, train, validation)
 * </pre>
 * A trainer is an immutable description: each setting returns a new trainer. The loss of an epoch
 * is the mean of the losses its forward passes computed (for full batch: the loss before the
 * epoch's update, as in the flowchart); the validation loss is measured after the epoch.
 * Deterministic: the same trainer, network and data give the same run.
 */
public final class Trainer {
    private final Optimizer optimizer;
    private final Loss loss;           // a loss of ŷ, or
    private final LogitLoss logitLoss; // a loss of the scores z
    private int batchSize = 32;        // 0: full batch
    private boolean shuffle = true;
    private long seed;
    private double lambda;
    private double dropout;
    private List<StopCondition> stops = List.of(StopCondition.maxEpochs(100));
    private int[] snapshotsAt = {};
    private int progressEvery;
    private Consumer<TrainingRun> listener;

    private Trainer(Optimizer optimizer, Loss loss, LogitLoss logitLoss) {
        Check.argument(optimizer != null, "training needs an optimizer, e.g. Optimizer.sgd(0.1)");
        Check.argument(loss != null || logitLoss != null, "training needs a loss function");
        this.optimizer = optimizer;
        this.loss = loss;
        this.logitLoss = logitLoss;
    }

    private Trainer copy() {
        Trainer t = new Trainer(optimizer, loss, logitLoss);
        t.batchSize = batchSize;
        t.shuffle = shuffle;
        t.seed = seed;
        t.lambda = lambda;
        t.dropout = dropout;
        t.stops = stops;
        t.snapshotsAt = snapshotsAt;
        t.progressEvery = progressEvery;
        t.listener = listener;
        return t;
    }

    /** Training with {@code optimizer} on {@code loss}: batches of 32 rows, shuffle seed 0, at most 100 epochs. */
    public static Trainer of(Optimizer optimizer, Loss loss) {
        return new Trainer(optimizer, loss, null);
    }

    /** Training on a loss of the output layer's scores, e.g. {@code SOFTMAX_CROSS_ENTROPY} (exact for any score). */
    public static Trainer of(Optimizer optimizer, LogitLoss loss) {
        return new Trainer(optimizer, null, loss);
    }

    /** Lecture 002's loop: full-batch gradient descent θ ← θ − η ∇L, the rows in their order. */
    public static Trainer gradientDescent(double eta, Loss loss) {
        return of(Optimizer.sgd(eta), loss).fullBatch();
    }

    /** B rows per batch (the last batch of an epoch may be smaller); B = 1 is per-sample SGD. */
    public Trainer batchSize(int rows) {
        Check.argument(rows > 0, "a batch needs at least one row, not %d", rows);
        Trainer t = copy();
        t.batchSize = rows;
        return t;
    }

    /** Every step on the whole training set, rows in their order (full-batch gradient descent, 批量梯度下降). */
    public Trainer fullBatch() {
        Trainer t = copy();
        t.batchSize = 0;
        t.shuffle = false;
        return t;
    }

    /** The rows in their given order in every epoch, not shuffled. */
    public Trainer inOrder() {
        Trainer t = copy();
        t.shuffle = false;
        return t;
    }

    /** The seed of the row order and of the dropout masks. */
    public Trainer seed(long seed) {
        Trainer t = copy();
        t.seed = seed;
        return t;
    }

    /** Adds (λ/2)‖W‖² to the loss of every batch: λW joins the weights' gradient (not the biases'). */
    public Trainer weightDecay(double lambda) {
        Check.argument(lambda >= 0 && Double.isFinite(lambda), "the weight decay λ must be a finite number ≥ 0 but was %s", lambda);
        Trainer t = copy();
        t.lambda = lambda;
        return t;
    }

    /** Inverted dropout with rate p on every hidden layer during training. */
    public Trainer dropout(double p) {
        Check.argument(p >= 0 && p < 1, "the dropout rate p must lie in [0, 1) but was %s", p);
        Trainer t = copy();
        t.dropout = p;
        return t;
    }

    /** The stop conditions, asked in this order after every epoch; one of them must limit the epochs. */
    public Trainer stopWhen(StopCondition... conditions) {
        Check.argument(conditions != null && conditions.length > 0, "a training run needs at least one stop condition, e.g. maxEpochs(100)");
        Check.noNulls(conditions, "stopWhen", "stop conditions");
        List<StopCondition> list = List.of(conditions);
        Check.argument(list.stream().anyMatch(c -> c.epochLimit() < Integer.MAX_VALUE),
                "the stop conditions %s do not limit the number of epochs: add maxEpochs(n)", list);
        Trainer t = copy();
        t.stops = list;
        return t;
    }

    /** Keeps a copy of the network after each of these epochs (0 = before training). */
    public Trainer snapshotsAt(int... epochs) {
        Check.given("snapshotsAt", "epochs", epochs);
        Trainer t = copy();
        t.snapshotsAt = epochs.clone();
        return t;
    }

    /** Calls {@code listener} with the run so far every {@code epochs} epochs, and with the result at the end. */
    public Trainer onProgress(int epochs, Consumer<TrainingRun> listener) {
        Check.argument(epochs > 0, "progress must be reported every 1 or more epochs, not %d", epochs);
        Check.argument(listener != null, "onProgress needs a listener, e.g. run -> updateDisplay(id, run.toString())");
        Trainer t = copy();
        t.progressEvery = epochs;
        t.listener = listener;
        return t;
    }

    /** Trains {@code network} on {@code train} until a stop condition holds. */
    public TrainingRun train(Network network, Samples train) {
        return start(network, train, null).finish();
    }

    /** Trains on {@code train}, measuring {@code validation} (may be null) after every epoch. */
    public TrainingRun train(Network network, Samples train, Samples validation) {
        return start(network, train, validation).finish();
    }

    /** A run that has not started yet, to go through epoch by epoch ({@link Training#epoch()}). */
    public Training start(Network network, Samples train, Samples validation) {
        return new Training(this, network, train, validation);
    }

    Optimizer optimizer() {
        return optimizer;
    }

    Loss loss() {
        return loss;
    }

    LogitLoss logitLoss() {
        return logitLoss;
    }

    /** Rows per batch for a training set of {@code n} rows. */
    int batchRows(int n) {
        return batchSize == 0 ? n : Math.min(batchSize, n);
    }

    boolean shuffled() {
        return shuffle;
    }

    long seed() {
        return seed;
    }

    double lambda() {
        return lambda;
    }

    double dropoutRate() {
        return dropout;
    }

    List<StopCondition> stops() {
        return stops;
    }

    int[] snapshotsAt() {
        return snapshotsAt;
    }

    int progressEvery() {
        return progressEvery;
    }

    Consumer<TrainingRun> listener() {
        return listener;
    }

    /** {@code Trainer(SGD(η=2), MSE, full batch; stop when epoch = 5000, loss < 0.01)}. */
    @Override
    public String toString() {
        String batches = batchSize == 0 ? "full batch" : batchSize == 1 ? "per sample" : "batches of " + batchSize;
        return "Trainer(" + optimizer + ", " + (loss != null ? loss.name() : logitLoss.name()) + ", " + batches
                + (batchSize != 0 && shuffle ? ", seed " + seed : batchSize != 0 ? ", in order" : "")
                + (lambda > 0 ? ", L2(λ=" + Fmt.num(lambda) + ")" : "") + (dropout > 0 ? ", dropout p=" + Fmt.num(dropout) : "")
                + "; stop when " + stops.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
    }
}
