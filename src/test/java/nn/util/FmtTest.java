package nn.util;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("Number formatting")
class FmtTest {
    @Test
    void roundingNearTheLargestDoubleStaysFinite() {
        assertEquals(1e308, Fmt.round(Double.MAX_VALUE, 1));
        assertEquals(-1e308, Fmt.round(-Double.MAX_VALUE, 1));
        assertEquals(0.12, Fmt.round(0.123456, 2));
    }

    @Test
    @DisplayName("numbers are short, exact where they can be, and locale-free")
    void numbers() {
        assertEquals("2", Fmt.num(2.0));
        assertEquals("0.5", Fmt.num(0.5));
        assertEquals("-1.25", Fmt.num(-1.25));
        assertEquals("0.333333", Fmt.num(1.0 / 3));
        assertEquals("1.23457e-7", Fmt.num(1.234567e-7));
        assertEquals("0", Fmt.num(-0.0));
        assertEquals("NaN", Fmt.num(Double.NaN));
        assertEquals("−3", Fmt.signed(-3));
    }

    @Test
    @DisplayName("linear expressions drop unit coefficients and zero terms")
    void linear() {
        String[] x = {"x₁", "x₂", "x₃"};
        assertEquals("x₁ + x₂", Fmt.linear(new double[] {1, 1, 0}, x));
        assertEquals("−x₁ − 0.5x₂ + 2x₃", Fmt.linear(new double[] {-1, -0.5, 2}, x));
        assertEquals("0", Fmt.linear(new double[] {0, 0, 0}, x));
        assertEquals("3 coefficients but 2 names",
                assertThrows(IllegalArgumentException.class, () -> Fmt.linear(new double[] {1, 2, 3}, new String[] {"a", "b"})).getMessage());
    }
}
