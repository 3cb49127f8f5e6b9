package nn.data;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("Two-class data")
class BinaryDataTest {
    static final double[][] X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};

    @Test
    @DisplayName("keeps copies of its points and targets")
    void copies() {
        double[][] x = {{1, 2}, {3, 4}};
        int[] t = {1, -1};
        BinaryData d = BinaryData.of("d", x, t);
        x[0][0] = 99;
        t[1] = 1;
        d.x(1)[0] = 99;
        d.points()[0][1] = 99;
        assertArrayEquals(new double[] {1, 2}, d.x(0));
        assertArrayEquals(new double[] {3, 4}, d.x(1));
        assertArrayEquals(new int[] {1, -1}, d.targets());
    }

    @Test
    @DisplayName("reads like what it is, and shows as a table")
    void readable() {
        BinaryData d = BinaryData.of("AND", X, new int[] {-1, -1, -1, 1});
        assertEquals("BinaryData(AND: 4 points in 2-D (x₁, x₂), 1 with t = +1, 3 with t = −1)", d.toString());
        Table t = d.table();
        assertEquals(4, t.rowCount());
        assertEquals(java.util.List.of("x₁", "x₂", "t"), t.columnNames());
        assertArrayEquals(new int[] {1, 1, 1, -1}, d.flipped().targets());
    }

    @Nested
    @DisplayName("fails with a clear message on")
    class Errors {
        @Test
        @DisplayName("a label that is not ±1, naming the value and the row")
        void badLabel() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> BinaryData.of("AND", X, new int[] {-1, -1, 0, 1}));
            assertEquals("data set AND: target t = 0 in row 2 (x = [1, 0]) is not −1 or +1", e.getMessage());
        }

        @Test
        @DisplayName("a number of targets different from the number of points")
        void lengths() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> BinaryData.of("AND", X, new int[] {-1, -1, 1}));
            assertEquals("data set AND has 4 points in x but 3 targets in t; every point needs exactly one target", e.getMessage());
        }

        @Test
        @DisplayName("empty data")
        void empty() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> BinaryData.of("nothing", new double[0][], new int[0]));
            assertEquals("data set nothing is empty: it needs at least one point (x has 0 rows)", e.getMessage());
        }

        @Test
        @DisplayName("a NaN feature, naming the feature and the row")
        void nan() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> BinaryData.of("d", new double[][] {{1, 2}, {Double.NaN, 0}}, new int[] {1, -1}));
            assertEquals("data set d: feature x₁ of row 1 is NaN (x = [NaN, 0.0]); features must be finite numbers", e.getMessage());
        }

        @Test
        @DisplayName("rows of different lengths")
        void ragged() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> BinaryData.of("d", new double[][] {{1, 2}, {3}}, new int[] {1, -1}));
            assertEquals("data set d: row 1 has 1 features but there are 2 (x₁, x₂)", e.getMessage());
        }
    }
}
