package nn.util;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Argument checks")
class CheckTest {
    @Test
    @DisplayName("allFinite is false as soon as one entry is NaN or infinite")
    void allFinite() {
        assertTrue(Check.allFinite(new double[] {0, -1e308, 1e308}));
        assertTrue(Check.allFinite(new double[0]));
        assertFalse(Check.allFinite(new double[] {1, Double.NaN}));
        assertFalse(Check.allFinite(new double[] {Double.NEGATIVE_INFINITY, 1}));
    }

    @Test
    @DisplayName("finite names the first bad entry and shows the vector")
    void finite() {
        var e = assertThrows(IllegalArgumentException.class, () -> Check.finite(new double[] {1, Double.POSITIVE_INFINITY, Double.NaN}, "x"));
        assertEquals("x[1] must be a finite number but was Infinity (x = [1.0, Infinity, NaN])", e.getMessage());
    }
}
