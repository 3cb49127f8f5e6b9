package nn.activations;

import java.util.List;

/**
 * The built-in activation functions. Import them statically:
 * {@code import static nn.activations.Activations.*;} then {@code SIGMOID.apply(0)} is 0.5.
 */
public final class Activations {
    private Activations() {
    }

    /** The identity f(z) = z, for regression outputs; f'(z) = 1. */
    public static final Activation IDENTITY = Activation.of("identity", "f(z) = z", z -> z, z -> 1);

    /**
     * The logistic sigmoid σ(z) = 1 / (1 + e^(−z)); σ'(z) = σ(z)(1 − σ(z)). Computed without
     * overflow for any z: for z &lt; 0 as e^z / (1 + e^z).
     */
    public static final Activation SIGMOID = Activation.of("sigmoid", "\\sigma(z) = \\frac{1}{1 + e^{-z}}",
            Activations::sigmoid, z -> {
                double s = sigmoid(z);
                return s * (1 - s);
            });

    /** tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z)); tanh'(z) = 1 − tanh²(z). */
    public static final Activation TANH = Activation.of("tanh", "\\tanh(z) = \\frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}",
            Math::tanh, z -> {
                double t = Math.tanh(z);
                return 1 - t * t;
            });

    /** ReLU(z) = max(0, z); ReLU'(z) = 1 for z &gt; 0 and 0 for z ≤ 0 (at z = 0 we take 0, as PyTorch does). */
    public static final Activation RELU = Activation.of("ReLU", "\\mathrm{ReLU}(z) = \\max(0, z)",
            z -> Math.max(0, z), z -> z > 0 ? 1 : 0);

    /** The activations defined in this class. */
    public static List<Activation> all() {
        return List.of(IDENTITY, SIGMOID, TANH, RELU);
    }

    /** σ(z), stable for every z: no overflow of e^(−z) for large negative z. */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }
}
