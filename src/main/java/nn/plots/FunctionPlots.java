package nn.plots;

import nn.activations.Activation;
import nn.activations.GradientFlow;
import nn.activations.Maxout;
import nn.activations.Softmax;
import nn.util.Check;
import nn.util.Fmt;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One-call plots of activation functions (激活函数), e.g.
 * {@code FunctionPlots.functionAndDerivative(SIGMOID, -10, 10)}. Curves are sampled at 801 points,
 * drawn without markers, with the axes through the origin.
 */
public final class FunctionPlots {
    private FunctionPlots() {
    }

    /** f beside its derivative f', both on z in [from, to]. */
    public static Figure functionAndDerivative(Activation f, double from, double to) {
        Check.given("FunctionPlots.functionAndDerivative", "f", f);
        return Figure.grid(f.name() + " and its derivative", 2,
                single(f.name(), "z", "f(z)", f::apply, from, to, Curves.PALETTE[0]),
                single("its derivative f'(z)", "z", "f'(z)", f::derivative, from, to, Curves.PALETTE[3]));
    }

    /** One panel per activation, two to a row (lecture 000's 2×2 figure for four of them). */
    public static Figure grid(double from, double to, Activation... fs) {
        Check.given("FunctionPlots.grid", "fs", fs);
        Check.argument(fs.length > 0, "a grid of activations needs at least one activation");
        XYChart[] charts = new XYChart[fs.length];
        for (int i = 0; i < fs.length; i++) {
            charts[i] = single(fs[i].name(), "z", "f(z)", fs[i]::apply, from, to, Curves.PALETTE[i % Curves.PALETTE.length]);
        }
        return Figure.grid(java.util.Arrays.stream(fs).map(Activation::name).collect(Collectors.joining(", ")), 2, charts);
    }

    /** Several activations on one chart, with a legend. */
    public static Figure compare(String title, double from, double to, Activation... fs) {
        Check.given("FunctionPlots.compare", "title", title, "fs", fs);
        return Figure.of(several(title, "f(z)", from, to, false, fs));
    }

    /** The derivatives f'(z) of several activations on one chart, with a legend. */
    public static Figure compareDerivatives(String title, double from, double to, Activation... fs) {
        Check.given("FunctionPlots.compareDerivatives", "title", title, "fs", fs);
        return Figure.of(several(title, "f'(z)", from, to, true, fs));
    }

    /** The probabilities softmax(z) as bars, one per score, each labelled with its score. */
    public static Figure softmax(double... z) {
        Check.given("FunctionPlots.softmax", "z", z);
        double[] p = Softmax.apply(z);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < z.length; i++) {
            labels.add("z" + (i + 1) + " = " + Fmt.num(z[i]));
        }
        CategoryChart c = new CategoryChartBuilder().width(560).height(360).title("softmax(" + Fmt.vec(z) + ")")
                .xAxisTitle("score").yAxisTitle("probability").build();
        c.getStyler().setChartBackgroundColor(Color.WHITE).setLegendVisible(false);
        c.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setYAxisDecimalPattern("0.00").setPlotBorderVisible(false);
        c.getStyler().setLabelsVisible(true).setLabelsFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12));
        c.addSeries("softmax", labels, Arrays.stream(p).boxed().collect(Collectors.toList())).setFillColor(Curves.PALETTE[0]);
        return Figure.of(c);
    }

    /** A maxout unit of one input: its pieces dashed, and their maximum, the unit's output, solid. */
    public static Figure maxout(Maxout unit, double from, double to) {
        Check.given("FunctionPlots.maxout", "unit", unit);
        Check.argument(unit.inputs() == 1, "a maxout plot needs a unit of 1 input, but %s has %d", unit, unit.inputs());
        double[] xs = Curves.xs(from, to);
        double[][] pieces = new double[unit.pieces()][];
        for (int k = 0; k < pieces.length; k++) {
            int piece = k;
            pieces[k] = Curves.map(xs, x -> unit.zs(x)[piece]);
        }
        double[] out = Curves.map(xs, unit::apply);
        XYChart c = Curves.chart("maxout of " + unit.pieces() + " linear pieces", "x", "z", 560, 400, true);
        double lo = Math.min(0, Arrays.stream(out).min().orElse(0)) - 0.5;
        double hi = Arrays.stream(out).max().orElse(1) + 0.5;
        Curves.axesThroughOrigin(c, from, to, new double[] {lo, hi});
        for (int k = 0; k < pieces.length; k++) {
            Curves.curve(c, "piece " + (k + 1), xs, pieces[k], Curves.PALETTE[(k + 1) % Curves.PALETTE.length], true);
        }
        Curves.curve(c, "maxout = max of the pieces", xs, out, Curves.PALETTE[0], false);
        return Figure.of(c);
    }

    /** |∂aₖ/∂x| through k = 1 … layers (see {@link GradientFlow}), on a logarithmic scale, one line per activation. */
    public static Figure gradientFlow(int layers, double x, double w, double b, Activation... fs) {
        Check.given("FunctionPlots.gradientFlow", "fs", fs);
        Check.argument(layers >= 1 && layers <= 10_000, "a gradient-flow plot shows 1 to 10 000 layers, not %d", layers);
        distinct(fs);
        XYChart c = Curves.chart("gradient reaching the input through k layers", "layer k", "|∂aₖ/∂x| (log scale)", 640, 420, true);
        c.getStyler().setYAxisLogarithmic(true).setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSW);
        c.getStyler().setMarkerSize(7);
        double[] ks = new double[layers];
        for (int k = 0; k < layers; k++) {
            ks[k] = k + 1;
        }
        for (int i = 0; i < fs.length; i++) {
            double[] d = GradientFlow.through(fs[i], layers, x, w, b);
            double[] abs = Arrays.stream(d).map(v -> Math.max(Math.abs(v), 1e-300)).toArray();
            Color color = Curves.PALETTE[i % Curves.PALETTE.length];
            Curves.curve(c, fs[i].name(), ks, abs, color, false).setMarker(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE).setMarkerColor(color);
        }
        c.getStyler().setXAxisDecimalPattern("0").setYAxisDecimalPattern(null);
        return Figure.of(c);
    }

    private static XYChart single(String title, String xTitle, String yTitle, java.util.function.DoubleUnaryOperator f,
                                  double from, double to, Color color) {
        double[] xs = Curves.xs(from, to);
        double[] ys = Curves.map(xs, f);
        XYChart c = Curves.chart(title, xTitle, yTitle, 420, 300, false);
        Curves.axesThroughOrigin(c, from, to, ys);
        Curves.curve(c, title, xs, ys, color, false);
        return c;
    }

    /** Fails unless the activations have different names (each names a curve). */
    private static void distinct(Activation[] fs) {
        Check.argument(java.util.Arrays.stream(fs).map(Activation::name).distinct().count() == fs.length,
                "a plot shows each activation once, but %s has a name twice", java.util.Arrays.toString(fs));
    }

    private static XYChart several(String title, String yTitle, double from, double to, boolean derivative, Activation... fs) {
        Check.argument(fs != null && fs.length > 0 && java.util.Arrays.stream(fs).allMatch(java.util.Objects::nonNull),
                "a comparison needs at least one activation, and no null among them");
        distinct(fs);
        double[] xs = Curves.xs(from, to);
        double[][] ys = new double[fs.length][];
        for (int i = 0; i < fs.length; i++) {
            ys[i] = Curves.map(xs, derivative ? fs[i]::derivative : fs[i]::apply);
        }
        XYChart c = Curves.chart(title, "z", yTitle, 640, 420, true);
        Curves.axesThroughOrigin(c, from, to, ys);
        for (int i = 0; i < fs.length; i++) {
            Curves.curve(c, fs[i].name(), xs, ys[i], i);
        }
        return c;
    }
}
