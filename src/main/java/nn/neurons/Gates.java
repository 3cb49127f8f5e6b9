package nn.neurons;

/**
 * Logic gates as single McCulloch–Pitts neurons (lecture 000's rule, fire when Σwx − θ ≥ 0),
 * and XOR, which needs two layers of them.
 */
public final class Gates {
    private Gates() {
    }

    /** AND: both inputs must be on, Σx ≥ 2. */
    public static McCullochPitts and() {
        return McCullochPitts.of(new double[] {1, 1}, 2);
    }

    /** OR: one input on is enough, Σx ≥ 1. */
    public static McCullochPitts or() {
        return McCullochPitts.of(new double[] {1, 1}, 1);
    }

    /** NOT: an inhibitory weight −1 with θ = 0 fires only when the input is off. */
    public static McCullochPitts not() {
        return McCullochPitts.of(new double[] {-1}, 0);
    }

    /** NAND: NOT of AND, −x₁ − x₂ ≥ −1. */
    public static McCullochPitts nand() {
        return McCullochPitts.of(new double[] {-1, -1}, -1);
    }

    /** NOR: NOT of OR, −x₁ − x₂ ≥ 0. */
    public static McCullochPitts nor() {
        return McCullochPitts.of(new double[] {-1, -1}, 0);
    }

    /** The single-neuron gates by name, in the order AND, OR, NOT, NAND, NOR. */
    public static java.util.Map<String, McCullochPitts> all() {
        java.util.Map<String, McCullochPitts> gates = new java.util.LinkedHashMap<>();
        gates.put("AND", and());
        gates.put("OR", or());
        gates.put("NOT", not());
        gates.put("NAND", nand());
        gates.put("NOR", nor());
        return java.util.Collections.unmodifiableMap(gates);
    }

    /** XOR as a two-layer circuit: h₁ = OR(x₁, x₂), h₂ = NAND(x₁, x₂), y = AND(h₁, h₂). */
    public static Circuit xor() {
        return Circuit.builder(2)
                .layer(new String[] {"h1 = OR", "h2 = NAND"}, or(), nand())
                .layer(new String[] {"y = AND"}, and())
                .build("XOR");
    }
}
