package nn.plots;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Distribution plots, images and line charts")
class DistributionPlotsTest {
    static final double[] SAMPLE = {-0.95, -0.5, -0.1, 0, 0.05, 0.3, 0.31, 0.9};

    @Nested
    @DisplayName("histograms")
    class Histograms {
        @Test
        @DisplayName("give each bin its percentage of the values, the largest value in the last bin")
        void shares() {
            assertArrayEquals(new double[] {50, 50}, DistributionPlots.shares(new double[] {0, 0.1, 0.9, 1}, 2, 0, 1), 1e-12);
            assertArrayEquals(new double[] {25, 0, 75}, DistributionPlots.shares(new double[] {0, 3, 2.5, 2.1}, 3, 0, 3), 1e-12);
        }

        @Test
        @DisplayName("span a range rounded outwards, so the axis has round ticks")
        void range() {
            assertArrayEquals(new double[] {-1, 1}, DistributionPlots.range(new double[][] {{-0.999, 0.2}, {0.998}}), 1e-12);
            assertArrayEquals(new double[] {1.5, 2.5}, DistributionPlots.range(new double[][] {{2, 2}}), 1e-12);
        }

        @Test
        @DisplayName("render as a chart with its bars in the first series colour")
        void single() {
            Figure f = DistributionPlots.histogram("activations", "a", SAMPLE, 10);
            assertEquals("Figure(\"activations\", 520×380)", f.toString());
            assertTrue(PlotsTestSupport.contains(f, DistributionPlots.COLORS[0]));
        }

        @Test
        @DisplayName("as small multiples put one panel per array in a grid under one title")
        void smallMultiples() {
            double[][] values = new double[7][];
            String[] names = new String[7];
            for (int i = 0; i < 7; i++) {
                values[i] = SAMPLE;
                names[i] = "layer " + (i + 1);
            }
            Figure f = DistributionPlots.histograms("tanh", "a", names, values, 20, 4);
            assertEquals(4 * 300, f.getWidth());
            assertEquals(34 + 2 * 250, f.getHeight());
            assertEquals("Figure(\"tanh\", 1200×534)", f.toString()); // two rows of 250 under the 34-pixel heading
            assertEquals("histograms got 2 names for 1 arrays of values",
                    assertThrows(IllegalArgumentException.class, () -> DistributionPlots.histograms("t", "a", new String[] {"one", "two"}, new double[][] {SAMPLE}, 5, 2)).getMessage());
        }

        @Test
        @DisplayName("refuses NaN values and a bin count of 0")
        void errors() {
            assertEquals("histogram values[1] must be a finite number but was NaN (histogram values = [0.0, NaN])",
                    assertThrows(IllegalArgumentException.class, () -> DistributionPlots.histogram("t", "a", new double[] {0, Double.NaN}, 5)).getMessage());
            assertEquals("a histogram needs between 1 and 1000 bins but got 0",
                    assertThrows(IllegalArgumentException.class, () -> DistributionPlots.histogram("t", "a", SAMPLE, 0)).getMessage());
        }
    }

    @Test
    @DisplayName("per-layer curves draw one coloured line per name and refuse 0 on a log axis")
    void perLayer() {
        Figure f = DistributionPlots.perLayer("std of activations", "std", new String[] {"Xavier", "He"},
                new double[][] {{1, 0.9, 0.8}, {1, 1, 1}}, true);
        assertTrue(PlotsTestSupport.contains(f, DistributionPlots.COLORS[0]) && PlotsTestSupport.contains(f, DistributionPlots.COLORS[1]));
        assertEquals("perLayer: curve He has 0 at layer 2, which a logarithmic axis cannot show",
                assertThrows(IllegalArgumentException.class, () -> DistributionPlots.perLayer("t", "std", new String[] {"He"},
                        new double[][] {{1, 0}}, true)).getMessage());
    }

    @Nested
    @DisplayName("images")
    class ImageTests {
        @Test
        @DisplayName("draw pixel value 16 black and 0 white, row by row, under their captions")
        void digitGreys() {
            double[] a = new double[64];
            a[0] = 16; // row 0, column 0
            a[9] = 8;  // row 1, column 1
            Figure f = Images.digits("two digits", new double[][] {a, new double[64]}, new String[] {"1", "0"}, 2);
            int x0 = 10;
            int y0 = 30 + 10 + 18; // title, gap, caption
            assertEquals(Color.BLACK.getRGB(), f.image().getRGB(x0 + 5, y0 + 5));
            assertEquals(Color.WHITE.getRGB(), f.image().getRGB(x0 + 15, y0 + 5));
            assertEquals(new Color(128, 128, 128).getRGB(), f.image().getRGB(x0 + 15, y0 + 15), "8 of 16 is mid grey, 255 · (1 − 8/16) rounded");
            assertEquals("Figure(\"two digits\", 190×148)", f.toString());
        }

        @Test
        @DisplayName("show the misclassified images only, or say that there are none")
        void misclassified() {
            double[][] pixels = new double[5][64];
            Figure two = Images.misclassified("errors", pixels, new int[] {1, 2, 3, 4, 5}, new int[] {1, 7, 3, 9, 5}, 10, 5);
            Figure single = Images.digits("errors", new double[][] {pixels[0], pixels[0]}, new String[] {"2 → 7", "4 → 9"}, 5);
            assertEquals(single.getWidth(), two.getWidth());
            assertEquals(single.getHeight(), two.getHeight());
            Figure none = Images.misclassified("errors", pixels, new int[5], new int[5], 10, 5);
            assertEquals("Figure(\"errors\", 360×60)", none.toString());
            assertEquals("misclassified needs one label and one prediction per image but got 5 images, 4 labels and 5 predictions",
                    assertThrows(IllegalArgumentException.class, () -> Images.misclassified("e", pixels, new int[4], new int[5], 3, 3)).getMessage());
        }

        @Test
        @DisplayName("draw a single digit large")
        void single() {
            Figure f = Images.digit(new double[64], "0");
            assertTrue(f.getWidth() >= 8 * 24, f.toString());
        }

        @Test
        @DisplayName("draw weights blue where positive and red where negative, as a network diagram draws them")
        void weights() {
            double[] w = new double[16];
            w[0] = 2;
            w[1] = -2;
            Figure f = Images.weights("W", new double[][] {w, w}, 2);
            int y = 30 + 10 + 18 + 2;
            assertEquals(Plots.ON.getRGB(), f.image().getRGB(10 + 2, y));
            assertEquals(Plots.OFF.getRGB(), f.image().getRGB(10 + 16 + 2, y));
        }

        @Test
        @DisplayName("draw a confusion matrix as a heat map, each cell shaded by its share of the row")
        void confusion() {
            var m = nn.metrics.ConfusionMatrix.of(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 0}, 2);
            Figure f = Images.confusion("errors", m);
            assertEquals("Figure(\"errors\", 158×164)", f.toString());
            int left = 70, top = 76, box = 34;
            assertEquals(Plots.ON.getRGB(), f.image().getRGB(left + 3, top + 3), "row 0 is all right: the darkest blue");
            assertEquals(Images.shade(0.5).getRGB(), f.image().getRGB(left + 3, top + box + 3), "row 1: half of it in each cell");
            assertEquals(Color.WHITE.getRGB(), f.image().getRGB(left + box + 3, top + 3), "no example of 0 was read as 1");
            assertEquals("Images.confusion needs a confusion matrix, not null",
                    assertThrows(IllegalArgumentException.class, () -> Images.confusion("t", null)).getMessage());
        }

        @Test
        @DisplayName("refuse images that are not square or do not match their captions")
        void errors() {
            assertEquals("image 1 has 10 pixels, but every image must be square with as many pixels as the first (8×8)",
                    assertThrows(IllegalArgumentException.class, () -> Images.digits("t", new double[][] {new double[64], new double[10]},
                            new String[] {"a", "b"}, 2)).getMessage());
            assertEquals("an image grid got 1 images but 2 captions",
                    assertThrows(IllegalArgumentException.class, () -> Images.digits("t", new double[][] {new double[64]},
                            new String[] {"a", "b"}, 2)).getMessage());
        }
    }

    @Nested
    @DisplayName("line charts")
    class LineTests {
        @Test
        @DisplayName("draw each series in its own colour")
        void lines() {
            Lines chart = Lines.chart("fit", "x", "y").function("sin x", Math::sin, -3, 3).points("data", new double[] {0, 1}, new double[] {0, 0.8});
            assertEquals("Lines(\"fit\", 2 series)", chart.toString());
            Figure f = chart.size(400, 300).figure();
            assertEquals("Figure(\"fit\", 400×300)", f.toString());
            assertTrue(PlotsTestSupport.contains(f, DistributionPlots.COLORS[0]) && PlotsTestSupport.contains(f, DistributionPlots.COLORS[1]));
        }

        @Test
        @DisplayName("with equal axis scales draw a circle round")
        void equalAxes() {
            double[] x = new double[201], y = new double[201];
            for (int i = 0; i < x.length; i++) {
                x[i] = 3 + Math.cos(2 * Math.PI * i / 200);
                y[i] = Math.sin(2 * Math.PI * i / 200);
            }
            Figure f = Lines.chart("circle", "x", "y").line("circle", x, y).points("far", new double[] {0, 6}, new double[] {0, 0})
                    .size(700, 300).noLegend().equalAxes().figure();
            int[] box = extent(f, DistributionPlots.COLORS[0]);
            double width = box[2] - box[0], height = box[3] - box[1];
            assertTrue(Math.abs(width / height - 1) < 0.04, "the circle is " + width + " × " + height + " pixels");
            assertEquals("chart c cannot have equal axis scales on a logarithmic axis",
                    assertThrows(IllegalArgumentException.class, () -> Lines.chart("c", "x", "y").line("a", x, y).logY().equalAxes().figure()).getMessage());
        }

        /** The smallest box {x0, y0, x1, y1} around the pixels of a colour. */
        private int[] extent(Figure f, Color c) {
            int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
            for (int py = 0; py < f.getHeight(); py++) {
                for (int px = 0; px < f.getWidth(); px++) {
                    if ((f.image().getRGB(px, py) & 0xffffff) == (c.getRGB() & 0xffffff)) {
                        box[0] = Math.min(box[0], px);
                        box[1] = Math.min(box[1], py);
                        box[2] = Math.max(box[2], px);
                        box[3] = Math.max(box[3], py);
                    }
                }
            }
            return box;
        }

        @Test
        @DisplayName("refuse an empty chart, a repeated name and a point a log axis cannot show")
        void errors() {
            assertEquals("chart t has no series yet; add one with line, function or points",
                    assertThrows(IllegalArgumentException.class, () -> Lines.chart("t", "x", "y").figure()).getMessage());
            assertEquals("chart t already has a series named a",
                    assertThrows(IllegalArgumentException.class, () -> Lines.chart("t", "x", "y").line("a", new double[] {1}).line("a", new double[] {2})).getMessage());
            assertEquals("series loss has the point (2.0, 0.0), which a logarithmic axis cannot show",
                    assertThrows(IllegalArgumentException.class, () -> Lines.chart("t", "x", "y").line("loss", new double[] {1, 0}).logY().figure()).getMessage());
        }
    }

    @Test
    @DisplayName("a grid of figures paints each panel in its cell under the title")
    void grid() {
        Figure red = Figure.draw(50, 40, "r", g -> {
            g.setColor(Color.RED);
            g.fillRect(0, 0, 50, 40);
        });
        Figure small = Figure.draw(20, 20, "s", g -> { });
        Figure f = Figure.tiles("three", 2, List.of(red, small, red));
        assertEquals("Figure(\"three\", 100×114)", f.toString());
        assertEquals(Color.RED.getRGB(), f.image().getRGB(25, 34 + 20));
        assertEquals(Color.RED.getRGB(), f.image().getRGB(25, 34 + 40 + 20));
        assertEquals(Color.WHITE.getRGB(), f.image().getRGB(75, 34 + 40 + 20));
        assertEquals("a grid of figures needs at least one column but got 0",
                assertThrows(IllegalArgumentException.class, () -> Figure.tiles("t", 0, List.of(red))).getMessage());
    }
}
