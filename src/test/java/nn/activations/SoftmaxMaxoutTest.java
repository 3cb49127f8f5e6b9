package nn.activations;

import nn.check.FiniteDifference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Softmax, maxout and gradient flow")
class SoftmaxMaxoutTest {
    static final double TOLERANCE = nn.check.DerivativeCheck.TOLERANCE;

    @Test
    @DisplayName("softmax of equal inputs is exactly uniform, even at 1000")
    void uniform() {
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, Softmax.apply(new double[] {3, 3, 3, 3}));
        assertArrayEquals(new double[] {0.5, 0.5}, Softmax.apply(new double[] {1000, 1000}));
        assertArrayEquals(new double[] {0.5, 0.5}, Softmax.apply(new double[] {-1000, -1000}));
    }

    @Test
    @DisplayName("softmax of scores 2000 apart is finite: [1, 0] up to underflow")
    void largeScores() {
        double[] s = Softmax.apply(new double[] {1000, -1000, 0});
        assertArrayEquals(new double[] {1, 0, 0}, s);
    }

    @Test
    @DisplayName("softmax of two scores is the sigmoid of their difference")
    void twoClasses() {
        for (double z : nn.check.DerivativeCheck.grid()) {
            assertEquals(Activations.SIGMOID.apply(z), Softmax.apply(new double[] {z, 0})[0], 1e-15);
        }
    }

    @Test
    @DisplayName("each column of the softmax Jacobian matches a central difference")
    void jacobian() {
        double[] z = {0.3, -1.2, 2.1, 0.7};
        double[][] j = Softmax.jacobian(z);
        for (int i = 0; i < z.length; i++) {
            int row = i;
            double[] numeric = FiniteDifference.gradient(x -> Softmax.apply(x)[row], z);
            assertTrue(FiniteDifference.relativeError(j[i], numeric) < TOLERANCE, "row " + i);
        }
    }

    @Test
    @DisplayName("a maxout unit outputs its largest piece and passes the gradient through the winner")
    void maxout() {
        Maxout m = Maxout.of(new double[][] {{1, -1}, {0.5, 2}, {-1, 0}}, new double[] {0, -1, 0.5});
        assertEquals(3, m.pieces());
        assertEquals(2, m.inputs());
        double[] x = {0.4, 1.3};
        assertEquals(Math.max(Math.max(0.4 - 1.3, 0.2 + 2.6 - 1), -0.4 + 0.5), m.apply(x), 1e-15);
        assertEquals(1, m.active(x));
        assertTrue(FiniteDifference.relativeError(m.gradient(x), FiniteDifference.gradient(m::apply, x)) < TOLERANCE);
        assertEquals("Maxout(max of 3 pieces over 2 inputs: [1, -1]·x + 0, [0.5, 2]·x − 1, [-1, 0]·x + 0.5)", m.toString());
    }

    @Test
    @DisplayName("ReLU is the maxout of the pieces 0 and z")
    void reluIsMaxout() {
        Maxout relu = Maxout.of(new double[][] {{0}, {1}}, new double[] {0, 0});
        for (double z : nn.check.DerivativeCheck.grid()) {
            assertEquals(Activations.RELU.apply(z), relu.apply(z));
        }
    }

    @Test
    @DisplayName("a maxout unit rejects an input of the wrong length")
    void maxoutShapes() {
        Maxout m = Maxout.of(new double[][] {{1, -1}, {0.5, 2}}, new double[] {0, -1});
        assertEquals("this affine map expects 2 inputs but got 3 (W is 2×2, x = [1, 2, 3])",
                assertThrows(IllegalArgumentException.class, () -> m.apply(1, 2, 3)).getMessage());
    }

    @Test
    @DisplayName("through 10 sigmoid layers the gradient is below 0.25¹⁰; through ReLU layers it stays 1")
    void gradientFlow() {
        double[] sigmoid = GradientFlow.through(Activations.SIGMOID, 10, 1, 1, 0);
        assertTrue(sigmoid[9] > 0 && sigmoid[9] <= Math.pow(0.25, 10), "got " + sigmoid[9]);
        // by the chain rule, the flow equals the derivative of the whole chain
        double numeric = FiniteDifference.derivative(x -> {
            double a = x;
            for (int k = 0; k < 10; k++) {
                a = Activations.SIGMOID.apply(a);
            }
            return a;
        }, 1);
        // the derivative is 1e-7 of a value near 0.66, so the difference quotient keeps only about 5 digits
        assertTrue(FiniteDifference.relativeError(sigmoid[9], numeric) < 1e-4);
        assertArrayEquals(new double[] {1, 1, 1}, GradientFlow.through(Activations.RELU, 3, 1, 1, 0));
        assertEquals("a chain of layers needs 1 to 10 000 layers but got 0",
                assertThrows(IllegalArgumentException.class, () -> GradientFlow.through(Activations.RELU, 0, 1, 1, 0)).getMessage());
    }
}
