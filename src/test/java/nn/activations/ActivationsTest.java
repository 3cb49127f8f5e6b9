package nn.activations;

import nn.check.DerivativeCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static nn.activations.Activations.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Activation functions")
class ActivationsTest {
    /** Identities the lectures state hold to within a few rounding errors. */
    static final double IDENTITY_TOLERANCE = 1e-15;
    /** How far apart GELU and its tanh approximation may be (they differ by about 5e-4 at most). */
    static final double GELU_APPROXIMATION = 1e-3;

    /** Every built-in activation, and the parameterised ones at several parameters. */
    static Stream<Activation> everyActivation() {
        List<Activation> fs = new ArrayList<>(Activations.all());
        fs.addAll(List.of(leakyRelu(0), leakyRelu(0.1), leakyRelu(0.3), prelu(-0.5), prelu(0), prelu(1.5),
                elu(0.5), elu(2), swish(0), swish(0.5), swish(2), swish(10)));
        return fs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyActivation")
    @DisplayName("the derivative matches a central finite difference on a grid of z")
    void derivativeMatchesFiniteDifference(Activation f) {
        DerivativeCheck.Result r = DerivativeCheck.activation(f);
        assertTrue(r.passes(), r.toString());
        assertEquals(60, r.points());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyActivation")
    @DisplayName("value and derivative stay finite for |z| up to 1000")
    void finiteForLargeInputs(Activation f) {
        for (double z : new double[] {-1000, -710, -40, -1e-300, 0, 1e-300, 40, 710, 1000}) {
            assertTrue(Double.isFinite(f.apply(z)), f + "(" + z + ") = " + f.apply(z));
            assertTrue(Double.isFinite(f.derivative(z)), f + "'(" + z + ") = " + f.derivative(z));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyActivation")
    @DisplayName("the backward pass, given a = f(z) from the forward pass, takes f'(z) to the last bit")
    void backwardReusesTheForwardPassExactly(Activation f) {
        double[] z = new double[8001];
        for (int k = -4000; k <= 4000; k++) {
            z[k + 4000] = k / 100.0 + k * 1e-7; // −40 … 40, off the round numbers
        }
        double[] ones = new double[z.length], delta = new double[z.length];
        java.util.Arrays.fill(ones, 1);
        LayerFunction.of(f).backward(z, f.apply(z), ones, delta);
        for (int i = 0; i < z.length; i++) {
            assertEquals(Double.doubleToRawLongBits(f.derivative(z[i])), Double.doubleToRawLongBits(delta[i]), f + "'(" + z[i] + ")");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyActivation")
    @DisplayName("has a name, a LaTeX formula, and the vector forms apply entry by entry")
    void namesAndVectors(Activation f) {
        assertFalse(f.name().isBlank());
        assertFalse(f.latex().isBlank());
        assertEquals(f.name(), f.toString());
        double[] z = {-2.5, 0.5, 3};
        double[] a = f.apply(z);
        double[] d = f.derivative(z);
        for (int i = 0; i < z.length; i++) {
            assertEquals(f.apply(z[i]), a[i]);
            assertEquals(f.derivative(z[i]), d[i]);
        }
    }

    @Test
    @DisplayName("a student's own activation is checked the same way, and a wrong derivative is caught")
    void ownActivation() {
        Activation square = Activation.of("square", "z^2", z -> z * z, z -> 2 * z);
        assertTrue(DerivativeCheck.activation(square).passes());
        // the classic bug: tanh' written as 1 − a² but fed z instead of a = tanh(z)
        Activation wrong = Activation.of("tanh with 1 − z²", "", Math::tanh, z -> 1 - z * z);
        DerivativeCheck.Result r = DerivativeCheck.activation(wrong);
        assertFalse(r.passes(), r.toString());
        assertTrue(r.toString().contains("FAILS"), r.toString());
    }

    @Nested
    @DisplayName("identities the lectures state")
    class Identities {
        @Test
        @DisplayName("σ(0) = 0.5, σ'(0) = 0.25 and σ' ≤ 0.25 everywhere (lectures 001, 004)")
        void sigmoidAtZero() {
            assertEquals(0.5, SIGMOID.apply(0));
            assertEquals(0.25, SIGMOID.derivative(0));
            assertEquals(0.25, ActivationTable.maxSlope(SIGMOID));
        }

        @ParameterizedTest(name = "z = {0}")
        @ValueSource(doubles = {-30, -7.3, -1, -0.2, 0, 0.4, 2.5, 9, 30})
        @DisplayName("tanh(z) = 2σ(2z) − 1 (lecture 003)")
        void tanhIsAScaledSigmoid(double z) {
            assertEquals(TANH.apply(z), 2 * SIGMOID.apply(2 * z) - 1, IDENTITY_TOLERANCE * 4);
        }

        @ParameterizedTest(name = "z = {0}")
        @ValueSource(doubles = {-1000, -30, -7.3, -1, 0, 0.4, 2.5, 30, 1000})
        @DisplayName("softplus'(z) = σ(z) exactly (lecture 003)")
        void softplusDerivativeIsSigmoid(double z) {
            assertEquals(SIGMOID.apply(z), SOFTPLUS.derivative(z));
        }

        @ParameterizedTest(name = "z = {0}")
        @ValueSource(doubles = {-20, -7.3, -1, 0, 0.4, 2.5})
        @DisplayName("σ'(z) = σ(z)(1 − σ(z)) (lecture 001)")
        void sigmoidDerivative(double z) {
            double s = SIGMOID.apply(z);
            assertEquals(s * (1 - s), SIGMOID.derivative(z), 4 * IDENTITY_TOLERANCE * SIGMOID.derivative(z));
        }

        @Test
        @DisplayName("for large z, σ' keeps its digits where the textbook σ(1 − σ) loses them")
        void sigmoidDerivativeForLargeZ() {
            double exact = Math.exp(-20) / ((1 + Math.exp(-20)) * (1 + Math.exp(-20)));
            assertEquals(exact, SIGMOID.derivative(20), 4 * IDENTITY_TOLERANCE * exact);
            double s = SIGMOID.apply(20);
            assertTrue(Math.abs(s * (1 - s) - exact) > 1e-8 * exact, "the naive form is off in the 8th digit");
        }

        @Test
        @DisplayName("at the kink z = 0: ReLU'(0) = 0, leaky ReLU'(0) = α, ELU'(0) = α; step and sign fire at 0")
        void kinks() {
            assertEquals(0, RELU.derivative(0));
            assertEquals(0.1, leakyRelu(0.1).derivative(0));
            assertEquals(0.5, elu(0.5).derivative(0));
            assertEquals(1, STEP.apply(0));
            assertEquals(1, SIGN.apply(0));
            assertEquals(-1, SIGN.apply(-1e-300));
        }

        @Test
        @DisplayName("hard sigmoid is σ's tangent at 0 clipped to [0, 1]; leaky ReLU(α) = max(αz, z)")
        void piecewiseLinear() {
            for (double z : DerivativeCheck.grid()) {
                assertEquals(Math.max(Math.min(SIGMOID.apply(0) + SIGMOID.derivative(0) * z, 1), 0), HARD_SIGMOID.apply(z));
                assertEquals(Math.max(0.1 * z, z), leakyRelu(0.1).apply(z));
                assertEquals(leakyRelu(0.25).apply(z), prelu(0.25).apply(z));
            }
        }

        @Test
        @DisplayName("GELU's tanh form is close to the exact GELU but is not the same function")
        void geluApproximation() {
            double worst = 0;
            for (double z : DerivativeCheck.grid()) {
                worst = Math.max(worst, Math.abs(GELU.apply(z) - GELU_TANH.apply(z)));
            }
            assertTrue(worst < GELU_APPROXIMATION && worst > 1e-5, "largest difference " + worst);
        }
    }

    @Test
    @DisplayName("large inputs give the exact limits, not NaN or ∞")
    void largeInputs() {
        assertEquals(1.0, SIGMOID.apply(1000));
        assertEquals(0.0, SIGMOID.apply(-1000));
        assertEquals(0.0, SIGMOID.derivative(1000));
        assertEquals(1000.0, SOFTPLUS.apply(1000));
        assertEquals(0.0, SOFTPLUS.apply(-1000));
        assertEquals(Math.exp(-40), SOFTPLUS.apply(-40), 1e-15 * Math.exp(-40) * 10);
        assertEquals(-1.0, ELU.apply(-1000));
        assertEquals(1000.0, GELU.apply(1000));
        assertEquals(0.0, GELU.apply(-1000), 0);
        assertEquals(1.0, TANH.apply(1000));
        assertEquals(4 * Math.exp(-40), TANH.derivative(20), 1e-12 * Math.exp(-40));
    }

    @Test
    @DisplayName("bad parameters fail at once with a sentence naming the value")
    void badParameters() {
        assertEquals("leaky ReLU needs a slope 0 ≤ α < 1 but got α = 1.5",
                assertThrows(IllegalArgumentException.class, () -> leakyRelu(1.5)).getMessage());
        assertEquals("ELU needs α > 0 but got α = -1.0", assertThrows(IllegalArgumentException.class, () -> elu(-1)).getMessage());
        assertEquals("the swish parameter β must be a finite number but was NaN",
                assertThrows(IllegalArgumentException.class, () -> swish(Double.NaN)).getMessage());
        assertEquals("the PReLU slope γ must be a finite number but was Infinity",
                assertThrows(IllegalArgumentException.class, () -> prelu(Double.POSITIVE_INFINITY)).getMessage());
    }

    @Test
    @DisplayName("parameterised activations show their parameter in their name")
    void names() {
        assertEquals("leaky ReLU(α=0.1)", leakyRelu(0.1).toString());
        assertEquals("PReLU(γ=0.25)", prelu(0.25).toString());
        assertEquals("ELU(α=1)", ELU.toString());
        assertEquals("swish(β=1)", SWISH.toString());
        assertEquals(15, Activations.all().size());
        assertEquals(13, Activations.trainable().size());
        assertFalse(Activations.trainable().contains(STEP) || Activations.trainable().contains(SIGN));
    }
}
