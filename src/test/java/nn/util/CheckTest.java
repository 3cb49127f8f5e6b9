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

    @Test
    @DisplayName("a library error carries no frame from inside the library, only where it was called from")
    void noLibraryFrames() {
        var e = assertThrows(IllegalArgumentException.class, () -> nn.init.Init.HE_NORMAL.variance(0, 1));
        StackTraceElement[] trace = e.getStackTrace();
        assertTrue(trace.length > 0);
        assertEquals(CheckTest.class.getName(), trace[0].getClassName(), "the first frame is the caller's: " + java.util.Arrays.toString(trace));
        for (StackTraceElement f : trace) {
            assertFalse(f.getClassName().startsWith("nn.") && !f.getClassName().startsWith(CheckTest.class.getName()), "a library frame: " + f);
        }
    }
}
