package nn.linear;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("Affine maps")
class AffineTest {
    static final double TOLERANCE = 1e-12;

    @Test
    @DisplayName("two affine maps in a row are one affine map")
    void collapse() {
        Affine first = Affine.of(new double[][] {{1, 2}, {-1, 0.5}, {0, 3}}, new double[] {0.5, -1, 2});
        Affine second = Affine.of(new double[][] {{2, 0, -1}, {1, 1, 1}}, new double[] {1, -2});
        Affine both = first.then(second);
        assertEquals(2, both.inputs());
        assertEquals(2, both.outputs());
        for (double[] x : new double[][] {{0, 0}, {1, -2}, {3.5, 0.25}}) {
            assertArrayEquals(second.apply(first.apply(x)), both.apply(x), TOLERANCE);
        }
        assertArrayEquals(new double[] {2 * 0.5 - 2 + 1, 0.5 - 1 + 2 - 2}, both.bias(), TOLERANCE);
    }

    @Test
    @DisplayName("the factory copies its arrays and toString shows W and b")
    void immutable() {
        double[][] w = {{1, 2}};
        double[] b = {3};
        Affine a = Affine.of(w, b);
        w[0][0] = 99;
        b[0] = 99;
        assertArrayEquals(new double[] {1 + 2 + 3}, a.apply(1, 1));
        assertEquals("Affine(2 → 1: W=[[1, 2]], b=[3])", a.toString());
    }

    @Test
    @DisplayName("shape errors name both shapes")
    void shapes() {
        Affine a = Affine.of(new double[][] {{1, 2}}, new double[] {3});
        assertEquals("cannot follow a map with 1 outputs by one with 2 inputs (W₁ is 1×2, W₂ is 1×2)",
                assertThrows(IllegalArgumentException.class, () -> a.then(a)).getMessage());
        assertEquals("an affine map needs one bias per row of W, but W has 1 rows and b has 2 entries",
                assertThrows(IllegalArgumentException.class, () -> Affine.of(new double[][] {{1}}, new double[] {1, 2})).getMessage());
        assertEquals("W must be rectangular, but row 0 has 2 entries and row 1 has 1",
                assertThrows(IllegalArgumentException.class, () -> Affine.of(new double[][] {{1, 2}, {3}}, new double[] {1, 2})).getMessage());
    }
}
