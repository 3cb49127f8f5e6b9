package nn.data;

import nn.util.Check;

import nn.neurons.BinaryInputs;
import nn.neurons.BooleanFunction;

import java.util.List;

/**
 * Truth tables of logic gates as training data for a perceptron: the 2ⁿ binary inputs as points,
 * and the gate's output y ∈ {0, 1} turned into a target t = 2y − 1 ∈ {−1, +1}. For AND the
 * points are (0,0), (0,1), (1,0), (1,1) with targets −1, −1, −1, +1.
 */
public final class LogicData {
    private LogicData() {
    }

    /** The truth table of {@code f}: inputs in the order 00, 01, 10, 11 (for two inputs), t = 2f(x) − 1. */
    public static BinaryData of(BooleanFunction f) {
        Check.notNull(f, "a truth-table data set", "a Boolean function");
        List<int[]> inputs = BinaryInputs.all(f.inputs());
        double[][] x = new double[inputs.size()][];
        int[] t = new int[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            int[] row = inputs.get(i);
            x[i] = new double[row.length];
            for (int j = 0; j < row.length; j++) {
                x[i][j] = row[j];
            }
            t[i] = 2 * f.apply(row) - 1;
        }
        return BinaryData.of(f.name(), x, t);
    }

    /** AND: t = +1 only for (1, 1). */
    public static BinaryData and() {
        return of(BooleanFunction.AND);
    }

    /** OR: t = −1 only for (0, 0). */
    public static BinaryData or() {
        return of(BooleanFunction.OR);
    }

    /** NAND: t = −1 only for (1, 1). */
    public static BinaryData nand() {
        return of(BooleanFunction.NAND);
    }

    /** NOR: t = +1 only for (0, 0). */
    public static BinaryData nor() {
        return of(BooleanFunction.NOR);
    }

    /** XOR: t = +1 for (0, 1) and (1, 0); not linearly separable. */
    public static BinaryData xor() {
        return of(BooleanFunction.XOR);
    }
}
