package nn.data;

import nn.layers.Network;
import nn.util.Check;
import nn.util.Fmt;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Labelled examples: input vectors x⁽ⁱ⁾ and target vectors t⁽ⁱ⁾, all of the same lengths.
 * Immutable (arrays are copied in and out).
 */
public final class Samples {
    private final String name;
    private final double[][] inputs;
    private final double[][] targets;

    private Samples(String name, double[][] inputs, double[][] targets) {
        this.name = name;
        this.inputs = inputs;
        this.targets = targets;
    }

    /** Examples from rows of inputs and rows of targets (copied). */
    public static Samples of(String name, double[][] inputs, double[][] targets) {
        Check.argument(inputs != null && targets != null && inputs.length > 0, "%s needs at least one example", name);
        Check.argument(inputs.length == targets.length, "%s has %d inputs but %d targets", name, inputs.length, targets.length);
        double[][] x = new double[inputs.length][], t = new double[targets.length][];
        for (int i = 0; i < inputs.length; i++) {
            Check.argument(inputs[i] != null && targets[i] != null && inputs[0] != null && targets[0] != null,
                    "%s: every example needs an input row and a target row, but %s %d is null", name,
                    inputs[i] == null || inputs[0] == null ? "input" : "target", inputs[0] == null || targets[0] == null ? 1 : i + 1);
            Check.argument(inputs[i].length == inputs[0].length, "%s: input %d has length %d, input 1 has %d", name, i + 1, inputs[i].length, inputs[0].length);
            Check.argument(targets[i].length == targets[0].length, "%s: target %d has length %d, target 1 has %d", name, i + 1, targets[i].length, targets[0].length);
            x[i] = Check.finite(inputs[i], "input " + (i + 1)).clone();
            t[i] = Check.finite(targets[i], "target " + (i + 1)).clone();
        }
        return new Samples(name, x, t);
    }

    /** n points (x, f(x)) with x evenly spaced from lo to hi: a one-input regression data set. */
    public static Samples ofFunction(String name, java.util.function.DoubleUnaryOperator f, double lo, double hi, int n) {
        Check.argument(f != null, "%s needs a function f, not null", name);
        Check.argument(n >= 2 && lo < hi, "%s needs at least 2 points on an interval lo < hi but got %d points on [%s, %s]", name, n, lo, hi);
        double[][] x = new double[n][1], t = new double[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = lo + (hi - lo) * i / (n - 1);
            t[i][0] = f.applyAsDouble(x[i][0]);
        }
        return of(name, x, t);
    }

    /** The data set's name. */
    public String name() {
        return name;
    }

    /** Number of examples. */
    public int size() {
        return inputs.length;
    }

    /** Length of each input. */
    public int inputSize() {
        return inputs[0].length;
    }

    /** Length of each target. */
    public int targetSize() {
        return targets[0].length;
    }

    /** All inputs, one row per example (copies). */
    public double[][] inputs() {
        return java.util.Arrays.stream(inputs).map(double[]::clone).toArray(double[][]::new);
    }

    /** All targets, one row per example (copies). */
    public double[][] targets() {
        return java.util.Arrays.stream(targets).map(double[]::clone).toArray(double[][]::new);
    }

    /** Input i (from 0, a copy). */
    public double[] input(int i) {
        return inputs[example(i)].clone();
    }

    /** Target i (from 0, a copy). */
    public double[] target(int i) {
        return targets[example(i)].clone();
    }

    /** The class of example i for a binary target: 1 when t ≥ 0.5 (or, for one-hot targets, the index of the largest entry). */
    public int label(int i) {
        double[] t = targets[example(i)];
        if (t.length == 1) {
            return t[0] >= 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < t.length; k++) {
            if (t[k] > t[best]) {
                best = k;
            }
        }
        return best;
    }

    /** i itself, after checking that there is an example i. */
    private int example(int i) {
        return Check.index(i, 0, inputs.length - 1, name, "examples", "example");
    }

    /** One row per example: its inputs, its target and the network's output ŷ for it. */
    public Table predictions(Network network) {
        Check.notNull(network, "predictions", "a network");
        Check.argument(network.inputs() == inputSize() && network.outputs() == targetSize(),
                "%s has %d inputs and %d outputs but %s has %d inputs and %d targets",
                network, network.inputs(), network.outputs(), name, inputSize(), targetSize());
        Table t = Table.create(name + ": predictions of " + network);
        for (int k = 0; k < inputSize(); k++) {
            DoubleColumn c = DoubleColumn.create("x" + (k + 1));
            for (double[] x : inputs) {
                c.append(x[k]);
            }
            t.addColumns(c);
        }
        for (int k = 0; k < targetSize(); k++) {
            DoubleColumn target = DoubleColumn.create(targetSize() == 1 ? "target t" : "t" + (k + 1));
            DoubleColumn out = DoubleColumn.create(targetSize() == 1 ? "output ŷ" : "ŷ" + (k + 1));
            for (int i = 0; i < size(); i++) {
                target.append(targets[i][k]);
                out.append(Fmt.round(network.predict(inputs[i])[k], 6));
            }
            t.addColumns(target, out);
        }
        return t;
    }

    @Override
    public String toString() {
        return "Samples(" + name + ", " + size() + " examples, " + inputSize() + " inputs → " + targetSize() + (targetSize() == 1 ? " target)" : " targets)");
    }
}
