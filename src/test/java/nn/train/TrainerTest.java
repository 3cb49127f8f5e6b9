package nn.train;

import nn.data.Digits;
import nn.data.OneHot;
import nn.data.Samples;
import nn.data.Split;
import nn.data.Standardizer;
import nn.data.Toy2D;
import nn.init.Init;
import nn.init.Initializer;
import nn.layers.Network;
import nn.losses.LogitLosses;
import nn.losses.Losses;
import nn.metrics.ConfusionMatrix;
import nn.optim.Optimizer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static nn.activations.Activations.IDENTITY;
import static nn.activations.Activations.RELU;
import static nn.activations.Activations.SIGMOID;
import static nn.activations.Activations.TANH;
import static nn.train.StopCondition.earlyStopping;
import static nn.train.StopCondition.lossBelow;
import static nn.train.StopCondition.lossChangeBelow;
import static nn.train.StopCondition.maxEpochs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The training loop")
class TrainerTest {
    private static final double SAME = 1e-12;
    private final Network xorNet = Network.builder(2).dense(3, SIGMOID).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(2)).build();
    private final Samples moons = Toy2D.moons(60, 0.1, 4);
    private final Network net = Network.builder(2).dense(8, TANH).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(1)).build();
    private final Samples validation = Toy2D.moons(40, 0.3, 8);

    @Nested
    @DisplayName("with lecture 002's stop conditions")
    class StopConditions {
        @Test
        @DisplayName("a fixed-seed 2-3-1 network learns XOR and stops because the loss fell below its threshold")
        void xorConverges() {
            Trainer trainer = Trainer.gradientDescent(2, Losses.MSE).stopWhen(maxEpochs(5000), lossBelow(0.01));
            TrainingRun run = trainer.train(xorNet, Toy2D.xor());
            assertEquals("the loss fell below 0.01", run.stopReason());
            assertTrue(run.finalLoss() < 0.01);
            var data = Toy2D.xor();
            for (int i = 0; i < 4; i++) {
                double y = run.network().predict(data.input(i))[0];
                assertEquals(data.target(i)[0], Math.round(y), "XOR" + Arrays.toString(data.input(i)) + " predicted " + y);
            }
            assertArrayEquals(run.losses(), trainer.train(xorNet, data).losses(), 0, "the same trainer gives the same run");
        }

        @Test
        @DisplayName("each condition of the list is reported, the first that holds ends the run")
        void eachIsReported() {
            var data = Toy2D.xor();
            TrainingRun ten = Trainer.gradientDescent(2, Losses.MSE).stopWhen(maxEpochs(10)).train(xorNet, data);
            assertEquals(10, ten.epochs());
            assertEquals("the maximum number of epochs (10) was reached", ten.stopReason());
            TrainingRun flat = Trainer.gradientDescent(0.01, Losses.MSE).stopWhen(maxEpochs(1000), lossChangeBelow(1e-4)).train(xorNet, data);
            assertEquals(lossChangeBelow(1e-4).toString(), flat.stoppedBy().toString());
            double[] l = flat.losses();
            assertTrue(Math.abs(l[l.length - 1] - l[l.length - 2]) < 1e-4);
            assertTrue(flat.toString().startsWith("stopped after " + flat.epochs() + " epochs because the loss changed by less than 0.0001 in one epoch"),
                    flat.toString());
        }

        @Test
        @DisplayName("full batch records the loss before each epoch's update, as the flowchart computes it")
        void lossBeforeUpdate() {
            var data = Toy2D.xor();
            TrainingRun run = Trainer.gradientDescent(2, Losses.MSE).stopWhen(maxEpochs(3)).train(xorNet, data);
            assertEquals(meanLoss(xorNet, data, Losses.MSE), run.loss(1), SAME);
            TrainingRun one = Trainer.gradientDescent(2, Losses.MSE).stopWhen(maxEpochs(1)).train(xorNet, data);
            assertEquals(meanLoss(one.network(), data, Losses.MSE), run.loss(2), SAME);
        }

        @Test
        @DisplayName("a list without a maximum number of epochs is refused")
        void needsALimit() {
            var e = assertThrows(IllegalArgumentException.class, () -> Trainer.gradientDescent(1, Losses.MSE).stopWhen(lossBelow(0.1)));
            assertEquals("the stop conditions [loss < 0.1] do not limit the number of epochs: add maxEpochs(n)", e.getMessage());
        }

        @Test
        @DisplayName("a condition asked without the history of a run says so")
        void needsAHistory() {
            var e = assertThrows(IllegalArgumentException.class, () -> lossChangeBelow(0.24).test(null));
            assertEquals("the stop condition '|Δloss| < 0.24' needs the history of a run, not null", e.getMessage());
        }
    }

    @Test
    @DisplayName("progress is reported every n epochs and once at the end; snapshots are kept")
    void progressAndSnapshots() {
        List<String> reports = new ArrayList<>();
        TrainingRun run = Trainer.gradientDescent(2, Losses.MSE).stopWhen(maxEpochs(250)).snapshotsAt(0, 100)
                .onProgress(100, p -> reports.add(p.epochs() + (p.finished() ? " done" : ""))).train(xorNet, Toy2D.xor());
        assertEquals(List.of("100", "200", "250 done"), reports);
        assertEquals(xorNet, run.snapshot(0));
        var e = assertThrows(IllegalArgumentException.class, () -> run.snapshot(50));
        assertEquals("there is no snapshot at epoch 50; snapshots were taken at [0, 100]", e.getMessage());
    }

    @Test
    @DisplayName("a learning rate far too large fails with a message instead of a NaN")
    void divergence() {
        Network big = Network.builder(2).dense(3, IDENTITY).dense(1, IDENTITY).init(Initializer.randn(1)).build();
        var e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.gradientDescent(1e6, Losses.MSE).stopWhen(maxEpochs(100)).train(big, Toy2D.xor()));
        assertTrue(e.getMessage().startsWith("training diverged at epoch"), e.getMessage());
    }

    @Test
    @DisplayName("a trainer is a value: a setting returns a new trainer and leaves the old one as it was")
    void immutable() {
        Trainer adam = Trainer.of(Optimizer.adam(0.01), Losses.MSE).batchSize(10);
        Trainer dropped = adam.dropout(0.3);
        assertNotSame(adam, dropped);
        assertEquals("Trainer(Adam(η=0.01, β₁=0.9, β₂=0.999, ε=1e-8), MSE, batches of 10, seed 0; stop when epoch = 100)", adam.toString());
        assertEquals("Trainer(Adam(η=0.01, β₁=0.9, β₂=0.999, ε=1e-8), MSE, batches of 10, seed 0, dropout p=0.3; stop when epoch = 100)",
                dropped.toString());
    }

    @Test
    @DisplayName("one full batch of plain SGD is one step θ − η·(mean gradient) of the network")
    void fullBatchIsGradientDescent() {
        TrainingRun one = Trainer.of(Optimizer.sgd(0.5), Losses.MSE).batchSize(moons.size()).stopWhen(maxEpochs(1)).train(net, moons);
        Network expected = net.step(net.gradients(moons.inputs(), moons.targets(), Losses.MSE), 0.5);
        for (int l = 1; l <= 2; l++) {
            double[][] w = one.network().layer(l).weights(), e = expected.layer(l).weights();
            for (int i = 0; i < w.length; i++) {
                assertArrayEquals(e[i], w[i], SAME);
            }
            assertArrayEquals(expected.layer(l).biases(), one.network().layer(l).biases(), SAME);
        }
    }

    @Test
    @DisplayName("per-sample SGD in order is a step after every example")
    void perSample() {
        TrainingRun run = Trainer.of(Optimizer.sgd(0.3), Losses.SQUARED_ERROR).batchSize(1).inOrder().stopWhen(maxEpochs(1)).train(net, moons);
        Network expected = net;
        for (int i = 0; i < moons.size(); i++) {
            expected = expected.step(expected.gradients(moons.input(i), moons.target(i), Losses.SQUARED_ERROR), 0.3);
        }
        assertArrayEquals(expected.layer(1).weights()[3], run.network().layer(1).weights()[3], 0, "the same sums in the same order");
        assertArrayEquals(expected.layer(2).biases(), run.network().layer(2).biases(), 0);
    }

    static Stream<Optimizer> optimizers() {
        return Stream.of(Optimizer.sgd(0.5), Optimizer.momentum(0.1, 0.9), Optimizer.rmsprop(0.01), Optimizer.adam(0.01));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    @DisplayName("every optimiser lowers the training loss on the moons, and the same seed gives the same run")
    void everyOptimizerLearns(Optimizer optimizer) {
        Trainer trainer = Trainer.of(optimizer, Losses.MSE).batchSize(10).seed(3).stopWhen(maxEpochs(20));
        TrainingRun run = trainer.train(net, moons);
        double before = meanLoss(net, moons, Losses.MSE);
        double after = meanLoss(run.network(), moons, Losses.MSE);
        assertTrue(after < 0.7 * before, optimizer + ": loss " + before + " → " + after);
        assertArrayEquals(run.losses(), trainer.train(net, moons).losses(), 0, "optimiser state is reset between runs");
    }

    @Test
    @DisplayName("L2 weight decay makes the weights smaller than training without it")
    void weightDecayShrinks() {
        var trainer = Trainer.of(Optimizer.adam(0.02), Losses.MSE).batchSize(10).stopWhen(maxEpochs(30));
        double plain = squaredNorm(trainer.train(net, moons).network());
        double decayed = squaredNorm(trainer.weightDecay(0.05).train(net, moons).network());
        assertTrue(decayed < 0.8 * plain, "‖W‖² " + plain + " with λ = 0 but " + decayed + " with λ = 0.05");
    }

    @Test
    @DisplayName("dropout with p = 0 changes nothing; with p > 0 the run differs and is the same on every run")
    void dropout() {
        Trainer trainer = Trainer.of(Optimizer.adam(0.02), Losses.MSE).batchSize(10).stopWhen(maxEpochs(5));
        assertArrayEquals(trainer.train(net, moons).losses(), trainer.dropout(0).train(net, moons).losses(), 0);
        double[] dropped = trainer.dropout(0.5).train(net, moons).losses();
        assertTrue(dropped[4] != trainer.train(net, moons).losses()[4]);
        assertArrayEquals(dropped, trainer.dropout(0.5).train(net, moons).losses(), 0);
    }

    /** A 2-32-1 network on 20 noisy points that overfits soon, with patience 5. */
    private TrainingRun earlyStopped() {
        return Trainer.of(Optimizer.adam(0.05), Losses.MSE).batchSize(5).stopWhen(maxEpochs(200), earlyStopping(5))
                .train(Network.builder(2).dense(32, TANH).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(1)).build(), Toy2D.moons(20, 0.3, 7), validation);
    }

    @Test
    @DisplayName("early stopping returns the network of the epoch with the lowest validation loss")
    void earlyStoppingKeepsBest() {
        TrainingRun run = earlyStopped();
        double[] v = run.validationLosses();
        assertTrue(run.epochs() < 200, "stopped early");
        assertEquals(run.epochs() - 5, run.keptEpoch());
        assertEquals(Arrays.stream(v).min().orElseThrow(), v[run.keptEpoch() - 1], 0);
        assertEquals(v[run.keptEpoch() - 1], meanLoss(run.network(), validation, Losses.MSE), SAME, "the kept network is the best epoch's");
        var e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.of(Optimizer.sgd(1), Losses.MSE).stopWhen(maxEpochs(10), earlyStopping(3)).train(net, moons));
        assertEquals("early stopping needs validation data: call train(network, train, validation)", e.getMessage());
    }

    @Test
    @DisplayName("the run reads as a sentence")
    void runText() {
        TrainingRun run = earlyStopped();
        assertTrue(run.toString().matches("stopped after \\d+ epochs because the validation loss did not improve for 5 epochs; "
                + "training loss [0-9.]+, validation loss [0-9.]+; kept epoch \\d+ \\(validation loss [0-9.]+\\)"), run.toString());
        var e = assertThrows(IllegalArgumentException.class, () -> Trainer.of(Optimizer.sgd(1), Losses.MSE).train(net, moons).validationLoss());
        assertEquals("this run had no validation data", e.getMessage());
    }

    @Nested
    @DisplayName("on the 8×8 digits with a 64-32-10 softmax network")
    class DigitsRun {
        private final Digits d = Digits.load();
        private final Split s = Split.stratified(d.labels(), 0.2, 0.2, 0);
        private final Standardizer z = Standardizer.fit(s.train(d.pixels()));
        private final Samples train = Samples.of("digits", z.transform(s.train(d.pixels())), OneHot.encode(s.train(d.labels()), 10));
        private final Network start = Network.builder(64).dense(32, RELU).softmax(10).init(Init.HE_NORMAL.seeded(0)).build();

        private double accuracy(Network n) {
            return ConfusionMatrix.accuracy(s.test(d.labels()), OneHot.argmax(n.predict(z.transform(s.test(d.pixels())))));
        }

        @Test
        @DisplayName("cross-entropy after softmax learns them to over 90% test accuracy")
        void crossEntropy() {
            TrainingRun run = Trainer.of(Optimizer.adam(0.01), Losses.CROSS_ENTROPY).stopWhen(maxEpochs(10)).train(start, train);
            assertTrue(accuracy(run.network()) > 0.9);
        }

        @Test
        @DisplayName("the exact fused softmax + cross-entropy trains the same network the same way")
        void fusedLoss() {
            Trainer adam = Trainer.of(Optimizer.adam(0.01), LogitLosses.SOFTMAX_CROSS_ENTROPY).stopWhen(maxEpochs(3));
            TrainingRun fused = adam.train(start, train);
            TrainingRun chain = Trainer.of(Optimizer.adam(0.01), Losses.CROSS_ENTROPY).stopWhen(maxEpochs(3)).train(start, train);
            assertArrayEquals(chain.losses(), fused.losses(), 1e-9, "cross-entropy of ŷ is softmax + cross-entropy of z");
            assertArrayEquals(chain.network().layer(2).biases(), fused.network().layer(2).biases(), 0, "both start backpropagation from ŷ − t");
            var e = assertThrows(IllegalArgumentException.class,
                    () -> Trainer.of(Optimizer.sgd(0.1), LogitLosses.SOFTMAX_CROSS_ENTROPY).train(net, moons));
            assertEquals("softmax + cross-entropy trains a network whose output layer applies softmax, but this network's output layer applies sigmoid",
                    e.getMessage());
        }
    }

    private static double meanLoss(Network n, Samples data, nn.losses.Loss loss) {
        double total = 0;
        for (int i = 0; i < data.size(); i++) {
            total += n.loss(data.input(i), data.target(i), loss);
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
}
