package nn.layers;

import nn.activations.LayerFunction;
import nn.activations.Activation;
import nn.init.Initializer;
import nn.normalisation.Norm;
import nn.util.Check;

import java.util.ArrayList;
import java.util.List;

/** Builds a network layer by layer; weights not given are drawn by an {@link Initializer}. */
public final class NetworkBuilder {
    private final int inputs;
    private final List<Object[]> specs = new ArrayList<>(); // {units, function, W or null, b or null, Norm or null}
    private Initializer init;

    NetworkBuilder(int inputs) {
        Check.argument(inputs > 0, "a network needs at least one input, not %d", inputs);
        this.inputs = inputs;
    }

    /** A layer of {@code units} neurons with activation f; its weights come from {@link #init}. */
    public NetworkBuilder dense(int units, Activation f) {
        return dense(units, LayerFunction.of(f));
    }

    /** A layer of {@code units} neurons with layer function f (e.g. {@link LayerFunction#SOFTMAX}). */
    public NetworkBuilder dense(int units, LayerFunction f) {
        Check.argument(units > 0, "layer %d needs at least one neuron, not %d", specs.size() + 1, units);
        specs.add(new Object[] {units, f, null, null, null});
        return this;
    }

    /**
     * A hidden layer of {@code units} neurons that normalises its net inputs before its activation,
     * a = f(γ ⊙ norm(z) + β), e.g. {@code dense(20, Norm.BATCH, SIGMOID)}; γ = 1, β = 0 to start.
     */
    public NetworkBuilder dense(int units, Norm norm, Activation f) {
        Check.notNull(norm, "dense", "a normalisation, Norm.BATCH or Norm.LAYER");
        dense(units, LayerFunction.of(f));
        specs.get(specs.size() - 1)[4] = norm;
        return this;
    }

    /** A softmax output layer of {@code units} neurons. */
    public NetworkBuilder softmax(int units) {
        return dense(units, LayerFunction.SOFTMAX);
    }

    /** A layer with explicit weights, as in the lectures' worked examples. */
    public NetworkBuilder dense(double[][] weights, double[] biases, Activation f) {
        Dense d = Dense.of(weights, biases, f);
        specs.add(new Object[] {d.outputs(), d.function(), d.weights(), d.biases(), null});
        return this;
    }

    /** How to draw the weights not given explicitly, e.g. {@code Init.HE_NORMAL.seeded(42)}. */
    public NetworkBuilder init(Initializer init) {
        Check.argument(init != null, "init needs an initializer, e.g. Init.XAVIER_NORMAL.seeded(42)");
        this.init = init;
        return this;
    }

    /** The network; fails if a layer has no weights and no {@link Initializer} was chosen. */
    public Network build() {
        Check.argument(!specs.isEmpty(), "a network needs at least one layer: call dense(...) before build()");
        Initializer random = init == null ? null : init.restarted();
        List<Dense> layers = new ArrayList<>();
        int n = inputs;
        for (int l = 0; l < specs.size(); l++) {
            Object[] s = specs.get(l);
            int m = (int) s[0];
            double[][] w = (double[][]) s[2];
            double[] b = (double[]) s[3];
            if (w == null) {
                Check.argument(random != null, "layer %d has no weights: give them, or choose an initialisation with init(Init.XAVIER_NORMAL.seeded(seed))", l + 1);
                w = random.weights(m, n);
                b = random.biases(m);
            } else {
                Check.argument(w[0].length == n, "layer %d expects %d inputs but got %d (W%s is %d×%d, the layer before gives %d outputs)",
                        l + 1, w[0].length, n, ParameterNames.sup(l + 1), m, w[0].length, n);
            }
            Dense layer = Dense.of(w, b, (LayerFunction) s[1]);
            layers.add(s[4] == null ? layer : layer.normalised((Norm) s[4]));
            n = m;
        }
        return Network.of(layers);
    }
}
