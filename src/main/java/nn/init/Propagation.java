package nn.init;

import nn.activations.Activation;
import nn.random.NumpyRandom;
import nn.util.Check;
import nn.util.Fmt;

import java.util.Arrays;

/**
 * The experiment of Glorot and Bengio (2010) and He et al. (2015): send a batch of standard normal
 * inputs through a deep stack of fully connected layers (no biases), then send a random gradient
 * back, and look at the numbers layer by layer. For layer l = 1 … L,
 * <pre>
 *   forward:   z^l = W^l a^(l−1),   a^l = f(z^l),   a^0 = x ~ N(0, 1)
 *   backward:  δ^L = g ⊙ f'(z^L) with g ~ N(0, 1) standing for ∂L/∂a^L,
 *              δ^(l−1) = ((W^l)ᵀ δ^l) ⊙ f'(z^(l−1)),   ∂L/∂W^l = δ^l (a^(l−1))ᵀ / batch
 * </pre>
 * The lecture's variance argument says Var[z^l] = n_(l−1) · Var[W^l] · E[(a^(l−1))²]; with the
 * right initialiser the activations and the errors δ keep their size through all layers.
 *
 * <pre>{@code
 * Propagation p = Propagation.run(Init.XAVIER_NORMAL, Activations.TANH, 10, 100, 500, 0);
 * p.activationStds();   // one number per layer
 * p.activations(10);    // all values of layer 10, for a histogram
 * DistributionPlots.histograms("tanh, Xavier", "a", p.layerNames(), p.activationsByLayer(), 40, 5);
 * }</pre>
 * One generator {@code new NumpyRandom(seed)} draws the inputs x, then the output gradient g,
 * then the weights layer by layer: with one seed, every initialiser sees the same x and g.
 */
public final class Propagation {
    private final Init init;
    private final Activation f;
    private final int[] sizes;
    private final int batch;
    private final long seed;
    private final double[][][] a;      // a[l][example][unit], l = 0 … L
    private final double[][][] z;      // z[l], l = 1 … L (z[0] unused)
    private double[][][] delta;        // δ[l] = ∂L/∂z^l, l = 1 … L; made when first asked for
    private double[][][] gradW;        // ∂L/∂W^l, l = 1 … L; made when first asked for
    private final double[][][] w;      // W^l, l = 1 … L
    private final double[][] outputGradient; // g = ∂L/∂a^L

    private Propagation(Init init, Activation f, int[] sizes, int batch, long seed) {
        this.init = init;
        this.f = f;
        this.sizes = sizes;
        this.batch = batch;
        this.seed = seed;
        int layers = sizes.length - 1;
        NumpyRandom random = new NumpyRandom(seed);
        w = new double[layers + 1][][];
        a = new double[layers + 1][][];
        z = new double[layers + 1][][];
        a[0] = random.randn(batch, sizes[0]);
        outputGradient = random.randn(batch, sizes[layers]); // drawn before the weights, so the same for every scheme
        for (int l = 1; l <= layers; l++) { // forward pass
            w[l] = init.weights(sizes[l], sizes[l - 1], random);
            z[l] = new double[batch][sizes[l]];
            a[l] = new double[batch][sizes[l]];
            for (int b = 0; b < batch; b++) { // each row looked up once; the sums in the same order
                double[] in = a[l - 1][b];
                for (int o = 0; o < sizes[l]; o++) {
                    double[] wo = w[l][o];
                    double s = 0;
                    for (int i = 0; i < sizes[l - 1]; i++) {
                        s += wo[i] * in[i];
                    }
                    z[l][b][o] = s;
                    a[l][b][o] = f.apply(s);
                }
            }
        }
    }

    /**
     * The backward pass, run when its numbers are first asked for (a lesson that looks only at the
     * activations never pays for it): δ^L = g ⊙ f'(z^L), then δ^(l−1) = ((W^l)ᵀ δ^l) ⊙ f'(z^(l−1)).
     */
    private double[][][] deltas() {
        if (delta != null) {
            return delta;
        }
        int layers = depth();
        double[][][] d = new double[layers + 1][][];
        double[][] g = outputGradient; // ∂L/∂a^L
        for (int l = layers; l >= 1; l--) {
            d[l] = new double[batch][sizes[l]];
            for (int b = 0; b < batch; b++) {
                for (int o = 0; o < sizes[l]; o++) {
                    d[l][b][o] = g[b][o] * f.derivative(z[l][b][o]);
                }
            }
            if (l == 1) {
                break; // ∂L/∂a^0, the gradient for the inputs, is not needed
            }
            g = new double[batch][sizes[l - 1]]; // ∂L/∂a^(l−1) = (W^l)ᵀ δ^l
            for (int b = 0; b < batch; b++) {
                double[] gb = g[b];
                for (int o = 0; o < sizes[l]; o++) {
                    double dbo = d[l][b][o];
                    double[] wo = w[l][o];
                    for (int i = 0; i < sizes[l - 1]; i++) {
                        gb[i] += wo[i] * dbo;
                    }
                }
            }
        }
        delta = d;
        return delta;
    }

    /** ∂L/∂W^l = δ^l (a^(l−1))ᵀ / batch for every layer, made when first asked for, each entry summed over the batch in order. */
    private double[][][] gradients() {
        if (gradW != null) {
            return gradW;
        }
        double[][][] d = deltas();
        double[][][] gw = new double[depth() + 1][][];
        for (int l = 1; l <= depth(); l++) {
            gw[l] = new double[sizes[l]][sizes[l - 1]];
            for (int b = 0; b < batch; b++) {
                double[] in = a[l - 1][b];
                for (int o = 0; o < sizes[l]; o++) {
                    double dbo = d[l][b][o];
                    double[] gwo = gw[l][o];
                    for (int i = 0; i < sizes[l - 1]; i++) {
                        gwo[i] += dbo * in[i] / batch;
                    }
                }
            }
        }
        gradW = gw;
        return gradW;
    }

    /** {@code depth} layers of {@code width} units each, fed {@code batch} inputs of {@code width} features. */
    public static Propagation run(Init init, Activation f, int depth, int width, int batch, long seed) {
        Check.given("Propagation.run", "init", init, "f", f);
        Check.argument(depth >= 1 && width >= 1 && depth < Integer.MAX_VALUE, "a propagation experiment needs at least one layer of one unit but got %d layers of %d", depth, width);
        int[] sizes = new int[depth + 1];
        Arrays.fill(sizes, width);
        return run(init, f, sizes, batch, seed);
    }

    /** Layers of the given sizes [n_0 (inputs), n_1, …, n_L]. */
    public static Propagation run(Init init, Activation f, int[] sizes, int batch, long seed) {
        Check.given("Propagation.run", "init", init, "f", f, "sizes", sizes);
        Check.argument(init != null && f != null, "a propagation experiment needs an initialiser and an activation");
        Check.notNull(sizes, "a propagation experiment", "layer sizes");
        Check.argument(sizes.length >= 2 && Arrays.stream(sizes).allMatch(n -> n >= 1), "layer sizes must be at least [inputs, outputs], all ≥ 1, but were %s", Arrays.toString(sizes));
        Check.argument(batch >= 2, "a propagation experiment needs a batch of at least 2 inputs but got %d", batch);
        return new Propagation(init, f, sizes.clone(), batch, seed);
    }

    /** The number of layers L. */
    public int depth() {
        return sizes.length - 1;
    }

    /** All activations a^l of layer l (1 … L; 0 gives the inputs) over the batch, as one array. */
    public double[] activations(int l) {
        return flat(() -> a, l, 0);
    }

    /** All net inputs z^l of layer l (1 … L). */
    public double[] netInputs(int l) {
        return flat(() -> z, l, 1);
    }

    /** All errors δ^l = ∂L/∂z^l of layer l (1 … L): the back-propagated gradients. */
    public double[] deltas(int l) {
        return flat(this::deltas, l, 1);
    }

    /** All entries of the weight gradient ∂L/∂W^l of layer l (1 … L). */
    public double[] weightGradients(int l) {
        return flat(this::gradients, l, 1);
    }

    /** {@link #activations(int)} of layers 1 … L, row l − 1 for layer l: ready for {@code DistributionPlots.histograms}. */
    public double[][] activationsByLayer() {
        return java.util.stream.IntStream.rangeClosed(1, depth()).mapToObj(this::activations).toArray(double[][]::new);
    }

    /** {@link #deltas(int)} of layers 1 … L, row l − 1 for layer l. */
    public double[][] deltasByLayer() {
        return java.util.stream.IntStream.rangeClosed(1, depth()).mapToObj(this::deltas).toArray(double[][]::new);
    }

    /** {@code "layer 1"}, …, {@code "layer L"}: panel titles for the arrays above. */
    public String[] layerNames() {
        return java.util.stream.IntStream.rangeClosed(1, depth()).mapToObj(l -> "layer " + l).toArray(String[]::new);
    }

    /** W^l itself (for tests that redo the forward pass). */
    double[][] weights(int l) {
        return w[l];
    }

    /** The random g = ∂L/∂a^L the backward pass starts from. */
    double[][] outputGradient() {
        return outputGradient;
    }

    /** The inputs a^0, one row per example. */
    double[][] inputs() {
        return a[0];
    }

    /** The standard deviation of the activations, layer 1 … L. */
    public double[] activationStds() {
        return perLayer(this::activations);
    }

    /** The standard deviation of δ, layer 1 … L. */
    public double[] deltaStds() {
        return perLayer(this::deltas);
    }

    /** The standard deviation of the weight gradients, layer 1 … L. */
    public double[] weightGradientStds() {
        return perLayer(this::weightGradients);
    }

    /** The population standard deviation √(mean (x − x̄)²). */
    public static double std(double[] x) {
        Check.given("Propagation.std", "x", x);
        Check.finite(x, "x");
        double mean = Arrays.stream(x).average().orElse(0);
        return Check.computed(new double[] {Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).average().orElse(0))}, "the standard deviation")[0];
    }

    /** The mean square E[x²]. */
    public static double meanSquare(double[] x) {
        Check.given("Propagation.meanSquare", "x", x);
        Check.finite(x, "x");
        return Check.computed(new double[] {Arrays.stream(x).map(v -> v * v).average().orElse(0)}, "the mean square")[0];
    }

    private double[] perLayer(java.util.function.IntFunction<double[]> values) {
        double[] s = new double[depth()];
        for (int l = 1; l <= depth(); l++) {
            s[l - 1] = std(values.apply(l));
        }
        return s;
    }

    /** Layer l of the values, checked first: a wrong layer runs no backward pass. */
    private double[] flat(java.util.function.Supplier<double[][][]> values, int l, int first) {
        Check.argument(l >= first && l <= depth(), "this network has layers %d to %d, not %d", first, depth(), l);
        return Arrays.stream(values.get()[l]).flatMapToDouble(Arrays::stream).toArray();
    }

    @Override
    public String toString() {
        String shape = Arrays.stream(sizes).allMatch(n -> n == sizes[0]) ? depth() + " layers of " + sizes[0] : Arrays.toString(sizes);
        return "Propagation(" + f + ", " + init.label() + ", " + shape + ", batch " + batch + ", seed=" + seed
                + ": std of a^" + depth() + " = " + Fmt.num(activationStds()[depth() - 1], 3) + ")";
    }
}
