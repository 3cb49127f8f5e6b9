package nn.layers;

import nn.util.Check;

/** Names of parameters as the lectures write them, counting from 1: {@code W¹[1,2]}, {@code b²[1]}, {@code γ²[1]}, {@code β²[1]}. */
public final class ParameterNames {
    private ParameterNames() {
    }

    /** The weight of layer l from input j into neuron i (i, j from 0): {@code Wˡ[i+1,j+1]}. */
    public static String weight(int l, int i, int j) {
        return "W" + sup(l) + "[" + (i + 1) + "," + (j + 1) + "]";
    }

    /** The bias of neuron i (from 0) in layer l: {@code bˡ[i+1]}. */
    public static String bias(int l, int i) {
        return "b" + sup(l) + "[" + (i + 1) + "]";
    }

    /** The scale γ of neuron i (from 0) of layer l's normalisation: {@code γˡ[i+1]}. */
    public static String gamma(int l, int i) {
        return "γ" + sup(l) + "[" + (i + 1) + "]";
    }

    /** The shift β of neuron i (from 0) of layer l's normalisation: {@code βˡ[i+1]}. */
    public static String beta(int l, int i) {
        return "β" + sup(l) + "[" + (i + 1) + "]";
    }

    /** A superscript number: 2 → ². */
    public static String sup(int l) {
        Check.argument(l >= 0, "layers are numbered from 0 (the input), not %d", l);
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(l).toCharArray()) {
            s.append(digits.charAt(c - '0'));
        }
        return s.toString();
    }
}
