package nn.layers;

import nn.losses.Losses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static nn.activations.Activations.SIGMOID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lecture 002's 3-2-1 example, every number recomputed here by hand-written arithmetic (plain
 * Math.exp and products, no library code) and compared with the library's forward pass,
 * backpropagation and update.
 */
@DisplayName("Lecture 002's worked 3-2-1 example")
public class WorkedExampleTest {
    static final double EXACT = 1e-12;

    // the lecture's numbers
    static final double[] X = {2, 3, -1};
    static final double Y = 1, ETA = 0.1;

    public static Network lectureNetwork() {
        return Network.builder(3)
                .dense(new double[][] {{0.2, -0.5, 0.1}, {-0.3, 0.4, 0.2}}, new double[] {0.3, -0.1}, SIGMOID)
                .dense(new double[][] {{0.5, 0.2}}, new double[] {0.1}, SIGMOID)
                .build();
    }

    static double sigma(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    // by hand: forward
    final double z11 = 0.2 * 2 + (-0.5) * 3 + 0.1 * (-1) + 0.3;
    final double z12 = -0.3 * 2 + 0.4 * 3 + 0.2 * (-1) - 0.1;
    final double a11 = sigma(z11), a12 = sigma(z12);
    final double z2 = 0.5 * a11 + 0.2 * a12 + 0.1;
    final double a2 = sigma(z2);
    final double c0 = (a2 - Y) * (a2 - Y);
    // by hand: the three chain-rule factors and the output-layer gradients
    final double dCda = 2 * (a2 - Y);
    final double dadz = a2 * (1 - a2);
    final double dW21 = a11 * dadz * dCda, dW22 = a12 * dadz * dCda, db2 = 1 * dadz * dCda;
    // by hand: the hidden layer
    final double d11 = a11 * (1 - a11) * 0.5 * db2, d12 = a12 * (1 - a12) * 0.2 * db2;

    @Nested
    @DisplayName("forward pass")
    class Forward {
        final ForwardPass pass = lectureNetwork().forward(X);

        @Test
        @DisplayName("z¹ = [−0.9, 0.3], a¹ = σ(z¹), z² and a² match the hand computation")
        void numbers() {
            assertArrayEquals(new double[] {z11, z12}, pass.z(1), EXACT);
            assertEquals(-0.9, pass.z(1)[0], EXACT);
            assertEquals(0.3, pass.z(1)[1], EXACT);
            assertArrayEquals(new double[] {a11, a12}, pass.a(1), EXACT);
            assertEquals(z2, pass.z(2)[0], EXACT);
            assertEquals(a2, pass.output()[0], EXACT);
        }

        @Test
        @DisplayName("the network reads as its architecture")
        void architecture() {
            assertEquals("Network[3 → 2 sigmoid → 1 sigmoid]", pass.network().toString());
        }
    }

    @Nested
    @DisplayName("backward pass with C₀ = (a − y)²")
    class Backward {
        final BackwardPass pass = lectureNetwork().backward(X, new double[] {Y}, Losses.SQUARED_ERROR);

        @Test
        @DisplayName("the loss and ∂C₀/∂a² = 2(a − y)")
        void loss() {
            assertEquals(c0, pass.loss(), EXACT);
            assertEquals(dCda, pass.outputGradient()[0], EXACT);
        }

        @Test
        @DisplayName("δ² and the output-layer gradients are the product of the three factors")
        void outputLayer() {
            assertEquals(dadz * dCda, pass.delta(2)[0], EXACT);
            Gradients g = pass.gradients();
            assertEquals(dW21, g.weight(2, 0, 0), EXACT);
            assertEquals(dW22, g.weight(2, 0, 1), EXACT);
            assertEquals(db2, g.bias(2, 0), EXACT);
        }

        @Test
        @DisplayName("the lecture's ∂C₀/∂W² (−0.0287, −0.0572) is half the true gradient, its ∂C₀/∂b² (−0.199) is right")
        void lectureGradientsAreHalved() {
            Gradients g = pass.gradients();
            assertEquals(-0.0575, g.weight(2, 0, 0), 5e-5);
            assertEquals(-0.1143, g.weight(2, 0, 1), 5e-5);
            assertEquals(-0.199, g.bias(2, 0), 5e-4);
            assertEquals(2, g.weight(2, 0, 0) / -0.0287, 0.01);
        }

        @Test
        @DisplayName("δ¹ = σ'(z¹) ⊙ (W²)ᵀ δ² and ∂C₀/∂W¹ = δ¹ xᵀ")
        void hiddenLayer() {
            assertArrayEquals(new double[] {d11, d12}, pass.delta(1), EXACT);
            Gradients g = pass.gradients();
            for (int j = 0; j < 3; j++) {
                assertEquals(d11 * X[j], g.weight(1, 0, j), EXACT);
                assertEquals(d12 * X[j], g.weight(1, 1, j), EXACT);
            }
            assertArrayEquals(new double[] {d11, d12}, g.biases(1), EXACT);
        }
    }

    @Nested
    @DisplayName("the update with η = 0.1")
    class Update {
        final Network before = lectureNetwork();
        final Gradients g = before.gradients(X, new double[] {Y}, Losses.SQUARED_ERROR);

        @Test
        @DisplayName("the output layer alone (as the lecture does) lowers the loss")
        void outputLayerOnly() {
            Network full = before.step(g, ETA);
            Network after = before.withLayer(2, full.layer(2));
            assertEquals(0.5 - ETA * dW21, after.layer(2).weight(0, 0), EXACT);
            assertEquals(0.2 - ETA * dW22, after.layer(2).weight(0, 1), EXACT);
            assertEquals(0.1 - ETA * db2, after.layer(2).bias(0), EXACT);
            double z = (0.5 - ETA * dW21) * a11 + (0.2 - ETA * dW22) * a12 + (0.1 - ETA * db2);
            double expected = (sigma(z) - Y) * (sigma(z) - Y);
            assertEquals(expected, after.loss(X, new double[] {Y}, Losses.SQUARED_ERROR), EXACT);
            assertTrue(expected < c0);
        }

        @Test
        @DisplayName("the full update also changes W¹ and b¹ and lowers the loss further")
        void fullUpdate() {
            Network after = before.step(g, ETA);
            assertEquals(0.2 - ETA * d11 * 2, after.layer(1).weight(0, 0), EXACT);
            assertEquals(-0.1 - ETA * d12, after.layer(1).bias(1), EXACT);
            double onlyOutput = before.withLayer(2, after.layer(2)).loss(X, new double[] {Y}, Losses.SQUARED_ERROR);
            assertTrue(after.loss(X, new double[] {Y}, Losses.SQUARED_ERROR) < onlyOutput);
        }

        @Test
        @DisplayName("updating does not change the network it started from")
        void immutable() {
            before.step(g, ETA);
            assertEquals(0.5, before.layer(2).weight(0, 0));
        }
    }
}
