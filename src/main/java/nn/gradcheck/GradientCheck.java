package nn.gradcheck;

import nn.layers.Dense;
import nn.layers.Gradients;
import nn.layers.Network;
import nn.layers.ParameterNames;
import nn.losses.Loss;
import nn.util.Check;
import nn.util.Fmt;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;

/**
 * Checks backpropagation against central differences for every parameter θ of a network:
 * <pre>
 *   numeric ∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / 2h,
 *   relative error = |analytic − numeric| / max(|analytic|, |numeric|, FLOOR)
 * </pre>
 * With h = 1e-5 and doubles, the central difference carries rounding noise of about
 * 1e-16 · L / h ≈ 1e-11 for a loss of order 1, so gradients smaller than {@link #FLOOR} = 1e-6 are
 * compared absolutely (their relative error would measure only that noise). A correct gradient
 * then agrees to about 1e-7 or better; an error in a formula gives relative errors near 1.
 */
public final class GradientCheck {
    /** The step h of the central difference. */
    public static final double H = 1e-5;

    /** Below this size a gradient is compared absolutely rather than relatively. */
    public static final double FLOOR = 1e-6;

    /** One parameter's two gradients. */
    public record Row(String parameter, double analytic, double numeric) {
        /** Checks the gradients are numbers. */
        public Row {
            Check.finite(analytic, "the analytic gradient of " + parameter);
            Check.finite(numeric, "the numeric gradient of " + parameter);
        }

        /** |analytic − numeric| / max(|analytic|, |numeric|, {@link #FLOOR}). */
        public double relativeError() {
            double scale = Math.max(FLOOR, Math.max(Math.abs(analytic), Math.abs(numeric)));
            return Math.abs(analytic - numeric) / scale;
        }
    }

    private final String title;
    private final List<Row> rows;

    private GradientCheck(String title, List<Row> rows) {
        this.title = title;
        this.rows = List.copyOf(rows);
    }

    /** Compares backpropagation's gradients with central differences, for the example (x, t). */
    public static GradientCheck of(Network network, double[] x, double[] target, Loss loss) {
        Check.argument(network != null && loss != null, "a gradient check needs a network and a loss, not null");
        return of(network, network.gradients(x, target, loss), x, target, loss);
    }

    /**
     * Compares the given {@code analytic} gradients (e.g. a lecture's numbers, or a student's) with
     * central differences of the loss of {@code network} on (x, t).
     */
    public static GradientCheck of(Network network, Gradients analytic, double[] x, double[] target, Loss loss) {
        Check.argument(network != null && analytic != null && loss != null, "a gradient check needs a network, gradients and a loss, not null");
        Check.argument(analytic.depth() == network.depth(), "gradients for %d layers cannot be checked on a network of %d layers",
                analytic.depth(), network.depth());
        List<Row> rows = new ArrayList<>();
        for (int l = 1; l <= network.depth(); l++) {
            Dense layer = network.layer(l);
            for (int i = 0; i < layer.outputs(); i++) {
                for (int j = 0; j < layer.inputs(); j++) {
                    double numeric = numeric(network, l, i, j, x, target, loss);
                    rows.add(new Row(ParameterNames.weight(l, i, j), analytic.weight(l, i, j), numeric));
                }
            }
            for (int i = 0; i < layer.outputs(); i++) {
                double numeric = numeric(network, l, i, -1, x, target, loss);
                rows.add(new Row(ParameterNames.bias(l, i), analytic.bias(l, i), numeric));
            }
        }
        return new GradientCheck("gradient check of " + network + " with " + loss.name(), rows);
    }

    /** (L(θ + h) − L(θ − h)) / 2h for the weight W[i][j] of layer l, or the bias b[i] when j = −1. */
    private static double numeric(Network net, int l, int i, int j, double[] x, double[] t, Loss loss) {
        double plus = net.withLayer(l, nudged(net.layer(l), i, j, +H)).loss(x, t, loss);
        double minus = net.withLayer(l, nudged(net.layer(l), i, j, -H)).loss(x, t, loss);
        return (plus - minus) / (2 * H);
    }

    private static Dense nudged(Dense layer, int i, int j, double h) {
        double[][] w = layer.weights();
        double[] b = layer.biases();
        if (j < 0) {
            b[i] += h;
        } else {
            w[i][j] += h;
        }
        return Dense.of(w, b, layer.function());
    }

    /** One row per parameter. */
    public List<Row> rows() {
        return rows;
    }

    /** The largest relative error over all parameters. */
    public double maxRelativeError() {
        return rows.stream().mapToDouble(Row::relativeError).max().orElse(0);
    }

    /** The row of the parameter named e.g. {@code W²[1,1]}. */
    public Row row(String parameter) {
        for (Row r : rows) {
            if (r.parameter().equals(parameter)) {
                return r;
            }
        }
        Check.argument(false, "there is no parameter %s in this check; the parameters are %s … %s", parameter, rows.get(0).parameter(),
                rows.get(rows.size() - 1).parameter());
        return null;
    }

    /** The table: parameter, analytic and numeric gradient (to 10 significant digits), relative error. */
    public Table table() {
        StringColumn p = StringColumn.create("parameter θ");
        DoubleColumn a = DoubleColumn.create("analytic ∂L/∂θ"), n = DoubleColumn.create("numeric ∂L/∂θ"),
                e = DoubleColumn.create("relative error");
        for (Row r : rows) {
            p.append(r.parameter());
            a.append(Fmt.round(r.analytic(), 10));
            n.append(Fmt.round(r.numeric(), 10));
            e.append(r.relativeError());
        }
        e.setPrintFormatter(new DecimalFormat("0.0E0", DecimalFormatSymbols.getInstance(Locale.ROOT)), "");
        return Table.create(title, p, a, n, e);
    }

    @Override
    public String toString() {
        return title + ": " + rows.size() + " parameters, largest relative error " + Fmt.num(maxRelativeError(), 2);
    }
}
