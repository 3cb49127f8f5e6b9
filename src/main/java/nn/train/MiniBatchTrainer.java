package nn.train;

import nn.data.Samples;
import nn.data.Shuffle;
import nn.layers.Gradients;
import nn.layers.Network;
import nn.losses.Loss;
import nn.optim.Dropout;
import nn.optim.EarlyStopping;
import nn.optim.Optimizer;
import nn.optim.WeightDecay;
import nn.random.NumpyRandom;
import nn.util.Check;
import nn.util.Fmt;
import nn.util.Interrupt;
import nn.util.NotFinite;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Mini-batch training (小批量训练) with any {@link Optimizer}. Each epoch visits the training rows in
 * a new seeded order, cut into batches of B rows; for each batch
 * <pre>
 *   g = (1/B) Σ_{i ∈ batch} ∂L(xᵢ, tᵢ)/∂θ     backpropagation (with dropout masks, if asked)
 *   θ ← optimizer step on g + λW               (L2 weight decay on the weights)
 * </pre>
 * After each epoch it measures the training loss and, given validation data, the validation loss;
 * with early stopping it ends when that has not improved for {@code patience} epochs and returns
 * the network of the best epoch. B = N is full-batch gradient descent, B = 1 is plain SGD.
 */
public final class MiniBatchTrainer {
    private final Optimizer optimizer;
    private final Loss loss;
    private int batchSize = 32;
    private int maxEpochs = 50;
    private long seed = 0;
    private WeightDecay decay;
    private double dropoutRate;
    private int patience;
    private int progressEvery;
    private Consumer<History> listener;

    private MiniBatchTrainer(Optimizer optimizer, Loss loss) {
        Check.argument(optimizer != null && loss != null, "mini-batch training needs an optimizer and a loss function");
        this.optimizer = optimizer;
        this.loss = loss;
    }

    /** Training with {@code optimizer} on {@code loss}: batches of 32, at most 50 epochs, shuffle seed 0. */
    public static MiniBatchTrainer of(Optimizer optimizer, Loss loss) {
        return new MiniBatchTrainer(optimizer, loss);
    }

    /** B rows per batch (the last batch of an epoch may be smaller). */
    public MiniBatchTrainer batchSize(int rows) {
        Check.argument(rows > 0, "a batch needs at least one row, not %d", rows);
        this.batchSize = rows;
        return this;
    }

    /** At most this many epochs. */
    public MiniBatchTrainer maxEpochs(int epochs) {
        Check.argument(epochs > 0, "the maximum number of epochs must be positive, not %d", epochs);
        this.maxEpochs = epochs;
        return this;
    }

    /** The seed of the row order (and of the dropout masks). */
    public MiniBatchTrainer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Adds (λ/2)‖W‖² to the loss of every batch. */
    public MiniBatchTrainer weightDecay(double lambda) {
        this.decay = WeightDecay.l2(lambda);
        return this;
    }

    /** Inverted dropout with rate p on every hidden layer during training (see {@link DropoutBackprop}). */
    public MiniBatchTrainer dropout(double p) {
        Check.argument(p >= 0 && p < 1, "the dropout rate p must lie in [0, 1) but was %s", p);
        this.dropoutRate = p;
        return this;
    }

    /** Stops when the validation loss has not improved for {@code patience} epochs; keeps the best network. */
    public MiniBatchTrainer earlyStopping(int patience) {
        Check.argument(patience >= 1, "early stopping needs a patience of at least 1 epoch, not %d", patience);
        this.patience = patience;
        return this;
    }

    /** Calls {@code listener} with the history so far every {@code epochs} epochs and at the end. */
    public MiniBatchTrainer onProgress(int epochs, Consumer<History> listener) {
        Check.argument(epochs > 0, "progress must be reported every 1 or more epochs, not %d", epochs);
        this.progressEvery = epochs;
        this.listener = listener;
        return this;
    }

    /** Trains on {@code train} without validation data. */
    public History train(Network network, Samples train) {
        return train(network, train, null);
    }

    /** Trains on {@code train}, measuring {@code validation} (may be null) after every epoch. */
    public History train(Network network, Samples train, Samples validation) {
        Check.argument(network != null && train != null, "training needs a network and training data, not null");
        Check.argument(validation == null || validation.inputSize() == network.inputs() && validation.targetSize() == network.outputs(),
                "%s has %d inputs and %d outputs but the validation data %s has %d inputs and %d targets",
                network, network.inputs(), network.outputs(), validation == null ? "" : validation.name(),
                validation == null ? 0 : validation.inputSize(), validation == null ? 0 : validation.targetSize());
        Check.argument(train.inputSize() == network.inputs() && train.targetSize() == network.outputs(),
                "%s has %d inputs and %d outputs but %s has %d inputs and %d targets",
                network, network.inputs(), network.outputs(), train.name(), train.inputSize(), train.targetSize());
        Check.argument(patience == 0 || validation != null, "early stopping needs validation data: call train(network, train, validation)");
        optimizer.reset();
        NumpyRandom order = new NumpyRandom(seed);
        Dropout dropout = dropoutRate > 0 ? Dropout.of(dropoutRate, seed + 1) : null;
        EarlyStopping stopping = patience > 0 ? EarlyStopping.minimizing("validation loss", patience) : null;
        History history = new History(this.toString(), maxEpochs, validation != null);
        Network net = network, best = network;
        for (int epoch = 1; epoch <= maxEpochs; epoch++) {
            int[] rows = Shuffle.permutation(train.size(), order);
            for (int start = 0; start < rows.length; start += batchSize) {
                Interrupt.check("training");
                int[] batch = Arrays.copyOfRange(rows, start, Math.min(start + batchSize, rows.length));
                try {
                    net = OptimizerStep.apply(net, meanGradient(net, train, batch, dropout), optimizer, decay);
                } catch (NotFinite e) {
                    throw Check.fromCaller(new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                            "training diverged in epoch %d: %s; try a smaller learning rate than %s", epoch, e.getMessage(),
                            Fmt.num(optimizer.learningRate()))));
                }
            }
            double validationLoss = validation == null ? Double.NaN : meanLoss(net, validation);
            history.add(meanLoss(net, train), validationLoss);
            boolean stop = false;
            if (stopping != null) {
                if (stopping.observe(validationLoss)) {
                    best = net;
                }
                stop = stopping.shouldStop();
            }
            boolean last = stop || epoch == maxEpochs;
            if (listener != null && (epoch % progressEvery == 0 || last)) {
                listener.accept(last ? result(history, net, best, stopping) : history.snapshot(net, 0));
            }
            if (stop) {
                break;
            }
        }
        return result(history, net, best, stopping);
    }

    private static History result(History history, Network last, Network best, EarlyStopping stopping) {
        return stopping == null ? history.snapshot(last, 0) : history.snapshot(best, stopping.bestEpoch());
    }

    private Gradients meanGradient(Network net, Samples data, int[] batch, Dropout dropout) {
        Gradients sum = Gradients.zero(net);
        for (int i : batch) {
            sum = sum.plus(dropout == null ? net.gradients(data.input(i), data.target(i), loss)
                    : DropoutBackprop.of(net, data.input(i), data.target(i), loss, dropout).gradients());
        }
        return sum.times(1.0 / batch.length);
    }

    private double meanLoss(Network net, Samples data) {
        double total = 0;
        try {
            for (int i = 0; i < data.size(); i++) {
                total += net.loss(data.input(i), data.target(i), loss);
            }
        } catch (NotFinite e) {
            total = Double.NaN;
        }
        Check.argument(Double.isFinite(total), "training diverged: the loss on %s is %s (try a smaller learning rate than %s)",
                data.name(), total, Fmt.num(optimizer.learningRate()));
        return total / data.size();
    }

    @Override
    public String toString() {
        return "MiniBatchTrainer(" + optimizer + ", " + loss.name() + ", batch " + batchSize + ", at most " + maxEpochs + " epochs, seed " + seed
                + (decay != null ? ", " + decay : "") + (dropoutRate > 0 ? ", dropout p=" + Fmt.num(dropoutRate) : "")
                + (patience > 0 ? ", early stopping after " + patience + " epochs without a better validation loss" : "") + ")";
    }
}
