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
 */
public final class Initializer {
    private final Init scheme;
    private final long seed;
    private final NumpyRandom random;
    private int layers;

    private Initializer(Init scheme, long seed) {
        this.scheme = scheme;
        this.seed = seed;
        this.random = new NumpyRandom(seed);
    }

    /** {@code scheme} drawing from {@code new NumpyRandom(seed)}. */
    public static Initializer of(Init scheme, long seed) {
        Check.argument(scheme != null, "an initializer needs a scheme, e.g. Init.HE_NORMAL");
        return new Initializer(scheme, seed);
    }

    /** The next layer's {@code outputs × inputs} weight matrix. */
    public double[][] weights(int outputs, int inputs) {
        double[][] w = scheme.weights(outputs, inputs, random);
        layers++;
        return w;
    }

    /** A bias vector of {@code outputs} zeros (biases start at 0 in every scheme here). */
    public double[] biases(int outputs) {
        Check.argument(outputs > 0, "a bias vector needs at least one entry but got %d", outputs);
        return new double[outputs];
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
        return "Initializer(" + scheme.label() + ", seed=" + seed + ")";
    }
}
