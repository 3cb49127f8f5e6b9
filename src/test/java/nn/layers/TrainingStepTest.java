package nn.layers;

import nn.activations.Activation;
import nn.losses.Loss;
import nn.losses.Losses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static nn.activations.Activations.SIGMOID;
import static nn.activations.Activations.TANH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The training step (forward pass, backpropagation, update) shares arrays between the passes and
 * the update instead of copying them: these tests check that sharing never shows, and that the
 * step computes θ − η ∂L/∂θ exactly.
 */
@DisplayName("A training step")
class TrainingStepTest {
    static final double EXACT = 0;

    record Setup(String name, Network net, double[] x, double[] t, Loss loss) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Setup> setups() {
        return Stream.of(
                new Setup("2-2-1 sigmoid, squared error", Network.builder(2).dense(2, SIGMOID).dense(1, SIGMOID)
                        .init(nn.init.Initializer.randn(42)).build(), new double[] {1, 0}, new double[] {1}, Losses.SQUARED_ERROR),
                new Setup("3-4-3 tanh and softmax, cross-entropy", Network.builder(3).dense(4, TANH).softmax(3)
                        .init(nn.init.Initializer.of(nn.init.Init.XAVIER_NORMAL, 7)).build(), new double[] {0.5, -1, 2}, new double[] {0, 1, 0}, Losses.CROSS_ENTROPY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    @DisplayName("leaves the network, its forward pass and the gradients as they were")
    void nothingChanges(Setup s) {
        ForwardPass pass = s.net().forward(s.x());
        double[][] z = {pass.z(1), pass.z(2)}, a = {pass.a(0), pass.a(1), pass.a(2)};
        double[][] w1 = s.net().layer(1).weights(), w2 = s.net().layer(2).weights();
        Gradients g = BackwardPass.of(pass, s.t(), s.loss()).gradients();
        double[][] dW1 = g.weights(1);
        s.net().step(g, 0.5);
        assertArrayEquals(z, new double[][] {pass.z(1), pass.z(2)});
        assertArrayEquals(a, new double[][] {pass.a(0), pass.a(1), pass.a(2)});
        assertArrayEquals(w1, s.net().layer(1).weights());
        assertArrayEquals(w2, s.net().layer(2).weights());
        assertArrayEquals(dW1, g.weights(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    @DisplayName("gives every weight and bias θ − η ∂L/∂θ")
    void update(Setup s) {
        double eta = 0.25;
        Gradients g = s.net().gradients(s.x(), s.t(), s.loss());
        Network next = s.net().step(g, eta);
        for (int l = 1; l <= 2; l++) {
            Dense before = s.net().layer(l), after = next.layer(l);
            for (int i = 0; i < before.outputs(); i++) {
                for (int j = 0; j < before.inputs(); j++) {
                    assertEquals(before.weight(i, j) - eta * g.weight(l, i, j), after.weight(i, j), EXACT);
                }
                assertEquals(before.bias(i) - eta * g.bias(l, i), after.bias(i), EXACT);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    @DisplayName("of a batch averages the gradients with plus and times")
    void batchMean(Setup s) {
        double[] x2 = s.x().clone();
        x2[0] += 1;
        Gradients g1 = s.net().gradients(s.x(), s.t(), s.loss()), g2 = s.net().gradients(x2, s.t(), s.loss());
        Gradients mean = g1.plus(g2).times(0.5);
        for (int l = 1; l <= 2; l++) {
            double[][] w1 = g1.weights(l), w2 = g2.weights(l), m = mean.weights(l);
            for (int i = 0; i < m.length; i++) {
                for (int j = 0; j < m[i].length; j++) {
                    assertEquals(0.5 * (w1[i][j] + w2[i][j]), m[i][j], EXACT);
                }
                assertEquals(0.5 * (g1.bias(l, i) + g2.bias(l, i)), mean.bias(l, i), EXACT);
            }
        }
    }

    @Test
    @DisplayName("fails naming the layer's δ when a derivative is not a number")
    void notFiniteDelta() {
        Activation broken = Activation.of("broken", "f(z) = z", z -> z, z -> Double.NaN);
        Network net = Network.builder(2).dense(1, broken).dense(1, SIGMOID).init(nn.init.Initializer.randn(1)).build();
        var e = assertThrows(IllegalArgumentException.class, () -> net.gradients(new double[] {1, 2}, new double[] {1}, Losses.SQUARED_ERROR));
        assertTrue(e.getMessage().startsWith("broken'(") && e.getMessage().endsWith(") = NaN: the derivative gave no finite number"), e.getMessage());
    }

    @Test
    @DisplayName("fails naming the layer when the gradients have another shape")
    void wrongShape() {
        Network net = Network.builder(2).dense(3, SIGMOID).dense(1, SIGMOID).init(nn.init.Initializer.randn(1)).build();
        Network other = Network.builder(2).dense(2, SIGMOID).dense(1, SIGMOID).init(nn.init.Initializer.randn(1)).build();
        Gradients g = other.gradients(new double[] {1, 2}, new double[] {1}, Losses.SQUARED_ERROR);
        var e = assertThrows(IllegalArgumentException.class, () -> net.step(g, 0.1));
        assertEquals("layer 1 has W of shape 3×2 but its gradient is 2×2", e.getMessage());
        assertTrue(Double.isFinite(net.layer(1).weight(0, 0)));
    }
}
