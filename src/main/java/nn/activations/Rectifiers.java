package nn.activations;

import nn.util.Check;
import nn.util.Fmt;
import nn.util.Template;

/**
 * ReLU and its relatives, which do not saturate for z &gt; 0 (lectures 000, 001, 003, 004). At the
 * kink z = 0 each derivative takes the value of its left branch: ReLU'(0) = 0 (as PyTorch does),
 * leaky ReLU'(0) = α, ELU'(0) = α. Use them through {@link Activations}.
 */
final class Rectifiers {
    private Rectifiers() {
    }

    static final Activation RELU = Activation.of("ReLU", "\\mathrm{ReLU}(z) = \\max(0, z)",
            z -> Math.max(0, z), z -> z > 0 ? 1 : 0, Template.of("[‹z› > 0]"));

    static Activation leakyRelu(double alpha) {
        Check.argument(alpha >= 0 && alpha < 1, "leaky ReLU needs a slope 0 ≤ α < 1 but got α = %s", alpha);
        return slope("leaky ReLU(α=" + Fmt.num(alpha) + ")", "\\mathrm{LeakyReLU}(z) = \\max(" + Fmt.num(alpha) + "z,\\ z)", alpha);
    }

    static Activation prelu(double gamma) {
        Check.finite(gamma, "the PReLU slope γ");
        return slope("PReLU(γ=" + Fmt.num(gamma) + ")", "\\mathrm{PReLU}(z) = \\begin{cases} z & z > 0 \\\\ "
                + Fmt.num(gamma) + "z & z \\le 0 \\end{cases}", gamma);
    }

    static Activation elu(double alpha) {
        Check.argument(alpha > 0 && Double.isFinite(alpha), "ELU needs α > 0 but got α = %s", alpha);
        return Activation.of("ELU(α=" + Fmt.num(alpha) + ")", "\\mathrm{ELU}(z) = \\begin{cases} z & z > 0 \\\\ "
                        + Fmt.num(alpha) + "(e^{z} - 1) & z \\le 0 \\end{cases}",
                z -> z > 0 ? z : alpha * Math.expm1(z), z -> z > 0 ? 1 : alpha * Math.exp(z));
    }

    /** z for z &gt; 0 and slope·z for z ≤ 0. */
    private static Activation slope(String name, String latex, double slope) {
        return Activation.of(name, latex, z -> z > 0 ? z : slope * z, z -> z > 0 ? 1 : slope);
    }
}
