package nn.tables;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A lecture's printed numbers beside the computed ones")
class ClaimsTest {
    @Test
    @DisplayName("a claim agrees when the computed value rounds to the printed digits")
    void rounding() {
        assertTrue(new Claims.Claim("a", "0.589", 0.5888985).agrees());
        assertTrue(new Claims.Claim("a", "0.29", 0.28905).agrees());
        assertTrue(new Claims.Claim("z", "-0.9", -0.9000000000000001).agrees());
        assertFalse(new Claims.Claim("∂C/∂W", "-0.0287", -0.0575363).agrees());
        assertFalse(new Claims.Claim("a", "0.595", 0.5956929).agrees());
    }

    @Test
    @DisplayName("the table gives a verdict per claim and the summary counts disagreements")
    void table() {
        Claims c = Claims.titled("t").claim("x", "1.5", 1.5).claim("y", "−2", -2.75);
        assertEquals(1, c.disagreements());
        assertEquals("✗ off by -0.75", c.table().getString(1, 3));
        assertEquals("t: 2 claims, 1 disagree", c.toString());
    }

    @Test
    @DisplayName("a claim must be a plain number")
    void plainNumbers() {
        var e = assertThrows(IllegalArgumentException.class, () -> Claims.titled("t").claim("x", "≈0.3", 0.3));
        assertEquals("a printed claim must be a decimal number like -0.0287 or 1.4422e-11, not ≈0.3", e.getMessage());
    }

    @Test
    @DisplayName("a number in scientific notation, as PyTorch prints it, is judged by its last printed digit")
    void scientificNotation() {
        assertTrue(new Claims.Claim("a₂[1]", "1.4422e-11", 1.44224e-11).agrees());
        assertFalse(new Claims.Claim("a₂[1]", "1.4422e-11", 1.44226e-11).agrees());
        assertTrue(new Claims.Claim("a₂[2]", "2.7006e-06", 2.70055e-6).agrees());
    }
}
