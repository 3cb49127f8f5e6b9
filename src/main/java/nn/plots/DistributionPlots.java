package nn.plots;

import nn.util.Check;
import nn.util.Fmt;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * How values are spread: histograms (one, or one per layer as small multiples on a shared scale,
 * as in Glorot and Bengio's figures) and curves of a statistic layer by layer (e.g. the standard
 * deviation of activations or gradients through a deep network, one curve per initialiser).
 */
public final class DistributionPlots {
    /** Series colours (matplotlib's tab10), the same order in every figure. */
    static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    private DistributionPlots() {
    }

    /** A histogram of {@code values} in {@code bins} equal bins from their minimum to their maximum; bar height is the percentage of values. */
    public static Figure histogram(String title, String xLabel, double[] values, int bins) {
        Check.given("DistributionPlots.histogram", "title", title, "xLabel", xLabel, "values", values);
        double[] range = range(new double[][] {values});
        return Figure.of(histogramChart(title, xLabel, values, bins, range[0], range[1], Double.NaN, COLORS[0], 520, 380));
    }

    /**
     * Small multiples: one histogram per array, side by side ({@code columns} to a row), all with
     * the same bins (over the range of all values) and the same vertical scale, so the panels
     * compare at a glance; the panel titles are {@code names}.
     */
    public static Figure histograms(String title, String xLabel, String[] names, double[][] values, int bins, int columns) {
        Check.given("DistributionPlots.histograms", "title", title, "xLabel", xLabel, "names", names, "values", values);
        Check.argument(names.length == values.length, "histograms got %d names for %d arrays of values", names.length, values.length);
        Check.argument(values.length >= 1, "histograms needs at least one array of values");
        double[] range = range(values);
        double top = 0;
        for (double[] v : values) {
            for (double share : shares(v, bins, range[0], range[1])) {
                top = Math.max(top, share);
            }
        }
        List<Figure> panels = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            panels.add(Figure.of(histogramChart(names[i], xLabel, values[i], bins, range[0], range[1], top * 1.05, COLORS[0], 300, 250)));
        }
        return Figure.tiles(title, columns, panels);
    }

    /**
     * One curve per name: statistic {@code perLayer[k][l]} of curve k at layer l + 1 (e.g. the
     * standard deviation of each layer's activations under initialiser k). With {@code logY} the
     * vertical axis is logarithmic, which shows exponential vanishing or growth as a straight line.
     */
    public static Figure perLayer(String title, String yLabel, String[] names, double[][] perLayer, boolean logY) {
        Check.given("DistributionPlots.perLayer", "title", title, "yLabel", yLabel, "names", names);
        Check.argument(java.util.Arrays.stream(names).distinct().count() == names.length, "a per-layer plot needs a different name for each line, but got %s",
                java.util.Arrays.toString(names));
        Check.given("DistributionPlots.perLayer", "perLayer", perLayer);
        Check.argument(names.length == perLayer.length, "perLayer got %d names for %d curves", names.length, perLayer.length);
        Check.argument(perLayer.length >= 1, "perLayer needs at least one curve");
        XYChart chart = new XYChartBuilder().width(800).height(440).title(title).xAxisTitle("layer").yAxisTitle(yLabel).build();
        style(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setYAxisLogarithmic(logY);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setXAxisMin(0.5);
        int layers = 0;
        for (int k = 0; k < perLayer.length; k++) {
            double[] y = perLayer[k];
            layers = Math.max(layers, y.length);
            double[] x = new double[y.length];
            for (int l = 0; l < y.length; l++) {
                x[l] = l + 1;
                Check.argument(Double.isFinite(y[l]) && (!logY || y[l] > 0),
                        "perLayer: curve %s has %s at layer %d, which a %s axis cannot show", names[k], Fmt.num(y[l]), l + 1, logY ? "logarithmic" : "linear");
            }
            XYSeries s = chart.addSeries(names[k], x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineColor(COLORS[k % COLORS.length]);
            s.setMarkerColor(COLORS[k % COLORS.length]);
            s.setLineStyle(new BasicStroke(2f));
        }
        chart.getStyler().setXAxisMax(layers + 0.5);
        return Figure.of(chart);
    }

    /** The percentage of {@code values} in each of {@code bins} equal bins over [lo, hi] (the last bin includes hi). */
    static double[] shares(double[] values, int bins, double lo, double hi) {
        Check.argument(bins >= 1 && bins <= 10_000, "a histogram needs 1 to 10 000 bins, not %d", bins);
        double[] share = new double[bins];
        double width = (hi - lo) / bins;
        for (double v : values) {
            int b = width == 0 ? 0 : (int) Math.floor((v - lo) / width);
            if (b >= 0 && b <= bins) {
                share[Math.min(b, bins - 1)] += 100.0 / values.length;
            }
        }
        return share;
    }

    /** [min, max] of all values, rounded outwards (and widened when they are all equal). */
    static double[] range(double[][] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] v : values) {
            Check.argument(v.length > 0, "a histogram needs at least one value");
            Check.finite(v, "histogram values");
            for (double x : v) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        Check.argument(Double.isFinite(hi - lo) && Math.abs(lo) < 1e15 && Math.abs(hi) < 1e15,
                "a histogram needs values a chart can draw, within ±1e15, but they run from %s to %s", lo, hi);
        if (lo == hi) {
            return new double[] {lo - 0.5, hi + 0.5};
        }
        // Round outwards to a tenth of the span's order of magnitude, so the axis has round ticks.
        double unit = Math.pow(10, Math.floor(Math.log10(hi - lo)) - 1);
        return new double[] {Math.floor(lo / unit) * unit, Math.ceil(hi / unit) * unit};
    }

    private static XYChart histogramChart(String title, String xLabel, double[] values, int bins, double lo, double hi,
                                          double yMax, Color color, int width, int height) {
        Check.argument(bins >= 1 && bins <= 1000, "a histogram needs between 1 and 1000 bins but got %d", bins);
        double[] share = shares(values, bins, lo, hi);
        // The outline of the bars: up and down at every bin edge, filled down to 0.
        double[] x = new double[2 * bins + 2];
        double[] y = new double[2 * bins + 2];
        double w = (hi - lo) / bins;
        for (int b = 0; b < bins; b++) {
            x[2 * b + 1] = lo + b * w;
            x[2 * b + 2] = lo + (b + 1) * w;
            y[2 * b + 1] = share[b];
            y[2 * b + 2] = share[b];
        }
        x[0] = lo;
        x[2 * bins + 1] = hi;
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xLabel).yAxisTitle("% of values").build();
        style(chart);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setXAxisMin(lo).setXAxisMax(hi);
        chart.getStyler().setXAxisDecimalPattern("0.###").setYAxisDecimalPattern("0.#");
        if (!Double.isNaN(yMax)) {
            chart.getStyler().setYAxisMax(yMax);
        }
        XYSeries s = chart.addSeries(title.isEmpty() ? "values" : title, x, y); // XChart refuses an empty name
        s.setShowInLegend(false); // the legend is hidden
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 150));
        roundTicks(chart, lo + w / 3, 0);
        return chart;
    }

    /**
     * XChart takes its x tick marks from the data when all x values lie on one equally spaced
     * grid, which gives ticks like −2.13, −1.26 for a function sampled on [−3, 3]. One invisible
     * point (x, y) off the grid makes it choose round ticks.
     */
    static void roundTicks(XYChart chart, double x, double y) {
        XYSeries s = chart.addSeries("\u200Bround ticks\u200B", new double[] {x}, new double[] {y}); // a name no caller gives
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.NONE);
        s.setShowInLegend(false);
    }

    static void style(XYChart chart) {
        org.knowm.xchart.style.XYStyler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotGridLinesVisible(true);
        s.setPlotGridLinesColor(new Color(0xdddddd));
        s.setAxisTickLabelsFont(s.getAxisTickLabelsFont().deriveFont(11f));
    }
}
