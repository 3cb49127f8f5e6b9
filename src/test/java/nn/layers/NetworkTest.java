package nn.layers;

import nn.init.Init;
import nn.init.Initializer;
import nn.losses.Losses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static nn.activations.Activations.RELU;
import static nn.activations.Activations.SIGMOID;
import static nn.activations.Activations.TANH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("Networks")
class NetworkTest {
    /** What lecture 000 prints after np.random.seed(42), its 3-4-2 network on x = [1, 2, 3]. */
    static final double PRINTED = 5e-9; // the lecture prints 8 decimals

    @Nested
    @DisplayName("lecture 000's 3-4-2 network with NumPy seed 42")
    class Lecture000 {
        final Network net = Network.builder(3).dense(4, RELU).dense(2, SIGMOID).init(Initializer.randn(42)).build();
        final ForwardPass pass = net.forward(1, 2, 3);

        @Test
        @DisplayName("reads as its architecture")
        void architecture() {
            assertEquals("Network[3 → 4 ReLU → 2 sigmoid]", net.toString());
            assertEquals(26, net.parameterCount());
        }

        @Test
        @DisplayName("reproduces the printed z₁, a₁, z₂, a₂")
        void printedNumbers() {
            assertArrayEquals(new double[] {2.40521344, -1.56096801, -0.01925872, -2.34375213}, pass.z(1), PRINTED);
            assertArrayEquals(new double[] {2.40521344, 0, 0, 0}, pass.a(1), PRINTED);
            assertArrayEquals(new double[] {-2.98045774, 3.6361207}, pass.z(2), PRINTED);
            assertArrayEquals(new double[] {0.04831658, 0.97432234}, pass.a(2), PRINTED);
        }

        @Test
        @DisplayName("the same weights given explicitly give the same network")
        void explicitWeights() {
            Network same = Network.of(Dense.of(net.layer(1).weights(), net.layer(1).biases(), RELU),
                    Dense.of(net.layer(2).weights(), net.layer(2).biases(), SIGMOID));
            assertArrayEquals(pass.output(), same.predict(1, 2, 3), 0);
        }
    }

    @Nested
    @DisplayName("shape errors name the layer and both shapes")
    class Shapes {
        @Test
        @DisplayName("an input of the wrong length")
        void wrongInput() {
            Network net = Network.builder(3).dense(5, TANH).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(1)).build();
            var e = assertThrows(IllegalArgumentException.class, () -> net.forward(1, 2, 3, 4));
            assertEquals("layer 1 expects 3 inputs but got 4 (W is 5×3, x has length 4)", e.getMessage());
        }

        @Test
        @DisplayName("a layer given directly that does not fit the previous layer")
        void wrongLayer() {
            var e = assertThrows(IllegalArgumentException.class, () -> Network.of(
                    Dense.of(new double[4][2], new double[4], TANH), Dense.of(new double[5][3], new double[5], SIGMOID)));
            assertEquals("layer 2 expects 3 inputs but layer 1 gives 4 outputs (W² is 5×3, W¹ is 4×2)", e.getMessage());
        }

        @Test
        @DisplayName("a layer on its own")
        void layerAlone() {
            Dense d = Dense.of(new double[5][3], new double[5], TANH);
            var e = assertThrows(IllegalArgumentException.class, () -> d.netInput(1, 2, 3, 4));
            assertEquals("the layer expects 3 inputs but got 4 (W is 5×3, x has length 4)", e.getMessage());
        }

        @Test
        @DisplayName("explicit weights in the builder")
        void builderWeights() {
            var e = assertThrows(IllegalArgumentException.class, () -> Network.builder(2)
                    .dense(new double[][] {{1, 2, 3}}, new double[] {0}, SIGMOID).build());
            assertEquals("layer 1 expects 3 inputs but got 2 (W¹ is 1×3, the layer before gives 2 outputs)", e.getMessage());
        }

        @Test
        @DisplayName("biases that do not match W, and a layer without weights")
        void biasesAndMissingWeights() {
            var e = assertThrows(IllegalArgumentException.class, () -> Dense.of(new double[2][3], new double[3], SIGMOID));
            assertEquals("a layer with W of shape 2×3 needs 2 biases, but b has 3", e.getMessage());
            var m = assertThrows(IllegalArgumentException.class, () -> Network.builder(2).dense(3, SIGMOID).build());
            assertEquals("layer 1 has no weights: give them, or choose an initialisation with init(Init.XAVIER_NORMAL.seeded(seed))", m.getMessage());
        }

        @Test
        @DisplayName("a target of the wrong length")
        void wrongTarget() {
            Network net = Network.builder(2).dense(2, SIGMOID).init(Init.HE_NORMAL.seeded(3)).build();
            var e = assertThrows(IllegalArgumentException.class, () -> net.backward(new double[] {1, 2}, new double[] {1}, Losses.MSE));
            assertEquals("the network Network[2 → 2 sigmoid] has 2 outputs but the target has 1 entries", e.getMessage());
        }
    }

    @Test
    @DisplayName("initialisers show their seed and scale the weights as their formulas say")
    void initialisers() {
        assertEquals("Initializer(Xavier normal N(0, 2/(n_in+n_out)), seed=7)", Init.XAVIER_NORMAL.seeded(7).toString());
        Network big = Network.builder(400).dense(300, RELU).init(Init.HE_NORMAL.seeded(7)).build();
        double sum = 0;
        for (double[] row : big.layer(1).weights()) {
            for (double w : row) {
                sum += w * w;
            }
        }
        assertEquals(2.0 / 400, sum / (400 * 300), 0.05 * 2.0 / 400, "He: Var(w) = 2/n_in");
        assertArrayEquals(new double[300], big.layer(1).biases());
    }

    @Test
    @DisplayName("one initializer builds the same network every time, drawing W¹, W², … from one generator")
    void initializerRestarts() {
        var init = Init.XAVIER_UNIFORM.seeded(5);
        var builder = Network.builder(3).dense(4, TANH).dense(2, SIGMOID).init(init);
        Network first = builder.build(), second = builder.build();
        var expected = Init.XAVIER_UNIFORM.seeded(5);
        assertArrayEquals(expected.weights(4, 3), first.layer(1).weights());
        assertArrayEquals(expected.weights(2, 4), first.layer(2).weights());
        assertArrayEquals(first.layer(2).weights(), second.layer(2).weights());
        assertEquals(0, init.layersDrawn(), "the builder draws from a restarted copy");
    }

    @Test
    @DisplayName("Initializer.randn draws W¹, b¹, W², b² in order from N(0, 1), as lecture 000's NumPy code")
    void randnOrder() {
        Network net = Network.builder(3).dense(4, RELU).dense(2, SIGMOID).init(Initializer.randn(42)).build();
        var r = new nn.random.NumpyRandom(42);
        assertArrayEquals(r.randn(4, 3), net.layer(1).weights());
        assertArrayEquals(r.randn(4), net.layer(1).biases());
        assertArrayEquals(r.randn(2, 4), net.layer(2).weights());
        assertArrayEquals(r.randn(2), net.layer(2).biases());
        assertEquals("Initializer(N(0, 1) for W and b, seed=42)", Initializer.randn(42).toString());
    }
}
