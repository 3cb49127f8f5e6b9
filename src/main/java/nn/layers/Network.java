package nn.layers;

import nn.activations.Activation;
import nn.losses.LogitLoss;
import nn.losses.Loss;
import nn.util.Check;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A feed-forward network (前馈神经网络): layers 1…L applied in turn, aˡ = fˡ(Wˡaˡ⁻¹ + bˡ), a⁰ = x.
 * Immutable: {@link #step} returns the network after one gradient-descent update. Build one like
 * PyTorch's {@code nn.Sequential}:
 * <pre>
 *   Network.builder(3).dense(4, RELU).dense(2, SIGMOID).init(Initializer.randn(42)).build()
 *   // Network[3 → 4 ReLU → 2 sigmoid]
 * </pre>
 * A hidden layer may normalise its net inputs before its activation, aˡ = f(γˡ ⊙ norm(zˡ) + βˡ)
 * ({@link Dense#normalised}, {@code dense(4, Norm.BATCH, RELU)}). Training ({@link #gradients(double[][],
 * double[][], Loss)}, the training loop) normalises with each batch's statistics; everything else
 * ({@link #predict}, {@link #loss}) is inference, with batch norm's running statistics.
 */
public final class Network {
    private final List<Dense> layers;

    private Network(List<Dense> layers) {
        this.layers = List.copyOf(layers);
    }

    /** The network of these layers; each layer's inputs must match the previous layer's outputs. */
    public static Network of(Dense... layers) {
        Check.argument(layers != null, "a network needs at least one layer");
        return of(java.util.Arrays.asList(layers));
    }

    /** Wraps already checked layers (for the builder). */
    static Network checked(List<Dense> layers) {
        return new Network(layers);
    }

    /** The network of these layers. */
    public static Network of(List<Dense> layers) {
        Check.argument(layers != null && !layers.isEmpty(), "a network needs at least one layer");
        for (int l = 0; l < layers.size(); l++) {
            Check.argument(layers.get(l) != null, "a network needs a layer at every position, but layer %d is null", l + 1);
        }
        Check.argument(layers.get(layers.size() - 1).norm() == null,
                "layer %d is the output layer, whose net inputs are the network's scores; normalisation belongs to hidden layers", layers.size());
        for (int l = 1; l < layers.size(); l++) {
            Dense previous = layers.get(l - 1), layer = layers.get(l);
            Check.argument(layer.inputs() == previous.outputs(),
                    "layer %d expects %d inputs but layer %d gives %d outputs (W%s is %d×%d, W%s is %d×%d)",
                    l + 1, layer.inputs(), l, previous.outputs(), ParameterNames.sup(l + 1), layer.outputs(), layer.inputs(),
                    ParameterNames.sup(l), previous.outputs(), previous.inputs());
        }
        return new Network(layers);
    }

    /** A builder for a network on {@code inputs} inputs. */
    public static NetworkBuilder builder(int inputs) {
        return new NetworkBuilder(inputs);
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

    /** Number of weights and biases (and normalisations' γ and β). */
    public int parameterCount() {
        return layers.stream().mapToInt(Dense::parameterCount).sum();
    }

    /**
     * The forward pass: every zˡ = Wˡaˡ⁻¹ + bˡ and aˡ = f(zˡ), kept for backpropagation; a
     * normalised layer's aˡ = f(γˡ ⊙ norm(zˡ) + βˡ) in inference mode.
     */
    public ForwardPass forward(double... x) {
        Check.finite(x, "x");
        double[][] z = new double[layers.size()][];
        double[][] a = new double[layers.size()][];
        double[] input = x;
        for (int l = 0; l < layers.size(); l++) {
            Dense layer = layers.get(l);
            z[l] = layer.netInput(input, l + 1);
            a[l] = layer.function().apply(layer.norm() == null ? z[l] : layer.norm().infer(z[l]));
            input = a[l];
        }
        return new ForwardPass(this, x.clone(), z, a);
    }

    /** The output a^L for input x. */
    public double[] predict(double... x) {
        return forward(x).output();
    }

    /** The output a^L for every row of {@code x} (one example per row). */
    public double[][] predict(double[][] x) {
        Check.argument(x != null, "predict needs a matrix of examples, one per row");
        double[][] y = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            y[i] = predict(x[i]);
        }
        return y;
    }

    /** Backpropagation for one example: forward pass, then every δ and gradient. */
    public BackwardPass backward(double[] x, double[] target, Loss loss) {
        return BackwardPass.of(forward(x), target, loss);
    }

    /** Backpropagation for one example with a loss of the output layer's scores zᴸ, e.g. softmax + cross-entropy. */
    public BackwardPass backward(double[] x, double[] target, LogitLoss loss) {
        return BackwardPass.of(forward(x), target, loss);
    }

    /** ∂L/∂θ for every parameter θ, for one example. */
    public Gradients gradients(double[] x, double[] target, Loss loss) {
        return backward(x, target, loss).gradients();
    }

    /**
     * The mean gradient (1/B) Σᵣ ∂L(x⁽ʳ⁾, t⁽ʳ⁾)/∂θ over a batch, one example per row of {@code x}
     * and {@code targets}, computed in matrix form by a {@link BatchPass}.
     */
    public Gradients gradients(double[][] x, double[][] targets, Loss loss) {
        checkBatch(x, targets);
        BatchPass pass = BatchPass.of(this, x.length, loss);
        pass.backprop(x, targets, null, 0, x.length, null);
        return pass.gradients();
    }

    /**
     * The loss L(a^L, t) for one example. Where a cross-entropy would clip ŷ to ε and the output
     * layer applies softmax (or the sigmoid), it is computed from the scores z^L, exactly; where no
     * such output layer is there, that fails with a sentence naming the clipped prediction.
     */
    public double loss(double[] x, double[] target, Loss loss) {
        Check.notNull(loss, "loss", "a loss function");
        ForwardPass pass = forward(x);
        return OutputLoss.of(loss, layer(depth()).function()).value(pass.z(depth()), pass.output(), target);
    }

    /**
     * Whether the loss of this example is clipped flat: a phrase naming the clipped prediction, e.g.
     * {@code ŷ[1] = 0 lies below ε = 1e-12 where t[1] = 1}, or null when {@link #loss(double[],
     * double[], Loss)} is the true loss here (also where the output layer lets it be computed from
     * the scores). Near a clipped example the loss does not change with the parameters.
     */
    public String clippedLoss(double[] x, double[] target, Loss loss) {
        Check.notNull(loss, "clippedLoss", "a loss function");
        ForwardPass pass = forward(x);
        return OutputLoss.of(loss, layer(depth()).function()).clipped(pass.z(depth()), pass.output(), target);
    }

    /**
     * The mean loss (1/N) Σᵢ L(x⁽ⁱ⁾, t⁽ⁱ⁾) over the rows of {@code x} and {@code targets}, by forward passes in matrix form
     * (inference: batch norm with its running statistics).
     */
    public double loss(double[][] x, double[][] targets, Loss loss) {
        checkBatch(x, targets);
        return BatchPass.of(this, Math.min(x.length, 256), loss).totalLoss(x, targets) / x.length;
    }

    /**
     * The mean loss of the batch as a training step computes it: batch norm with the batch's own
     * statistics, so each example's loss depends on the others (the loss whose gradient
     * {@link #gradients(double[][], double[][], Loss)} is). Without batch norm it is {@link #loss(double[][], double[][], Loss)}.
     */
    public double lossInTraining(double[][] x, double[][] targets, Loss loss) {
        checkBatch(x, targets);
        return BatchPass.of(this, x.length, loss).backprop(x, targets, null, 0, x.length, null) / x.length;
    }

    /** Fails unless x and the targets have one row per example, of this network's input and output sizes. */
    private void checkBatch(double[][] x, double[][] targets) {
        Check.argument(x != null && targets != null && x.length > 0 && x.length == targets.length,
                "a batch needs as many target rows as input rows, at least one, but got %s and %s",
                x == null ? "none" : x.length, targets == null ? "none" : targets.length);
        for (int r = 0; r < x.length; r++) {
            Check.argument(x[r] != null && x[r].length == inputs(), "%s expects %d inputs but row %d of the batch has %s",
                    this, inputs(), r + 1, x[r] == null ? "none" : x[r].length);
            Check.finite(x[r], "x row " + (r + 1));
            Check.argument(targets[r] != null && targets[r].length == outputs(), "%s has %d outputs but target row %d has %s entries",
                    this, outputs(), r + 1, targets[r] == null ? "no" : targets[r].length);
        }
    }

    /** One step of gradient descent (梯度下降): θ ← θ − η ∂L/∂θ for every weight and bias. */
    public Network step(Gradients g, double eta) {
        Check.positive(eta, "the learning rate η");
        Check.notNull(g, "a step", "gradients");
        Check.argument(g.depth() == depth(), "gradients for %d layers cannot update a network of %d layers", g.depth(), depth());
        List<Dense> next = new ArrayList<>(layers.size());
        for (int l = 1; l <= depth(); l++) {
            Dense layer = layers.get(l - 1);
            double[][] dW = weightGradient(g, l);
            next.add(layer.minus(eta, dW, g.sharedBiases(l), g.sharedGamma(l), g.sharedBeta(l), l));
        }
        return new Network(next);
    }

    /**
     * One step of {@code optimizer} on every layer: Wˡ and bˡ under the keys {@code W¹}, {@code b¹},
     * {@code W²}, … and a normalisation's γˡ and βˡ under {@code γ¹}, {@code β¹} (momentum, Adam's
     * moments and step counts are kept per key; batch norm's running statistics stay as they are). All or nothing:
     * when a layer's gradient has the wrong shape or is not finite, or its step would overflow, the
     * optimiser's state is as before, for every layer, and nothing is returned.
     */
    public Network step(Gradients g, nn.optim.Optimizer optimizer) {
        Check.notNull(g, "a step", "gradients");
        Check.notNull(optimizer, "a step", "an optimizer, e.g. Optimizer.adam(0.01)");
        Check.argument(g.depth() == depth(), "gradients for %d layers cannot update a network of %d layers", g.depth(), depth());
        List<String> keys = new ArrayList<>();
        List<double[]> theta = new ArrayList<>(), grads = new ArrayList<>();
        for (int l = 1; l <= depth(); l++) {
            Dense layer = layers.get(l - 1);
            double[][] dW = weightGradient(g, l);
            keys.add("W" + ParameterNames.sup(l));
            theta.add(flat(layer.weights()));
            grads.add(flat(dW));
            keys.add("b" + ParameterNames.sup(l));
            theta.add(layer.biases());
            grads.add(g.sharedBiases(l).clone());
            if (layer.norm() != null) {
                keys.add("γ" + ParameterNames.sup(l));
                theta.add(layer.norm().gamma());
                grads.add(g.sharedGamma(l).clone());
                keys.add("β" + ParameterNames.sup(l));
                theta.add(layer.norm().beta());
                grads.add(g.sharedBeta(l).clone());
            }
        }
        optimizer.stepAll(keys, theta, grads);
        List<Dense> next = new ArrayList<>(layers.size());
        int k = 0; // the next tensor of theta: Wˡ, bˡ (and γˡ, βˡ) of each layer in turn
        for (int l = 1; l <= depth(); l++) {
            Dense layer = layers.get(l - 1);
            double[] w = theta.get(k++), b = theta.get(k++);
            double[][] wl = new double[layer.outputs()][];
            for (int i = 0; i < wl.length; i++) {
                wl[i] = java.util.Arrays.copyOfRange(w, i * layer.inputs(), (i + 1) * layer.inputs());
            }
            next.add(layer.norm() == null ? layer.with(wl, b, null, null) : layer.with(wl, b, theta.get(k++), theta.get(k++)));
        }
        return new Network(next);
    }

    /** ∂L/∂Wˡ of g (not copied), checked against the shape of layer l's W, and g's ∂L/∂γˡ, ∂L/∂βˡ against its normalisation. */
    private double[][] weightGradient(Gradients g, int l) {
        Dense layer = layers.get(l - 1);
        if ((layer.norm() == null) != (g.sharedGamma(l) == null)) {
            Check.argument(false, layer.norm() == null ? "layer %d has no normalisation, but the gradients have ∂L/∂γ%s"
                    : "layer %d normalises its net inputs, but the gradients have no ∂L/∂γ%s (take them from a batch: gradients(x[][], t[][], loss))",
                    l, ParameterNames.sup(l));
        }
        double[][] dW = g.sharedWeights(l);
        if (dW.length != layer.outputs() || dW[0].length != layer.inputs()) {
            Check.argument(false, "layer %d has W of shape %d×%d but its gradient is %d×%d",
                    l, layer.outputs(), layer.inputs(), dW.length, dW[0].length);
        }
        return dW;
    }

    /** The rows of a matrix one after another. */
    private static double[] flat(double[][] m) {
        double[] v = new double[m.length * m[0].length];
        for (int i = 0; i < m.length; i++) {
            System.arraycopy(m[i], 0, v, i * m[0].length, m[0].length);
        }
        return v;
    }

    /** The same network with layer l replaced (for showing an update of one layer only). */
    public Network withLayer(int l, Dense replacement) {
        Check.notNull(replacement, "withLayer", "a layer to put in");
        List<Dense> next = new ArrayList<>(layers);
        layer(l);
        next.set(l - 1, replacement);
        return of(next);
    }

    /** One row per layer: its shape, W's and b's shapes, its activation and its number of parameters. */
    public Table summary() {
        IntColumn layer = IntColumn.create("layer l"), params = IntColumn.create("parameters");
        StringColumn shape = StringColumn.create("inputs → neurons"), w = StringColumn.create("W shape"),
                b = StringColumn.create("b shape"), f = StringColumn.create("activation");
        for (int l = 1; l <= depth(); l++) {
            Dense d = layer(l);
            layer.append(l);
            shape.append(d.inputs() + " → " + d.outputs());
            w.append(d.outputs() + "×" + d.inputs());
            b.append(String.valueOf(d.outputs()));
            f.append(d.norm() == null ? d.function().name() : d.norm().kind() + ", " + d.function().name());
            params.append(d.parameterCount());
        }
        return Table.create(this + ": " + parameterCount() + " parameters", layer, shape, w, b, f, params);
    }

    @Override
    public String toString() {
        return "Network[" + inputs() + layers.stream().map(d -> " → " + d.outputs() + " " + (d.norm() == null ? "" : "(" + d.norm().kind() + ") ")
                        + d.function().name())
                .collect(Collectors.joining()) + "]";
    }
}
