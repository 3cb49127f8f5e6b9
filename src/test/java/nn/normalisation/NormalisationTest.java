package nn.normalisation;

import nn.random.NumpyRandom;
import nn.check.FiniteDifference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Normalisation layers")
class NormalisationTest {
    /** Central differences with h = 1e-5 on losses of order 1 agree to about 1e-8 relative. */
    private static final double GRADIENT_CHECK = 1e-6;
    private static final double EXACT = 1e-12;

    /** L = Σ wᵢⱼ yᵢⱼ with fixed random w, so that ∂L/∂y = w. */
    private static double loss(double[][] y, double[][] w) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                s += w[i][j] * y[i][j];
            }
        }
        return s;
    }

    private static double[] flat(double[][] m) {
        double[] v = new double[m.length * m[0].length];
        for (int i = 0; i < m.length; i++) {
            System.arraycopy(m[i], 0, v, i * m[0].length, m[0].length);
        }
        return v;
    }

    private static double[][] shape(double[] v, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(v, i * cols, m[i], 0, cols);
        }
        return m;
    }

    private static void assertClose(double[] analytic, double[] numeric, String what) {
        for (int k = 0; k < analytic.length; k++) {
            double error = FiniteDifference.relativeError(analytic[k], numeric[k]);
            assertTrue(error < GRADIENT_CHECK || Math.abs(analytic[k] - numeric[k]) < 1e-9,
                    what + "[" + k + "]: analytic " + analytic[k] + ", numeric " + numeric[k]);
        }
    }

    /** Checks ∂L/∂x, ∂L/∂γ and ∂L/∂β of a layer built from (γ, β) against central differences. */
    private static void gradientCheck(Function<double[][], Function<double[][], Pass>> layerOf, long seed, int m, int n) {
        NumpyRandom r = new NumpyRandom(seed);
        double[][] x = r.randn(m, n), w = r.randn(m, n);
        double[] gamma = r.randn(n), beta = r.randn(n);
        Pass pass = layerOf.apply(new double[][] {gamma, beta}).apply(x);
        Pass.Gradients g = pass.backward(w);
        double[] dx = FiniteDifference.gradient(v -> loss(layerOf.apply(new double[][] {gamma, beta}).apply(shape(v, m, n)).output(), w), flat(x));
        double[] dGamma = FiniteDifference.gradient(v -> loss(layerOf.apply(new double[][] {v, beta}).apply(x).output(), w), gamma);
        double[] dBeta = FiniteDifference.gradient(v -> loss(layerOf.apply(new double[][] {gamma, v}).apply(x).output(), w), beta);
        assertClose(flat(g.input()), dx, "∂L/∂x");
        assertClose(g.gamma(), dGamma, "∂L/∂γ");
        assertClose(g.beta(), dBeta, "∂L/∂β");
    }

    @Nested
    @DisplayName("batch norm")
    class Batch {
        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {0, 1, 2, 3, 4})
        @DisplayName("its backward pass in training mode matches central differences for x, γ and β")
        void gradients(long seed) {
            gradientCheck(p -> x -> BatchNorm.of(p[0], p[1]).train(x), seed, 6, 4);
        }

        @Test
        @DisplayName("in training each feature of the output has mean β and standard deviation |γ| over the batch")
        void normalises() {
            double[][] x = new NumpyRandom(7).randn(50, 3);
            for (double[] row : x) {
                row[0] = 10 + 5 * row[0];
            }
            double[][] y = BatchNorm.of(new double[] {2, 1, 1}, new double[] {0.5, 0, 0}).train(x).output();
            double mean = 0, var = 0;
            for (double[] row : y) {
                mean += row[0] / 50;
            }
            for (double[] row : y) {
                var += (row[0] - mean) * (row[0] - mean) / 50;
            }
            assertEquals(0.5, mean, EXACT);
            assertEquals(4, var, 1e-5);
        }

        @Test
        @DisplayName("keeps running statistics with momentum 0.1 and the unbiased variance, and uses them in inference")
        void runningStatistics() {
            BatchNorm bn = BatchNorm.of(1);
            bn.train(new double[][] {{1}, {3}});                       // μ = 2, σ² = 1, unbiased 2
            assertEquals(0.2, bn.runningMean()[0], EXACT);
            assertEquals(0.9 * 1 + 0.1 * 2, bn.runningVariance()[0], EXACT);
            double[][] y = bn.infer(new double[][] {{0.2}});
            assertEquals(0, y[0][0], EXACT);
        }

        @Test
        @DisplayName("refuses a batch of one example in training and names the shapes otherwise")
        void errors() {
            assertEquals("batch norm in training needs at least 2 examples to take a variance but got 1",
                    assertThrows(IllegalArgumentException.class, () -> BatchNorm.of(2).train(new double[][] {{1, 2}})).getMessage());
            assertEquals("batch norm of 2 features got a batch of 1×3",
                    assertThrows(IllegalArgumentException.class, () -> BatchNorm.of(2).infer(new double[][] {{1, 2, 3}})).getMessage());
            assertEquals("BatchNorm(1 features, γ=[1], β=[0], running μ=[0], σ²=[1])", BatchNorm.of(1).toString());
        }
    }

    @Nested
    @DisplayName("layer norm")
    class Layer {
        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {0, 1, 2, 3, 4})
        @DisplayName("its backward pass matches central differences for x, γ and β")
        void gradients(long seed) {
            gradientCheck(p -> x -> LayerNorm.of(p[0], p[1]).forward(x), seed, 3, 5);
        }

        @Test
        @DisplayName("normalises every example on its own: the same result for a batch of one")
        void perExample() {
            double[][] x = new NumpyRandom(3).randn(4, 5);
            double[][] all = LayerNorm.of(5).forward(x).output();
            double[][] one = LayerNorm.of(5).forward(new double[][] {x[2]}).output();
            for (int j = 0; j < 5; j++) {
                assertEquals(all[2][j], one[0][j], 0);
            }
            double mean = 0;
            for (double v : all[1]) {
                mean += v / 5;
            }
            assertEquals(0, mean, EXACT);
        }
    }
}
