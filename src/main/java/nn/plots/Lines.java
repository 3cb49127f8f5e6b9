package nn.plots;

import nn.util.Check;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A line chart built one series at a time: training curves, a function and its fit, an error
 * against the width of a layer. Lines have no markers; {@link #points} draws markers only.
 *
 * <pre>{@code
 * Lines.chart("Loss per epoch", "epoch", "loss").line("SGD", epochs, sgdLoss).line("Adam", epochs, adamLoss)
 *      .logY().figure();
 * }</pre>
 */
public final class Lines {
    private enum Kind { LINE, POINTS, DASHED, CONTOUR }

    private record Series(String name, double[] x, double[] y, Kind kind) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private boolean logX;
    private boolean logY;
    private double[] yRange; // {lo, hi} once fixed
    private int width = 620;
    private int height = 400;
    private boolean legend = true;
    private boolean equalAxes;

    private Lines(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** An empty chart with a title and axis labels. */
    public static Lines chart(String title, String xLabel, String yLabel) {
        return new Lines(title, xLabel, yLabel);
    }

    /** A line through the points (x[i], y[i]). */
    public Lines line(String name, double[] x, double[] y) {
        return add(name, x, y, Kind.LINE);
    }

    /** y[i] against i + 1, e.g. a loss per epoch (epochs counted from 1). */
    public Lines line(String name, double[] y) {
        Check.argument(name != null && y != null, "a series needs a name and y values");
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            x[i] = i + 1;
        }
        return add(name, x, y, Kind.LINE);
    }

    /** The curve y = f(x) sampled at 401 points of [lo, hi]. */
    public Lines function(String name, DoubleUnaryOperator f, double lo, double hi) {
        Check.argument(name != null && f != null, "a function plot needs a name and a function, not null");
        Check.argument(lo < hi, "a function plot needs lo < hi but got [%s, %s]", lo, hi);
        double[] x = new double[401];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = lo + (hi - lo) * i / (x.length - 1);
            y[i] = f.applyAsDouble(x[i]);
        }
        return add(name, x, y, Kind.LINE);
    }

    /** Markers at the points (x[i], y[i]), no line. */
    public Lines points(String name, double[] x, double[] y) {
        return add(name, x, y, Kind.POINTS);
    }

    /** A dashed vertical line at x from yLo to yHi, e.g. the best epoch of early stopping. */
    public Lines vertical(String name, double x, double yLo, double yHi) {
        return add(name, new double[] {x, x}, new double[] {yLo, yHi}, Kind.DASHED);
    }

    /**
     * Grey level curves f(x, y) = c of a function of two variables over [xLo, xHi] × [yLo, yHi], one
     * for each level c, drawn under the other series (e.g. an optimiser's path): marching squares
     * on a 160 × 160 grid.
     */
    public Lines contours(java.util.function.DoubleBinaryOperator f, double xLo, double xHi, double yLo, double yHi, double... levels) {
        Check.argument(xLo < xHi && yLo < yHi, "contours need a region with xLo < xHi and yLo < yHi but got [%s, %s] × [%s, %s]", xLo, xHi, yLo, yHi);
        Check.argument(f != null && levels != null && levels.length > 0, "contours need a function and at least one level");
        for (double c : levels) {
            double[][] xy = Contours.of(f, xLo, xHi, yLo, yHi, 160, c);
            if (xy[0].length > 0) {
                series.add(new Series("f = " + nn.util.Fmt.num(c), xy[0], xy[1], Kind.CONTOUR));
            }
        }
        return this;
    }

    /** A logarithmic horizontal axis (e.g. for widths 1, 2, 4, … 32). */
    public Lines logX() {
        logX = true;
        return this;
    }

    /** A logarithmic vertical axis (e.g. for a loss that falls by orders of magnitude). */
    public Lines logY() {
        logY = true;
        return this;
    }

    /**
     * One unit as long on the vertical axis as on the horizontal one, for pictures where the
     * geometry is the point (a narrow valley looks narrow, a circle round): the range of one axis
     * grows about its middle until the two scales agree.
     */
    public Lines equalAxes() {
        equalAxes = true;
        return this;
    }

    /** Fixes the vertical range. */
    public Lines yRange(double lo, double hi) {
        Check.argument(lo < hi, "a y range needs lo < hi but got [%s, %s]", lo, hi);
        Check.finite(lo, "the lower end of the y range");
        Check.finite(hi, "the upper end of the y range");
        yRange = new double[] {lo, hi};
        return this;
    }

    /** The size in pixels (default 620×400; about 320×240 suits small multiples in {@link Figure#grid}). */
    public Lines size(int width, int height) {
        Check.argument(width >= 100 && height >= 100, "a chart needs at least 100×100 pixels but got %d×%d", width, height);
        this.width = width;
        this.height = height;
        return this;
    }

    /** Leaves the legend out (e.g. in small multiples whose series a caption explains). */
    public Lines noLegend() {
        legend = false;
        return this;
    }

    /** The chart, rendered. */
    public Figure figure() {
        Check.argument(!series.isEmpty(), "chart %s has no series yet; add one with line, function or points", title);
        Check.argument(!(equalAxes && (logX || logY)), "chart %s cannot have equal axis scales on a logarithmic axis", title);
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        DistributionPlots.style(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendVisible(legend && series.stream().filter(d -> d.kind != Kind.CONTOUR).count() > 1);
        if (!logX) {
            double[] x = DistributionPlots.range(series.stream().map(d -> finite(d.x)).toArray(double[][]::new));
            chart.getStyler().setXAxisMin(x[0]).setXAxisMax(x[1]).setXAxisDecimalPattern("0.##");
        }
        chart.getStyler().setXAxisLogarithmic(logX).setYAxisLogarithmic(logY);
        if (yRange != null) {
            chart.getStyler().setYAxisMin(yRange[0]).setYAxisMax(yRange[1]);
        }
        int k = 0;
        for (Series d : series) {
            for (int i = 0; i < d.x.length && d.kind != Kind.CONTOUR; i++) {
                Check.argument(!(logX && d.x[i] <= 0) && !(logY && d.y[i] <= 0),
                        "series %s has the point (%s, %s), which a logarithmic axis cannot show", d.name, d.x[i], d.y[i]);
            }
            XYSeries s = chart.addSeries(d.name, d.x, d.y);
            Color c = d.kind == Kind.CONTOUR ? new Color(0xb0b0b0) : DistributionPlots.COLORS[k++ % DistributionPlots.COLORS.length];
            s.setLineColor(c);
            s.setMarkerColor(c);
            s.setXYSeriesRenderStyle(d.kind == Kind.POINTS ? XYSeries.XYSeriesRenderStyle.Scatter : XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(d.kind == Kind.POINTS ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            s.setShowInLegend(d.kind != Kind.CONTOUR);
            if (d.kind == Kind.LINE || d.kind == Kind.CONTOUR) {
                s.setLineStyle(new BasicStroke(d.kind == Kind.LINE ? 2f : 1f));
            } else if (d.kind == Kind.DASHED) {
                s.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            }
        }
        roundTicks(chart);
        if (equalAxes) {
            equalScales(chart);
        }
        return Figure.of(chart);
    }

    /** Widens the x or the y range so that a unit has the same length in pixels on both axes. */
    private void equalScales(XYChart chart) {
        double[] x = DistributionPlots.range(series.stream().map(d -> finite(d.x)).toArray(double[][]::new));
        double[] y = yRange != null ? yRange : DistributionPlots.range(series.stream().map(d -> finite(d.y)).toArray(double[][]::new));
        chart.getStyler().setXAxisMin(x[0]).setXAxisMax(x[1]).setYAxisMin(y[0]).setYAxisMax(y[1]);
        Plane.equalize(chart, x[0], x[1], y[0], y[1]);
    }

    /** See {@link DistributionPlots#roundTicks}: needed when all series share one equally spaced x grid. */
    private void roundTicks(XYChart chart) {
        if (logX || series.stream().allMatch(d -> d.x.length < 3 || d.kind == Kind.CONTOUR)) {
            return;
        }
        Series d = series.stream().filter(t -> t.x.length >= 3 && t.kind != Kind.CONTOUR).findFirst().orElseThrow();
        DistributionPlots.roundTicks(chart, d.x[0] + (d.x[1] - d.x[0]) / 3, d.y[0]);
    }

    private static double[] finite(double[] v) {
        return java.util.Arrays.stream(v).filter(Double::isFinite).toArray();
    }

    private Lines add(String name, double[] x, double[] y, Kind kind) {
        Check.argument(name != null && x != null && y != null, "a series needs a name, x values and y values");
        Check.argument(x.length == y.length && x.length > 0, "series %s needs as many x as y values (at least one) but got %d and %d", name, x.length, y.length);
        for (int i = 0; i < x.length; i++) {
            Check.argument(Double.isFinite(x[i]) && Double.isFinite(y[i]), "series %s has the point (%s, %s), which is not finite", name, x[i], y[i]);
        }
        Check.argument(series.stream().noneMatch(s -> s.name.equals(name)), "chart %s already has a series named %s", title, name);
        series.add(new Series(name, x.clone(), y.clone(), kind));
        return this;
    }

    @Override
    public String toString() {
        return "Lines(\"" + title + "\", " + series.size() + " series)";
    }
}
