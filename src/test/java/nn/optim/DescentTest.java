package nn.optim;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Descent on a test function")
class DescentTest {
    /** Central differences with h = 1e-6 on polynomials of degree ≤ 4 with values up to ~1e3: error below 1e-5. */
    static final double FINITE_DIFFERENCE = 1e-5;

    static Stream<Named<Objective>> objectives() {
        return Stream.of(Objective.valley(), Objective.rosenbrock(), Objective.quadratic(new double[] {2, 3, 0.5}, new double[] {1, -1, 4}))
                .map(f -> Named.of(f.toString(), f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectives")
    @DisplayName("each test function's gradient matches a central finite difference, and vanishes at its minimum")
    void gradients(Objective f) {
        double h = 1e-6;
        double[][] points = {{0.3, -1.2, 2}, {-1.5, 2, 0}, {1, 1, 1}};
        for (double[] full : points) {
            double[] p = java.util.Arrays.copyOf(full, f.dimension());
            double[] g = f.gradient(p);
            for (int i = 0; i < p.length; i++) {
                double[] plus = p.clone();
                double[] minus = p.clone();
                plus[i] += h;
                minus[i] -= h;
                assertEquals((f.value(plus) - f.value(minus)) / (2 * h), g[i], FINITE_DIFFERENCE);
            }
        }
        assertArrayEquals(new double[f.dimension()], f.gradient(f.minimum()), 1e-12);
    }

    @Test
    @DisplayName("records the start, every step and f along the path")
    void records() {
        Objective f = Objective.valley();
        Descent d = Descent.run(Optimizer.sgd(0.1), f, new double[] {-4, 1.5}, 3);
        assertEquals(3, d.steps());
        assertArrayEquals(new double[] {-4, 1.5}, d.point(0));
        double[] theta = {-4, 1.5};
        for (int t = 1; t <= 3; t++) { // θ ← θ − η ∇f = (x(1 − 0.1), y(1 − 0.1·10))
            theta = new double[] {theta[0] * 0.9, 0};
            assertArrayEquals(theta, d.point(t), 1e-12);
            assertEquals(f.value(theta), d.values()[t], 1e-12);
        }
        assertArrayEquals(new double[] {-4, -3.6, -3.24, -2.916}, d.xs(), 1e-12);
        assertEquals(2.916, d.distanceToMinimum(), 1e-12);
        assertEquals("Descent(SGD(η=0.1) on quadratic ½Σaᵢ(θᵢ − cᵢ)², a=[1, 10], c=[0, 0]: 3 steps from [-4, 1.5] to [-2.916, 0], f = 4.25153)",
                d.toString());
    }

    @Test
    @DisplayName("shows that momentum beats plain gradient descent in the narrow valley")
    void momentumBeatsSgd() {
        double[] start = {-4, 1.5};
        double sgd = Descent.run(Optimizer.sgd(0.05), Objective.valley(), start, 60).distanceToMinimum();
        double momentum = Descent.run(Optimizer.momentum(0.05, 0.8), Objective.valley(), start, 60).distanceToMinimum();
        assertTrue(momentum < sgd / 10, "momentum " + momentum + ", SGD " + sgd);
    }

    @Test
    @DisplayName("refuses a start point of the wrong dimension")
    void errors() {
        assertEquals("Rosenbrock (1 − x)² + 100(y − x²)² takes 2 variables but the start point has 3",
                assertThrows(IllegalArgumentException.class, () -> Descent.run(Optimizer.sgd(0.1), Objective.rosenbrock(), new double[3], 5)).getMessage());
        assertEquals("a quadratic needs as many curvatures as coordinates of the minimum but got 2 and 1",
                assertThrows(IllegalArgumentException.class, () -> Objective.quadratic(new double[2], new double[1])).getMessage());
    }
}
