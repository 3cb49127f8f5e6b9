package nn.plots;

import nn.data.BinaryData;
import nn.perceptron.Perceptron;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** The region of the plane around 2-D data, and how to draw points, lines and vectors in it. */
final class Plane {
    private final double xMin, xMax, yMin, yMax;

    private Plane(double xMin, double xMax, double yMin, double yMax) {
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /** The data's bounding box with a quarter of its size added on each side (at least 0.25). */
    static Plane around(BinaryData data) {
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}, hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] p : data.points()) {
            for (int j = 0; j < 2; j++) {
                lo[j] = Math.min(lo[j], p[j]);
                hi[j] = Math.max(hi[j], p[j]);
            }
        }
        double padX = Math.max(0.25, 0.25 * (hi[0] - lo[0])), padY = Math.max(0.25, 0.25 * (hi[1] - lo[1]));
        return new Plane(lo[0] - padX, hi[0] + padX, lo[1] - padY, hi[1] + padY);
    }

    static void style(XYChart chart) {
        org.knowm.xchart.style.XYStyler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotGridLinesVisible(true);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Vertical);
    }

    XYChart chart(String title, int width, int height, boolean legend) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).build();
        style(chart);
        chart.getStyler().setLegendVisible(legend).setMarkerSize(legend ? 10 : 8);
        chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(yMin).setYAxisMax(yMax);
        chart.getStyler().setXAxisDecimalPattern("0.0").setYAxisDecimalPattern("0.0");
        return chart;
    }

    /** The t = +1 points as blue circles, the t = −1 points as red squares; axes named after the features. */
    void points(XYChart chart, BinaryData data) {
        chart.setXAxisTitle(data.features()[0]);
        chart.setYAxisTitle(data.features()[1]);
        for (int label : new int[] {1, -1}) {
            List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (data.t(i) == label) {
                    xs.add(data.x(i)[0]);
                    ys.add(data.x(i)[1]);
                }
            }
            if (xs.isEmpty()) { // XChart cannot draw an empty series; keep the legend entry, off the plot
                xs.add(xMax + 1e6);
                ys.add(yMax + 1e6);
            }
            XYSeries s = chart.addSeries(label > 0 ? "t = +1" : "t = −1", xs, ys);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(label > 0 ? SeriesMarkers.CIRCLE : SeriesMarkers.SQUARE);
            s.setMarkerColor(label > 0 ? Plots.ON : Plots.OFF);
        }
    }

    /** The line w₁x₁ + w₂x₂ + b = 0, drawn far past the plot on both sides (the plot clips it); nothing if w = 0. */
    void line(XYChart chart, Perceptron p, String name, Color color) {
        double[] w = p.weights();
        double n2 = w[0] * w[0] + w[1] * w[1];
        if (n2 == 0) {
            return;
        }
        double[] foot = foot(p);
        double far = 10 * Math.max(xMax - xMin, yMax - yMin) / Math.sqrt(n2);
        double[] xs = {foot[0] - far * w[1], foot[0] + far * w[1]};
        double[] ys = {foot[1] + far * w[0], foot[1] - far * w[0]};
        polyline(chart, name, xs, ys, color, 2.5f);
    }

    /** The normal w as an arrow from the line, starting at the point of the line nearest the centre of the plot. */
    void normal(XYChart chart, Perceptron p, String name, Color color) {
        double[] w = p.weights();
        double norm = Math.hypot(w[0], w[1]);
        if (norm == 0) {
            return;
        }
        double len = 0.2 * Math.min(xMax - xMin, yMax - yMin);
        double[] u = {w[0] / norm, w[1] / norm};
        double[] from = foot(p);
        double[] tip = {from[0] + len * u[0], from[1] + len * u[1]};
        double head = 0.3 * len;
        double[] xs = {from[0], tip[0], tip[0] - head * (u[0] + 0.5 * u[1]), tip[0], tip[0] - head * (u[0] - 0.5 * u[1])};
        double[] ys = {from[1], tip[1], tip[1] - head * (u[1] - 0.5 * u[0]), tip[1], tip[1] - head * (u[1] + 0.5 * u[0])};
        polyline(chart, name, xs, ys, color, 2f);
    }

    /** Whether the boundary wᵀx + b = 0 passes through the plotted region (its corners are not all on one side). */
    boolean crosses(Perceptron p) {
        int positive = 0;
        for (double[] corner : new double[][] {{xMin, yMin}, {xMin, yMax}, {xMax, yMin}, {xMax, yMax}}) {
            positive += p.net(corner) > 0 ? 1 : 0;
        }
        return positive > 0 && positive < 4;
    }

    /** The point of the line wᵀx + b = 0 nearest the centre c of the plot: c − (wᵀc + b) w / ‖w‖². */
    private double[] foot(Perceptron p) {
        double[] c = {(xMin + xMax) / 2, (yMin + yMax) / 2};
        double[] w = p.weights();
        double k = p.net(c) / (w[0] * w[0] + w[1] * w[1]);
        return new double[] {c[0] - k * w[0], c[1] - k * w[1]};
    }

    private static void polyline(XYChart chart, String name, double[] xs, double[] ys, Color color, float width) {
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(new BasicStroke(width));
    }

    /**
     * Sets the axes for the same scale on both axes: one unit of x₁ as many pixels as one
     * unit of x₂. The plot area is measured by a first painting; the axis that has fewer units
     * per pixel is widened about its centre.
     */
    void equalize(XYChart chart) {
        equalize(chart, xMin, xMax, yMin, yMax);
    }

    /** The same for any chart showing [xMin, xMax] × [yMin, yMax] (e.g. {@link Lines#equalAxes}). */
    static void equalize(XYChart chart, double xMin, double xMax, double yMin, double yMax) {
        Rectangle2D area = plotArea(chart);
        if (area != null && area.getWidth() > 0 && area.getHeight() > 0) {
            double sx = (xMax - xMin) / area.getWidth(), sy = (yMax - yMin) / area.getHeight();
            double s = Math.max(sx, sy);
            double cx = (xMin + xMax) / 2, cy = (yMin + yMax) / 2;
            double hx = s * area.getWidth() / 2, hy = s * area.getHeight() / 2;
            chart.getStyler().setXAxisMin(cx - hx).setXAxisMax(cx + hx).setYAxisMin(cy - hy).setYAxisMax(cy + hy);
        }
    }

    /** The plot area of the chart in pixels after a trial painting (null if XChart does not expose it). */
    private static Rectangle2D plotArea(XYChart chart) {
        BufferedImage scratch = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = scratch.createGraphics();
        try {
            chart.paint(g, chart.getWidth(), chart.getHeight());
            java.lang.reflect.Field f = org.knowm.xchart.internal.chartpart.Chart.class.getDeclaredField("plot");
            f.setAccessible(true);
            Object plot = f.get(chart);
            return (Rectangle2D) plot.getClass().getMethod("getBounds").invoke(plot);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // unequal scales are still a correct picture
        } finally {
            g.dispose();
        }
    }
}
