package nn.layers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The hand-built staircase network")
class StaircaseTest {
    private static final double MIDPOINT = 1e-6;

    private static double maxError(Network net) {
        double worst = 0;
        for (int i = 0; i <= 400; i++) {
            double x = -Math.PI + 2 * Math.PI * i / 400;
            worst = Math.max(worst, Math.abs(net.predict(x)[0] - Math.sin(x)));
        }
        return worst;
    }

    @Test
    @DisplayName("passes through f at the middle of every stair when the steps are steep")
    void midpoints() {
        Network net = Staircase.of(Math::sin, 0, 4, 4, 1000);
        for (int i = 0; i < 4; i++) {
            double c = 0.5 + i;
            assertEquals(Math.sin(c), net.predict(c)[0], MIDPOINT, "stair " + (i + 1));
        }
        assertEquals("Network[1 → 3 sigmoid → 1 identity]", net.toString());
    }

    @Test
    @DisplayName("approximates sin x on [−π, π] better with more stairs, the error below the largest jump")
    void converges() {
        double e8 = maxError(Staircase.of(Math::sin, -Math.PI, Math.PI, 8, 200));
        double e64 = maxError(Staircase.of(Math::sin, -Math.PI, Math.PI, 64, 2000));
        assertTrue(e64 < e8 / 4, "max error " + e8 + " with 8 stairs, " + e64 + " with 64");
        assertTrue(e64 < 2 * Math.PI / 64, "at most about one stair's rise of sin");
    }

    @Test
    @DisplayName("rejects fewer than 2 stairs and an empty interval")
    void badArguments() {
        assertEquals("a staircase needs at least 2 stairs but got 1",
                assertThrows(IllegalArgumentException.class, () -> Staircase.of(Math::sin, 0, 1, 1, 10)).getMessage());
        assertEquals("a staircase needs lo < hi but got [1.0, 0.0]",
                assertThrows(IllegalArgumentException.class, () -> Staircase.of(Math::sin, 1, 0, 4, 10)).getMessage());
    }
}
