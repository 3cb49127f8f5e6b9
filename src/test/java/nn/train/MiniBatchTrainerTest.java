package nn.train;

import nn.data.Digits;
import nn.data.OneHot;
import nn.data.Samples;
import nn.data.Split;
import nn.data.Standardizer;
import nn.data.Toy2D;
import nn.init.Init;
import nn.layers.Gradients;
import nn.layers.Network;
import nn.losses.Losses;
import nn.metrics.ConfusionMatrix;
import nn.optim.Dropout;
import nn.optim.Optimizer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static nn.activations.Activations.RELU;
import static nn.activations.Activations.SIGMOID;
import static nn.activations.Activations.TANH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Mini-batch training")
class MiniBatchTrainerTest {
    private static final double SAME = 1e-12;
    private static final double FINITE_DIFFERENCE = 1e-6;
    private final Samples moons = Toy2D.moons(60, 0.1, 4);
    private final Network net = Network.builder(2).dense(8, TANH).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(1)).build();

    @Test
    @DisplayName("one full batch of plain SGD is one step of the full-batch trainer")
    void fullBatchIsGradientDescent() {
        History h = MiniBatchTrainer.of(Optimizer.sgd(0.5), Losses.MSE).batchSize(moons.size()).maxEpochs(1).train(net, moons);
        Network expected = Trainer.gradientDescent(0.5, Losses.MSE).maxEpochs(1).train(net, moons).network();
        for (int l = 1; l <= 2; l++) {
            double[][] w = h.network().layer(l).weights(), e = expected.layer(l).weights();
            for (int i = 0; i < w.length; i++) {
                assertArrayEquals(e[i], w[i], SAME);
            }
            assertArrayEquals(expected.layer(l).biases(), h.network().layer(l).biases(), SAME);
        }
    }

    static Stream<Optimizer> optimizers() {
        return Stream.of(Optimizer.sgd(0.5), Optimizer.momentum(0.1, 0.9), Optimizer.rmsprop(0.01), Optimizer.adam(0.01));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    @DisplayName("every optimiser lowers the training loss on the moons, and the same seed gives the same run")
    void everyOptimizerLearns(Optimizer optimizer) {
        MiniBatchTrainer trainer = MiniBatchTrainer.of(optimizer, Losses.MSE).batchSize(10).maxEpochs(20).seed(3);
        History h = trainer.train(net, moons);
        double before = meanLoss(net, moons);
        assertTrue(h.finalTrainLoss() < 0.7 * before, optimizer + ": loss " + before + " → " + h.finalTrainLoss());
        assertArrayEquals(h.trainLosses(), trainer.train(net, moons).trainLosses(), 0, "optimiser state is reset between runs");
    }

    @Test
    @DisplayName("L2 weight decay makes the weights smaller than training without it")
    void weightDecayShrinks() {
        var trainer = MiniBatchTrainer.of(Optimizer.adam(0.02), Losses.MSE).batchSize(10).maxEpochs(30);
        double plain = squaredNorm(trainer.train(net, moons).network());
        double decayed = squaredNorm(trainer.weightDecay(0.05).train(net, moons).network());
        assertTrue(decayed < 0.8 * plain, "‖W‖² " + plain + " with λ = 0 but " + decayed + " with λ = 0.05");
    }

    @Test
    @DisplayName("dropout with p = 0 changes nothing, and its gradient is the thinned network's, checked by finite differences")
    void dropoutGradient() {
        Network deep = Network.builder(2).dense(5, TANH).dense(4, TANH).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(2)).build();
        double[] x = {0.3, -0.7}, t = {1};
        Gradients plain = deep.gradients(x, t, Losses.MSE);
        Gradients none = DropoutBackprop.of(deep, x, t, Losses.MSE, Dropout.of(0, 1)).gradients();
        assertEquals(plain.weight(2, 1, 3), none.weight(2, 1, 3), SAME);
        Gradients dropped = DropoutBackprop.of(deep, x, t, Losses.MSE, Dropout.of(0.5, 9)).gradients();
        for (int[] p : new int[][] {{1, 2, 1}, {2, 1, 3}, {2, 0, 0}, {3, 0, 2}}) {
            double h = 1e-6;
            double up = thinnedLoss(deep, p, h, x, t), down = thinnedLoss(deep, p, -h, x, t);
            assertEquals((up - down) / (2 * h), dropped.weight(p[0], p[1], p[2]), FINITE_DIFFERENCE, "∂L/∂W" + p[0] + "[" + p[1] + "," + p[2] + "]");
        }
    }

    /** The loss with W^l[i][j] moved by h and the same masks as Dropout.of(0.5, 9) draws first. */
    private static double thinnedLoss(Network deep, int[] p, double h, double[] x, double[] t) {
        double[][] w = deep.layer(p[0]).weights();
        w[p[1]][p[2]] += h;
        Network moved = deep.withLayer(p[0], nn.layers.Dense.of(w, deep.layer(p[0]).biases(), deep.layer(p[0]).function()));
        return DropoutBackprop.of(moved, x, t, Losses.MSE, Dropout.of(0.5, 9)).loss();
    }

    private final Samples validation = Toy2D.moons(40, 0.3, 8);

    /** A 2-32-1 network on 20 noisy points that overfits soon, with patience 5. */
    private History earlyStopped() {
        return MiniBatchTrainer.of(Optimizer.adam(0.05), Losses.MSE).batchSize(5).maxEpochs(200).earlyStopping(5)
                .train(Network.builder(2).dense(32, TANH).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(1)).build(), Toy2D.moons(20, 0.3, 7), validation);
    }

    @Test
    @DisplayName("early stopping returns the network of the epoch with the lowest validation loss")
    void earlyStoppingKeepsBest() {
        History h = earlyStopped();
        double[] v = h.validationLosses();
        assertTrue(h.epochs() < 200, "stopped early");
        assertEquals(h.epochs() - 5, h.bestEpoch());
        assertEquals(java.util.Arrays.stream(v).min().orElseThrow(), v[h.bestEpoch() - 1], 0);
        assertEquals(v[h.bestEpoch() - 1], meanLoss(h.network(), validation), SAME, "the kept network is the best epoch's");
        var e = assertThrows(IllegalArgumentException.class, () -> MiniBatchTrainer.of(Optimizer.sgd(1), Losses.MSE).earlyStopping(3).train(net, moons));
        assertEquals("early stopping needs validation data: call train(network, train, validation)", e.getMessage());
    }

    @Test
    @DisplayName("a 64-32-10 softmax network learns the 8×8 digits to over 90% test accuracy")
    void digits() {
        Digits d = Digits.load();
        Split s = Split.stratified(d.labels(), 0.2, 0.2, 0);
        Standardizer z = Standardizer.fit(s.train(d.pixels()));
        Samples train = Samples.of("digits", z.transform(s.train(d.pixels())), OneHot.encode(s.train(d.labels()), 10));
        Network net = Network.builder(64).dense(32, RELU).softmax(10).init(Init.HE_NORMAL.seeded(0)).build();
        History h = MiniBatchTrainer.of(Optimizer.adam(0.01), Losses.CROSS_ENTROPY).maxEpochs(10).train(net, train);
        int[] predicted = nn.data.OneHot.argmax(h.network().predict(z.transform(s.test(d.pixels()))));
        assertTrue(ConfusionMatrix.accuracy(s.test(d.labels()), predicted) > 0.9);
    }

    private static double meanLoss(Network n, Samples data) {
        double total = 0;
        for (int i = 0; i < data.size(); i++) {
            total += n.loss(data.input(i), data.target(i), Losses.MSE);
        }
        return total / data.size();
    }

    private static double squaredNorm(Network n) {
        double sum = 0;
        for (int l = 1; l <= n.depth(); l++) {
            for (double[] row : n.layer(l).weights()) {
                for (double w : row) {
                    sum += w * w;
                }
            }
        }
        return sum;
    }

    @Test
    @DisplayName("the history reads as a sentence, and its chart marks the kept epoch")
    void historyText() {
        History h = earlyStopped();
        assertTrue(h.toString().matches("epoch \\d+ of 200: training loss [0-9.]+, validation loss [0-9.]+; stopped early, kept epoch \\d+ \\(validation loss [0-9.]+\\)"),
                h.toString());
        assertEquals("Figure(\"losses\", 620×400)", h.chart("losses").toString());
        var e = assertThrows(IllegalArgumentException.class, () -> MiniBatchTrainer.of(Optimizer.sgd(1), Losses.MSE).train(net, moons).validationLoss());
        assertEquals("this run had no validation data", e.getMessage());
    }
}
