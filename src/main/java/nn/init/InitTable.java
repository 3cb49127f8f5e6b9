package nn.init;

import nn.random.NumpyRandom;
import nn.util.Check;
import nn.util.Fmt;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Every initialisation scheme side by side for one layer: its variance formula, its value and a measured one. */
public final class InitTable {
    private InitTable() {
    }

    /**
     * One row per scheme for a layer with {@code nIn} inputs and {@code nOut} outputs: the
     * distribution, Var[W] as a formula and as a number, and the variance measured on one
     * n_out × n_in matrix drawn from {@code new NumpyRandom(seed)} (the mean of w², the mean being 0).
     */
    public static Table of(int nIn, int nOut, long seed) {
        Check.argument(nIn >= 1 && nOut >= 1, "an initialiser table needs a layer with at least one input and one output but got n_in=%d, n_out=%d", nIn, nOut);
        StringColumn scheme = StringColumn.create("scheme");
        StringColumn formula = StringColumn.create("Var[W]");
        StringColumn value = StringColumn.create("Var[W] for this layer");
        StringColumn measured = StringColumn.create("measured on one W");
        StringColumn std = StringColumn.create("std √Var");
        for (Init init : Init.values()) {
            double[][] w = init.weights(nOut, nIn, new NumpyRandom(seed));
            double sum = 0;
            for (double[] row : w) {
                for (double x : row) {
                    sum += x * x;
                }
            }
            scheme.append(init.label());
            formula.append(init.varianceFormula());
            value.append(Fmt.num(init.variance(nIn, nOut), 4));
            measured.append(Fmt.num(sum / ((double) nIn * nOut), 4));
            std.append(Fmt.num(init.std(nIn, nOut), 4));
        }
        return Table.create("Initialisers for a layer with n_in = " + nIn + " inputs and n_out = " + nOut + " outputs (seed " + seed + ")",
                scheme, formula, value, measured, std);
    }
}
