package nn.optim;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Optimisers")
class OptimizerTest {
    /** Distance from the known minimum after the steps allowed (all reach it to ~1e-11 in practice). */
    static final double REACHED = 1e-6;
    /** Agreement of one step with its formula: only rounding differs. */
    static final double ROUNDING = 1e-12;
    static final int STEPS = 2000;

    /** f(θ) = ½ Σ aᵢ(θᵢ − cᵢ)², minimum at c; curvatures 1 and 10 make it a narrow valley. */
    static final double[] A = {1, 10};
    static final double[] C = {3, -2};

    static double[] gradient(double[] theta) {
        return new double[] {A[0] * (theta[0] - C[0]), A[1] * (theta[1] - C[1])};
    }

    static double f(double[] theta) {
        return 0.5 * (A[0] * Math.pow(theta[0] - C[0], 2) + A[1] * Math.pow(theta[1] - C[1], 2));
    }

    /** Every optimiser, with a learning rate that suits the quadratic. */
    static Stream<Named<Supplier<Optimizer>>> all() {
        return Stream.<Supplier<Optimizer>>of(() -> Optimizer.sgd(0.05), () -> Optimizer.momentum(0.01, 0.9), () -> Optimizer.rmsprop(0.01),
                () -> Optimizer.adam(0.01), () -> new Adam(0.1, 0.8, 0.99, 1e-8)).map(make -> Named.of(make.get().toString(), make));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    @DisplayName("reaches the known minimum of a quadratic")
    void reachesTheMinimum(Supplier<Optimizer> make) {
        Optimizer opt = make.get();
        double[] theta = {0, 0};
        double start = f(theta);
        for (int k = 0; k < STEPS; k++) {
            opt.step("θ", theta, gradient(theta));
        }
        assertEquals(C[0], theta[0], REACHED, opt::toString);
        assertEquals(C[1], theta[1], REACHED, opt::toString);
        assertTrue(f(theta) < 1e-9 * start);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    @DisplayName("keeps separate state per key and forgets it on reset")
    void statePerKey(Supplier<Optimizer> make) {
        Optimizer once = make.get();
        double[] fresh = {0, 0};
        once.step("b", fresh, gradient(fresh));

        Optimizer busy = make.get();
        double[] other = {0, 0};
        for (int k = 0; k < 20; k++) {
            busy.step("a", other, gradient(other));
        }
        double[] b = {0, 0};
        busy.step("b", b, gradient(b));
        assertArrayEquals(fresh, b, ROUNDING, "the first step on key b ignores what key a did");

        busy.reset();
        double[] again = {0, 0};
        busy.step("a", again, gradient(again));
        assertArrayEquals(fresh, again, ROUNDING, "after reset, key a starts afresh");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    @DisplayName("steps a matrix row by row, each row with its own key")
    void matrixStep(Supplier<Optimizer> make) {
        double[][] w = {{0, 0}, {1, 1}};
        Optimizer byMatrix = make.get();
        Optimizer byRow = make.get();
        double[][] copy = {{0, 0}, {1, 1}};
        for (int k = 0; k < 3; k++) {
            byMatrix.step("W", w, new double[][] {gradient(w[0]), gradient(w[1])});
            byRow.step("W[0]", copy[0], gradient(copy[0]));
            byRow.step("W[1]", copy[1], gradient(copy[1]));
        }
        assertArrayEquals(copy[0], w[0], ROUNDING);
        assertArrayEquals(copy[1], w[1], ROUNDING);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    @DisplayName("refuses a gradient of the wrong length, a NaN gradient and a key whose size changes")
    void badArguments(Supplier<Optimizer> make) {
        Optimizer opt = make.get();
        String name = opt.toString();
        assertEquals(name + ": step on W1 got 2 parameters but a gradient of length 3",
                assertThrows(IllegalArgumentException.class, () -> opt.step("W1", new double[2], new double[3])).getMessage());
        assertEquals(name + ": the gradient of W1 is NaN at index 1",
                assertThrows(IllegalArgumentException.class, () -> opt.step("W1", new double[2], new double[] {0, Double.NaN})).getMessage());
        opt.step("W1", new double[2], new double[2]);
        assertEquals(name + ": W1 had 2 parameters at its first step but now has 4 (one key per tensor, or call reset())",
                assertThrows(IllegalArgumentException.class, () -> opt.step("W1", new double[4], new double[4])).getMessage());
    }

    @Test
    @DisplayName("a learning rate that is too large fails with a message instead of producing NaN, and changes nothing")
    void divergenceIsReported() {
        Optimizer opt = Optimizer.sgd(3); // on f = ½(θ − 3)², θ − 3 is multiplied by −2 at every step
        double[] theta = {0};
        double[] before = new double[1];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            for (int k = 0; k < 10_000; k++) {
                before[0] = theta[0];
                opt.step("θ", theta, new double[] {theta[0] - 3});
            }
        });
        assertTrue(e.getMessage().matches("SGD\\(η=3\\): step 10\\d\\d on θ would make parameter 0 -?Infinity, so nothing was changed "
                + "\\(the learning rate may be too large\\)"), e.getMessage());
        assertEquals(before[0], theta[0], "the parameters are as before the step that overflowed");
    }

    private static String outcome(Runnable step) {
        try {
            step.run();
            return "stepped";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Optimisers and a second gradient that makes their second step overflow (Adam's steps are about η whatever g is). */
    static Stream<org.junit.jupiter.params.provider.Arguments> overflowing() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(Named.of("SGD(η=2)", (Supplier<Optimizer>) () -> Optimizer.sgd(2)), Double.MAX_VALUE),
                org.junit.jupiter.params.provider.Arguments.of(Named.of("momentum(η=2, μ=0.9)", (Supplier<Optimizer>) () -> Optimizer.momentum(2, 0.9)),
                        Double.MAX_VALUE),
                org.junit.jupiter.params.provider.Arguments.of(Named.of("Adam(η=1e308)", (Supplier<Optimizer>) () -> Optimizer.adam(1e308)), 1.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overflowing")
    @DisplayName("a step that would overflow leaves the parameters and the optimiser's state as they were")
    void allOrNothing(Supplier<Optimizer> make, double push) {
        Optimizer opt = make.get();
        double[] theta = {0, 1};
        opt.step("θ", theta, new double[] {1, 0.5});
        double[] after = theta.clone();
        var e = assertThrows(IllegalArgumentException.class, () -> opt.step("θ", theta, new double[] {push, 0.5}));
        assertTrue(e.getMessage().contains("so nothing was changed"), e.getMessage());
        assertArrayEquals(after, theta, 0.0);
        assertEquals(1, opt.steps("θ"));
        // the next step goes on as if the failed one never happened: like a twin that never tried it
        Optimizer twin = make.get();
        double[] same = {0, 1};
        twin.step("θ", same, new double[] {1, 0.5});
        String a = outcome(() -> twin.step("θ", same, new double[] {-0.25, 0.5}));
        String b = outcome(() -> opt.step("θ", theta, new double[] {-0.25, 0.5}));
        assertEquals(a, b);
        assertArrayEquals(same, theta, 0.0);
    }

    @Test
    @DisplayName("SGD takes the step −η g")
    void sgdStep() {
        double[] theta = {1, 2};
        Optimizer.sgd(0.1).step("θ", theta, new double[] {3, -4});
        assertArrayEquals(new double[] {1 - 0.3, 2 + 0.4}, theta, ROUNDING);
    }

    @Test
    @DisplayName("momentum under a constant gradient takes steps −η g (1 − μᵏ)/(1 − μ), approaching ten times SGD's for μ = 0.9")
    void momentumSteps() {
        double eta = 0.1;
        double mu = 0.9;
        Optimizer opt = Optimizer.momentum(eta, mu);
        double[] theta = {0};
        for (int k = 1; k <= 50; k++) {
            double before = theta[0];
            opt.step("θ", theta, new double[] {1});
            assertEquals(-eta * (1 - Math.pow(mu, k)) / (1 - mu), theta[0] - before, ROUNDING);
        }
        assertEquals(-10 * eta, theta[0] - (theta[0] + 10 * eta * (1 - Math.pow(mu, 50))), 0.01);
    }

    @Nested
    @DisplayName("Adam")
    class AdamSteps {
        static final double ETA = 0.001;

        @ParameterizedTest(name = "g = {0}")
        @ValueSource(doubles = {1e-3, 0.5, 1, -20, 1e4})
        @DisplayName("takes a first step of size η, whatever the scale of the gradient (bias correction)")
        void firstStepHasSizeEta(double g) {
            double[] theta = {0};
            Optimizer.adam(ETA).step("θ", theta, new double[] {g});
            // m̂ = g, v̂ = g², so Δθ = −η g/(|g| + ε)
            assertEquals(-ETA * g / (Math.abs(g) + 1e-8), theta[0], ROUNDING);
            assertEquals(ETA, Math.abs(theta[0]), ETA * 1e-4);
        }

        @Test
        @DisplayName("takes the second step the formulas predict")
        void secondStep() {
            double b1 = 0.9;
            double b2 = 0.999;
            double g1 = 2;
            double g2 = -0.5;
            double[] theta = {0};
            Optimizer opt = Optimizer.adam(ETA);
            opt.step("θ", theta, new double[] {g1});
            double after1 = theta[0];
            opt.step("θ", theta, new double[] {g2});
            double mHat = ((1 - b1) * (b1 * g1 + g2)) / (1 - b1 * b1);
            double vHat = ((1 - b2) * (b2 * g1 * g1 + g2 * g2)) / (1 - b2 * b2);
            assertEquals(-ETA * mHat / (Math.sqrt(vHat) + 1e-8), theta[0] - after1, ROUNDING);
            assertEquals(2, opt.steps("θ"));
            assertEquals(0, opt.steps("W"));
        }

        @Test
        @DisplayName("reads like its formula")
        void readable() {
            assertEquals("Adam(η=0.001, β₁=0.9, β₂=0.999, ε=1e-8)", Optimizer.adam(0.001).toString());
        }
    }

    @Test
    @DisplayName("RMSprop's first step is η/√(1 − ρ) in size (it has no bias correction)")
    void rmspropFirstStep() {
        double[] theta = {0};
        Optimizer.rmsprop(0.01).step("θ", theta, new double[] {5});
        assertEquals(-0.01 * 5 / (Math.sqrt(0.1 * 25) + 1e-8), theta[0], ROUNDING);
    }

    @Test
    @DisplayName("every optimiser reads like its formula")
    void names() {
        assertEquals("SGD(η=0.1)", Optimizer.sgd(0.1).toString());
        assertEquals("Momentum(η=0.01, μ=0.9)", Optimizer.momentum(0.01, 0.9).toString());
        assertEquals("RMSprop(η=0.001, ρ=0.9, ε=1e-8)", Optimizer.rmsprop(0.001).toString());
        assertEquals(0.001, Optimizer.rmsprop(0.001).learningRate());
    }

    @Test
    @DisplayName("refuses hyperparameters outside their range")
    void badHyperparameters() {
        assertEquals("the learning rate η must be a positive finite number but was 0.0",
                assertThrows(IllegalArgumentException.class, () -> Optimizer.sgd(0)).getMessage());
        assertEquals("the momentum μ must lie in [0, 1) but was 1.0",
                assertThrows(IllegalArgumentException.class, () -> Optimizer.momentum(0.1, 1)).getMessage());
        assertEquals("β₂ must lie in [0, 1) but was -0.5",
                assertThrows(IllegalArgumentException.class, () -> Optimizer.adam(0.1, 0.9, -0.5, 1e-8)).getMessage());
        assertEquals("ε must be a positive finite number but was 0.0",
                assertThrows(IllegalArgumentException.class, () -> Optimizer.rmsprop(0.1, 0.9, 0)).getMessage());
    }
}
