package nn.neurons;

/**
 * When a McCulloch–Pitts neuron fires. The two lectures write the threshold test differently;
 * both describe the same family of neurons once θ is chosen to match
 * ({@link McCullochPitts#withRule(Rule)}).
 */
public enum Rule {
    /** Fires when Σ wᵢxᵢ − θ ≥ 0: the step function f(z) = 1 if z ≥ 0 (lecture 000). */
    AT_LEAST("≥", "\\geq"),
    /** Fires when Σ wᵢxᵢ − θ &gt; 0, i.e. Σ wᵢxᵢ + b &gt; 0 with b = −θ (lecture 004). */
    ABOVE(">", ">");

    private final String symbol;
    private final String latex;

    Rule(String symbol, String latex) {
        this.symbol = symbol;
        this.latex = latex;
    }

    /** Whether a neuron with this rule fires for the net input z = Σ wᵢxᵢ − θ. */
    public boolean fires(double z) {
        return this == AT_LEAST ? z >= 0 : z > 0;
    }

    /** The comparison sign, {@code ≥} or {@code >}. */
    public String symbol() {
        return symbol;
    }

    /** The comparison sign in LaTeX. */
    public String latex() {
        return latex;
    }
}
