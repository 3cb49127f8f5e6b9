package nn.data;

import nn.random.NumpyRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("Shuffles and sampled functions")
class ShuffleAndSamplesTest {
    @Test
    @DisplayName("a permutation holds every row once, depends on the seed only, and differs from the identity")
    void permutation() {
        int[] p = Shuffle.permutation(50, new NumpyRandom(3));
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        assertArrayEquals(java.util.stream.IntStream.range(0, 50).toArray(), sorted);
        assertArrayEquals(p, Shuffle.permutation(50, new NumpyRandom(3)));
        assertFalse(Arrays.equals(sorted, p));
    }

    @Test
    @DisplayName("Samples.ofFunction samples f at evenly spaced points including both ends, and inputs()/targets() copy them")
    void ofFunction() {
        Samples s = Samples.ofFunction("square", x -> x * x, -1, 1, 5);
        assertEquals(5, s.size());
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1}, Arrays.stream(s.inputs()).mapToDouble(r -> r[0]).toArray());
        assertArrayEquals(new double[] {1, 0.25, 0, 0.25, 1}, Arrays.stream(s.targets()).mapToDouble(r -> r[0]).toArray());
        s.inputs()[0][0] = 99;
        assertEquals(-1, s.input(0)[0], "inputs() returns copies");
        assertEquals("square needs at least 2 points on an interval lo < hi but got 1 points on [0.0, 1.0]",
                assertThrows(IllegalArgumentException.class, () -> Samples.ofFunction("square", x -> x, 0, 1, 1)).getMessage());
    }

    @Test
    @DisplayName("an example that does not exist is named with the examples there are")
    void exampleOutOfRange() {
        Samples xor = Toy2D.xor();
        assertEquals("XOR has examples 0 to 3, there is no example 4",
                assertThrows(IllegalArgumentException.class, () -> xor.input(4)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> xor.target(-1));
        assertThrows(IllegalArgumentException.class, () -> xor.label(7));
        assertEquals("AND has points 0 to 3, there is no point -1",
                assertThrows(IllegalArgumentException.class, () -> LogicData.and().x(-1)).getMessage());
    }
}
