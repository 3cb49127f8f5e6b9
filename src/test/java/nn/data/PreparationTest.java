package nn.data;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Preparing data")
class PreparationTest {
    static final double ROUNDING = 1e-12;

    @Nested
    @DisplayName("a seeded split")
    class Splits {
        @Test
        @DisplayName("puts every row in exactly one part, in the sizes asked for")
        void partition() {
            Split s = Split.of(1797, 0.2, 0.3, 42);
            assertEquals(359, s.validationRows().length);
            assertEquals(539, s.testRows().length);
            assertEquals(1797 - 359 - 539, s.trainRows().length);
            int[] all = IntStream.concat(IntStream.concat(IntStream.of(s.trainRows()), IntStream.of(s.validationRows())), IntStream.of(s.testRows()))
                    .sorted().toArray();
            assertArrayEquals(IntStream.range(0, 1797).toArray(), all);
            assertEquals("Split(train 899, validation 359, test 539 of 1797 rows, seed=42)", s.toString());
        }

        @Test
        @DisplayName("is the same for the same seed and different for another")
        void seeded() {
            assertArrayEquals(Split.trainTest(100, 0.25, 1).testRows(), Split.trainTest(100, 0.25, 1).testRows());
            assertFalse(Arrays.equals(Split.trainTest(100, 0.25, 1).testRows(), Split.trainTest(100, 0.25, 2).testRows()));
            assertEquals(0, Split.trainTest(100, 0.25, 1).validationRows().length);
        }

        @Test
        @DisplayName("when stratified keeps each digit's share in every part")
        void stratified() {
            int[] y = Digits.load().labels();
            Split s = Split.stratified(y, 0.2, 0.2, 42);
            int[] all = new int[10];
            int[] test = new int[10];
            for (int label : y) {
                all[label]++;
            }
            for (int label : s.test(y)) {
                test[label]++;
            }
            for (int d = 0; d < 10; d++) {
                assertEquals(0.2 * all[d], test[d], 0.5 + 1e-9, "digit " + d);
            }
            assertTrue(s.toString().startsWith("Split(stratified, "));
        }

        @Test
        @DisplayName("selects the rows of x and y that belong together")
        void selects() {
            double[][] x = IntStream.range(0, 10).mapToObj(i -> new double[] {i, 10 * i}).toArray(double[][]::new);
            int[] y = IntStream.range(0, 10).map(i -> 100 + i).toArray();
            Split s = Split.of(10, 0.2, 0.2, 5);
            double[][] xTest = s.test(x);
            int[] yTest = s.test(y);
            for (int i = 0; i < xTest.length; i++) {
                assertEquals(s.testRows()[i], (int) xTest[i][0]);
                assertEquals(100 + s.testRows()[i], yTest[i]);
            }
            xTest[0][0] = -1;
            assertEquals(s.testRows()[0], (int) x[s.testRows()[0]][0], "selected rows are copies");
        }

        @Test
        @DisplayName("refuses fractions that leave nothing to train on, and data of another length")
        void errors() {
            assertEquals("a split needs validation and test fractions ≥ 0 that leave rows for training, but got validation 0.5 and test 0.5",
                    assertThrows(IllegalArgumentException.class, () -> Split.of(10, 0.5, 0.5, 1)).getMessage());
            assertEquals("this split is of 10 rows but the data has 9",
                    assertThrows(IllegalArgumentException.class, () -> Split.trainTest(10, 0.2, 1).train(new double[9][2])).getMessage());
        }
    }

    @Nested
    @DisplayName("standardisation")
    class Standardisation {
        final double[][] train = {{1, 10, 5}, {2, 20, 5}, {3, 60, 5}};

        @Test
        @DisplayName("gives every training feature mean 0 and standard deviation 1")
        void meanZeroStdOne() {
            double[][] z = Standardizer.fit(train).transform(train);
            for (int j = 0; j < 2; j++) {
                final int col = j;
                double mean = Arrays.stream(z).mapToDouble(r -> r[col]).average().orElseThrow();
                double var = Arrays.stream(z).mapToDouble(r -> r[col] * r[col]).average().orElseThrow() - mean * mean;
                assertEquals(0, mean, ROUNDING);
                assertEquals(1, var, ROUNDING);
            }
        }

        @Test
        @DisplayName("applies the training μ and σ to test data unchanged")
        void appliesTrainingStatistics() {
            Standardizer s = Standardizer.fit(train);
            double[] z = s.transform(new double[] {2, 30, 7});
            assertEquals(0, z[0], ROUNDING);
            assertEquals((30 - 30) / Math.sqrt((400 + 100 + 900) / 3.0), z[1], ROUNDING);
            assertArrayEquals(new double[] {2, 30, 7}, s.inverse(z), ROUNDING);
        }

        @Test
        @DisplayName("only centres a feature that is constant in training, and says so")
        void constantFeature() {
            Standardizer s = Standardizer.fit(train);
            assertArrayEquals(new int[] {2}, s.constantFeatures());
            assertEquals(0, s.stds()[2]);
            assertEquals(2, s.transform(new double[] {1, 1, 7})[2], ROUNDING);
            assertEquals("Standardizer(3 features, fitted on training data, μ=[2, 30, 5], σ=[0.816497, 21.6025, 0]; 1 constant feature only centred: [2])",
                    s.toString());
        }

        @Test
        @DisplayName("finds the digits' always-white corner pixels constant")
        void digits() {
            Standardizer s = Standardizer.fit(Digits.load().pixels());
            assertTrue(IntStream.of(s.constantFeatures()).anyMatch(j -> j == 0), "pixel p0 is 0 in every image");
            assertTrue(Arrays.stream(s.transform(Digits.load().pixels())).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite));
        }

        @Test
        @DisplayName("refuses a row of another width")
        void errors() {
            assertEquals("this standardizer was fitted on 3 features but got a row of 2",
                    assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(train).transform(new double[2])).getMessage());
        }
    }

    @Nested
    @DisplayName("one-hot encoding")
    class OneHotTests {
        @Test
        @DisplayName("turns label k into e_k, and argmax turns it back")
        void roundTrip() {
            assertArrayEquals(new double[] {0, 0, 1, 0}, OneHot.encode(2, 4));
            int[] labels = {3, 0, 9, 9, 1};
            assertArrayEquals(labels, OneHot.argmax(OneHot.encode(labels, 10)));
            assertEquals(1, OneHot.argmax(new double[] {0.1, 0.5, 0.5}), "the first of equal maxima");
        }

        @Test
        @DisplayName("refuses a label outside the classes and a NaN score")
        void errors() {
            assertEquals("label 10 is not one of the classes 0 to 9",
                    assertThrows(IllegalArgumentException.class, () -> OneHot.encode(10, 10)).getMessage());
            assertEquals("argmax got NaN at index 0",
                    assertThrows(IllegalArgumentException.class, () -> OneHot.argmax(new double[] {Double.NaN, 1})).getMessage());
        }
    }
}
