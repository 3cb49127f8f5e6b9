package nn.plots;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.function.DoubleUnaryOperator;

/**
 * The common look of the function plots: smooth curves without markers, a light grid, and the two
 * axes drawn through the origin (as lecture 000's matplotlib figure moves its spines to zero).
 */
final class Curves {
    private Curves() {
    }

    /** Line colours, in order: the blue, green, orange and red of lecture 000's figure, then more. */
    static final Color[] PALETTE = {new Color(0x1f, 0x77, 0xb4), new Color(0x2c, 0xa0, 0x2c), new Color(0xff, 0x7f, 0x0e),
        new Color(0xd6, 0x27, 0x28), new Color(0x94, 0x67, 0xbd), new Color(0x8c, 0x56, 0x4b), new Color(0xe3, 0x77, 0xc2)};
    static final Color AXIS = new Color(0x33, 0x33, 0x33);
    static final int SAMPLES = 801;

    /** An empty chart with a title, axis titles and the house style; a legend only when asked. */
    static XYChart chart(String title, String xTitle, String yTitle, int width, int height, boolean legend) {
        XYChart c = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        XYStyler s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridLinesColor(new Color(0xe0, 0xe0, 0xe0));
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setLegendVisible(legend);
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setMarkerSize(0);
        s.setXAxisDecimalPattern("0.###").setYAxisDecimalPattern("0.###");
        return c;
    }

    /** n evenly spaced points from {@code from} to {@code to}, both included. */
    static double[] xs(double from, double to) {
        nn.util.Check.argument(from < to && Double.isFinite(from) && Double.isFinite(to),
                "a plot needs a range from < to, but got from %s to %s", from, to);
        nn.util.Check.argument(Math.abs(from) <= 1e12 && Math.abs(to) <= 1e12 && to - from >= 1e-9 * Math.max(1, Math.max(Math.abs(from), Math.abs(to))),
                "a plot needs a range a chart can draw (within ±1e12, wider than a billionth of its size), but got from %s to %s", from, to);
        double[] x = new double[SAMPLES];
        for (int i = 0; i < x.length; i++) {
            x[i] = from + (to - from) * i / (x.length - 1);
        }
        return x;
    }

    static double[] map(double[] xs, DoubleUnaryOperator f) {
        double[] y = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            y[i] = f.applyAsDouble(xs[i]);
        }
        return y;
    }

    /** Adds a smooth curve: a line without markers, solid or dashed. */
    static XYSeries curve(XYChart c, String name, double[] xs, double[] ys, Color color, boolean dashed) {
        return curve(c, name, xs, ys, color, dashed, 2.5f);
    }

    /**
     * The i-th of several curves on one chart: each drawn a little thinner than the one before, so
     * a curve that lies on top of an earlier one (GELU and its approximation) leaves it visible.
     */
    static XYSeries curve(XYChart c, String name, double[] xs, double[] ys, int i) {
        return curve(c, name, xs, ys, PALETTE[i % PALETTE.length], false, Math.max(1.6f, 3.4f - 0.5f * i));
    }

    private static XYSeries curve(XYChart c, String name, double[] xs, double[] ys, Color color, boolean dashed, float width) {
        XYSeries s = c.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(dashed ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        return s;
    }

    /**
     * Fixes the plot window to x in [from, to] and y in the data's range (0 included, 6% margin)
     * and draws the axes y = 0 and x = 0 across it. Call after adding the curves.
     */
    static void axesThroughOrigin(XYChart c, double from, double to, double[]... ys) {
        double lo = 0;
        double hi = 0;
        for (double[] y : ys) {
            for (double v : y) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (hi - lo < 1e-12) { // a constant curve (the step's derivative): show a unit window around it
            lo -= 0.5;
            hi += 0.5;
        }
        double pad = 0.06 * (hi - lo);
        lo -= pad;
        hi += pad;
        c.getStyler().setXAxisMin(from).setXAxisMax(to).setYAxisMin(lo).setYAxisMax(hi);
        axis(c, " y = 0", new double[] {from, to}, new double[] {0, 0});
        if (from <= 0 && to >= 0) {
            axis(c, " x = 0", new double[] {0, 0}, new double[] {lo, hi});
        }
    }

    private static void axis(XYChart c, String name, double[] xs, double[] ys) {
        XYSeries s = c.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(AXIS);
        s.setLineStyle(new BasicStroke(1.2f));
        s.setShowInLegend(false);
    }
}
