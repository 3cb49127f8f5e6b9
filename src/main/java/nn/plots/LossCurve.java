package nn.plots;

import nn.util.Check;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;

/** The loss of every epoch as a line on a logarithmic axis, so slow late progress stays visible. */
public final class LossCurve {
    private LossCurve() {
    }

    /** The curve of {@code losses} (epoch 1, 2, …) on an x axis from 0 to {@code epochs}. */
    public static Figure of(double[] losses, String title, int epochs) {
        Check.given("LossCurve.of", "losses", losses, "title", title);
        Check.finite(losses, "the losses of a loss curve");
        XYChart chart = new XYChartBuilder().width(620).height(340).title(title).xAxisTitle("epoch").yAxisTitle("loss (log scale)").build();
        var s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setLegendVisible(false);
        s.setYAxisLogarithmic(true);
        s.setXAxisMin(0.0).setXAxisMax(niceCeiling(Math.max(epochs, 1)));
        s.setXAxisDecimalPattern("0");
        s.setXAxisTickMarkSpacingHint(110);
        s.setPlotGridLinesVisible(true);
        s.setAxisTickPadding(6);
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        double[] x = new double[Math.max(losses.length, 1)], y = new double[x.length];
        for (int i = 0; i < losses.length; i++) {
            x[i] = i + 1;
            y[i] = Math.max(losses[i], 1e-12);
        }
        if (losses.length == 0) {
            x[0] = 0;
            y[0] = 1;
        }
        XYSeries series = chart.addSeries("loss", x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(Plots.ON);
        series.setLineStyle(new BasicStroke(2f));
        return Figure.of(chart);
    }

    /** The smallest 1, 2, 2.5 or 5 × 10^k at or above n, so that the axis gets round ticks. */
    static double niceCeiling(int n) {
        double p = Math.pow(10, Math.floor(Math.log10(n)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= n) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
