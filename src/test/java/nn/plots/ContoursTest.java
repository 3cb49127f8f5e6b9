package nn.plots;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Contour lines")
class ContoursTest {
    /** Linear interpolation on a grid of step h = 0.025 misplaces a circle of radius 1 by at most about h²/2. */
    static final double GRID = 1e-3;

    @Test
    @DisplayName("of x² + y² at level 1 lie on the unit circle, as segments separated by gaps")
    void circle() {
        double[][] xy = Contours.of((x, y) -> x * x + y * y, -2, 2, -2, 2, 160, 1);
        int points = 0;
        int gaps = 0;
        for (int k = 0; k < xy[0].length; k++) {
            if (Double.isNaN(xy[0][k])) {
                gaps++;
                continue;
            }
            points++;
            assertEquals(1, Math.hypot(xy[0][k], xy[1][k]), GRID);
        }
        assertEquals(2 * gaps, points, "two points per segment");
        assertTrue(gaps > 100, "the circle crosses many cells: " + gaps);
    }

    @Test
    @DisplayName("are drawn in grey under the series of a line chart, without a legend entry")
    void drawn() {
        Figure f = Lines.chart("bowl", "x", "y").contours((x, y) -> x * x + y * y, -2, 2, -2, 2, 1, 2)
                .line("path", new double[] {-1.5, 0}, new double[] {1.5, 0}).figure();
        assertTrue(PlotsTestSupport.contains(f, new Color(0xb0b0b0)));
        assertTrue(PlotsTestSupport.contains(f, DistributionPlots.COLORS[0]));
    }
}
