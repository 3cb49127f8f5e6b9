package nn.util;

import nn.check.FiniteDifference;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Stable maths and finite differences")
class StableMathTest {
    static final double EXACT = 1e-15;

    @Test
    @DisplayName("log-sum-exp of large equal scores is the score plus log n, not ∞")
    void logSumExp() {
        assertEquals(1000 + Math.log(2), StableMath.logSumExp(new double[] {1000, 1000}), EXACT * 1000);
        assertEquals(-1000 + Math.log(3), StableMath.logSumExp(new double[] {-1000, -1000, -1000}), EXACT * 1000);
        assertEquals("log-sum-exp needs at least one value",
                assertThrows(IllegalArgumentException.class, () -> StableMath.logSumExp(new double[0])).getMessage());
    }

    @Test
    @DisplayName("softplus, log σ and Φ keep their digits in the tails")
    void tails() {
        assertEquals(Math.exp(-50), StableMath.softplus(-50), EXACT * Math.exp(-50));
        assertEquals(-1000, StableMath.logSigmoid(-1000));
        assertEquals(0.5, StableMath.normalCdf(0), EXACT);
        assertEquals(0.8413447460685429, StableMath.normalCdf(1), EXACT);
        assertTrue(StableMath.normalCdf(-30) > 0 && StableMath.normalCdf(-30) < 1e-190, "Φ(−30) ≈ 4.9e-198, not 0");
    }

    @Test
    @DisplayName("a central difference of x³ at 2 is 12 to within about 1e-9, and the relative error compares sizes")
    void finiteDifference() {
        double d = FiniteDifference.derivative(x -> x * x * x, 2);
        assertTrue(FiniteDifference.relativeError(12, d) < 1e-9, "got " + d);
        assertEquals(0.5, FiniteDifference.relativeError(1, 2), EXACT);
        assertEquals(0, FiniteDifference.relativeError(0, 0));
    }
}
