package nn.bench;

import nn.data.Samples;
import nn.layers.Network;
import nn.losses.Loss;
import nn.optim.Optimizer;
import nn.train.StopCondition;
import nn.train.Trainer;
import nn.train.Training;

/**
 * Stochastic gradient descent with the library's own training loop ({@link Trainer}): plain SGD
 * with learning rate η, batches of B rows visited in order (B = 1 per sample), as a student
 * would set it up. One epoch is {@link Training#updates()}: one pass of updates over the data.
 */
public final class Sgd {
    /** Epochs the loop may run; the benchmark never reaches it. */
    static final int EPOCHS = Integer.MAX_VALUE - 1;

    private final Trainer trainer;
    private final Samples data;

    public Sgd(Samples data, Loss loss, double eta, int batch) {
        this.trainer = Trainer.of(Optimizer.sgd(eta), loss).batchSize(batch).inOrder().stopWhen(StopCondition.maxEpochs(EPOCHS));
        this.data = data;
    }

    /** For a case. */
    public static Sgd of(Case c) {
        return new Sgd(c.data(), c.loss, c.eta, c.batch);
    }

    /** Number of examples in one epoch. */
    public int size() {
        return data.size();
    }

    /** A run from {@code network}, ready for its epochs. */
    public Training start(Network network) {
        return trainer.start(network, data, null);
    }

    /** The network after {@code epochs} epochs from {@code network}. */
    public Network train(Network network, int epochs) {
        Training t = start(network);
        for (int e = 0; e < epochs; e++) {
            t.updates();
        }
        return t.run().network();
    }
}
