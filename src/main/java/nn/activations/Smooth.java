package nn.activations;

import nn.util.Check;
import nn.util.Fmt;
import nn.util.StableMath;

/**
 * Smooth relatives of ReLU: softplus, swish and GELU (lectures 001 and 003). Each is written with
 * {@link StableMath} so it is finite for every finite z. Use them through {@link Activations}.
 */
final class Smooth {
    private Smooth() {
    }

    /** √(2/π), the constant of the tanh approximation of GELU. */
    private static final double C = Math.sqrt(2 / Math.PI);
    private static final double K = 0.044715;

    /** softplus(z) = log(1 + e^z); its derivative is exactly the sigmoid (lecture 003). */
    static final Activation SOFTPLUS = Activation.of("softplus", "\\mathrm{softplus}(z) = \\log(1 + e^{z})",
            StableMath::softplus, StableMath::sigmoid);

    /** GELU(z) = z Φ(z); GELU'(z) = Φ(z) + z φ(z). */
    static final Activation GELU = Activation.of("GELU", "\\mathrm{GELU}(z) = z\\,\\Phi(z) = \\frac{z}{2}\\left[1 + \\mathrm{erf}\\left(\\frac{z}{\\sqrt{2}}\\right)\\right]",
            z -> z * StableMath.normalCdf(z), z -> StableMath.normalCdf(z) + z * StableMath.normalPdf(z));

    /**
     * The tanh approximation ½z(1 + tanh(√(2/π)(z + 0.044715z³))), computed as z·σ(2u) (the same
     * number, since ½(1 + tanh u) = σ(2u)) so that it keeps its digits for negative z.
     */
    static final Activation GELU_TANH = Activation.of("GELU (tanh approximation)",
            "\\mathrm{GELU}(z) \\approx \\frac{z}{2}\\left[1 + \\tanh\\left(\\sqrt{2/\\pi}\\,(z + 0.044715 z^{3})\\right)\\right]",
            z -> z * StableMath.sigmoid(2 * u(z)),
            z -> {
                double s = StableMath.sigmoid(2 * u(z));
                double ds = s * StableMath.sigmoid(-2 * u(z)); // σ' at 2u
                return ds == 0 ? s : s + z * ds * 2 * C * (1 + 3 * K * z * z);
            });

    static Activation swish(double beta) {
        Check.finite(beta, "the swish parameter β");
        return Activation.of("swish(β=" + Fmt.num(beta) + ")", "\\mathrm{swish}(z) = z\\,\\sigma(" + Fmt.num(beta) + "z)",
                z -> z * StableMath.sigmoid(beta * z),
                z -> {
                    double s = StableMath.sigmoid(beta * z);
                    return s + beta * z * s * StableMath.sigmoid(-beta * z);
                });
    }

    private static double u(double z) {
        return C * (z + K * z * z * z);
    }
}
