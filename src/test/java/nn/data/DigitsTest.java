package nn.data;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The digits data")
class DigitsTest {
    static final Digits DIGITS = Digits.load();
    static final String HEADER = String.join(",", IntStream.range(0, 64).mapToObj(i -> "p" + i).toArray(String[]::new)) + ",digit";

    @Test
    @DisplayName("has 1797 images of 64 pixels 0–16 and about 180 of each digit")
    void shape() {
        assertEquals(1797, DIGITS.size());
        double[][] x = DIGITS.pixels();
        assertTrue(Arrays.stream(x).allMatch(row -> row.length == 64));
        assertEquals(0, Arrays.stream(x).flatMapToDouble(Arrays::stream).min().orElseThrow());
        assertEquals(16, Arrays.stream(x).flatMapToDouble(Arrays::stream).max().orElseThrow());
        int[] counts = DIGITS.counts();
        assertEquals(1797, IntStream.of(counts).sum());
        assertTrue(IntStream.of(counts).allMatch(c -> c >= 174 && c <= 183), Arrays.toString(counts));
        assertEquals("Digits(1797 images of 8×8 pixels 0–16, labels 0–9)", DIGITS.toString());
    }

    @Test
    @DisplayName("reads the first row of the file as it stands (a 0)")
    void firstRow() {
        assertEquals(0, DIGITS.label(0));
        assertArrayEquals(new double[] {0, 0, 5, 13, 9, 1, 0, 0}, DIGITS.image(0)[0]);
        assertArrayEquals(new double[] {0, 0, 13, 15, 10, 15, 5, 0}, DIGITS.image(0)[1]);
    }

    @Test
    @DisplayName("image(i) is pixels(i) cut into 8 rows of 8")
    void imageIsPixelsByRow() {
        double[] p = DIGITS.pixels(100);
        double[][] img = DIGITS.image(100);
        for (int r = 0; r < 8; r++) {
            assertArrayEquals(Arrays.copyOfRange(p, 8 * r, 8 * r + 8), img[r]);
        }
    }

    @Test
    @DisplayName("hands out copies, so a notebook cannot change the data set")
    void copies() {
        DIGITS.pixels(0)[2] = 99;
        DIGITS.pixels()[0][2] = 99;
        DIGITS.labels()[0] = 9;
        assertEquals(5, DIGITS.pixels(0)[2]);
        assertEquals(0, DIGITS.label(0));
    }

    @Test
    @DisplayName("names a bad index or a bad row of the file")
    void errors() {
        assertEquals("the digits have images 0 to 1796, not 1797",
                assertThrows(IllegalArgumentException.class, () -> DIGITS.image(1797)).getMessage());
        String row = "0,".repeat(63) + "17,3";
        assertEquals("digits row 1 has pixel p63 = 17 outside 0–16",
                assertThrows(IllegalArgumentException.class, () -> Digits.parse(new BufferedReader(new StringReader(HEADER + "\n" + row)))).getMessage());
        assertEquals("digits row 1 has 3 values instead of 65",
                assertThrows(IllegalArgumentException.class, () -> Digits.parse(new BufferedReader(new StringReader(HEADER + "\n1,2,3")))).getMessage());
    }
}
