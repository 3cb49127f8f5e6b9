package nn.plots;

import nn.data.BinaryData;
import nn.perceptron.Perceptron;
import nn.perceptron.Training;
import nn.perceptron.Update;
import nn.util.Check;
import nn.util.Fmt;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures of a perceptron on 2-D data: the points with the boundary wᵀx + b = 0 and its normal
 * w, the boundary after each update as small multiples, and the mistakes per epoch. Both axes
 * have the same scale, so the normal looks perpendicular and distances look like distances.
 */
public final class PerceptronPlots {
    static final Color NORMAL = new Color(0x94, 0x67, 0xbd);
    static final Color HIGHLIGHT = Color.BLACK;

    private PerceptronPlots() {
    }

    /** The points coloured by target, the boundary wᵀx + b = 0 and the normal vector w drawn from the line. */
    public static Figure boundary(BinaryData data, Perceptron p, String title) {
        Check.given("PerceptronPlots.boundary", "data", data, "p", p, "title", title);
        Check2D.data(data, p);
        Plane plane = Plane.around(data);
        XYChart chart = plane.chart(title, 560, 560, true);
        plane.points(chart, data);
        plane.line(chart, p, "boundary " + equation(p, data.features()), Plots.LINES[0]);
        plane.normal(chart, p, "normal vector w = " + Fmt.vec(p.weights()), NORMAL);
        plane.equalize(chart);
        return Figure.of(chart);
    }

    /**
     * Small multiples: the start and then the boundary after each update (at most {@code maxPanels}
     * panels), the point that caused the update ringed in black. Each panel's title gives the
     * boundary in x₁, x₂, or says why no line shows (w = 0, or a line outside the plotted region).
     */
    public static Figure updates(Training run, int columns, int maxPanels) {
        Check.given("PerceptronPlots.updates", "run", run);
        BinaryData data = run.data();
        Check2D.data(data, run.start());
        Check.argument(maxPanels >= 1, "small multiples need at least one panel but maxPanels = %d", maxPanels);
        Plane plane = Plane.around(data);
        List<XYChart> charts = new ArrayList<>();
        List<Update> updates = run.updates();
        int panels = Math.min(maxPanels, updates.size() + 1);
        for (int k = 0; k < panels; k++) {
            Update u = k == 0 ? null : updates.get(k - 1);
            Perceptron p = u == null ? run.start() : u.after();
            String title = (u == null ? "start: " : "update " + u.number() + ": ") + panelEquation(p, plane);
            XYChart chart = plane.chart(title, 290, 280, false);
            plane.points(chart, data);
            if (u != null) {
                XYSeries s = chart.addSeries("updated on", new double[] {u.x()[0]}, new double[] {u.x()[1]});
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(new Ring());
                s.setMarkerColor(HIGHLIGHT);
            }
            plane.line(chart, p, "boundary", Plots.LINES[0]);
            chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(11f));
            plane.equalize(chart);
            charts.add(chart);
        }
        String title = data.name() + ": the boundary after each update (" + (panels - 1) + " of " + updates.size() + " shown)";
        return Figure.grid(title, columns, charts);
    }

    /** Mistakes in each epoch, one line per training run (named by its data set, η and order). */
    public static Figure mistakes(String title, Training... runs) {
        Check.given("PerceptronPlots.mistakes", "title", title, "runs", runs);
        Check.argument(runs != null && runs.length > 0 && java.util.Arrays.stream(runs).allMatch(java.util.Objects::nonNull),
                "a mistakes plot needs at least one training run, and no null among them");
        XYChart chart = new org.knowm.xchart.XYChartBuilder().width(640).height(380).title(title)
                .xAxisTitle("epoch").yAxisTitle("mistakes in the epoch").build();
        Plane.style(chart);
        int most = 0;
        for (int r = 0; r < runs.length; r++) {
            int[] m = runs[r].mistakesPerEpoch();
            double[] epochs = new double[m.length], counts = new double[m.length];
            for (int k = 0; k < m.length; k++) {
                epochs[k] = k + 1;
                counts[k] = m[k];
                most = Math.max(most, m[k]);
            }
            String name = runs[r].data().name() + " (η = " + Fmt.num(runs[r].start().eta()) + ", " + runs[r].order() + ")";
            for (int same = 2; chart.getSeriesMap().containsKey(name); same++) { // two runs alike in name: number the later ones
                name = name.replaceAll(" #\\d+$", "") + " #" + same;
            }
            XYSeries s = chart.addSeries(name, epochs, counts);
            s.setMarker(m.length <= 60 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            Color c = r == 0 ? Plots.ON : Plots.LINES[(r - 1) % Plots.LINES.length];
            s.setLineColor(c);
            s.setMarkerColor(c);
        }
        int epochs = java.util.Arrays.stream(runs).mapToInt(Training::epochs).max().orElse(1);
        if (epochs > 30) {
            // XChart puts ticks on the data when all x values are equally spaced (1, 2, …, 1000 gives
            // ticks 0, 53, 106, …); one hidden point off the grid brings back round ticks (0, 200, …)
            XYSeries hidden = chart.addSeries(" ", new double[] {0.5}, new double[] {-1});
            hidden.setShowInLegend(false);
            hidden.setMarker(SeriesMarkers.NONE);
        }
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(Math.max(1.0, most * 1.1)).setXAxisMin(0.0).setXAxisMax((double) Math.max(epochs, 2));
        chart.getStyler().setXAxisDecimalPattern("0").setYAxisDecimalPattern("0");
        chart.getStyler().setMarkerSize(7);
        return Figure.of(chart);
    }

    /** The boundary as a student writes it, e.g. {@code 2x₁ + x₂ − 3 = 0} (the bias left out when it is 0). */
    static String equation(Perceptron p, String[] names) {
        double b = p.bias();
        String lin = Fmt.linear(p.weights(), names);
        if (lin.equals("0")) {
            return Fmt.signed(b) + " = 0";
        }
        return lin + (b == 0 ? "" : (b < 0 ? " − " : " + ") + Fmt.num(Math.abs(b))) + " = 0";
    }

    /** The boundary in x₁, x₂ for a panel title, or why no line shows. */
    private static String panelEquation(Perceptron p, Plane plane) {
        double[] w = p.weights();
        if (w[0] == 0 && w[1] == 0) {
            return "w = 0, every y = " + (p.bias() >= 0 ? "+1" : "−1");
        }
        String line = equation(p, new String[] {"x₁", "x₂"});
        return plane.crosses(p) ? line : line + " (off the plot)";
    }

    /** A ring twice the size of a point, drawn around the point an update was made on. */
    private static final class Ring extends Marker {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            double d = 2.2 * size;
            g.setStroke(new BasicStroke(2f));
            g.draw(new Ellipse2D.Double(x - d / 2, y - d / 2, d, d));
        }
    }

    /** Checks that a plot gets 2-D data that fits the perceptron. */
    private static final class Check2D {
        static void data(BinaryData data, Perceptron p) {
            Check.argument(data.dimension() == 2, "a perceptron plot draws 2-D data, but %s has %d features", data.name(), data.dimension());
            Check.argument(p.inputs() == 2, "a perceptron plot needs a 2-input perceptron, but %s has %d inputs", p, p.inputs());
        }
    }
}
