package nn.check;

import nn.layers.Dense;
import nn.layers.Gradients;
import nn.layers.Network;
import nn.layers.ParameterNames;
import nn.losses.Loss;
import nn.normalisation.Normalisation;
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
import java.util.function.ToDoubleFunction;

/**
 * Checks backpropagation against central differences for every parameter θ of a network:
 * <pre>
 *   numeric ∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / 2h,
 *   relative error = |analytic − numeric| / max(|analytic|, |numeric|, FLOOR)
 * </pre>
 * with the step and the rule of {@link FiniteDifference}: a correct gradient shows a relative error
 * of at most 1e-6 (for gradients below FLOOR = 1e-4, an absolute difference of at most 1e-10); an
 * error in a formula gives relative errors near 1.
 */
public final class GradientCheck {
    /** One parameter's two gradients. */
    public record Row(String parameter, double analytic, double numeric) {
        /** Checks the gradients are numbers. */
        public Row {
            Check.finite(analytic, "the analytic gradient of " + parameter);
            Check.finite(numeric, "the numeric gradient of " + parameter);
        }

        /** |analytic − numeric| / max(|analytic|, |numeric|, {@link FiniteDifference#FLOOR}). */
        public double relativeError() {
            return FiniteDifference.relativeError(analytic, numeric);
        }

        /** Whether the two agree by {@link FiniteDifference}'s rule. */
        public boolean agrees() {
            return FiniteDifference.agree(analytic, numeric);
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
        notClipped(network, x, target, loss);
        return of(network, network.gradients(x, target, loss), x, target, loss);
    }

    /** Fails where the loss is clipped flat: there every central difference is 0, so the check would show relative errors of 1. */
    private static void notClipped(Network network, double[] x, double[] target, Loss loss) {
        String clip = network.clippedLoss(x, target, loss);
        if (clip != null) {
            Check.argument(false, "a gradient check of %s with %s is meaningless at x = %s, t = %s: the loss is clipped flat there (%s), "
                    + "so every central difference is 0 whatever the true gradient; check at an example whose prediction is not clipped",
                    network, loss.name(), Fmt.vec(x), Fmt.vec(target), clip);
        }
    }

    /**
     * Compares the given {@code analytic} gradients (e.g. a lecture's numbers, or a student's) with
     * central differences of the loss of {@code network} on (x, t).
     */
    public static GradientCheck of(Network network, Gradients analytic, double[] x, double[] target, Loss loss) {
        Check.argument(network != null && analytic != null && loss != null, "a gradient check needs a network, gradients and a loss, not null");
        Check.argument(analytic.depth() == network.depth(), "gradients for %d layers cannot be checked on a network of %d layers",
                analytic.depth(), network.depth());
        notClipped(network, x, target, loss);
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

    /**
     * The batch form: backpropagation's mean gradient over the rows of {@code x} and {@code targets}
     * ({@link Network#gradients(double[][], double[][], Loss)}) against central differences of the
     * batch's mean loss as training computes it ({@link Network#lossInTraining}), for every W and b,
     * and every γ and β of a layer that normalises its net inputs. This checks the backward pass
     * through batch norm, where each example's loss depends on the whole batch.
     */
    public static GradientCheck of(Network network, double[][] x, double[][] targets, Loss loss) {
        Check.argument(network != null && loss != null, "a gradient check needs a network and a loss, not null");
        Gradients analytic = network.gradients(x, targets, loss); // checks the batch
        ToDoubleFunction<Network> lossOf = n -> n.lossInTraining(x, targets, loss);
        List<Row> rows = new ArrayList<>();
        for (int l = 1; l <= network.depth(); l++) {
            Dense layer = network.layer(l);
            int layerNumber = l;
            for (int i = 0; i < layer.outputs(); i++) {
                for (int j = 0; j < layer.inputs(); j++) {
                    double numeric = numeric(network, l, i, j, lossOf);
                    rows.add(new Row(ParameterNames.weight(l, i, j), analytic.weight(l, i, j), numeric));
                }
            }
            for (int i = 0; i < layer.outputs(); i++) {
                rows.add(new Row(ParameterNames.bias(l, i), analytic.bias(l, i), numeric(network, l, i, -1, lossOf)));
            }
            if (layer.normalisation().isPresent()) { // γ (p = 0) and β (p = 1) of the normalisation, entry by entry
                Normalisation norm = layer.normalisation().get();
                double[][] values = {norm.gamma(), norm.beta()}, gradients = {analytic.gamma(l), analytic.beta(l)};
                for (int p = 0; p < 2; p++) {
                    for (int i = 0; i < layer.outputs(); i++) {
                        int which = p, k = i;
                        double numeric = FiniteDifference.derivative(v -> {
                            double[][] moved = {values[0].clone(), values[1].clone()};
                            moved[which][k] = v;
                            return lossOf.applyAsDouble(network.withLayer(layerNumber, layer.normalised(norm.with(moved[0], moved[1]))));
                        }, values[p][i]);
                        rows.add(new Row(p == 0 ? ParameterNames.gamma(l, i) : ParameterNames.beta(l, i), gradients[p][i], numeric));
                    }
                }
            }
        }
        return new GradientCheck("gradient check of " + network + " with " + loss.name() + " on a batch of " + x.length, rows);
    }

    /** The central difference of L with respect to the weight W[i][j] of layer l, or the bias b[i] when j = −1. */
    private static double numeric(Network net, int l, int i, int j, double[] x, double[] t, Loss loss) {
        return numeric(net, l, i, j, n -> n.loss(x, t, loss));
    }

    /** The central difference of {@code lossOf} with respect to W[i][j] of layer l, or b[i] when j = −1. */
    private static double numeric(Network net, int l, int i, int j, ToDoubleFunction<Network> lossOf) {
        Dense layer = net.layer(l);
        return FiniteDifference.derivative(theta -> lossOf.applyAsDouble(net.withLayer(l, with(layer, i, j, theta))),
                j < 0 ? layer.bias(i) : layer.weight(i, j));
    }

    /** The layer with W[i][j] (or b[i] when j = −1) set to θ, and its normalisation as it was. */
    private static Dense with(Dense layer, int i, int j, double theta) {
        double[][] w = layer.weights();
        double[] b = layer.biases();
        if (j < 0) {
            b[i] = theta;
        } else {
            w[i][j] = theta;
        }
        Dense d = Dense.of(w, b, layer.function());
        return layer.normalisation().map(d::normalised).orElse(d);
    }

    /** Whether every parameter's two gradients agree by {@link FiniteDifference}'s rule. */
    public boolean passes() {
        return rows.stream().allMatch(Row::agrees);
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
