package nn.losses;

import nn.activations.Softmax;
import nn.check.DerivativeCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static nn.losses.LogitLosses.SIGMOID_BINARY_CROSS_ENTROPY;
import static nn.losses.LogitLosses.SOFTMAX_CROSS_ENTROPY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Fused losses of scores")
class LogitLossesTest {
    static final double EXACT = 1e-14;

    static Stream<LogitLoss> everyLogitLoss() {
        return LogitLosses.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLogitLoss")
    @DisplayName("the gradient ∂L/∂z matches a central finite difference, for scores up to |z| = 30")
    void gradientMatchesFiniteDifference(LogitLoss loss) {
        DerivativeCheck.Result r = DerivativeCheck.loss(loss, DerivativeCheck.scores(), DerivativeCheck.scoreTargets());
        assertTrue(r.passes(), r.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLogitLoss")
    @DisplayName("value and gradient are finite and exact for scores of ±1000")
    void largeScores(LogitLoss loss) {
        double[] z = {1000, -1000};
        double[] t = {0, 1};
        double l = loss.value(z, t);
        assertTrue(Double.isFinite(l) && l > 0, loss + " gave " + l);
        for (double g : loss.gradient(z, t)) {
            assertTrue(Double.isFinite(g));
        }
    }

    @Test
    @DisplayName("softmax + cross-entropy: ∂L/∂z = ŷ − y (lecture 004), and L = 2000 for z = [1000, −1000], y = [0, 1]")
    void softmaxCrossEntropy() {
        double[] z = {0.3, -1.2, 2.1};
        double[] y = {0, 1, 0};
        double[] p = Softmax.apply(z);
        assertArrayEquals(new double[] {p[0], p[1] - 1, p[2]}, SOFTMAX_CROSS_ENTROPY.gradient(z, y), EXACT);
        assertEquals(2000, SOFTMAX_CROSS_ENTROPY.value(new double[] {1000, -1000}, new double[] {0, 1}));
        assertEquals(0, SOFTMAX_CROSS_ENTROPY.value(new double[] {1000, -1000}, new double[] {1, 0}));
    }

    @Test
    @DisplayName("sigmoid + binary cross-entropy agrees with the loss of probabilities, and is exact at z = ±1000")
    void sigmoidBinaryCrossEntropy() {
        double[] z = {0.8, -2.5};
        double[] t = {1, 0.3};
        assertEquals(Losses.BINARY_CROSS_ENTROPY.value(SIGMOID_BINARY_CROSS_ENTROPY.probabilities(z), t), SIGMOID_BINARY_CROSS_ENTROPY.value(z, t), EXACT);
        assertEquals(1000, SIGMOID_BINARY_CROSS_ENTROPY.value(new double[] {1000}, new double[] {0}));
        assertEquals(1000, SIGMOID_BINARY_CROSS_ENTROPY.value(new double[] {-1000}, new double[] {1}));
    }

    @Test
    @DisplayName("targets of softmax + cross-entropy must add up to 1")
    void targetsAddUpToOne() {
        assertEquals("softmax + cross-entropy needs t to be a target distribution that adds up to 1 (one-hot: a single 1), but Σt = 0.5 (t = [0.5, 0])",
                assertThrows(IllegalArgumentException.class, () -> SOFTMAX_CROSS_ENTROPY.value(new double[] {1, 2}, new double[] {0.5, 0})).getMessage());
        assertEquals("sigmoid + binary cross-entropy needs scores and targets of the same length, but z has 2 entries and t has 1",
                assertThrows(IllegalArgumentException.class, () -> SIGMOID_BINARY_CROSS_ENTROPY.value(new double[] {1, 2}, new double[] {1})).getMessage());
        assertEquals(Losses.SOFTMAX_CROSS_ENTROPY, SOFTMAX_CROSS_ENTROPY);
    }
}
