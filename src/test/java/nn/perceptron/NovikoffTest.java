package nn.perceptron;

import nn.data.BinaryData;
import nn.data.Iris;
import nn.data.LogicData;
import nn.data.Separable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Novikoff's bound")
class NovikoffTest {
    static final double EXACT = 1e-12;

    @Test
    @DisplayName("R and γ for AND with the line x₁ + x₂ = 1.5 are the values worked by hand: R = √3, γ = 0.5/√4.25, bound 51")
    void byHand() {
        Novikoff n = Novikoff.of(LogicData.and(), new double[] {1, 1}, -1.5);
        assertEquals(Math.sqrt(3), n.r(), EXACT);                 // ‖(1, 1, 1)‖
        assertEquals(0.5 / Math.sqrt(4.25), n.gamma(), EXACT);    // t(uᵀx + c) = 0.5 at three corners, ‖(1, 1, −1.5)‖ = √4.25
        assertEquals(51, n.bound(), 1e-9);
        assertEquals("Novikoff(R = 1.732, γ = 0.2425, (R/γ)² = 51)", n.toString());
        assertTrue(n.holdsFor(Perceptron.zero(2, 1).train(LogicData.and(), 100)));
    }

    @Test
    @DisplayName("is a statement about training from zero, and says so for another start")
    void fromZeroOnly() {
        Novikoff n = Novikoff.of(LogicData.and(), new double[] {1, 1}, -1.5);
        Training run = Perceptron.of(new double[] {1, -1}, 0.5, 1).train(LogicData.and(), 100);
        assertEquals("Novikoff's bound is for training from w = 0, b = 0, but this run started from Perceptron(w=[1, -1], b=0.5, η=1)",
                assertThrows(IllegalArgumentException.class, () -> n.holdsFor(run)).getMessage());
    }

    @Test
    @DisplayName("does not depend on the scale of the hyperplane")
    void scaleFree() {
        Novikoff a = Novikoff.of(LogicData.and(), new double[] {1, 1}, -1.5);
        Novikoff b = Novikoff.of(LogicData.and(), new double[] {10, 10}, -15);
        assertEquals(a.bound(), b.bound(), 1e-9);
    }

    static Stream<Arguments> generated() {
        return Stream.of(0.02, 0.05, 0.1, 0.2).flatMap(m -> Stream.of(1L, 2L, 3L, 4L, 5L, 6L).map(s -> Arguments.of(m, s)));
    }

    @ParameterizedTest(name = "margin {0}, seed {1}")
    @MethodSource("generated")
    @DisplayName("the perceptron converges on separable data within (R/γ)², with γ from the generating line")
    void withinBound(double margin, long seed) {
        Separable s = Separable.generate(60, margin, seed);
        Novikoff n = Novikoff.of(s.data(), s.w(), s.b());
        for (Training run : new Training[] {Perceptron.zero(2, 1).train(s.data(), 100_000), Perceptron.zero(2, 0.3).train(s.data(), 100_000, seed)}) {
            assertTrue(run.converged(), run.toString());
            assertTrue(run.updates().size() <= n.bound(), run.updates().size() + " updates > " + n);
            assertTrue(n.holdsFor(run));
        }
        // the augmented margin is the generator's margin shrunk by ‖w*‖/‖(w*, b*)‖ = 1/√(1 + b*²)
        assertTrue(n.gamma() >= margin / Math.sqrt(1 + s.b() * s.b()) - EXACT);
        assertTrue(n.r() <= Math.sqrt(3) + EXACT, "points in [−1, 1]² have ‖(x, 1)‖ ≤ √3");
    }

    @Test
    @DisplayName("iris setosa vs versicolor: the perceptron converges within the bound of its own boundary")
    void iris() {
        BinaryData data = Iris.pair("setosa", "versicolor", "sepal_length", "petal_length");
        Training run = Perceptron.zero(2, 1).train(data, 1000);
        assertTrue(run.converged());
        Novikoff n = Novikoff.of(run);
        assertTrue(n.holdsFor(run), run.updates().size() + " updates vs " + n);
    }

    @Test
    @DisplayName("needs a hyperplane that separates the data, and names the first point that is not strictly on its side")
    void notSeparating() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Novikoff.of(LogicData.and(), new double[] {2, 1}, -3));
        assertEquals("the hyperplane 2x₁ + x₂ − 3 = 0 does not separate AND: row 3 (x = [1, 1], t = 1) has t(uᵀx + c) = 0 ≤ 0", e.getMessage());
        IllegalArgumentException xor = assertThrows(IllegalArgumentException.class,
                () -> Novikoff.of(Perceptron.zero(2, 1).train(LogicData.xor(), 10)));
        assertEquals("the perceptron's own boundary gives a margin only if it separates the data, but training on XOR did not converge",
                xor.getMessage());
    }
}
