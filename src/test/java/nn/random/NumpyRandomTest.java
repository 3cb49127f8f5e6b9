package nn.random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Expected values were printed by NumPy itself ({@code np.set_printoptions(precision=17)}, legacy
 * {@code np.random.seed} / {@code randn} / {@code rand}); they must match to the last bit.
 */
@DisplayName("The NumPy-compatible generator")
class NumpyRandomTest {
    private static final double EXACT = 0;

    @Test
    @DisplayName("seed 42 gives lecture 000's weights, in NumPy's order")
    void seed42() {
        NumpyRandom r = new NumpyRandom(42);
        assertArrayEquals(new double[][] {
                {0.4967141530112327, -0.13826430117118466, 0.6476885381006925},
                {1.5230298564080254, -0.23415337472333597, -0.23413695694918055},
                {1.5792128155073915, 0.7674347291529088, -0.4694743859349521},
                {0.5425600435859647, -0.46341769281246226, -0.46572975357025687}}, r.randn(4, 3));
        assertArrayEquals(new double[] {0.24196227156603412, -1.913280244657798, -1.7249178325130328, -0.5622875292409727}, r.randn(4), EXACT);
        assertArrayEquals(new double[][] {
                {-1.0128311203344238, 0.3142473325952739, -0.9080240755212109, -1.4123037013352915},
                {1.465648768921554, -0.22577630048653566, 0.06752820468792384, -1.4247481862134568}}, r.randn(2, 4));
        assertArrayEquals(new double[] {-0.5443827245251827, 0.11092258970986608}, r.randn(2), EXACT);
    }

    @Test
    @DisplayName("uniform numbers match np.random.rand")
    void uniform() {
        assertArrayEquals(new double[] {0.3745401188473625, 0.9507143064099162, 0.7319939418114051}, new NumpyRandom(42).rand(3), EXACT);
    }

    @Test
    @DisplayName("other seeds, including the largest, match too")
    void otherSeeds() {
        assertArrayEquals(new double[] {1.764052345967664, 0.4001572083672233, 0.9787379841057392, 2.240893199201458, 1.8675579901499675},
                new NumpyRandom(0).randn(5), EXACT);
        assertArrayEquals(new double[] {0.6484086742306527, 0.6693235306338161, -1.0805437227474493},
                new NumpyRandom(4294967295L).randn(3), EXACT);
    }

    @Test
    @DisplayName("a seed outside NumPy's range is refused with the value")
    void badSeed() {
        assertEquals("a NumPy seed must be between 0 and 2^32 - 1 but was -1",
                assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(-1)).getMessage());
        assertEquals("NumpyRandom(seed=42)", new NumpyRandom(42).toString());
    }
}
