package nn.data;

import nn.neurons.BinaryInputs;
import nn.neurons.BooleanFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The data sets")
class DataSetsTest {

    @Nested
    @DisplayName("logic gates")
    class Logic {
        static List<BooleanFunction> functions() {
            return List.of(BooleanFunction.AND, BooleanFunction.OR, BooleanFunction.NAND, BooleanFunction.NOR,
                    BooleanFunction.XOR, BooleanFunction.NOT);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("functions")
        @DisplayName("turn the truth table's 0/1 output into t = 2y − 1")
        void targets(BooleanFunction f) {
            BinaryData d = LogicData.of(f);
            List<int[]> inputs = BinaryInputs.all(f.inputs());
            assertEquals(inputs.size(), d.size());
            for (int i = 0; i < d.size(); i++) {
                assertEquals(2 * f.apply(inputs.get(i)) - 1, d.t(i));
                assertArrayEquals(java.util.Arrays.stream(inputs.get(i)).asDoubleStream().toArray(), d.x(i));
            }
        }

        @Test
        @DisplayName("AND is −1, −1, −1, +1 on 00, 01, 10, 11")
        void and() {
            assertArrayEquals(new int[] {-1, -1, -1, 1}, LogicData.and().targets());
            assertArrayEquals(new int[] {-1, 1, 1, -1}, LogicData.xor().targets());
        }
    }

    @Nested
    @DisplayName("iris")
    class IrisData {
        @Test
        @DisplayName("has 150 flowers, 50 of each species, read from inside the jar")
        void table() {
            Table t = Iris.table();
            assertEquals(150, t.rowCount());
            assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width", "species"), t.columnNames());
            for (String s : Iris.SPECIES) {
                assertEquals(50, t.where(t.stringColumn("species").isEqualTo(s)).rowCount(), s);
            }
            assertEquals(5.1, t.doubleColumn("sepal_length").getDouble(0)); // first row of the file
            assertEquals(1.8, t.doubleColumn("petal_width").getDouble(149)); // last row of the file
        }

        @Test
        @DisplayName("gives a pair of species as ±1 data on the chosen features")
        void pair() {
            BinaryData d = Iris.pair("setosa", "versicolor", "sepal_length", "petal_length");
            assertEquals(100, d.size());
            assertEquals(50, d.count(1));
            assertArrayEquals(new double[] {5.1, 1.4}, d.x(0));
            assertEquals(1, d.t(0));
            assertEquals(-1, d.t(99));
            assertEquals("iris setosa (+1) vs versicolor (−1)", d.name());
        }

        @Test
        @DisplayName("names the species or feature it does not know")
        void errors() {
            assertEquals("iris has no species \"setosaa\"; the species are setosa, versicolor, virginica",
                    assertThrows(IllegalArgumentException.class, () -> Iris.pair("setosaa", "virginica", "sepal_length")).getMessage());
            assertEquals("iris has no feature \"petal\"; the features are sepal_length, sepal_width, petal_length, petal_width",
                    assertThrows(IllegalArgumentException.class, () -> Iris.pair("setosa", "virginica", "petal")).getMessage());
        }
    }

    @Nested
    @DisplayName("separable points")
    class SeparablePoints {
        @ParameterizedTest(name = "margin {0}")
        @ValueSource(doubles = {0.01, 0.1, 0.3, 0.5})
        @DisplayName("are labelled by their line, at least the margin away from it, and balanced")
        void properties(double margin) {
            Separable s = Separable.generate(51, margin, 5);
            BinaryData d = s.data();
            assertEquals(51, d.size());
            assertEquals(26, d.count(1));
            double[] w = s.w();
            assertEquals(1.0, Math.hypot(w[0], w[1]), 1e-12);
            for (int i = 0; i < d.size(); i++) {
                double z = w[0] * d.x(i)[0] + w[1] * d.x(i)[1] + s.b();
                assertEquals(d.t(i), z >= 0 ? 1 : -1);
                assertTrue(Math.abs(z) >= margin);
                assertTrue(Math.abs(d.x(i)[0]) <= 1 && Math.abs(d.x(i)[1]) <= 1);
            }
            assertTrue(s.actualMargin() >= margin);
        }

        @Test
        @DisplayName("are the same for the same seed and differ for another")
        void seeded() {
            assertArrayEquals(Separable.generate(20, 0.1, 9).data().points(), Separable.generate(20, 0.1, 9).data().points());
            assertNotEquals(Separable.generate(20, 0.1, 9).data().x(0)[0], Separable.generate(20, 0.1, 10).data().x(0)[0]);
            assertTrue(Separable.generate(20, 0.1, 9).toString().startsWith("Separable(20 points in [−1, 1]², margin 0.1, seed 9, line "));
        }

        @Test
        @DisplayName("reject a margin outside (0, 0.5] and fewer than two points")
        void errors() {
            assertEquals("the margin of separable data in [−1, 1]² must be in (0, 0.5] but was 0.0",
                    assertThrows(IllegalArgumentException.class, () -> Separable.generate(10, 0, 1)).getMessage());
            assertEquals("separable data needs at least 2 points (one per class) but n = 1",
                    assertThrows(IllegalArgumentException.class, () -> Separable.generate(1, 0.1, 1)).getMessage());
        }
    }
}
