package nn.linear;

import nn.util.Check;
import nn.util.Fmt;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An affine map z = Wx + b from n inputs to m outputs (W is m×n, b has m entries): what a layer
 * computes before its activation function (a {@link nn.layers.Dense} layer is an affine map and a
 * layer function). Immutable; the factory copies its arrays.
 *
 * <p>Two affine maps in a row are again one affine map, {@link #then(Affine)}:
 * W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂). This is why a network needs a nonlinear activation
 * between its layers.
 */
public final class Affine {
    private final double[][] w;
    private final double[] b;

    private Affine(double[][] w, double[] b) {
        this.w = w;
        this.b = b;
    }

    /** The map x ↦ Wx + b; W has one row per output. */
    public static Affine of(double[][] w, double[] b) {
        Check.argument(w != null && w.length > 0 && w[0] != null && w[0].length > 0, "an affine map needs a weight matrix W with at least one row and one column");
        Check.argument(b != null && b.length == w.length, "an affine map needs one bias per row of W, but W has %d rows and b has %s entries",
                w.length, b == null ? "no" : String.valueOf(b.length));
        double[][] copy = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            Check.argument(w[i] != null && w[i].length == w[0].length, "W must be rectangular, but row 0 has %d entries and row %d has %s",
                    w[0].length, i, w[i] == null ? "none" : String.valueOf(w[i].length));
            copy[i] = Check.finite(w[i], "W[" + i + "]").clone();
        }
        return new Affine(copy, Check.finite(b, "b").clone());
    }

    /** Number of inputs n (columns of W). */
    public int inputs() {
        return w[0].length;
    }

    /** Number of outputs m (rows of W). */
    public int outputs() {
        return w.length;
    }

    /** A copy of W. */
    public double[][] weights() {
        return Arrays.stream(w).map(double[]::clone).toArray(double[][]::new);
    }

    /** A copy of b. */
    public double[] bias() {
        return b.clone();
    }

    /** W[i][j] (0-based), the weight from input j into output i. */
    public double weight(int i, int j) {
        Check.index(i, 0, w.length - 1, this, "outputs", "output");
        return w[i][Check.index(j, 0, w[0].length - 1, this, "inputs", "input")];
    }

    /** b[i] (0-based). */
    public double bias(int i) {
        return b[Check.index(i, 0, b.length - 1, this, "outputs", "output")];
    }

    /**
     * z = Wx + b, each zᵢ added up as (Σⱼ Wᵢⱼxⱼ) + bᵢ, in the order NumPy's {@code np.dot(W, x) + b}
     * and the batch form use.
     */
    public double[] apply(double... x) {
        if (x == null || x.length != inputs()) { // the message is built only on failure: this runs for every example
            Check.argument(false, "this affine map expects %d inputs but got %s (W is %d×%d, x = %s)",
                    inputs(), x == null ? "none" : String.valueOf(x.length), outputs(), inputs(), x == null ? "null" : Fmt.vec(x));
        }
        Check.finite(x, "x");
        double[] z = new double[outputs()];
        for (int i = 0; i < z.length; i++) {
            double sum = 0;
            for (int j = 0; j < x.length; j++) {
                sum += w[i][j] * x[j];
            }
            z[i] = sum + b[i];
        }
        return Check.computed(z, "z = Wx + b");
    }

    /** Wᵀd (d has one entry per output): how a gradient d = ∂L/∂z flows back to the input, ∂L/∂x = Wᵀd. */
    public double[] transposeTimes(double[] d) {
        Check.argument(d != null && d.length == outputs(), "Wᵀd needs d with %d entries (W is %d×%d) but got %s",
                outputs(), outputs(), inputs(), d == null ? "none" : String.valueOf(d.length));
        Check.finite(d, "d");
        double[] y = new double[inputs()];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < y.length; j++) {
                y[j] += w[i][j] * d[i];
            }
        }
        return y;
    }

    /** This map followed by {@code next}, as one map: x ↦ next(this(x)) = (W₂W₁)x + (W₂b₁ + b₂). */
    public Affine then(Affine next) {
        Check.notNull(next, "then", "an affine map to follow");
        Check.argument(next.inputs() == outputs(), "cannot follow a map with %d outputs by one with %d inputs (W₁ is %d×%d, W₂ is %d×%d)",
                outputs(), next.inputs(), outputs(), inputs(), next.outputs(), next.inputs());
        double[][] product = new double[next.outputs()][inputs()];
        for (int i = 0; i < next.outputs(); i++) {
            for (int j = 0; j < inputs(); j++) {
                for (int k = 0; k < outputs(); k++) {
                    product[i][j] += next.w[i][k] * w[k][j];
                }
            }
        }
        return new Affine(product, next.apply(b));
    }

    @Override
    public String toString() {
        String rows = Arrays.stream(w).map(Fmt::vec).collect(Collectors.joining(", ", "[", "]"));
        return "Affine(" + inputs() + " → " + outputs() + ": W=" + rows + ", b=" + Fmt.vec(b) + ")";
    }
}
