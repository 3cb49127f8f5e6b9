package nn.layers;

import nn.activations.LayerFunction;
import nn.activations.Activation;
import nn.linear.Affine;
import nn.normalisation.Norm;
import nn.normalisation.Normalisation;
import nn.util.Check;
import nn.util.NotFinite;
import nn.util.Fmt;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.Optional;

/**
 * A fully connected layer (全连接层) of m neurons on n inputs: the affine map z = Wx + b
 * ({@link Affine}), then a = f(z), with W ∈ ℝ^{m×n} (row i holds the weights into neuron i) and
 * b ∈ ℝ^m. Immutable: a learning step makes a new layer.
 *
 * <p>A layer may normalise its net inputs before the activation ({@link #normalised(Norm)}):
 * z = Wx + b, ẑ = γ ⊙ norm(z) + β, a = f(ẑ), with batch or layer norm ({@link Normalisation}),
 * where Ioffe and Szegedy put batch norm. Its b is then redundant (batch norm subtracts every
 * constant), but harmless.
 */
public final class Dense {
    private final Affine affine;
    private final LayerFunction f;
    private final Normalisation norm; // null: none

    private Dense(Affine affine, LayerFunction f, Normalisation norm) {
        this.affine = affine;
        this.f = f;
        this.norm = norm;
    }

    /** A layer with the given weights (copied), e.g. lecture 002's {@code Dense.of(W1, b1, SIGMOID)}. */
    public static Dense of(double[][] weights, double[] biases, Activation f) {
        return of(weights, biases, LayerFunction.of(f));
    }

    /** A layer with the given weights (copied) and layer function (e.g. {@link LayerFunction#SOFTMAX}). */
    public static Dense of(double[][] weights, double[] biases, LayerFunction f) {
        Check.argument(weights != null && weights.length > 0 && weights[0] != null && weights[0].length > 0,
                "a dense layer needs a weight matrix W with at least one row and one column");
        Check.argument(f != null, "a dense layer needs a layer function");
        int n = weights[0].length;
        for (int i = 0; i < weights.length; i++) {
            Check.argument(weights[i] != null && weights[i].length == n,
                    "W must be rectangular, but row 1 has %d entries and row %d has %d", n, i + 1, weights[i] == null ? 0 : weights[i].length);
            Check.finite(weights[i], "W row " + (i + 1));
        }
        Check.argument(biases != null && biases.length == weights.length,
                "a layer with W of shape %d×%d needs %d biases, but b has %d", weights.length, n, weights.length, biases == null ? 0 : biases.length);
        Check.finite(biases, "b");
        return new Dense(Affine.of(weights, biases), f, null);
    }

    /** The same layer normalising its net inputs with a fresh {@code kind} (γ = 1, β = 0), e.g. {@code layer.normalised(Norm.BATCH)}. */
    public Dense normalised(Norm kind) {
        Check.notNull(kind, "normalised", "a kind of normalisation, Norm.BATCH or Norm.LAYER");
        return normalised(kind.of(outputs()));
    }

    /** The same layer normalising its net inputs with {@code normalisation} (one γ and β per neuron). */
    public Dense normalised(Normalisation normalisation) {
        Check.notNull(normalisation, "normalised", "a normalisation, e.g. Norm.BATCH.of(neurons)");
        Check.argument(normalisation.features() == outputs(), "a layer of %d neurons needs a normalisation of %d net inputs, but got %s of %d",
                outputs(), outputs(), normalisation.kind(), normalisation.features());
        return new Dense(affine, f, normalisation);
    }

    /** The normalisation of the net inputs, if this layer has one. */
    public Optional<Normalisation> normalisation() {
        return Optional.ofNullable(norm);
    }

    /** The normalisation, or null: for this package's loops. */
    Normalisation norm() {
        return norm;
    }

    /** Number of inputs n (columns of W). */
    public int inputs() {
        return affine.inputs();
    }

    /** Number of neurons m (rows of W). */
    public int outputs() {
        return affine.outputs();
    }

    /** The affine map z = Wx + b of this layer. */
    public Affine affine() {
        return affine;
    }

    /** W (a copy). */
    public double[][] weights() {
        return affine.weights();
    }

    /** b (a copy). */
    public double[] biases() {
        return affine.bias();
    }

    /** W[i][j], the weight from input j into neuron i (0-based). */
    public double weight(int i, int j) {
        Check.index(i, 0, outputs() - 1, this, "neurons", "neuron");
        return affine.weight(i, Check.index(j, 0, inputs() - 1, this, "inputs", "input"));
    }

    /** b[i] (0-based). */
    public double bias(int i) {
        return affine.bias(Check.index(i, 0, outputs() - 1, this, "neurons", "neuron"));
    }

    /** The layer function f. */
    public LayerFunction function() {
        return f;
    }

    /** Number of parameters, m·n + m, and 2m for γ and β of a normalisation. */
    public int parameterCount() {
        return outputs() * (inputs() + 1 + (norm == null ? 0 : 2));
    }

    /**
     * z = Wx + b for layer l of a network (l = 0: a layer on its own), which names the layer in a
     * shape error. The message is built only on failure: this runs in every training step.
     */
    double[] netInput(double[] x, int l) {
        if (x == null || x.length != inputs()) {
            String where = l > 0 ? "layer " + l : "the layer";
            Check.argument(x != null, "%s needs an input vector", where);
            Check.argument(false, "%s expects %d inputs but got %d (W is %d×%d, x has length %d)",
                    where, inputs(), x.length, outputs(), inputs(), x.length);
        }
        try {
            return affine.apply(x);
        } catch (NotFinite e) { // named only on failure: this runs for every example
            String sup = l > 0 ? ParameterNames.sup(l) : "";
            Check.overflow("%s", e.getMessage().replace("z = Wx + b", "z" + sup + " = W" + sup + "a" + (l > 0 ? ParameterNames.sup(l - 1) : "")
                    + " + b" + sup + (l > 0 ? " of layer " + l : "")));
            return null;
        }
    }

    /** z = Wx + b for this layer on its own. */
    public double[] netInput(double... x) {
        return netInput(x, 0);
    }

    /** The layer after one gradient step: W − η ∂L/∂W, b − η ∂L/∂b (and γ − η ∂L/∂γ, β − η ∂L/∂β when normalised). */
    Dense minus(double eta, double[][] dW, double[] db, double[] dGamma, double[] dBeta, int l) {
        double[][] w = Linear.plusScaled(affine.weights(), -eta, dW);
        double[] b = Linear.plusScaled(affine.bias(), -eta, db);
        double[] gamma = norm == null ? null : Linear.plusScaled(norm.gamma(), -eta, dGamma);
        double[] beta = norm == null ? null : Linear.plusScaled(norm.beta(), -eta, dBeta);
        boolean finite = Check.allFinite(b) && (norm == null || Check.allFinite(gamma) && Check.allFinite(beta));
        for (double[] row : w) {
            finite &= Check.allFinite(row);
        }
        if (!finite) {
            Check.overflow("the step θ ← θ − η ∂L/∂θ with η = %s overflowed in layer %d (a weight or bias would be ±∞ or NaN)", Fmt.num(eta), l);
        }
        return new Dense(Affine.of(w, b), f, norm == null ? null : norm.with(gamma, beta));
    }

    /** The same layer with new W and b, and new γ and β when it is normalised (those two are ignored otherwise). */
    Dense with(double[][] w, double[] b, double[] gamma, double[] beta) {
        Dense d = of(w, b, f);
        return norm == null ? d : new Dense(d.affine, f, norm.with(gamma, beta));
    }

    /** W and b as a table (to 6 significant digits): one row per neuron j, its weights Wⱼ₁ … Wⱼₙ and its bias bⱼ. */
    public Table table(String title) {
        IntColumn neuron = IntColumn.create("neuron j");
        DoubleColumn[] cols = new DoubleColumn[inputs()];
        for (int k = 0; k < cols.length; k++) {
            cols[k] = DoubleColumn.create("W[j," + (k + 1) + "]");
        }
        DoubleColumn bias = DoubleColumn.create("b[j]");
        for (int j = 0; j < outputs(); j++) {
            neuron.append(j + 1);
            for (int k = 0; k < cols.length; k++) {
                cols[k].append(Fmt.round(weight(j, k), 6));
            }
            bias.append(Fmt.round(bias(j), 6));
        }
        Table t = Table.create(title, neuron);
        t.addColumns(cols);
        return t.addColumns(bias);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Dense(").append(inputs()).append(" → ").append(outputs()).append(", ")
                .append(norm == null ? "" : norm.kind() + ", ").append(f.name());
        if (parameterCount() <= 12) {
            s.append(", W=").append(Arrays.stream(weights()).map(Fmt::vec).reduce((p, q) -> p + ", " + q).map(r -> "[" + r + "]").orElse("[]"))
                    .append(", b=").append(Fmt.vec(biases()));
        }
        return s.append(")").toString();
    }
}
