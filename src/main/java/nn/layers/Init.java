package nn.layers;

import nn.random.NumpyRandom;

/**
 * How a {@link NetworkBuilder} fills the weights it is not given, always from an explicit seed
 * with the NumPy-compatible generator, layer by layer in the order W¹, b¹, W², b², …
 * <ul>
 *   <li>{@link #standardNormal(long)}: every W and b entry from N(0, 1), exactly lecture 000's
 *       {@code np.random.seed(s); W1 = randn(4, 3); b1 = randn(4); …};</li>
 *   <li>{@link #xavier(long)}: W from N(0, 2/(n_in + n_out)) (Glorot 2010, for sigmoid and tanh), b = 0;</li>
 *   <li>{@link #he(long)}: W from N(0, 2/n_in) (He 2015, for ReLU), b = 0.</li>
 * </ul>
 */
public final class Init {
    private enum Kind { STANDARD_NORMAL, XAVIER, HE }

    private final Kind kind;
    private final long seed;

    private Init(Kind kind, long seed) {
        this.kind = kind;
        this.seed = seed;
    }

    /** W and b from N(0, 1), as {@code np.random.randn}. */
    public static Init standardNormal(long seed) {
        return new Init(Kind.STANDARD_NORMAL, seed);
    }

    /** Xavier (Glorot) normal: W ~ N(0, 2/(n_in + n_out)), b = 0. */
    public static Init xavier(long seed) {
        return new Init(Kind.XAVIER, seed);
    }

    /** He normal: W ~ N(0, 2/n_in), b = 0. */
    public static Init he(long seed) {
        return new Init(Kind.HE, seed);
    }

    /** A fresh generator for one network. */
    NumpyRandom generator() {
        return new NumpyRandom(seed);
    }

    /** An m×n weight matrix drawn from {@code random}. */
    double[][] weights(NumpyRandom random, int m, int n) {
        double[][] w = random.randn(m, n);
        double scale = switch (kind) {
            case STANDARD_NORMAL -> 1;
            case XAVIER -> Math.sqrt(2.0 / (n + m));
            case HE -> Math.sqrt(2.0 / n);
        };
        for (double[] row : w) {
            for (int j = 0; j < n; j++) {
                row[j] *= scale;
            }
        }
        return w;
    }

    /** m biases: drawn from N(0, 1) for the standard normal, else zeros. */
    double[] biases(NumpyRandom random, int m) {
        return kind == Kind.STANDARD_NORMAL ? random.randn(m) : new double[m];
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STANDARD_NORMAL -> "standard normal (seed " + seed + ")";
            case XAVIER -> "Xavier normal (seed " + seed + ")";
            case HE -> "He normal (seed " + seed + ")";
        };
    }
}
