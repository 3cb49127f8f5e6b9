package nn.activations;

import java.util.List;

/**
 * The built-in activation functions (激活函数) of the lectures. Import them statically:
 * {@code import static nn.activations.Activations.*;} then {@code SIGMOID.apply(0)} is 0.5.
 *
 * <p>Every one is finite for every finite z (|z| = 1000 included): no e^z overflows and no 0·∞
 * appears. At a kink the derivative takes the value of the left branch and the Javadoc says so;
 * a step has derivative 0 wherever it has one, which is why a perceptron needs its own rule.
 * {@link #all()} lists one of each, so a test over it checks every implementation.
 */
public final class Activations {
    private Activations() {
    }

    /** The identity f(z) = z, for regression outputs; f'(z) = 1. */
    public static final Activation IDENTITY = Classic.IDENTITY;

    /** The step (阶跃函数) of the MCP neuron, 1 for z ≥ 0 and 0 for z &lt; 0 (lecture 000); derivative 0 (none at z = 0). */
    public static final Activation STEP = Classic.STEP;

    /** The perceptron's sign(z): +1 for z ≥ 0 (so sign(0) = +1, lecture 001) and −1 for z &lt; 0; derivative 0. */
    public static final Activation SIGN = Classic.SIGN;

    /**
     * The logistic sigmoid σ(z) = 1 / (1 + e^(−z)); σ'(z) = σ(z)(1 − σ(z)) ≤ 0.25. Computed
     * without overflow for any z: for z &lt; 0 as e^z / (1 + e^z).
     */
    public static final Activation SIGMOID = Classic.SIGMOID;

    /** tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z)) = 2σ(2z) − 1; tanh'(z) = 1 − tanh²(z) ≤ 1. */
    public static final Activation TANH = Classic.TANH;

    /** Hard-logistic max(min(0.25z + 0.5, 1), 0) (lecture 003): σ's tangent at 0, clipped to [0, 1]; derivative 0.25 on (−2, 2), else 0. */
    public static final Activation HARD_SIGMOID = Classic.HARD_SIGMOID;

    /** Hard-tanh max(min(z, 1), −1) (lecture 003); derivative 1 on (−1, 1), else 0. */
    public static final Activation HARD_TANH = Classic.HARD_TANH;

    /** ReLU(z) = max(0, z); ReLU'(z) = 1 for z &gt; 0 and 0 for z ≤ 0 (at z = 0 we take 0, as PyTorch does). */
    public static final Activation RELU = Rectifiers.RELU;

    /** Leaky ReLU with the usual α = 0.01 (lecture 001): max(0.01z, z). */
    public static final Activation LEAKY_RELU = Rectifiers.leakyRelu(0.01);

    /** ELU with α = 1: z for z &gt; 0, e^z − 1 for z ≤ 0. */
    public static final Activation ELU = Rectifiers.elu(1);

    /** softplus(z) = log(1 + e^z), a smooth ReLU whose derivative is σ(z) (lecture 003). */
    public static final Activation SOFTPLUS = Smooth.SOFTPLUS;

    /** swish with β = 1 (also called SiLU): z σ(z). */
    public static final Activation SWISH = Smooth.swish(1);

    /** GELU(z) = z Φ(z) = (z/2)(1 + erf(z/√2)), the exact form of lecture 001; GELU'(z) = Φ(z) + z φ(z). */
    public static final Activation GELU = Smooth.GELU;

    /** The tanh approximation of GELU, (z/2)(1 + tanh(√(2/π)(z + 0.044715z³))): a different function, close to GELU. */
    public static final Activation GELU_TANH = Smooth.GELU_TANH;

    /**
     * Leaky ReLU: z for z &gt; 0 and αz for z ≤ 0, i.e. max(αz, z) for 0 ≤ α &lt; 1 (lecture 004
     * uses α = 0.1); derivative 1 for z &gt; 0 and α for z ≤ 0.
     */
    public static Activation leakyRelu(double alpha) {
        return Rectifiers.leakyRelu(alpha);
    }

    /**
     * PReLU: z for z &gt; 0 and γz for z ≤ 0, where γ is a parameter a network learns (one per
     * neuron or shared); γ = 0 gives ReLU. The same formula as leaky ReLU without its limits on γ.
     */
    public static Activation prelu(double gamma) {
        return Rectifiers.prelu(gamma);
    }

    /** ELU: z for z &gt; 0 and α(e^z − 1) for z ≤ 0, with α &gt; 0; derivative 1 for z &gt; 0 and αe^z for z ≤ 0. */
    public static Activation elu(double alpha) {
        return Rectifiers.elu(alpha);
    }

    /** swish(z) = z σ(βz): β = 0 gives z/2, large β approaches ReLU (lecture 003); derivative σ(βz) + βz σ(βz)(1 − σ(βz)). */
    public static Activation swish(double beta) {
        return Smooth.swish(beta);
    }

    /** One of each built-in scalar activation, in the order the lessons meet them. */
    public static List<Activation> all() {
        return List.of(IDENTITY, STEP, SIGN, SIGMOID, TANH, HARD_SIGMOID, HARD_TANH, RELU, LEAKY_RELU, prelu(0.25),
                ELU, SOFTPLUS, SWISH, GELU, GELU_TANH);
    }

    /**
     * {@link #all()} without step and sign, whose derivative is 0 wherever it exists: the
     * activations a network can be trained with by gradient descent.
     */
    public static List<Activation> trainable() {
        return all().stream().filter(f -> f != STEP && f != SIGN).toList();
    }
}
