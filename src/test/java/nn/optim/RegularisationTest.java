package nn.optim;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Regularisation")
class RegularisationTest {
    static final double ROUNDING = 1e-12;
    /** Central differences with h = 1e-5 on a quadratic are exact up to rounding of about 1e-10. */
    static final double FINITE_DIFFERENCE = 1e-8;
    /** How many standard errors a measured share may lie from p (seeded, so deterministic). */
    static final double STANDARD_ERRORS = 5;

    @Nested
    @DisplayName("L2 weight decay")
    class Decay {
        final WeightDecay l2 = WeightDecay.l2(0.1);
        final double[][] w = {{1, -2, 0.5}, {3, 0, -1}};

        @Test
        @DisplayName("adds (λ/2)‖W‖² to the loss")
        void penalty() {
            assertEquals(0.05 * (1 + 4 + 0.25 + 9 + 0 + 1), l2.penalty(w), ROUNDING);
            assertEquals(2 * l2.penalty(w), l2.penalty(w, w), ROUNDING);
        }

        @Test
        @DisplayName("has the gradient λW, which matches a finite difference of the penalty")
        void gradient() {
            double[][] g = l2.gradient(w);
            double h = 1e-5;
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 3; c++) {
                    double[][] plus = copy(w);
                    double[][] minus = copy(w);
                    plus[r][c] += h;
                    minus[r][c] -= h;
                    assertEquals((l2.penalty(plus) - l2.penalty(minus)) / (2 * h), g[r][c], FINITE_DIFFERENCE);
                    assertEquals(0.1 * w[r][c], g[r][c], ROUNDING);
                }
            }
        }

        @Test
        @DisplayName("with SGD makes the update W ← (1 − ηλ)W − η ∂L/∂W")
        void decays() {
            double eta = 0.5;
            double[][] lossGrad = {{1, 1, 1}, {-1, -1, -1}};
            double[][] grad = copy(lossGrad);
            l2.addGradient(w, grad);
            double[][] updated = copy(w);
            Optimizer.sgd(eta).step("W", updated, grad);
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 3; c++) {
                    assertEquals((1 - eta * 0.1) * w[r][c] - eta * lossGrad[r][c], updated[r][c], ROUNDING);
                }
            }
        }

        @Test
        @DisplayName("refuses a negative λ and a gradient of another shape, and reads like its formula")
        void checks() {
            assertEquals("the weight decay λ must be a finite number ≥ 0 but was -1.0",
                    assertThrows(IllegalArgumentException.class, () -> WeightDecay.l2(-1)).getMessage());
            assertEquals("weight decay needs W and its gradient of the same shape but got 2×3 and 3×2",
                    assertThrows(IllegalArgumentException.class, () -> l2.addGradient(w, new double[3][2])).getMessage());
            assertEquals("L2(λ=0.1)", l2.toString());
        }
    }

    @Nested
    @DisplayName("inverted dropout")
    class DropoutTests {
        @ParameterizedTest(name = "p = {0}")
        @ValueSource(doubles = {0.1, 0.5, 0.8})
        @DisplayName("drops a share p of the units and keeps the mean (the kept ones are scaled by 1/(1 − p))")
        void dropsAShareAndKeepsTheMean(double p) {
            int n = 100_000;
            double[] ones = new double[n];
            Arrays.fill(ones, 1);
            double[] out = Dropout.of(p, 42).forward(ones);
            double dropped = Arrays.stream(out).filter(v -> v == 0).count() / (double) n;
            assertEquals(p, dropped, STANDARD_ERRORS * Math.sqrt(p * (1 - p) / n));
            assertTrue(Arrays.stream(out).allMatch(v -> v == 0 || Math.abs(v - 1 / (1 - p)) < ROUNDING));
            // each output is 1/(1 − p) with probability 1 − p: mean 1, variance p/(1 − p)
            assertEquals(1, Arrays.stream(out).average().orElseThrow(), STANDARD_ERRORS * Math.sqrt(p / (1 - p) / n));
        }

        @Test
        @DisplayName("sends the gradient back through the same mask, scaled the same way")
        void backwardUsesTheMask() {
            Dropout d = Dropout.of(0.5, 7);
            double[][] a = {{1, 2, 3, 4}, {5, 6, 7, 8}};
            double[][] out = d.forward(a);
            double[][] g = d.backward(new double[][] {{1, 1, 1, 1}, {1, 1, 1, 1}});
            int[][] mask = d.mask();
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 4; c++) {
                    assertEquals(mask[r][c] * 2.0, g[r][c], ROUNDING);
                    assertEquals(mask[r][c] * 2.0 * a[r][c], out[r][c], ROUNDING);
                }
            }
        }

        @Test
        @DisplayName("is the identity at inference and reproducible from its seed in training")
        void inferenceAndSeed() {
            double[] a = {1, 2, 3, 4, 5, 6};
            Dropout d = Dropout.of(0.5, 3).training(false);
            assertArrayEquals(a, d.forward(a));
            assertArrayEquals(a, d.backward(a));
            assertEquals("Dropout(p=0.5, seed=3, inference)", d.toString());
            assertArrayEquals(Dropout.of(0.5, 3).forward(a), Dropout.of(0.5, 3).forward(a));
            Dropout twice = Dropout.of(0.5, 3);
            twice.forward(new double[20]);
            int[][] first = twice.mask();
            twice.forward(new double[20]);
            assertFalse(Arrays.deepEquals(first, twice.mask()), "each training forward pass draws a new mask");
        }

        @Test
        @DisplayName("refuses a rate of 1, and a backward pass without a matching forward pass")
        void checks() {
            assertEquals("the dropout rate p must lie in [0, 1) but was 1.0",
                    assertThrows(IllegalArgumentException.class, () -> Dropout.of(1, 0)).getMessage());
            Dropout d = Dropout.of(0.2, 0);
            assertEquals("Dropout(p=0.2, seed=0, training): backward needs a forward pass in training mode first",
                    assertThrows(IllegalArgumentException.class, () -> d.backward(new double[3])).getMessage());
            d.forward(new double[3]);
            assertEquals("Dropout(p=0.2, seed=0, training): backward got a 1×4 gradient but the last forward pass was 1×3",
                    assertThrows(IllegalArgumentException.class, () -> d.backward(new double[4])).getMessage());
        }

    }

    @Nested
    @DisplayName("early stopping")
    class Stopping {
        @Test
        @DisplayName("remembers the best epoch and stops after `patience` epochs without improvement")
        void stops() {
            EarlyStopping stop = EarlyStopping.minimizing("validation loss", 3);
            double[] losses = {5, 4, 3, 3.5, 3.2, 3.1, 3.3};
            boolean[] improved = new boolean[losses.length];
            int epochs = 0;
            for (double loss : losses) {
                if (stop.shouldStop()) {
                    break;
                }
                improved[epochs++] = stop.observe(loss);
            }
            assertEquals(6, epochs, "epochs 4, 5, 6 do not beat epoch 3, so training stops after epoch 6");
            assertArrayEquals(new boolean[] {true, true, true, false, false, false, false}, improved);
            assertEquals(3, stop.bestEpoch());
            assertEquals(3.0, stop.bestValue());
            assertTrue(stop.shouldStop());
            assertArrayEquals(new double[] {5, 4, 3, 3.5, 3.2, 3.1}, stop.history());
            assertEquals("EarlyStopping(min validation loss, patience=3: best validation loss 3 at epoch 3 of 6, stop)", stop.toString());
            assertEquals("early stopping on validation loss already said stop at epoch 6 (best 3 at epoch 3)",
                    assertThrows(IllegalArgumentException.class, () -> stop.observe(1)).getMessage());
        }

        @Test
        @DisplayName("can watch a metric that should go up, such as accuracy")
        void maximizing() {
            EarlyStopping stop = EarlyStopping.maximizing("validation accuracy", 2);
            for (double acc : new double[] {0.5, 0.7, 0.7, 0.65}) {
                stop.observe(acc);
            }
            assertEquals(2, stop.bestEpoch(), "an equal value is not an improvement");
            assertTrue(stop.shouldStop());
        }

        @Test
        @DisplayName("refuses a patience below 1 and a NaN metric")
        void checks() {
            assertEquals("early stopping on loss needs a patience of at least 1 epoch but got 0",
                    assertThrows(IllegalArgumentException.class, () -> EarlyStopping.minimizing("loss", 0)).getMessage());
            assertEquals("loss must be a finite number but was NaN",
                    assertThrows(IllegalArgumentException.class, () -> EarlyStopping.minimizing("loss", 2).observe(Double.NaN)).getMessage());
            assertEquals("EarlyStopping(min loss, patience=2: no epochs yet)", EarlyStopping.minimizing("loss", 2).toString());
        }
    }

    static double[][] copy(double[][] m) {
        return Arrays.stream(m).map(double[]::clone).toArray(double[][]::new);
    }
}
