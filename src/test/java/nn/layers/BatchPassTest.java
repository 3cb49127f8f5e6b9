package nn.layers;

import nn.activations.Activations;
import nn.check.FiniteDifference;
import nn.init.Init;
import nn.losses.LogitLosses;
import nn.losses.Loss;
import nn.losses.Losses;
import nn.optim.Dropout;
import nn.optim.Optimizer;
import nn.random.NumpyRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static nn.activations.Activations.IDENTITY;
import static nn.activations.Activations.RELU;
import static nn.activations.Activations.SIGMOID;
import static nn.activations.Activations.TANH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Backpropagation in matrix form on a batch")
class BatchPassTest {
    /** The batch form adds up in the order of the per-example form, so the two agree exactly. */
    static final double EXACT = 0;

    record Setup(String name, Network net, double[][] x, double[][] t, Loss loss) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Setup> setups() {
        NumpyRandom r = new NumpyRandom(3);
        double[][] x2 = r.randn(7, 2), x4 = r.randn(5, 4);
        double[][] oneHot = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 0}, {1, 0, 0}};
        double[][] soft = {{0.2, 0.8, 0}, {0.5, 0.25, 0.25}, {0, 0, 1}, {0.1, 0.1, 0.8}, {1, 0, 0}};
        double[][] x9 = r.randn(5, 9), ten = new double[5][10]; // wide enough for Linear's blocks of 8 sums and the entries left over
        for (int i = 0; i < 5; i++) {
            ten[i][(3 * i + 1) % 10] = 1;
        }
        return Stream.of(
                new Setup("2-2-1 sigmoid, C₀, 7 rows", Network.builder(2).dense(2, SIGMOID).dense(1, SIGMOID).init(nn.init.Initializer.randn(42)).build(),
                        x2, rand(r, 7, 1), Losses.SQUARED_ERROR),
                new Setup("4-6-5-3 tanh, ReLU, softmax, cross-entropy (fused), 5 rows",
                        Network.builder(4).dense(6, TANH).dense(5, RELU).softmax(3).init(Init.XAVIER_NORMAL.seeded(7)).build(), x4, oneHot, Losses.CROSS_ENTROPY),
                new Setup("4-6-3 sigmoid, softmax, MSE (Jacobian), soft targets",
                        Network.builder(4).dense(6, SIGMOID).softmax(3).init(Init.XAVIER_NORMAL.seeded(8)).build(), x4, soft, Losses.MSE),
                new Setup("2-5-1 GELU, identity, half squared error", Network.builder(2).dense(5, Activations.GELU).dense(1, IDENTITY)
                        .init(Init.HE_NORMAL.seeded(9)).build(), x2, r.randn(7, 1), Losses.HALF_SQUARED_ERROR),
                new Setup("2-3-2 sigmoid, sigmoid, binary cross-entropy (fused)", Network.builder(2).dense(3, SIGMOID).dense(2, SIGMOID)
                        .init(Init.XAVIER_NORMAL.seeded(10)).build(), x2, rand(r, 7, 2), Losses.BINARY_CROSS_ENTROPY),
                new Setup("9-17-10 sigmoid, softmax, cross-entropy (fused), 5 rows", Network.builder(9).dense(17, SIGMOID).softmax(10)
                        .init(Init.XAVIER_NORMAL.seeded(11)).build(), x9, ten, Losses.CROSS_ENTROPY));
    }

    private static double[][] rand(NumpyRandom r, int rows, int cols) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = r.rand(cols);
        }
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    @DisplayName("gives the mean of the B single-example gradients, to the last digit")
    void meanOfSingleExamples(Setup s) {
        Gradients batch = s.net().gradients(s.x(), s.t(), s.loss());
        Gradients sum = Gradients.zero(s.net());
        for (int r = 0; r < s.x().length; r++) {
            sum = sum.plus(s.net().gradients(s.x()[r], s.t()[r], s.loss()));
        }
        Gradients mean = sum.times(1.0 / s.x().length);
        for (int l = 1; l <= s.net().depth(); l++) {
            assertArrayEquals(mean.weights(l), batch.weights(l), "∂L/∂W" + l);
            assertArrayEquals(mean.biases(l), batch.biases(l), EXACT, "∂L/∂b" + l);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    @DisplayName("agrees with central differences of the batch's mean loss")
    void gradientCheck(Setup s) {
        Gradients batch = s.net().gradients(s.x(), s.t(), s.loss());
        for (int l = 1; l <= s.net().depth(); l++) {
            Dense layer = s.net().layer(l);
            for (int i = 0; i < layer.outputs(); i++) {
                for (int j = 0; j < layer.inputs(); j++) {
                    int layerIndex = l, row = i, col = j;
                    double numeric = FiniteDifference.derivative(w -> meanLoss(with(s.net(), layerIndex, row, col, w), s), layer.weight(i, j));
                    assertTrue(FiniteDifference.agree(batch.weight(l, i, j), numeric),
                            ParameterNames.weight(l, i, j) + ": " + batch.weight(l, i, j) + " vs " + numeric);
                }
            }
        }
    }

    private static Network with(Network net, int l, int i, int j, double w) {
        double[][] weights = net.layer(l).weights();
        weights[i][j] = w;
        return net.withLayer(l, Dense.of(weights, net.layer(l).biases(), net.layer(l).function()));
    }

    private static double meanLoss(Network net, Setup s) {
        double total = 0;
        for (int r = 0; r < s.x().length; r++) {
            total += net.loss(s.x()[r], s.t()[r], s.loss());
        }
        return total / s.x().length;
    }

    @Test
    @DisplayName("a loss of the scores gives the same gradient as the loss of ŷ whose fused form it is")
    void logitLoss() {
        Setup s = setups().skip(1).findFirst().orElseThrow();
        BatchPass fused = BatchPass.of(s.net(), 5, LogitLosses.SOFTMAX_CROSS_ENTROPY);
        double total = fused.backprop(s.x(), s.t(), null, 0, 5, null);
        Gradients g = s.net().gradients(s.x(), s.t(), Losses.CROSS_ENTROPY);
        assertArrayEquals(g.weights(3), fused.gradients().weights(3));
        assertEquals(5 * meanLoss(s.net(), s), total, 1e-12);
    }

    @Test
    @DisplayName("changes only its own copy of the parameters, and a step is θ − η·gradient")
    void step() {
        Setup s = setups().findFirst().orElseThrow();
        double[][] before = s.net().layer(1).weights();
        BatchPass pass = BatchPass.of(s.net(), 7, s.loss());
        pass.backprop(s.x(), s.t(), null, 0, 7, null);
        Gradients g = pass.gradients();
        pass.step(Optimizer.sgd(0.5), 0);
        assertArrayEquals(before, s.net().layer(1).weights(), "the network is a value");
        Network expected = s.net().step(g, 0.5);
        assertArrayEquals(expected.layer(1).weights(), pass.network().layer(1).weights());
        assertArrayEquals(expected.layer(2).biases(), pass.network().layer(2).biases(), EXACT);
    }

    @Test
    @DisplayName("with dropout, the gradient is that of the loss with the same masks, by central differences")
    void dropout() {
        Network net = Network.builder(2).dense(5, TANH).dense(4, TANH).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(2)).build();
        double[][] x = {{0.3, -0.7}, {1.1, 0.4}}, t = {{1}, {0}};
        BatchPass pass = BatchPass.of(net, 2, Losses.MSE);
        pass.backprop(x, t, null, 0, 2, Dropout.of(0.5, 9));
        Gradients g = pass.gradients();
        for (int[] p : new int[][] {{1, 2, 1}, {2, 1, 3}, {2, 0, 0}, {3, 0, 2}}) {
            double numeric = FiniteDifference.derivative(w -> BatchPass.of(with(net, p[0], p[1], p[2], w), 2, Losses.MSE)
                    .backprop(x, t, null, 0, 2, Dropout.of(0.5, 9)) / 2, net.layer(p[0]).weight(p[1], p[2]));
            assertTrue(FiniteDifference.agree(g.weight(p[0], p[1], p[2]), numeric), "∂L/∂W" + p[0] + "[" + p[1] + "," + p[2] + "]");
        }
        BatchPass none = BatchPass.of(net, 2, Losses.MSE);
        none.backprop(x, t, null, 0, 2, Dropout.of(0, 1));
        assertArrayEquals(net.gradients(x, t, Losses.MSE).weights(2), none.gradients().weights(2), "p = 0 drops nothing");
    }

    @Test
    @DisplayName("one example whose gradient overflows though every δ and a is finite: the step fails, naming the entry, and changes nothing")
    void oneExampleOverflow() {
        // 1-1-1, identity, MAE: a¹ = 1e-10·1e300 = 1e290, a² = 1e10·a¹ = 1e300, δ² = 1, δ¹ = 1e10, ∂L/∂w¹ = δ¹x = 1e310 → ∞
        Network net = Network.builder(1).dense(new double[][] {{1e-10}}, new double[] {0}, IDENTITY)
                .dense(new double[][] {{1e10}}, new double[] {0}, IDENTITY).build();
        BatchPass pass = BatchPass.of(net, 1, Losses.MAE);
        double[][] x = {{1e300}}, t = {{0}};
        pass.backprop(x, t, null, 0, 1, null);
        var e = assertThrows(nn.util.NotFinite.class, () -> pass.step(Optimizer.sgd(0.1), 0));
        assertTrue(e.getMessage().startsWith("the gradient of θ overflowed: entry 0 is Infinity"), e.getMessage());
        assertEquals(net.toString(), pass.network().toString());
        assertArrayEquals(new double[] {1e-10, 0, 1e10, 0}, flat(pass.network()), "nothing changed");
    }

    @Test
    @DisplayName("one example with a finite gradient, large or small, steps as the optimiser's checked update does")
    void oneExampleFinite() {
        for (double x0 : new double[] {1e-300, 0.5, 1e150, -1e200}) {
            Network net = Network.builder(1).dense(new double[][] {{1e-10}}, new double[] {0}, IDENTITY)
                    .dense(new double[][] {{1e10}}, new double[] {0}, IDENTITY).build();
            BatchPass pass = BatchPass.of(net, 1, Losses.MAE);
            pass.backprop(new double[][] {{x0}}, new double[][] {{0}}, null, 0, 1, null);
            double[] theta = flat(net), g = flat(pass.gradients());
            Optimizer.sgd(0.1).update("θ", theta, g);
            pass.step(Optimizer.sgd(0.1), 0);
            assertArrayEquals(theta, flat(pass.network()), "x = " + x0);
        }
    }

    /** w¹, b¹, w², b² of a 1-1-1 network. */
    private static double[] flat(Network n) {
        return new double[] {n.layer(1).weight(0, 0), n.layer(1).bias(0), n.layer(2).weight(0, 0), n.layer(2).bias(0)};
    }

    private static double[] flat(Gradients g) {
        return new double[] {g.weights(1)[0][0], g.biases(1)[0], g.weights(2)[0][0], g.biases(2)[0]};
    }

    @Test
    @DisplayName("a batch larger than its working memory is refused with the sizes")
    void capacity() {
        Setup s = setups().findFirst().orElseThrow();
        BatchPass pass = BatchPass.of(s.net(), 4, s.loss());
        var e = assertThrows(IllegalArgumentException.class, () -> pass.backprop(s.x(), s.t(), null, 0, 7, null));
        assertEquals("a batch of rows 0 to 7 of 7 does not fit working memory for 1 to 4 rows", e.getMessage());
    }
}
