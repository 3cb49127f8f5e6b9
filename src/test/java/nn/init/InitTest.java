package nn.init;

import nn.random.NumpyRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Weight initialisers")
class InitTest {
    /**
     * How many standard errors a measured moment may lie from the formula. The draws are seeded,
     * so the test is deterministic; 5 standard errors would be exceeded by chance with
     * probability below 10⁻⁶ for a fresh seed, while a wrong formula (a factor 2 in the variance,
     * n_in for n_out) is off by hundreds of standard errors with these sample sizes.
     */
    static final double STANDARD_ERRORS = 5;
    /** Draws per measurement: the relative standard error of a variance is then below 0.5%. */
    static final int DRAWS = 100_000;

    static Stream<Arguments> randomSchemesAndShapes() {
        return Arrays.stream(Init.values()).filter(s -> s != Init.ZEROS)
                .flatMap(s -> Stream.of(Arguments.of(s, 64, 32), Arguments.of(s, 10, 100), Arguments.of(s, 300, 300)));
    }

    /** All weights of as many fresh outputs × inputs layers as needed for at least {@link #DRAWS} numbers. */
    static double[] draw(Init scheme, int inputs, int outputs) {
        Initializer init = Initializer.of(scheme, 7);
        int layers = (DRAWS + inputs * outputs - 1) / (inputs * outputs);
        double[] all = new double[layers * inputs * outputs];
        int k = 0;
        for (int l = 0; l < layers; l++) {
            for (double[] row : init.weights(outputs, inputs)) {
                for (double w : row) {
                    all[k++] = w;
                }
            }
        }
        return all;
    }

    static double moment(double[] x, int power) {
        return Arrays.stream(x).map(v -> Math.pow(v, power)).average().orElseThrow();
    }

    @ParameterizedTest(name = "{0}, n_in={1}, n_out={2}")
    @MethodSource("randomSchemesAndShapes")
    @DisplayName("the measured variance of the weights matches the formula within 5 standard errors")
    void varianceMatchesFormula(Init scheme, int nIn, int nOut) {
        double[] w = draw(scheme, nIn, nOut);
        double expected = scheme.variance(nIn, nOut);
        double measured = moment(w, 2); // the mean is 0 by construction, so E[w²] estimates Var[w]
        // Var of the estimate E[w²] is (E[w⁴] − Var²)/N: 2Var²/N for a normal, 0.8Var²/N for a uniform.
        double standardError = expected * Math.sqrt((scheme.uniform() ? 0.8 : 2.0) / w.length);
        assertEquals(expected, measured, STANDARD_ERRORS * standardError,
                () -> scheme + ": measured variance " + measured + ", formula " + expected);
    }

    @ParameterizedTest(name = "{0}, n_in={1}, n_out={2}")
    @MethodSource("randomSchemesAndShapes")
    @DisplayName("the weights have mean 0 within 5 standard errors")
    void meanIsZero(Init scheme, int nIn, int nOut) {
        double[] w = draw(scheme, nIn, nOut);
        assertEquals(0, moment(w, 1), STANDARD_ERRORS * scheme.std(nIn, nOut) / Math.sqrt(w.length));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Init.class, names = "ZEROS", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("normal schemes have the normal's kurtosis 3, uniform ones the uniform's 1.8")
    void shapeOfTheDistribution(Init scheme) {
        double[] w = draw(scheme, 50, 40);
        double kurtosis = moment(w, 4) / Math.pow(moment(w, 2), 2);
        // The kurtosis estimate's standard error is about √(24/N) ≈ 0.015 for a normal.
        assertEquals(scheme.uniform() ? 1.8 : 3.0, kurtosis, STANDARD_ERRORS * Math.sqrt(24.0 / w.length));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Init.class, names = {"STANDARD", "XAVIER_UNIFORM", "HE_UNIFORM"})
    @DisplayName("uniform schemes stay inside ±a with a = √(3 Var), and come close to both ends")
    void uniformBounds(Init scheme) {
        double a = scheme.bound(20, 30);
        double[] w = draw(scheme, 20, 30);
        double max = Arrays.stream(w).max().orElseThrow();
        double min = Arrays.stream(w).min().orElseThrow();
        assertTrue(max < a && min >= -a);
        assertTrue(max > 0.999 * a && min < -0.999 * a);
    }

    @Test
    @DisplayName("the bounds are the lecture's: 1/√n_in, √(6/(n_in+n_out)) and √(6/n_in)")
    void boundsAreTheLecturesFormulas() {
        assertEquals(1 / Math.sqrt(25), Init.STANDARD.bound(25, 7), 1e-15);
        assertEquals(Math.sqrt(6.0 / (25 + 7)), Init.XAVIER_UNIFORM.bound(25, 7), 1e-15);
        assertEquals(Math.sqrt(6.0 / 25), Init.HE_UNIFORM.bound(25, 7), 1e-15);
        assertEquals("He normal N(0, 2/n_in) is not a uniform scheme, so it has no bound",
                assertThrows(IllegalArgumentException.class, () -> Init.HE_NORMAL.bound(3, 3)).getMessage());
    }

    @Test
    @DisplayName("Xavier's normal and uniform forms have the same variance, and so do He's")
    void normalAndUniformFormsAgree() {
        assertEquals(Init.XAVIER_NORMAL.variance(30, 10), Init.XAVIER_UNIFORM.variance(30, 10), 1e-15);
        assertEquals(Init.HE_NORMAL.variance(30, 10), Init.HE_UNIFORM.variance(30, 10), 1e-15);
        assertEquals(2 * Init.XAVIER_NORMAL.variance(30, 30), Init.HE_NORMAL.variance(30, 30), 1e-15, "with n_in = n_out He is twice Xavier");
    }

    @Test
    @DisplayName("a normal scheme gives NumPy's randn(n_out, n_in) * std for the same seed")
    void normalIsNumpysRandnTimesStd() {
        double[][] expected = new NumpyRandom(42).randn(3, 4);
        double[][] w = Init.HE_NORMAL.weights(3, 4, new NumpyRandom(42));
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                assertEquals(expected[r][c] * Math.sqrt(2.0 / 4), w[r][c], 1e-15);
            }
        }
    }

    @Test
    @DisplayName("zeros gives an all-zero matrix and draws nothing from the generator")
    void zeros() {
        NumpyRandom used = new NumpyRandom(1);
        double[][] w = Init.ZEROS.weights(2, 3, used);
        assertArrayEquals(new double[3], w[0]);
        assertArrayEquals(new double[3], w[1]);
        assertEquals(new NumpyRandom(1).rand(), used.rand());
    }

    @Test
    @DisplayName("a layer needs at least one input and one output")
    void badShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Init.XAVIER_NORMAL.weights(0, 3, new NumpyRandom(1)));
        assertEquals("Xavier normal N(0, 2/(n_in+n_out)) needs a layer with at least one input and one output but got 0 outputs × 3 inputs", e.getMessage());
    }

    @Test
    @DisplayName("the comparison table lists every scheme with its formula, its value and a measured variance close to it")
    void table() {
        tech.tablesaw.api.Table t = InitTable.of(100, 50, 0);
        assertEquals(Init.values().length, t.rowCount());
        assertEquals("[scheme, Var[W], Var[W] for this layer, measured on one W, std √Var]", t.columnNames().toString());
        int he = Init.HE_NORMAL.ordinal();
        assertEquals("He normal N(0, 2/n_in)", t.getString(he, "scheme"));
        assertEquals("2/n_in", t.getString(he, "Var[W]"));
        assertEquals("0.02", t.getString(he, "Var[W] for this layer"));
        for (Init init : Init.values()) {
            double formula = init.variance(100, 50);
            double measured = Double.parseDouble(t.getString(init.ordinal(), "measured on one W"));
            double standardError = formula * Math.sqrt((init.uniform() ? 0.8 : 2.0) / 5000);
            assertEquals(formula, measured, STANDARD_ERRORS * standardError + 1e-4 * formula, init::label); // + rounding to 4 digits
        }
    }

    @Nested
    @DisplayName("a seeded initializer")
    class Seeded {
        @Test
        @DisplayName("gives the same network for the same seed and a different one for another seed")
        void reproducible() {
            Initializer a = Init.HE_UNIFORM.seeded(3);
            Initializer b = Init.HE_UNIFORM.seeded(3);
            assertTrue(Arrays.deepEquals(a.weights(4, 5), b.weights(4, 5)));
            assertTrue(Arrays.deepEquals(a.weights(2, 4), b.weights(2, 4)));
            assertFalse(Arrays.deepEquals(Init.HE_UNIFORM.seeded(4).weights(4, 5), Init.HE_UNIFORM.seeded(3).weights(4, 5)));
        }

        @Test
        @DisplayName("continues its generator from layer to layer, so layers differ")
        void layersDiffer() {
            Initializer init = Initializer.of(Init.XAVIER_NORMAL, 42);
            assertFalse(Arrays.deepEquals(init.weights(3, 3), init.weights(3, 3)));
            assertEquals(2, init.layersDrawn());
            assertArrayEquals(new double[3], init.biases(3));
        }

        @Test
        @DisplayName("shows its scheme and seed")
        void readable() {
            assertEquals("Initializer(He normal N(0, 2/n_in), seed=42)", Init.HE_NORMAL.seeded(42).toString());
            assertEquals("Initializer(standard U[−1/√n_in, 1/√n_in], seed=0)", Initializer.of(Init.STANDARD, 0).toString());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Init.class)
    @DisplayName("a variance asked for a layer without inputs or outputs fails with both sizes named")
    void varianceNeedsALayer(Init init) {
        assertEquals(init.label() + " needs a layer with at least one input and one output, but n_in = -2 and n_out = 3",
                assertThrows(IllegalArgumentException.class, () -> init.variance(-2, 3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> init.std(3, 0));
        assertTrue(init.variance(Integer.MAX_VALUE, Integer.MAX_VALUE) >= 0, "no int overflow in n_in + n_out");
    }
}
