package nn.random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Expected values were made once by PyTorch 2.15 itself (src/test/resources/nn/random/
 * make_torch_values.py, with the command in its docstring) and are compared bit for bit (the
 * portable kernel to one unit in the last place, see {@link #assertBits}).
 */
@DisplayName("The PyTorch-compatible generator")
class TorchRandomTest {
    private static final Map<String, float[]> TORCH = load();

    private static Map<String, float[]> load() {
        Map<String, float[]> values = new HashMap<>();
        try (var in = new BufferedReader(new InputStreamReader(
                TorchRandomTest.class.getResourceAsStream("torch-values.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.trim().split(" ");
                float[] v = new float[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    v[i - 1] = Float.intBitsToFloat(Integer.parseUnsignedInt(parts[i], 16));
                }
                values.put(parts[0], v);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    private static String prefix(TorchRandom.Kernel kernel) {
        return kernel == TorchRandom.Kernel.AVX ? "avx." : "portable.";
    }

    /**
     * Bit for bit with the AVX kernel. The portable kernel calls the C library's logf, cosf and
     * sinf, which glibc rounds to within one unit in the last place but not always to the nearest
     * float, while Java's are correctly rounded: there the values may differ by one unit in the
     * last place (2 of the 145 normal numbers of lecture 000 and seeds 0 and 123456789012 do), and no more.
     */
    private static void assertBits(String name, float[] expected, float[] actual) {
        assertEquals(expected.length, actual.length, name + ": length");
        for (int i = 0; i < expected.length; i++) {
            if (name.startsWith("portable.")) {
                assertEquals(expected[i], actual[i], Math.ulp(expected[i]), name + "[" + i + "]");
                continue;
            }
            assertEquals(Integer.toHexString(Float.floatToIntBits(expected[i])), Integer.toHexString(Float.floatToIntBits(actual[i])),
                    name + "[" + i + "] should be " + expected[i] + " but is " + actual[i]);
        }
    }

    private static float[] flat(float[][] m) {
        int n = 0;
        for (float[] row : m) {
            n += row.length;
        }
        float[] v = new float[n];
        int k = 0;
        for (float[] row : m) {
            for (float x : row) {
                v[k++] = x;
            }
        }
        return v;
    }

    @ParameterizedTest(name = "{0} kernel")
    @EnumSource(TorchRandom.Kernel.class)
    @DisplayName("seed 42 gives lecture 000's W1 (4×10, the vectorised path), b1, W2 and b2 (the scalar path)")
    void lecture000(TorchRandom.Kernel kernel) {
        TorchRandom r = new TorchRandom(42, kernel);
        String p = prefix(kernel);
        assertBits(p + "lecture.W1", TORCH.get(p + "lecture.W1"), flat(r.randn(4, 10)));
        assertBits(p + "lecture.b1", TORCH.get(p + "lecture.b1"), r.randn(4));
        assertBits(p + "lecture.W2", TORCH.get(p + "lecture.W2"), flat(r.randn(2, 4)));
        assertBits(p + "lecture.b2", TORCH.get(p + "lecture.b2"), r.randn(2));
    }

    @ParameterizedTest(name = "{0} kernel")
    @EnumSource(TorchRandom.Kernel.class)
    @DisplayName("both normal paths match: 16 numbers, 17 (the last 16 redrawn), 3 (a pair's second kept), 1 (the kept one), 33, 5")
    void bothPaths(TorchRandom.Kernel kernel) {
        TorchRandom r = new TorchRandom(0, kernel);
        String p = prefix(kernel);
        for (int n : new int[] {16, 17, 3, 1}) {
            assertBits(p + "seed0.randn" + n, TORCH.get(p + "seed0.randn" + n), r.randn(n));
        }
        assertBits(p + "seed0.randn33", TORCH.get(p + "seed0.randn33"), flat(r.randn(3, 11)));
        assertBits(p + "seed0.randn5", TORCH.get(p + "seed0.randn5"), r.randn(5));
    }

    @ParameterizedTest(name = "{0} kernel")
    @EnumSource(TorchRandom.Kernel.class)
    @DisplayName("a seed above 2³² is cut to its low 32 bits, as manual_seed does")
    void bigSeed(TorchRandom.Kernel kernel) {
        TorchRandom r = new TorchRandom(123456789012L, kernel);
        String p = prefix(kernel);
        assertBits(p + "seedbig.randn6", TORCH.get(p + "seedbig.randn6"), r.randn(6));
        assertBits(p + "seedbig.randn20", TORCH.get(p + "seedbig.randn20"), r.randn(20));
    }

    @ParameterizedTest(name = "{0} kernel")
    @EnumSource(TorchRandom.Kernel.class)
    @DisplayName("uniform_ reproduces nn.Linear's default initialisation U(−1/√in, 1/√in)")
    void linearInit(TorchRandom.Kernel kernel) {
        TorchRandom r = new TorchRandom(7, kernel);
        String p = prefix(kernel);
        for (int[] layer : new int[][] {{4, 8, 1}, {8, 1, 2}}) {
            int in = layer[0], out = layer[1];
            double weightBound = Math.sqrt(3.0) * (Math.sqrt(2.0 / (1 + 5)) / Math.sqrt(in)); // kaiming_uniform_(a=√5)
            double biasBound = 1 / Math.sqrt(in);
            assertBits(p + "linear.fc" + layer[2] + ".weight", TORCH.get(p + "linear.fc" + layer[2] + ".weight"), r.uniform(out * in, -weightBound, weightBound));
            assertBits(p + "linear.fc" + layer[2] + ".bias", TORCH.get(p + "linear.fc" + layer[2] + ".bias"), r.uniform(out, -biasBound, biasBound));
        }
    }

    @Test
    @DisplayName("refuses a negative length and says so; prints its seed")
    void errorsAndPrinting() {
        assertEquals("randn needs a non-negative length but got -1",
                assertThrows(IllegalArgumentException.class, () -> new TorchRandom(1).randn(-1)).getMessage());
        assertEquals("TorchRandom(seed=42)", new TorchRandom(42).toString());
        assertEquals("TorchRandom(seed=42, kernel=PORTABLE)", new TorchRandom(42, TorchRandom.Kernel.PORTABLE).toString());
    }
}
