package nn.perceptron;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("The perceptron")
class PerceptronTest {
    static final double EXACT = 1e-12;

    @Nested
    @DisplayName("computes y = sign(wᵀx + b)")
    class Output {
        final Perceptron p = Perceptron.of(new double[] {2, -1}, -3, 1);

        @Test
        @DisplayName("the net input is wᵀx + b")
        void net() {
            assertEquals(2 * 4 - 1 * 1 - 3, p.net(4, 1), EXACT);
        }

        @Test
        @DisplayName("sign(0) = +1: a point on the boundary is classified +1 (lecture 001)")
        void signOfZero() {
            assertEquals(0.0, p.net(2, 1), EXACT);
            assertEquals(1, p.predict(2, 1));
            assertEquals(1, Perceptron.sign(0.0));
            assertEquals(1, Perceptron.sign(-0.0));
            assertEquals(-1, Perceptron.sign(-1e-300));
        }

        @Test
        @DisplayName("the signed distance is (wᵀx + b)/‖w‖, positive on the side w points to")
        void signedDistance() {
            Perceptron q = Perceptron.of(new double[] {3, 4}, -5, 1); // ‖w‖ = 5, line 3x₁ + 4x₂ = 5
            assertEquals(0.0, q.distance(3.0 / 5 * 1, 4.0 / 5 * 1), EXACT);
            assertEquals(2.0, q.distance(3.0 / 5 * 3, 4.0 / 5 * 3), EXACT);
            assertEquals(-1.0, q.distance(0, 0), EXACT);
        }

        @Test
        @DisplayName("explain shows every number of the computation")
        void explain() {
            assertEquals("wᵀx + b = 2·2 + (−1)·1 + (−3) = 0 ≥ 0, so y = +1", p.explain(2, 1));
            assertEquals("wᵀx + b = 2·0 + (−1)·0 + (−3) = −3 < 0, so y = −1", p.explain(0, 0));
        }

        @Test
        @DisplayName("toString reads like the maths")
        void readable() {
            assertEquals("Perceptron(w=[2, -1], b=-3, η=1)", p.toString());
        }
    }

    @Test
    @DisplayName("one update is w + η t x and b + η t, and leaves the old perceptron unchanged")
    void updateRule() {
        Perceptron p = Perceptron.of(new double[] {0.5, -1}, 0.25, 0.1);
        Perceptron q = p.update(new double[] {2, 3}, -1);
        assertArrayEquals(new double[] {0.5 - 0.2, -1 - 0.3}, q.weights(), EXACT);
        assertEquals(0.25 - 0.1, q.bias(), EXACT);
        assertArrayEquals(new double[] {0.5, -1}, p.weights());
        assertEquals(0.1, q.eta());
    }

    @Test
    @DisplayName("its factory copies the weights")
    void copiesWeights() {
        double[] w = {1, 2};
        Perceptron p = Perceptron.of(w, 0, 1);
        w[0] = 99;
        p.weights()[1] = 99;
        assertArrayEquals(new double[] {1, 2}, p.weights());
    }

    @Nested
    @DisplayName("rejects bad arguments with a clear message")
    class BadArguments {
        @ParameterizedTest(name = "η = {0}")
        @ValueSource(doubles = {0, -0.5, Double.NaN, Double.POSITIVE_INFINITY})
        @DisplayName("a learning rate η ≤ 0 (or not finite)")
        void eta(double eta) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Perceptron.zero(2, eta));
            assertEquals("the learning rate η must be a positive finite number but was " + eta, e.getMessage());
        }

        @Test
        @DisplayName("an input of the wrong length")
        void inputLength() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Perceptron.zero(2, 1).predict(1, 2, 3));
            assertEquals("this perceptron has 2 inputs (w = [0, 0]) but got 3 values: [1, 2, 3]", e.getMessage());
        }

        @Test
        @DisplayName("an input of the wrong length to explain")
        void explainLength() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Perceptron.zero(2, 1).explain(1));
            assertEquals("this perceptron has 2 inputs (w = [0, 0]) but got 1 values: [1]", e.getMessage());
        }

        @Test
        @DisplayName("a NaN input")
        void nanInput() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Perceptron.zero(2, 1).net(1, Double.NaN));
            assertEquals("x[1] must be a finite number but was NaN (x = [1.0, NaN])", e.getMessage());
        }

        @Test
        @DisplayName("a target that is not ±1 in an update")
        void target() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Perceptron.zero(2, 1).update(new double[] {1, 0}, 0));
            assertEquals("a perceptron target must be −1 or +1 but was 0 (x = [1, 0])", e.getMessage());
        }

        @Test
        @DisplayName("a distance when w = 0 (there is no boundary)")
        void distanceWithoutBoundary() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Perceptron.zero(2, 1).distance(1, 1));
            assertEquals("the distance to the boundary is undefined for Perceptron(w=[0, 0], b=0, η=1): with w = 0 there is no boundary line",
                    e.getMessage());
        }
    }
}
