package nn.plots;

import nn.neurons.BinaryInputs;
import nn.neurons.BooleanFunction;
import nn.neurons.McCullochPitts;
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

/** One-call figures. Each returns a {@link Figure} that a notebook cell shows inline. */
public final class Plots {
    /** Colours used for the two classes and for lines, the same in every figure. */
    static final Color ON = new Color(0x1f, 0x77, 0xb4);
    static final Color OFF = new Color(0xd6, 0x27, 0x28);
    static final Color[] LINES = {new Color(0x2c, 0xa0, 0x2c), new Color(0x94, 0x67, 0xbd), new Color(0xff, 0x7f, 0x0e)};

    private Plots() {
    }

    /**
     * The four inputs of a two-input neuron, coloured by its output, with its separating line
     * w₁x₁ + w₂x₂ = θ. Points on the line's firing side get y = 1.
     */
    public static Figure gate(McCullochPitts neuron, String title) {
        Check.given("Plots.gate", "neuron", neuron, "title", title);
        Check.argument(neuron.inputs() == 2, "a gate plot needs a 2-input neuron, but %s has %d inputs", neuron, neuron.inputs());
        XYChart chart = unitSquare(title);
        addPoints(chart, x -> neuron.fire(x));
        addLine(chart, neuron, "the line " + lineLabel(neuron), LINES[0]);
        return Figure.of(chart);
    }

    /**
     * The four inputs of a two-input Boolean function, coloured by its value, with the boundary
     * lines of any neurons given (for XOR: no single line separates the two colours).
     */
    public static Figure booleanFunction(BooleanFunction f, String title, McCullochPitts... lines) {
        Check.given("Plots.booleanFunction", "f", f, "title", title, "lines", lines);
        Check.argument(java.util.Arrays.stream(lines).map(Object::toString).distinct().count() == lines.length,
                "a plot of %s draws each neuron's line once, but %s has one twice", f.name(), java.util.Arrays.toString(lines));
        Check.argument(f.inputs() == 2, "this plot shows functions of 2 inputs, but %s has %d", f.name(), f.inputs());
        XYChart chart = unitSquare(title);
        addPoints(chart, f::apply);
        for (int i = 0; i < lines.length; i++) {
            McCullochPitts m = lines[i];
            addLine(chart, m, lineLabel(m), LINES[i % LINES.length]);
        }
        return Figure.of(chart);
    }

    private static XYChart unitSquare(String title) {
        XYChart chart = new XYChartBuilder().width(460).height(460).title(title).xAxisTitle("x₁").yAxisTitle("x₂").build();
        org.knowm.xchart.style.XYStyler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotGridLinesVisible(true);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Vertical);
        s.setMarkerSize(14);
        chart.getStyler().setXAxisMin(-0.5).setXAxisMax(1.5).setYAxisMin(-0.5).setYAxisMax(1.5);
        chart.getStyler().setXAxisDecimalPattern("0.0").setYAxisDecimalPattern("0.0");
        return chart;
    }

    private interface BinaryOutput {
        int of(int[] x);
    }

    private static void addPoints(XYChart chart, BinaryOutput out) {
        List<Double> x1On = new ArrayList<>(), x2On = new ArrayList<>(), x1Off = new ArrayList<>(), x2Off = new ArrayList<>();
        for (int[] x : BinaryInputs.all(2)) {
            boolean on = out.of(x) == 1;
            (on ? x1On : x1Off).add((double) x[0]);
            (on ? x2On : x2Off).add((double) x[1]);
        }
        scatter(chart, "y = 1", x1On, x2On, ON, true);
        scatter(chart, "y = 0", x1Off, x2Off, OFF, false);
    }

    private static void scatter(XYChart chart, String name, List<Double> xs, List<Double> ys, Color color, boolean filled) {
        if (xs.isEmpty()) { // XChart cannot draw an empty series; keep the legend entry anyway
            xs = List.of(-10.0);
            ys = List.of(-10.0);
        }
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(filled ? SeriesMarkers.CIRCLE : SeriesMarkers.SQUARE);
        s.setMarkerColor(color);
    }

    private static void addLine(XYChart chart, McCullochPitts m, String name, Color color) {
        double[] w = m.weights();
        double theta = m.theta();
        double[] xs;
        double[] ys;
        if (Math.abs(w[1]) > 1e-12) {
            xs = new double[] {-0.5, 1.5};
            ys = new double[] {(theta - w[0] * -0.5) / w[1], (theta - w[0] * 1.5) / w[1]};
        } else if (Math.abs(w[0]) > 1e-12) {
            xs = new double[] {theta / w[0], theta / w[0]};
            ys = new double[] {-0.5, 1.5};
        } else {
            return; // both weights zero: the output is constant and there is no line to draw
        }
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(new BasicStroke(2.5f));
    }

    private static String lineLabel(McCullochPitts m) {
        return Fmt.linear(m.weights(), new String[] {"x₁", "x₂"}) + " = " + Fmt.signed(m.theta());
    }
}
