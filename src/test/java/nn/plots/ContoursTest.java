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
    @DisplayName("of x² + y² at level 1 lie on the unit circle, joined into one closed line")
    void circle() {
        double[][] xy = Contours.of((x, y) -> x * x + y * y, -2, 2, -2, 2, 160, 1);
        int n = xy[0].length;
        for (int k = 0; k < n - 1; k++) {
            assertEquals(1, Math.hypot(xy[0][k], xy[1][k]), GRID);
        }
        assertTrue(Double.isNaN(xy[0][n - 1]) && Double.isNaN(xy[1][n - 1]), "a line ends with a gap");
        assertTrue(n > 100, "the circle crosses many cells: " + n);
        assertEquals(xy[0][0], xy[0][n - 2], "it closes where it starts");
        assertEquals(xy[1][0], xy[1][n - 2]);
    }

    @Test
    @DisplayName("of x·y at level 0 are two lines along the axes, each from edge to edge, through the saddle cell")
    void saddle() {
        double[][] xy = Contours.of((x, y) -> x * y, -1, 1.3, -1, 1.3, 9, 0);
        int gaps = 0, points = 0;
        for (int k = 0; k < xy[0].length; k++) {
            if (Double.isNaN(xy[0][k])) {
                gaps++;
            } else {
                points++;
                assertTrue(Math.abs(xy[0][k]) < 1e-12 || Math.abs(xy[1][k]) < 1e-12, "on an axis: " + xy[0][k] + ", " + xy[1][k]);
            }
        }
        assertEquals(2, gaps, "two lines");
        assertEquals(2 * 9 + 2, points, "each crosses 9 cells: 10 points, its two crossings in the saddle cell joined to each other");
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
