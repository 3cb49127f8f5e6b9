package nn.plots;

import nn.train.TrainingRun;
import nn.util.Check;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;

/**
 * The loss of every epoch of a training run: training loss, validation loss when there is one,
 * and the kept epoch under early stopping. While the run goes on the epoch axis spans its maximum
 * number of epochs, so a chart refreshed during training keeps its scale; once it has finished,
 * the epochs it ran. The loss axis is logarithmic when the losses span more than a factor of ten,
 * so slow late progress stays visible.
 */
public final class LossCurve {
    private LossCurve() {
    }

    /** The chart of a run, finished or in progress (e.g. in a progress listener). */
    public static Figure of(TrainingRun run, String title) {
        Check.given("LossCurve.of", "run", run, "title", title);
        double[] all = run.validated() ? concat(run.losses(), run.validationLosses()) : run.losses();
        double lo = Math.max(Arrays.stream(all).min().orElse(1), 1e-12), hi = Math.max(Arrays.stream(all).max().orElse(1), lo);
        XYChart chart = chart(title, run.finished() ? run.epochs() : run.maxEpochs(), run.validated(), hi > 10 * lo);
        add(chart, "training", run.losses(), Plots.ON);
        if (run.validated()) {
            add(chart, "validation", run.validationLosses(), Plots.OFF);
        }
        if (run.finished() && run.keptEpoch() != run.epochs()) {
            XYSeries kept = chart.addSeries("kept: epoch " + run.keptEpoch(), new double[] {run.keptEpoch(), run.keptEpoch()}, new double[] {lo, hi});
            kept.setMarker(SeriesMarkers.NONE);
            kept.setLineColor(Color.GRAY);
            kept.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        }
        return Figure.of(chart);
    }

    /** The curve of {@code losses} (epoch 1, 2, …) on an x axis from 0 to {@code epochs}; empty before the first epoch. */
    public static Figure of(double[] losses, String title, int epochs) {
        Check.given("LossCurve.of", "losses", losses, "title", title);
        XYChart chart = chart(title, epochs, false, true);
        add(chart, "loss", losses, Plots.ON);
        return Figure.of(chart);
    }

    private static XYChart chart(String title, int epochs, boolean legend, boolean log) {
        XYChart chart = new XYChartBuilder().width(620).height(340).title(title).xAxisTitle("epoch")
                .yAxisTitle(log ? "mean loss (log scale)" : "mean loss").build();
        var s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setLegendVisible(legend);
        s.setYAxisLogarithmic(log);
        s.setXAxisMin(0.0).setXAxisMax(niceCeiling(Math.max(epochs, 1)));
        s.setXAxisDecimalPattern("0");
        s.setXAxisTickMarkSpacingHint(110);
        s.setPlotGridLinesVisible(true);
        s.setAxisTickPadding(6);
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        return chart;
    }

    private static void add(XYChart chart, String name, double[] losses, Color color) {
        double[] x = new double[Math.max(losses.length, 1)], y = new double[x.length];
        for (int i = 0; i < losses.length; i++) {
            x[i] = i + 1;
            y[i] = Math.max(losses[i], 1e-12);
        }
        if (losses.length == 0) {
            x[0] = 0;
            y[0] = 1;
        }
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(new BasicStroke(2f));
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** The smallest 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k at or above n, so that the axis gets round ticks. */
    static double niceCeiling(int n) {
        double p = Math.pow(10, Math.floor(Math.log10(n)));
        for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * p >= n) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
