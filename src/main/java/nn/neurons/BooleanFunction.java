package nn.neurons;

import nn.util.Check;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A Boolean function of n binary inputs, stored as its truth table: {@code outputs[k]} is the
 * value on the k-th row of {@link BinaryInputs#all(int)}. XOR is {@code [0, 1, 1, 0]}.
 */
public final class BooleanFunction {
    public static final BooleanFunction AND = of("AND", 2, x -> x[0] & x[1]);
    public static final BooleanFunction OR = of("OR", 2, x -> x[0] | x[1]);
    public static final BooleanFunction NAND = of("NAND", 2, x -> 1 - (x[0] & x[1]));
    public static final BooleanFunction NOR = of("NOR", 2, x -> 1 - (x[0] | x[1]));
    public static final BooleanFunction XOR = of("XOR", 2, x -> x[0] ^ x[1]);
    public static final BooleanFunction XNOR = of("XNOR", 2, x -> 1 - (x[0] ^ x[1]));
    public static final BooleanFunction NOT = of("NOT", 1, x -> 1 - x[0]);

    private final String name;
    private final int inputs;
    private final int[] outputs;

    private BooleanFunction(String name, int inputs, int[] outputs) {
        this.name = name;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /** A named function given by a rule, e.g. {@code of("XOR", 2, x -> x[0] ^ x[1])}. */
    public static BooleanFunction of(String name, int inputs, ToIntFunction<int[]> rule) {
        Check.argument(name != null && rule != null, "a Boolean function needs a name and a rule, not null");
        List<int[]> rows = BinaryInputs.all(inputs);
        int[] out = new int[rows.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = rule.applyAsInt(rows.get(k).clone());
            Check.argument(out[k] == 0 || out[k] == 1,
                    "Boolean function %s must give 0 or 1, but gave %d for input %s", name, out[k], Arrays.toString(rows.get(k)));
        }
        return new BooleanFunction(name, inputs, out);
    }

    /** A function given by its outputs in truth-table order, e.g. {@code fromOutputs("XOR", 0, 1, 1, 0)}. */
    public static BooleanFunction fromOutputs(String name, int... outputs) {
        Check.argument(name != null && outputs != null, "a Boolean function needs a name and its outputs, not null");
        int n = Integer.numberOfTrailingZeros(outputs.length);
        Check.argument(outputs.length >= 2 && Integer.bitCount(outputs.length) == 1,
                "a truth table has 2, 4, 8, … rows but %s has %d values", name, outputs.length);
        return of(name, n, x -> outputs[BinaryInputs.index(x)]);
    }

    /** All 16 Boolean functions of two inputs, named by their outputs on 00, 01, 10, 11 (and by their usual name). */
    public static List<BooleanFunction> allOfTwoInputs() {
        List<BooleanFunction> known = List.of(AND, OR, NAND, NOR, XOR, XNOR);
        BooleanFunction[] all = new BooleanFunction[16];
        for (int code = 0; code < 16; code++) {
            int[] out = {(code >> 3) & 1, (code >> 2) & 1, (code >> 1) & 1, code & 1};
            String name = Arrays.toString(out).replaceAll("[\\[\\], ]", "");
            for (BooleanFunction k : known) {
                if (Arrays.equals(k.outputs, out)) {
                    name = name + " " + k.name;
                }
            }
            all[code] = fromOutputs(name, out);
        }
        return List.of(all);
    }

    public String name() {
        return name;
    }

    public int inputs() {
        return inputs;
    }

    /** The value on input x. */
    public int apply(int... x) {
        Check.notNull(x, name(), "an input");
        if (x.length != inputs) { // the message is built only on failure
            Check.argument(false, "%s takes %d inputs but got %d: %s", name, inputs, x.length, Arrays.toString(x));
        }
        return outputs[BinaryInputs.index(x)];
    }

    /** Whether the neuron gives this function's value on every input. */
    public boolean isComputedBy(McCullochPitts neuron) {
        Check.notNull(neuron, "isComputedBy", "a neuron");
        if (neuron.inputs() != inputs) {
            return false;
        }
        List<int[]> rows = BinaryInputs.all(inputs);
        for (int k = 0; k < rows.size(); k++) {
            if (neuron.fire(rows.get(k)) != outputs[k]) {
                return false;
            }
        }
        return true;
    }

    /** The outputs in truth-table order (a copy). */
    public int[] outputs() {
        return outputs.clone();
    }

    @Override
    public String toString() {
        return name + Arrays.toString(outputs);
    }
}
