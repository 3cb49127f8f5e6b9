package nn.neurons;

import nn.util.Check;
import nn.util.Interrupt;
import nn.util.Fmt;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An exhaustive search for single MCP neurons that compute a given Boolean function: every
 * combination of weights from one grid and thresholds from another is tried. Finding none for
 * XOR is the numerical face of the fact that no line separates XOR's points.
 *
 * @param weightGrid the values each weight wᵢ may take
 * @param thetaGrid  the values the threshold θ may take
 */
public record ThresholdSearch(double[] weightGrid, double[] thetaGrid) {

    public ThresholdSearch {
        Check.argument(weightGrid != null && thetaGrid != null && weightGrid.length > 0 && thetaGrid.length > 0, "both grids need at least one value");
        weightGrid = Check.finite(weightGrid.clone(), "weight grid");
        thetaGrid = Check.finite(thetaGrid.clone(), "threshold grid");
    }

    /** Evenly spaced values from {@code from} to {@code to} (both included) in steps of {@code step}. */
    public static double[] grid(double from, double to, double step) {
        Check.positive(step, "grid step");
        Check.argument(to >= from, "a grid runs upwards, but from = %s > to = %s", Fmt.num(from), Fmt.num(to));
        Check.finite(from, "the grid's start");
        Check.finite(to, "the grid's end");
        double count = Math.rint((to - from) / step) + 1;
        Check.argument(count <= 1_000_000, "a grid from %s to %s in steps of %s would hold %s values; at most 1 000 000 can be searched",
                Fmt.num(from), Fmt.num(to), Fmt.num(step), Fmt.num(count));
        int n = (int) count;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = from + i * step;
        }
        return g;
    }

    /** The outcome: how many neurons were tried and which of them compute the function. */
    public record Result(BooleanFunction target, long tried, List<McCullochPitts> found) {
        /** Checks there is a target and a list of neurons. */
        public Result {
            Check.notNull(target, "a search result", "the Boolean function searched for");
            found = List.copyOf(Check.noNulls(Check.notNull(found, "a search result", "the list of neurons found"), "a search result", "neurons"));
        }

        @Override
        public String toString() {
            return target.name() + ": " + found.size() + " of " + tried + " neurons compute it"
                    + (found.isEmpty() ? "" : ", e.g. " + found.get(0));
        }
    }

    /** Tries every neuron on the grids (rule ≥) and keeps those that compute {@code target}. */
    public Result find(BooleanFunction target) {
        Check.notNull(target, "a threshold search", "a Boolean function to search for");
        int n = target.inputs();
        List<McCullochPitts> found = new ArrayList<>();
        long tried = 0;
        List<int[]> rows = BinaryInputs.all(n);
        int[] outputs = target.outputs();
        int[] idx = new int[n];
        double[] w = new double[n];
        while (true) {
            for (int i = 0; i < n; i++) {
                w[i] = weightGrid[idx[i]];
            }
            Interrupt.check("the threshold search");
            for (double theta : thetaGrid) {
                tried++;
                if (computes(w, theta, rows, outputs)) {
                    found.add(McCullochPitts.of(w, theta));
                }
            }
            int i = n - 1;
            while (i >= 0 && ++idx[i] == weightGrid.length) {
                idx[i--] = 0;
            }
            if (i < 0) {
                return new Result(target, tried, List.copyOf(found));
            }
        }
    }

    /**
     * Whether the neuron of weights w and threshold θ (rule ≥) gives {@code outputs} on {@code rows}:
     * what {@link BooleanFunction#isComputedBy} asks of a neuron, asked before one is made, since
     * most of the grid computes nothing asked for.
     */
    private static boolean computes(double[] w, double theta, List<int[]> rows, int[] outputs) {
        for (int k = 0; k < rows.size(); k++) {
            int y = Rule.AT_LEAST.fires(McCullochPitts.sum(w, rows.get(k)) - theta) ? 1 : 0;
            if (y != outputs[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Searches for every function in {@code targets} and tabulates the outcome: the function,
     * its outputs on 00, 01, 10, 11, how many neurons of the grid compute it, and one of them.
     */
    public Table survey(List<BooleanFunction> targets) {
        Check.argument(targets != null && targets.stream().allMatch(java.util.Objects::nonNull), "a survey needs a list of Boolean functions, none null");
        StringColumn name = StringColumn.create("function");
        StringColumn outputs = StringColumn.create("outputs (00, 01, 10, 11)");
        IntColumn count = IntColumn.create("neurons found");
        StringColumn example = StringColumn.create("one of them");
        long tried = 0;
        for (BooleanFunction f : targets) {
            Result r = find(f);
            tried = r.tried();
            name.append(f.name());
            outputs.append(Arrays.toString(f.outputs()));
            count.append(r.found().size());
            example.append(r.found().isEmpty() ? "none" : r.found().get(0).toString());
        }
        return Table.create("single MCP neurons computing each function (" + tried + " neurons tried per function)",
                name, outputs, count, example);
    }

    @Override
    public String toString() {
        return "ThresholdSearch(" + weightGrid.length + " weight values in [" + Fmt.num(weightGrid[0]) + ", "
                + Fmt.num(weightGrid[weightGrid.length - 1]) + "], " + thetaGrid.length + " thresholds in ["
                + Fmt.num(thetaGrid[0]) + ", " + Fmt.num(thetaGrid[thetaGrid.length - 1]) + "])";
    }
}
