package nn.layers;

import nn.check.GradientCheck;
import nn.data.Samples;
import nn.init.Init;
import nn.losses.Loss;
import nn.losses.Losses;
import nn.normalisation.BatchNorm;
import nn.normalisation.LayerNorm;
import nn.normalisation.Norm;
import nn.normalisation.Normalisation;
import nn.optim.Optimizer;
import nn.random.NumpyRandom;
import nn.train.StopCondition;
import nn.train.Trainer;
import nn.train.TrainingRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static nn.activations.Activations.RELU;
import static nn.activations.Activations.SIGMOID;
import static nn.activations.Activations.TANH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Batch and layer norm as layers of a network")
class NormalisedNetworkTest {
    /** Sums taken in another order: a few units in the last place. */
    private static final double ROUNDING = 1e-12;

    record Setup(String name, Network net, double[][] x, double[][] t, Loss loss) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Uniform numbers in [0, 1), rows × cols. */
    private static double[][] rand(NumpyRandom r, int rows, int cols) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = r.rand(cols);
        }
        return m;
    }

    static Stream<Setup> setups() {
        NumpyRandom r = new NumpyRandom(5);
        double[][] x = r.randn(6, 3), t = rand(r, 6, 2), oneHot = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 0}, {1, 0, 0}, {0, 0, 1}};
        return Stream.of(
                new Setup("3-4 batch norm sigmoid-2 sigmoid, MSE", Network.builder(3).dense(4, Norm.BATCH, SIGMOID).dense(2, SIGMOID)
                        .init(Init.XAVIER_NORMAL.seeded(1)).build().withLayer(1, trained(Norm.BATCH, 4, 11)), x, t, Losses.MSE),
                new Setup("3-5 layer norm tanh-4 batch norm ReLU-3 softmax, cross-entropy", Network.builder(3).dense(5, Norm.LAYER, TANH)
                        .dense(4, Norm.BATCH, RELU).softmax(3).init(Init.XAVIER_NORMAL.seeded(2)).build(), x, oneHot, Losses.CROSS_ENTROPY),
                new Setup("3-4 layer norm sigmoid-4 layer norm sigmoid-2 sigmoid, binary cross-entropy", Network.builder(3).dense(4, Norm.LAYER, SIGMOID)
                        .dense(4, Norm.LAYER, SIGMOID).dense(2, SIGMOID).init(Init.HE_NORMAL.seeded(3)).build(), x, t, Losses.BINARY_CROSS_ENTROPY));
    }

    /** Layer 1 of the first setup with γ, β away from 1 and 0, so that their gradients are not special. */
    private static Dense trained(Norm kind, int m, long seed) {
        NumpyRandom r = new NumpyRandom(seed);
        Dense d = Dense.of(r.randn(m, 3), r.randn(m), SIGMOID);
        return d.normalised(kind.of(m).with(r.rand(m), r.randn(m)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    @DisplayName("the gradient of every W, b, γ and β on a batch matches central differences of the training loss")
    void gradientCheck(Setup s) {
        GradientCheck check = GradientCheck.of(s.net(), s.x(), s.t(), s.loss());
        assertTrue(check.passes(), () -> check.table().print(200));
        assertTrue(check.rows().stream().anyMatch(row -> row.parameter().startsWith("γ")));
    }

    @Nested
    @DisplayName("batch norm")
    class Batch {
        private final NumpyRandom r = new NumpyRandom(7);
        private final double[][] x = r.randn(8, 3), t = rand(r, 8, 1);
        private final Network net = Network.builder(3).dense(4, Norm.BATCH, SIGMOID).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(4)).build();

        @Test
        @DisplayName("normalises in training as the standalone BatchNorm does, and the network's loss in training is that of its output")
        void trainingModeIsTheStandaloneLayer() {
            double[][] z = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                z[i] = net.layer(1).netInput(x[i]);
            }
            double[][] zHat = BatchNorm.of(4).train(z).output();
            double expected = 0;
            for (int i = 0; i < x.length; i++) {
                double y = SIGMOID.apply(net.layer(2).netInput(SIGMOID.apply(zHat[i]))[0]);
                expected += Losses.MSE.value(new double[] {y}, t[i]) / x.length;
            }
            assertEquals(expected, net.lossInTraining(x, t, Losses.MSE), ROUNDING);
        }

        @Test
        @DisplayName("uses the running statistics in inference: predict and loss, one example at a time or a batch")
        void inferenceUsesRunningStatistics() {
            Normalisation bn = Norm.BATCH.of(4).withRunning(new double[] {0.5, -1, 2, 0}, new double[] {4, 0.25, 1, 9});
            Network n = net.withLayer(1, net.layer(1).normalised(bn));
            double[] z = n.layer(1).netInput(x[0]);
            double[] a = new double[4];
            for (int j = 0; j < 4; j++) {
                a[j] = SIGMOID.apply((z[j] - bn.runningMean()[j]) / Math.sqrt(bn.runningVariance()[j] + Normalisation.EPSILON));
            }
            assertArrayEquals(n.layer(2).function().apply(n.layer(2).netInput(a)), n.predict(x[0]), ROUNDING);
            double mean = 0;
            for (int i = 0; i < x.length; i++) {
                mean += n.loss(x[i], t[i], Losses.MSE) / x.length;
            }
            assertEquals(mean, n.loss(x, t, Losses.MSE), ROUNDING);
            assertNotEquals(n.loss(x, t, Losses.MSE), n.lossInTraining(x, t, Losses.MSE));
        }

        @Test
        @DisplayName("a training run moves the running statistics as the standalone BatchNorm does, batch by batch")
        void runningStatistics() {
            TrainingRun run = Trainer.of(Optimizer.sgd(0.5), Losses.MSE).fullBatch().stopWhen(StopCondition.maxEpochs(1))
                    .train(net, Samples.of("x", x, t));
            BatchNorm standalone = BatchNorm.of(4);
            double[][] z = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                z[i] = net.layer(1).netInput(x[i]); // full batch: the one forward pass is before the one update
            }
            standalone.train(z);
            Normalisation after = run.network().layer(1).normalisation().orElseThrow();
            assertArrayEquals(standalone.runningMean(), after.runningMean(), ROUNDING);
            assertArrayEquals(standalone.runningVariance(), after.runningVariance(), ROUNDING);
        }

        @Test
        @DisplayName("refuses a training batch of one row with a sentence")
        void batchOfOne() {
            var e = assertThrows(IllegalArgumentException.class, () -> net.gradients(new double[][] {x[0]}, new double[][] {t[0]}, Losses.MSE));
            assertTrue(e.getMessage().contains("at least 2 rows"), e.getMessage());
            var last = assertThrows(IllegalArgumentException.class, () -> Trainer.of(Optimizer.sgd(0.1), Losses.MSE).batchSize(7)
                    .stopWhen(StopCondition.maxEpochs(1)).train(net, Samples.of("x", x, t)));
            assertTrue(last.getMessage().contains("rows 8 to 8 of 8"), last.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Norm.class)
    @DisplayName("γ and β are trained by the optimiser with W and b: one full-batch SGD epoch is one Network.step")
    void oneEpochIsOneStep(Norm kind) {
        NumpyRandom r = new NumpyRandom(9);
        double[][] x = r.randn(10, 2), t = rand(r, 10, 1);
        Network net = Network.builder(2).dense(5, kind, TANH).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(6)).build();
        Network trained = Trainer.of(Optimizer.sgd(0.3), Losses.MSE).fullBatch().stopWhen(StopCondition.maxEpochs(1))
                .train(net, Samples.of("x", x, t)).network();
        Network stepped = net.step(net.gradients(x, t, Losses.MSE), 0.3);
        Normalisation a = trained.layer(1).normalisation().orElseThrow(), b = stepped.layer(1).normalisation().orElseThrow();
        assertArrayEquals(b.gamma(), a.gamma(), ROUNDING);
        assertArrayEquals(b.beta(), a.beta(), ROUNDING);
        assertNotEquals(1.0, a.gamma()[0]);
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(stepped.layer(1).weights()[i], trained.layer(1).weights()[i], ROUNDING);
        }
        Network withAdam = net.step(net.gradients(x, t, Losses.MSE), Optimizer.adam(0.01));
        assertEquals(0.01, Math.abs(withAdam.layer(1).normalisation().orElseThrow().gamma()[0] - 1), 1e-6); // Adam's first step is ±η
    }

    @Test
    @DisplayName("layer norm computes the same in training and inference, as the standalone LayerNorm")
    void layerNormHasOneMode() {
        NumpyRandom r = new NumpyRandom(8);
        double[][] x = r.randn(5, 3), t = rand(r, 5, 1);
        Network net = Network.builder(3).dense(4, Norm.LAYER, SIGMOID).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(5)).build();
        assertEquals(net.loss(x, t, Losses.MSE), net.lossInTraining(x, t, Losses.MSE), ROUNDING);
        double[] z = net.layer(1).netInput(x[2]);
        double[] a = SIGMOID.apply(LayerNorm.of(4).forward(new double[][] {z}).output()[0]);
        assertArrayEquals(net.layer(2).function().apply(net.layer(2).netInput(a)), net.predict(x[2]), ROUNDING);
    }

    @Nested
    @DisplayName("says what is wrong")
    class Errors {
        private final Network net = Network.builder(2).dense(3, Norm.BATCH, SIGMOID).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(1)).build();

        @Test
        @DisplayName("normalisation on the output layer")
        void outputLayer() {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> Network.builder(2).dense(3, SIGMOID).dense(1, Norm.BATCH, SIGMOID).init(Init.XAVIER_NORMAL.seeded(1)).build());
            assertTrue(e.getMessage().contains("layer 2 is the output layer"), e.getMessage());
        }

        @Test
        @DisplayName("a one-example backward pass through a normalisation")
        void oneExample() {
            var e = assertThrows(IllegalArgumentException.class, () -> net.gradients(new double[] {1, 2}, new double[] {1}, Losses.MSE));
            assertTrue(e.getMessage().contains("layer 1 normalises its net inputs (batch norm)"), e.getMessage());
        }

        @Test
        @DisplayName("a step with gradients that have no ∂L/∂γ")
        void stepWithoutGamma() {
            Gradients handMade = Gradients.of(new double[][][] {{{0, 0}, {0, 0}, {0, 0}}, {{0, 0, 0}}}, new double[][] {{0, 0, 0}, {0}});
            var e = assertThrows(IllegalArgumentException.class, () -> net.step(handMade, 0.1));
            assertTrue(e.getMessage().contains("layer 1 normalises its net inputs, but the gradients have no ∂L/∂γ¹"), e.getMessage());
        }

        @Test
        @DisplayName("a normalisation of the wrong size")
        void wrongSize() {
            var e = assertThrows(IllegalArgumentException.class, () -> net.layer(1).normalised(Norm.LAYER.of(4)));
            assertEquals("a layer of 3 neurons needs a normalisation of 3 net inputs, but got layer norm of 4", e.getMessage());
        }
    }

    @Test
    @DisplayName("reads as the constructor call: the network, its summary and its layers name the normalisation")
    void reads() {
        Network net = Network.builder(2).dense(3, Norm.BATCH, SIGMOID).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(1)).build();
        assertEquals("Network[2 → 3 (batch norm) sigmoid → 1 sigmoid]", net.toString());
        assertEquals(3 * 3 + 6 + 4, net.parameterCount());
        assertEquals("batch norm(γ=[1, 1, 1], β=[0, 0, 0], running μ=[0, 0, 0], σ²=[1, 1, 1])", net.layer(1).normalisation().orElseThrow().toString());
    }
}
