package nn.layers;

import nn.activations.Activation;
import nn.losses.Loss;
import nn.util.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A feed-forward network (前馈神经网络): layers 1…L applied in turn, aˡ = fˡ(Wˡaˡ⁻¹ + bˡ), a⁰ = x.
 * Immutable: {@link #step} returns the network after one gradient-descent update. Build one like
 * PyTorch's {@code nn.Sequential}:
 * <pre>
 *   Network.builder(3).dense(4, RELU).dense(2, SIGMOID).init(Init.standardNormal(42)).build()
 *   // Network[3 → 4 ReLU → 2 sigmoid]
 * </pre>
 */
public final class Network {
    private final List<Dense> layers;

    private Network(List<Dense> layers) {
        this.layers = List.copyOf(layers);
    }

    /** The network of these layers; each layer's inputs must match the previous layer's outputs. */
    public static Network of(Dense... layers) {
        return of(List.of(layers));
    }

    /** The network of these layers. */
    public static Network of(List<Dense> layers) {
        Check.argument(layers != null && !layers.isEmpty(), "a network needs at least one layer");
        for (int l = 1; l < layers.size(); l++) {
            Dense previous = layers.get(l - 1), layer = layers.get(l);
            Check.argument(layer.inputs() == previous.outputs(),
                    "layer %d expects %d inputs but layer %d gives %d outputs (W%s is %d×%d, W%s is %d×%d)",
                    l + 1, layer.inputs(), l, previous.outputs(), Builder.sup(l + 1), layer.outputs(), layer.inputs(),
                    Builder.sup(l), previous.outputs(), previous.inputs());
        }
        return new Network(layers);
    }

    /** A builder for a network on {@code inputs} inputs. */
    public static Builder builder(int inputs) {
        return new Builder(inputs);
    }

    /** Number of layers L (the input is not a layer). */
    public int depth() {
        return layers.size();
    }

    /** Layer l, counted from 1 as in the lectures. */
    public Dense layer(int l) {
        Check.argument(l >= 1 && l <= layers.size(), "this network has layers 1 to %d, there is no layer %d", layers.size(), l);
        return layers.get(l - 1);
    }

    /** The layers in order. */
    public List<Dense> layers() {
        return layers;
    }

    /** Number of inputs. */
    public int inputs() {
        return layers.get(0).inputs();
    }

    /** Number of outputs. */
    public int outputs() {
        return layers.get(layers.size() - 1).outputs();
    }

    /** Number of weights and biases. */
    public int parameterCount() {
        return layers.stream().mapToInt(Dense::parameterCount).sum();
    }

    /** The forward pass: every zˡ = Wˡaˡ⁻¹ + bˡ and aˡ = f(zˡ), kept for backpropagation. */
    public ForwardPass forward(double... x) {
        Check.finite(x, "x");
        double[][] z = new double[layers.size()][];
        double[][] a = new double[layers.size()][];
        double[] input = x;
        for (int l = 0; l < layers.size(); l++) {
            Dense layer = layers.get(l);
            z[l] = layer.netInput(input, "layer " + (l + 1));
            a[l] = layer.function().apply(z[l]);
            input = a[l];
        }
        return new ForwardPass(this, x.clone(), z, a);
    }

    /** The output a^L for input x. */
    public double[] predict(double... x) {
        return forward(x).output();
    }

    /** Backpropagation for one example: forward pass, then every δ and gradient. */
    public BackwardPass backward(double[] x, double[] target, Loss loss) {
        return BackwardPass.of(forward(x), target, loss);
    }

    /** ∂L/∂θ for every parameter θ, for one example. */
    public Gradients gradients(double[] x, double[] target, Loss loss) {
        return backward(x, target, loss).gradients();
    }

    /** The loss L(a^L, t) for one example. */
    public double loss(double[] x, double[] target, Loss loss) {
        return loss.value(predict(x), target);
    }

    /** One step of gradient descent (梯度下降): θ ← θ − η ∂L/∂θ for every weight and bias. */
    public Network step(Gradients g, double eta) {
        Check.positive(eta, "the learning rate η");
        Check.argument(g.depth() == depth(), "gradients for %d layers cannot update a network of %d layers", g.depth(), depth());
        List<Dense> next = new ArrayList<>();
        for (int l = 1; l <= depth(); l++) {
            Dense layer = layer(l);
            double[][] dW = g.weights(l);
            Check.argument(dW.length == layer.outputs() && dW[0].length == layer.inputs(),
                    "layer %d has W of shape %d×%d but its gradient is %d×%d", l, layer.outputs(), layer.inputs(), dW.length, dW[0].length);
            next.add(layer.minus(eta, dW, g.biases(l)));
        }
        return new Network(next);
    }

    /** The same network with layer l replaced (for showing an update of one layer only). */
    public Network withLayer(int l, Dense replacement) {
        List<Dense> next = new ArrayList<>(layers);
        layer(l);
        next.set(l - 1, replacement);
        return of(next);
    }

    @Override
    public String toString() {
        return "Network[" + inputs() + layers.stream().map(d -> " → " + d.outputs() + " " + d.function().name())
                .collect(Collectors.joining()) + "]";
    }

    /** Builds a network layer by layer; weights not given are drawn by an {@link Init}. */
    public static final class Builder {
        private final int inputs;
        private final List<Object[]> specs = new ArrayList<>(); // {units, function, W or null, b or null}
        private Init init;

        private Builder(int inputs) {
            Check.argument(inputs > 0, "a network needs at least one input, not %d", inputs);
            this.inputs = inputs;
        }

        /** A layer of {@code units} neurons with activation f; its weights come from {@link #init}. */
        public Builder dense(int units, Activation f) {
            return dense(units, LayerFunction.of(f));
        }

        /** A layer of {@code units} neurons with layer function f (e.g. {@link LayerFunction#SOFTMAX}). */
        public Builder dense(int units, LayerFunction f) {
            Check.argument(units > 0, "layer %d needs at least one neuron, not %d", specs.size() + 1, units);
            specs.add(new Object[] {units, f, null, null});
            return this;
        }

        /** A softmax output layer of {@code units} neurons. */
        public Builder softmax(int units) {
            return dense(units, LayerFunction.SOFTMAX);
        }

        /** A layer with explicit weights, as in the lectures' worked examples. */
        public Builder dense(double[][] weights, double[] biases, Activation f) {
            Dense d = Dense.of(weights, biases, f);
            specs.add(new Object[] {d.outputs(), d.function(), d.weights(), d.biases()});
            return this;
        }

        /** How to draw the weights not given explicitly. */
        public Builder init(Init init) {
            this.init = init;
            return this;
        }

        /** The network; fails if a layer has no weights and no {@link Init} was chosen. */
        public Network build() {
            Check.argument(!specs.isEmpty(), "a network needs at least one layer: call dense(...) before build()");
            var random = init == null ? null : init.generator();
            List<Dense> layers = new ArrayList<>();
            int n = inputs;
            for (int l = 0; l < specs.size(); l++) {
                Object[] s = specs.get(l);
                int m = (int) s[0];
                double[][] w = (double[][]) s[2];
                double[] b = (double[]) s[3];
                if (w == null) {
                    Check.argument(random != null, "layer %d has no weights: give them, or choose an initialisation with init(Init.xavier(seed))", l + 1);
                    w = init.weights(random, m, n);
                    b = init.biases(random, m);
                } else {
                    Check.argument(w[0].length == n, "layer %d expects %d inputs but got %d (W%s is %d×%d, the layer before gives %d outputs)",
                            l + 1, w[0].length, n, sup(l + 1), m, w[0].length, n);
                }
                layers.add(Dense.of(w, b, (LayerFunction) s[1]));
                n = m;
            }
            return new Network(layers);
        }

        static String sup(int l) {
            String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
            StringBuilder s = new StringBuilder();
            for (char c : Integer.toString(l).toCharArray()) {
                s.append(digits.charAt(c - '0'));
            }
            return s.toString();
        }
    }
}
