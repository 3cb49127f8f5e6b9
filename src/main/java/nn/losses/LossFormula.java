package nn.losses;

import nn.util.Template;

/**
 * How a loss writes itself with numbers in a trace ({@link Template}s whose holes are ‹y› for a
 * prediction ŷⱼ, ‹t› for its target tⱼ and ‹N› for the number of outputs):
 * <pre>
 *   symbol = sum(term₁ + term₂ + …) = value          e.g.  C₀ = (0.588899 − 1)² = 0.169004
 *   ∂symbol/∂ŷⱼ = gradient = value                    e.g.  ∂C₀/∂a²₁ = 2(0.588899 − 1) = −0.822202
 * </pre>
 * The {@code sum} template holds the joined terms in its hole ‹Σ›. With {@code skipZeroTargets}
 * the terms of outputs whose target is 0 are left out (a cross-entropy's tⱼ log ŷⱼ is 0 there).
 */
public record LossFormula(Template symbol, Template sum, Template term, boolean skipZeroTargets, Template gradient) {
    /** Checks every template is given. */
    public LossFormula {
        nn.util.Check.given("a loss formula", "symbol", symbol, "sum", sum, "term", term, "gradient", gradient);
    }

    /** The symbol L, for losses that have no name of their own in the lectures. */
    public static final Template L = Template.of("L");
}
