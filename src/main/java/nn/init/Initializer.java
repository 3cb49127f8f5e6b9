package nn.init;

import nn.random.NumpyRandom;
import nn.util.Check;

/**
 * A scheme ({@link Init}) together with its own seeded generator: the object a network asks for
 * each layer's weights, one layer after the other. Two initialisers with the same scheme and seed
 * give the same network.
 *
 * <pre>{@code
 * Initializer init = Initializer.of(Init.XAVIER_NORMAL, 42);
 * double[][] w1 = init.weights(3, 2);   // layer 1: 3 outputs, 2 inputs
 * double[][] w2 = init.weights(1, 3);   // layer 2 continues from the same generator
 * double[] b1 = init.biases(3);         // zeros, as Glorot and He use
 * }</pre>
 *
 * {@link #randn(long)} is lecture 000's NumPy recipe instead: every W and b entry from N(0, 1),
 * drawn in the order W¹, b¹, W², b², … ({@code np.random.seed(s); W1 = randn(4, 3); b1 = randn(4)}).
 * A network builder starts from {@link #restarted()}, so one initializer builds the same network
 * every time.
 */
public final class Initializer {
    private final Init scheme;
    private final long seed;
    private final NumpyRandom random;
    private final boolean randomBiases;
    private int layers;

    private Initializer(Init scheme, long seed, boolean randomBiases) {
        this.scheme = scheme;
        this.seed = seed;
        this.randomBiases = randomBiases;
        this.random = new NumpyRandom(seed);
    }

    /** {@code scheme} drawing from {@code new NumpyRandom(seed)}. */
    public static Initializer of(Init scheme, long seed) {
        Check.argument(scheme != null, "an initializer needs a scheme, e.g. Init.HE_NORMAL");
        return new Initializer(scheme, seed, false);
    }

    /** Every W and b entry from N(0, 1), in the order W¹, b¹, W², b², … as lecture 000's NumPy code. */
    public static Initializer randn(long seed) {
        return new Initializer(Init.NORMAL, seed, true);
    }

    /** The same scheme and seed with a fresh generator, drawing from the start again. */
    public Initializer restarted() {
        return new Initializer(scheme, seed, randomBiases);
    }

    /** The next layer's {@code outputs × inputs} weight matrix. */
    public double[][] weights(int outputs, int inputs) {
        double[][] w = scheme.weights(outputs, inputs, random);
        layers++;
        return w;
    }

    /** The next bias vector: {@code outputs} zeros (as Glorot and He use), or N(0, 1) draws for {@link #randn(long)}. */
    public double[] biases(int outputs) {
        Check.argument(outputs > 0, "a bias vector needs at least one entry but got %d", outputs);
        return randomBiases ? random.randn(outputs) : new double[outputs];
    }

    /** The scheme. */
    public Init scheme() {
        return scheme;
    }

    /** The seed the generator started from. */
    public long seed() {
        return seed;
    }

    /** How many weight matrices this initializer has drawn so far. */
    public int layersDrawn() {
        return layers;
    }

    @Override
    public String toString() {
        return "Initializer(" + scheme.label() + (randomBiases ? " for W and b" : "") + ", seed=" + seed + ")";
    }
}
