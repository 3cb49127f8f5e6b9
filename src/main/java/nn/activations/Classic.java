package nn.activations;

import nn.util.StableMath;
import nn.util.Template;

/**
 * The saturating activations of the early networks, and their piecewise-linear stand-ins
 * (lectures 000, 001, 003). Use them through {@link Activations}.
 */
final class Classic {
    private Classic() {
    }

    static final Activation IDENTITY = Activation.of("identity", "f(z) = z", z -> z, z -> 1);

    static final Activation STEP = Activation.of("step",
            "\\mathrm{step}(z) = \\begin{cases} 1 & z \\ge 0 \\\\ 0 & z < 0 \\end{cases}",
            z -> z >= 0 ? 1 : 0, z -> 0);

    static final Activation SIGN = Activation.of("sign",
            "\\mathrm{sign}(z) = \\begin{cases} +1 & z \\ge 0 \\\\ -1 & z < 0 \\end{cases}",
            z -> z >= 0 ? 1 : -1, z -> 0);

    /** σ, whose derivative σ(z)·σ(−z) takes σ(z) from the forward pass when it has run: a·σ(−z), the same number. */
    static final Activation SIGMOID = new Defined("sigmoid", "\\sigma(z) = \\frac{1}{1 + e^{-z}}",
            StableMath::sigmoid, Classic::sigmoidDerivative, (z, a) -> a * StableMath.sigmoid(-z),
            Template.of("‹a›‹·›(1 - ‹a›)", "‹a›‹·›(1 − ‹a›)"));

    static final Activation TANH = Activation.of("tanh", "\\tanh(z) = \\frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}",
            Math::tanh, z -> {
                double c = Math.cosh(z); // 1 − tanh² written as 1/cosh², which keeps its digits for large |z|
                return 1 / (c * c);
            }, Template.of("1 - ‹a›^2", "1 − ‹a›²"));

    static final Activation HARD_SIGMOID = Activation.of("hard sigmoid",
            "\\mathrm{hard\\text{-}logistic}(z) = \\max(\\min(0.25z + 0.5,\\ 1),\\ 0)",
            z -> Math.max(Math.min(0.25 * z + 0.5, 1), 0), z -> z > -2 && z < 2 ? 0.25 : 0);

    static final Activation HARD_TANH = Activation.of("hard tanh",
            "\\mathrm{hard\\text{-}tanh}(z) = \\max(\\min(z,\\ 1),\\ -1)",
            z -> Math.max(Math.min(z, 1), -1), z -> z > -1 && z < 1 ? 1 : 0);

    /** σ'(z) = σ(z)(1 − σ(z)), computed as σ(z)·σ(−z) so that the factor 1 − σ(z) keeps its digits for large z. */
    static double sigmoidDerivative(double z) {
        return StableMath.sigmoid(z) * StableMath.sigmoid(-z);
    }
}
