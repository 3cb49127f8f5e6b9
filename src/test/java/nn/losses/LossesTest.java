package nn.losses;

import nn.activations.Softmax;
import nn.check.DerivativeCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static nn.losses.Losses.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Losses")
class LossesTest {
    /** Values worked out by hand agree to within rounding. */
    static final double EXACT = 1e-14;

    /** Every built-in loss, and Huber with δ small enough that its linear part is checked too. */
    static Stream<Loss> everyLoss() {
        List<Loss> losses = new ArrayList<>(Losses.all());
        losses.addAll(List.of(huber(0.1), huber(0.3)));
        return losses.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLoss")
    @DisplayName("the gradient ∂L/∂ŷ matches a central finite difference")
    void gradientMatchesFiniteDifference(Loss loss) {
        DerivativeCheck.Result r = DerivativeCheck.loss(loss, DerivativeCheck.predictions(), DerivativeCheck.targets());
        assertTrue(r.passes(), r.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLoss")
    @DisplayName("prediction and target of different lengths are rejected with both lengths named")
    void mismatchedLengths(Loss loss) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loss.value(new double[] {0.5, 0.5}, new double[] {1}));
        assertEquals(loss.name() + " needs a prediction and a target of the same length, but ŷ has 2 entries and t has 1", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLoss")
    @DisplayName("the loss is zero when the prediction equals a one-hot target, and positive otherwise")
    void zeroAtTheTarget(Loss loss) {
        assertEquals(0, loss.value(new double[] {0, 1, 0}, new double[] {0, 1, 0}), EXACT);
        assertTrue(loss.value(new double[] {0.2, 0.7, 0.1}, new double[] {0, 1, 0}) > 0);
    }

    @Nested
    @DisplayName("values worked out by hand")
    class Values {
        @Test
        @DisplayName("MSE has the 1/N mean and gradient 2/N(ŷ − t) (lecture 001); C₀ has no mean (lecture 002)")
        void squared() {
            double[] y = {1, 2};
            double[] t = {0, 0};
            assertEquals(2.5, MSE.value(y, t));
            assertArrayEquals(new double[] {1, 2}, MSE.gradient(y, t));
            assertEquals(5, SQUARED_ERROR.value(y, t));
            assertArrayEquals(new double[] {2, 4}, SQUARED_ERROR.gradient(y, t));
            assertArrayEquals(new double[] {1, 2}, HALF_SQUARED_ERROR.gradient(y, t));
            assertEquals(1.5, MAE.value(y, t));
        }

        @Test
        @DisplayName("binary cross-entropy of p = 0.5 is log 2 whatever the target")
        void binary() {
            assertEquals(Math.log(2), BINARY_CROSS_ENTROPY.value(new double[] {0.5}, new double[] {1}), EXACT);
            assertEquals(Math.log(2), BINARY_CROSS_ENTROPY.value(new double[] {0.5}, new double[] {0}), EXACT);
            assertEquals(-Math.log(0.8), BINARY_CROSS_ENTROPY.value(new double[] {0.2}, new double[] {0}), EXACT);
        }

        @Test
        @DisplayName("Huber is ½r² up to δ and δ(|r| − ½δ) beyond, continuous at |r| = δ (lecture 001)")
        void huberBranches() {
            Loss h = huber(1);
            assertEquals(0.5 * 0.25, h.value(new double[] {0.5}, new double[] {0}), EXACT);
            assertEquals(0.5, h.value(new double[] {1}, new double[] {0}), EXACT);
            assertEquals(2.5, h.value(new double[] {-3}, new double[] {0}), EXACT);
            assertArrayEquals(new double[] {-1}, h.gradient(new double[] {-3}, new double[] {0}));
            assertEquals("Huber(δ=1)", HUBER.toString());
        }

        @Test
        @DisplayName("cross-entropy of a softmax output equals the fused softmax + cross-entropy")
        void crossEntropyOfSoftmax() {
            double[] z = {0.3, -1.2, 2.1};
            double[] t = {0, 0, 1};
            assertEquals(LogitLosses.SOFTMAX_CROSS_ENTROPY.value(z, t), CROSS_ENTROPY.value(Softmax.apply(z), t), EXACT);
        }
    }

    @Test
    @DisplayName("a probability of exactly 0 or 1 against the target gives a large finite loss, not ∞ or NaN")
    void clipped() {
        double worst = -Math.log(EPSILON);
        assertEquals(worst, CROSS_ENTROPY.value(new double[] {0, 1}, new double[] {1, 0}), 1e-9);
        assertEquals(worst, BINARY_CROSS_ENTROPY.value(new double[] {1}, new double[] {0}), 1e-3);
        assertTrue(Double.isFinite(BINARY_CROSS_ENTROPY.gradient(new double[] {1}, new double[] {0})[0]));
        assertTrue(Double.isFinite(CROSS_ENTROPY.gradient(new double[] {0, 1}, new double[] {1, 0})[0]));
    }

    @Test
    @DisplayName("bad arguments fail at once with a sentence naming the value")
    void badArguments() {
        assertEquals("the Huber loss needs δ > 0 but got δ = -1.0", assertThrows(IllegalArgumentException.class, () -> huber(-1)).getMessage());
        assertEquals("binary cross-entropy needs probabilities ŷ in [0, 1], but ŷ[1] = 1.2 (ŷ = [0.5, 1.2])",
                assertThrows(IllegalArgumentException.class, () -> BINARY_CROSS_ENTROPY.value(new double[] {0.5, 1.2}, new double[] {0, 1})).getMessage());
        assertEquals("cross-entropy needs targets t in [0, 1], but t[0] = -1.0 (t = [-1, 2])",
                assertThrows(IllegalArgumentException.class, () -> CROSS_ENTROPY.value(new double[] {0.5, 0.5}, new double[] {-1, 2})).getMessage());
        assertEquals("ŷ[0] must be a finite number but was NaN (ŷ = [NaN])",
                assertThrows(IllegalArgumentException.class, () -> MSE.value(new double[] {Double.NaN}, new double[] {0})).getMessage());
        assertFalse(Losses.all().isEmpty());
    }

    @Nested
    @DisplayName("cross-entropy takes a probability vector and a target distribution")
    class Distributions {
        @Test
        @DisplayName("on a single sigmoid output it refuses, and names the loss that fits")
        void singleOutput() {
            assertEquals("cross-entropy compares probabilities over 2 or more classes, but there is only 1 output; "
                            + "for a single sigmoid output use BINARY_CROSS_ENTROPY on the probability p",
                    assertThrows(IllegalArgumentException.class, () -> CROSS_ENTROPY.value(new double[] {0.3}, new double[] {0})).getMessage());
            assertThrows(IllegalArgumentException.class, () -> CROSS_ENTROPY.gradient(new double[] {0.3}, new double[] {1}));
        }

        @Test
        @DisplayName("predictions that do not add up to 1 are refused with their sum")
        void predictionsAddUpToOne() {
            assertEquals("cross-entropy needs ŷ to be a probability vector that adds up to 1 (a softmax output), but Σŷ = 1.1 "
                            + "(ŷ = [0.6, 0.5]); for independent sigmoid outputs use BINARY_CROSS_ENTROPY",
                    assertThrows(IllegalArgumentException.class, () -> CROSS_ENTROPY.value(new double[] {0.6, 0.5}, new double[] {1, 0})).getMessage());
        }

        @Test
        @DisplayName("a \"one-hot\" target with two 1s is refused with its sum")
        void targetsAddUpToOne() {
            assertEquals("cross-entropy needs t to be a target distribution that adds up to 1 (one-hot: a single 1), but Σt = 2 (t = [1, 1, 0])",
                    assertThrows(IllegalArgumentException.class, () -> CROSS_ENTROPY.value(new double[] {0.2, 0.3, 0.5}, new double[] {1, 1, 0})).getMessage());
        }

        @Test
        @DisplayName("probabilities typed to four decimals and soft targets are accepted")
        void tolerance() {
            assertEquals(-Math.log(0.6652), CROSS_ENTROPY.value(new double[] {0.0900, 0.2447, 0.6652}, new double[] {0, 0, 1}), EXACT);
            assertTrue(CROSS_ENTROPY.value(new double[] {0.7, 0.2, 0.1}, new double[] {0.9, 0.05, 0.05}) > 0);
        }
    }
}
