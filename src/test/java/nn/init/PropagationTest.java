package nn.init;

import nn.activations.Activation;
import nn.activations.Activations;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The signal propagation experiment")
class PropagationTest {
    /**
     * Var[z] = n Var[W] E[a²] holds in expectation over the weights. For one draw of W it is off
     * by the column sums of W: with activations of mean m (ReLU, sigmoid) the error is about
     * (m²/E[a²]) · √(2/100) ≈ 13% per layer. Averaged over {@link #SEEDS} draws that drops to
     * about 3%, so 10% is a safe bound that a wrong formula (a factor 2, n_out for n_in) misses by far.
     */
    static final double RELATION = 0.10;
    static final int SEEDS = 20;
    /** Central differences of a smooth function with h = 1e-6: truncation and rounding both below 1e-7. */
    static final double FINITE_DIFFERENCE = 1e-6;

    static Stream<Arguments> pairs() {
        return Stream.of(Arguments.of(Init.XAVIER_NORMAL, Activations.TANH), Arguments.of(Init.HE_NORMAL, Activations.RELU),
                Arguments.of(Init.XAVIER_UNIFORM, Activations.IDENTITY), Arguments.of(Init.STANDARD, Activations.SIGMOID));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("pairs")
    @DisplayName("measures Var[z^l] = n · Var[W] · E[(a^(l−1))²] in every layer, the lecture's formula")
    void varianceRelation(Init init, Activation f) {
        int depth = 3;
        double[] ratio = new double[depth + 1];
        for (int seed = 0; seed < SEEDS; seed++) {
            Propagation p = Propagation.run(init, f, depth, 100, 200, seed);
            for (int l = 1; l <= depth; l++) {
                double predicted = 100 * init.variance(100, 100) * Propagation.meanSquare(p.activations(l - 1));
                ratio[l] += Propagation.meanSquare(p.netInputs(l)) / predicted / SEEDS;
            }
        }
        for (int l = 1; l <= depth; l++) {
            assertEquals(1, ratio[l], RELATION, "layer " + l);
        }
    }

    @Test
    @DisplayName("with ReLU keeps the activations' size under He, halves their variance per layer under Xavier and shrinks them under the old standard")
    void reluUnderEachInitialiser() {
        double he = ratio(Propagation.run(Init.HE_NORMAL, Activations.RELU, 10, 100, 300, 0).activationStds());
        double xavier = ratio(Propagation.run(Init.XAVIER_NORMAL, Activations.RELU, 10, 100, 300, 0).activationStds());
        double standard = ratio(Propagation.run(Init.STANDARD, Activations.RELU, 10, 100, 300, 0).activationStds());
        assertTrue(he > 0.7 && he < 1.4, "He: std ratio layer 10 / layer 1 = " + he);
        assertEquals(Math.pow(0.5, 4.5), xavier, 0.3 * Math.pow(0.5, 4.5), "Xavier: 9 layers, each multiplying the std by √(1/2)");
        assertTrue(standard < 1e-3, "standard: " + standard);
    }

    @Test
    @DisplayName("zeros gives zero activations and no gradient below the last layer (the symmetry problem)")
    void zeros() {
        Propagation p = Propagation.run(Init.ZEROS, Activations.TANH, 3, 10, 20, 0);
        assertEquals(0, Propagation.std(p.activations(3)));
        assertEquals(0, Propagation.std(p.deltas(2)));
        assertEquals(0, Propagation.std(p.weightGradients(1)));
        assertTrue(Propagation.std(p.deltas(3)) > 0);
    }

    @Test
    @DisplayName("back-propagates the gradient that a finite difference of L = Σ g·a^L / batch gives")
    void backwardMatchesFiniteDifference() {
        Propagation p = Propagation.run(Init.XAVIER_NORMAL, Activations.TANH, new int[] {4, 5, 3}, 6, 2);
        double[] analytic = p.weightGradients(1);
        double h = 1e-6;
        for (int o = 0; o < 5; o++) {
            for (int i = 0; i < 4; i++) {
                double[][] w1 = p.weights(1);
                double keep = w1[o][i];
                w1[o][i] = keep + h;
                double plus = loss(p);
                w1[o][i] = keep - h;
                double minus = loss(p);
                w1[o][i] = keep;
                assertEquals((plus - minus) / (2 * h), analytic[o * 4 + i], FINITE_DIFFERENCE, "∂L/∂W¹[" + o + "][" + i + "]");
            }
        }
    }

    @Test
    @DisplayName("runs the backward pass when first asked, with the same numbers whichever is asked first")
    void backwardOnDemand() {
        Propagation gradientsFirst = Propagation.run(Init.XAVIER_NORMAL, Activations.SIGMOID, new int[] {6, 5, 4, 3}, 7, 4);
        Propagation deltasFirst = Propagation.run(Init.XAVIER_NORMAL, Activations.SIGMOID, new int[] {6, 5, 4, 3}, 7, 4);
        double[] w1 = gradientsFirst.weightGradients(1);
        double[] d3 = deltasFirst.deltas(3);
        for (int l = 1; l <= 3; l++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(deltasFirst.deltas(l), gradientsFirst.deltas(l), "δ of layer " + l);
            org.junit.jupiter.api.Assertions.assertArrayEquals(deltasFirst.weightGradients(l), gradientsFirst.weightGradients(l), "∂L/∂W of layer " + l);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(w1, deltasFirst.weightGradients(1));
        double[] z3 = deltasFirst.netInputs(3);
        double[][] g = deltasFirst.outputGradient();
        for (int k = 0; k < d3.length; k++) { // δ^L = g ⊙ f'(z^L), example by example
            assertEquals(g[k / 3][k % 3] * Activations.SIGMOID.derivative(z3[k]), d3[k], 0.0, "δ³ entry " + k);
        }
    }

    @Test
    @DisplayName("hands out the values of every layer in order, with the layers' names")
    void byLayer() {
        Propagation p = Propagation.run(Init.HE_NORMAL, Activations.RELU, 3, 4, 5, 3);
        assertEquals("[layer 1, layer 2, layer 3]", java.util.Arrays.toString(p.layerNames()));
        for (int l = 1; l <= 3; l++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(p.activations(l), p.activationsByLayer()[l - 1]);
            org.junit.jupiter.api.Assertions.assertArrayEquals(p.deltas(l), p.deltasByLayer()[l - 1]);
        }
    }

    @Test
    @DisplayName("names its layers in errors and its setting in toString")
    void readable() {
        Propagation p = Propagation.run(Init.HE_NORMAL, Activations.RELU, 2, 10, 50, 3);
        assertEquals("this network has layers 1 to 2, not 3", assertThrows(IllegalArgumentException.class, () -> p.deltas(3)).getMessage());
        assertTrue(p.toString().startsWith("Propagation(ReLU, He normal N(0, 2/n_in), 2 layers of 10, batch 50, seed=3: std of a^2 = "), p.toString());
        assertEquals("a propagation experiment needs a batch of at least 2 inputs but got 1",
                assertThrows(IllegalArgumentException.class, () -> Propagation.run(Init.HE_NORMAL, Activations.RELU, 2, 10, 1, 3)).getMessage());
    }

    private static double ratio(double[] stds) {
        return stds[stds.length - 1] / stds[0];
    }

    /** L = Σ_b Σ_o g[b][o] a^L[b][o] / batch, recomputed from the (possibly perturbed) weights. */
    private static double loss(Propagation p) {
        double[][] a = p.inputs();
        Activation f = Activations.TANH;
        for (int l = 1; l <= p.depth(); l++) {
            double[][] w = p.weights(l);
            double[][] next = new double[a.length][w.length];
            for (int b = 0; b < a.length; b++) {
                for (int o = 0; o < w.length; o++) {
                    double z = 0;
                    for (int i = 0; i < w[o].length; i++) {
                        z += w[o][i] * a[b][i];
                    }
                    next[b][o] = f.apply(z);
                }
            }
            a = next;
        }
        double[][] g = p.outputGradient();
        double sum = 0;
        for (int b = 0; b < a.length; b++) {
            for (int o = 0; o < a[b].length; o++) {
                sum += g[b][o] * a[b][o];
            }
        }
        return sum / a.length;
    }
}
