package nn.autodiff;

import nn.layers.ParameterNames;
import nn.random.NumpyRandom;
import nn.util.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * A multi-layer perceptron's loss written once with scalar operations, so that it runs on any
 * {@link Scalar}: on {@link Value}s it builds the computational graph that reverse mode walks
 * back, on {@link Dual}s it carries one derivative forward. The formulas are the lectures':
 * <pre>
 *   zˡ = Wˡ aˡ⁻¹ + bˡ,   aˡ = f(zˡ),   a⁰ = x,   C₀ = Σⱼ (aᴸⱼ − yⱼ)²
 * </pre>
 * Parameters are listed layer by layer, each layer's W row by row and then its b, named
 * {@code W¹[1,1]}, …, {@code b¹[1]}, … as everywhere in the workbook.
 */
public final class Mlp {
    /** The activation of a layer, applied to any scalar. */
    public enum Activation {
        SIGMOID, TANH, RELU, IDENTITY;

        <S extends Scalar<S>> S apply(S z) {
            return switch (this) {
                case SIGMOID -> z.sigmoid();
                case TANH -> z.tanh();
                case RELU -> z.relu();
                case IDENTITY -> z;
            };
        }
    }

    private final double[][][] w;
    private final double[][] b;
    private final Activation[] f;

    private Mlp(double[][][] w, double[][] b, Activation[] f) {
        this.w = w;
        this.b = b;
        this.f = f;
    }

    /** The network with weights w[l−1] = Wˡ, biases b[l−1] = bˡ and one activation per layer (all copied). */
    public static Mlp of(double[][][] w, double[][] b, Activation... f) {
        Check.given("Mlp.of", "w", w, "b", b, "f", f);
        Check.argument(w.length == b.length && w.length == f.length && w.length > 0,
                "an Mlp needs one W, one b and one activation per layer but got %d, %d and %d", w.length, b.length, f.length);
        double[][][] wc = new double[w.length][][];
        double[][] bc = new double[b.length][];
        for (int l = 0; l < w.length; l++) {
            Check.argument(w[l].length == b[l].length, "layer %d: W has %d rows but b has %d entries", l + 1, w[l].length, b[l].length);
            if (l > 0) {
                Check.argument(w[l][0].length == w[l - 1].length,
                        "layer %d expects %d inputs but layer %d gives %d outputs", l + 1, w[l][0].length, l, w[l - 1].length);
            }
            wc[l] = new double[w[l].length][];
            for (int i = 0; i < w[l].length; i++) {
                wc[l][i] = w[l][i].clone();
            }
            bc[l] = b[l].clone();
        }
        return new Mlp(wc, bc, f.clone());
    }

    /** A network of the given sizes, e.g. (3, 2, 1), with N(0, 1) parameters from NumPy's generator and one activation for every layer. */
    public static Mlp random(long seed, Activation f, int... sizes) {
        Check.given("Mlp.random", "f", f, "sizes", sizes);
        Check.argument(sizes.length >= 2 && java.util.Arrays.stream(sizes).allMatch(n -> n >= 1 && n <= 10_000),
                "an Mlp needs at least an input and an output size, each 1 to 10 000, but got %s", java.util.Arrays.toString(sizes));
        NumpyRandom random = new NumpyRandom(seed);
        int layers = sizes.length - 1;
        double[][][] w = new double[layers][][];
        double[][] b = new double[layers][];
        Activation[] fs = new Activation[layers];
        for (int l = 0; l < layers; l++) {
            w[l] = random.randn(sizes[l + 1], sizes[l]);
            b[l] = random.randn(sizes[l + 1]);
            fs[l] = f;
        }
        return of(w, b, fs);
    }

    /** How many weights and biases. */
    public int parameterCount() {
        int n = 0;
        for (int l = 0; l < w.length; l++) {
            n += w[l].length * (w[l][0].length + 1);
        }
        return n;
    }

    /** The parameters' names in order: W¹[1,1], W¹[1,2], …, b¹[1], …, Wᴸ…, bᴸ…. */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (int l = 1; l <= w.length; l++) {
            for (int i = 0; i < w[l - 1].length; i++) {
                for (int j = 0; j < w[l - 1][i].length; j++) {
                    names.add(ParameterNames.weight(l, i, j));
                }
            }
            for (int i = 0; i < b[l - 1].length; i++) {
                names.add(ParameterNames.bias(l, i));
            }
        }
        return names;
    }

    /** The parameters' values in the order of {@link #parameterNames()}. */
    public double[] parameters() {
        double[] theta = new double[parameterCount()];
        int k = 0;
        for (int l = 0; l < w.length; l++) {
            for (double[] row : w[l]) {
                for (double v : row) {
                    theta[k++] = v;
                }
            }
            for (double v : b[l]) {
                theta[k++] = v;
            }
        }
        return theta;
    }

    /** The parameters as leaves of a computational graph, named. */
    public List<Value> parameterValues() {
        List<String> names = parameterNames();
        double[] theta = parameters();
        List<Value> leaves = new ArrayList<>();
        for (int k = 0; k < theta.length; k++) {
            leaves.add(Value.of(theta[k], names.get(k)));
        }
        return leaves;
    }

    /** The parameters as dual numbers seeded in the direction of parameter k (derivative 1 there, 0 elsewhere). */
    public List<Dual> parameterDuals(int k) {
        double[] theta = parameters();
        Check.argument(k >= 0 && k < theta.length, "parameter %d does not exist: the network has %d parameters", k, theta.length);
        List<Dual> duals = new ArrayList<>();
        for (int i = 0; i < theta.length; i++) {
            duals.add(new Dual(theta[i], i == k ? 1 : 0));
        }
        return duals;
    }

    /** C₀ = Σⱼ (aᴸⱼ − yⱼ)² for the input x and target y, computed from the parameters theta (in {@link #parameterNames()} order). */
    public <S extends Scalar<S>> S loss(List<S> theta, double[] x, double[] y) {
        Check.given("loss", "θ", theta, "x", x, "y", y);
        Check.argument(theta.size() == parameterCount(), "the network has %d parameters but %d were given", parameterCount(), theta.size());
        Check.argument(x.length == w[0][0].length, "the network takes %d inputs but x has length %d", w[0][0].length, x.length);
        Check.argument(y.length == w[w.length - 1].length, "the network has %d outputs but y has length %d", w[w.length - 1].length, y.length);
        S zero = theta.get(0).constant(0);
        List<S> a = new ArrayList<>();
        for (int j = 0; j < x.length; j++) {
            a.add(zero.constant(x[j], "x" + sub(j + 1)));          // a⁰ = x
        }
        int k = 0;
        for (int l = 0; l < w.length; l++) {
            int n = w[l][0].length, m = w[l].length;
            List<S> z = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                S sum = theta.get(k + i * n).times(a.get(0));
                for (int j = 1; j < n; j++) {
                    sum = sum.plus(theta.get(k + i * n + j).times(a.get(j)));
                }
                z.add(sum.plus(theta.get(k + m * n + i)));           // zˡᵢ = Σⱼ Wˡᵢⱼ aˡ⁻¹ⱼ + bˡᵢ
            }
            k += m * (n + 1);
            List<S> next = new ArrayList<>();
            for (S zi : z) {
                next.add(f[l].apply(zi));                          // aˡ = f(zˡ)
            }
            a = next;
        }
        S c = a.get(0).minus(zero.constant(y[0], "y" + sub(1))).pow(2);
        for (int j = 1; j < y.length; j++) {
            c = c.plus(a.get(j).minus(zero.constant(y[j], "y" + sub(j + 1))).pow(2)); // C₀ = Σ (aᴸⱼ − yⱼ)²
        }
        return c;
    }

    private static String sub(int i) {
        StringBuilder s = new StringBuilder();
        for (char c : String.valueOf(i).toCharArray()) {
            s.append((char) ('₀' + (c - '0')));
        }
        return s.toString();
    }

    /**
     * The same loss on plain numbers (no derivative), e.g. for finite differences: the same sums in
     * the same order as {@link #loss(List, double[], double[])} on dual numbers, so the same value to
     * the last bit, without an object per operation. Where a number is not finite (a NaN given, or
     * an overflow), the loss is computed again on dual numbers, whose error says what went wrong.
     */
    public double loss(double[] theta, double[] x, double[] y) {
        Check.given("loss", "θ", theta, "x", x, "y", y);
        Check.argument(theta.length == parameterCount(), "the network has %d parameters but %d were given", parameterCount(), theta.length);
        Check.argument(x.length == w[0][0].length, "the network takes %d inputs but x has length %d", w[0][0].length, x.length);
        Check.argument(y.length == w[w.length - 1].length, "the network has %d outputs but y has length %d", w[w.length - 1].length, y.length);
        double c = allFinite(theta) && allFinite(x) && allFinite(y) ? plainLoss(theta, x, y) : Double.NaN;
        if (Double.isFinite(c)) {
            return c;
        }
        List<Dual> d = new ArrayList<>();
        for (double t : theta) {
            d.add(Dual.constantOf(t));
        }
        return loss(d, x, y).value(); // raises the dual numbers' error (or, should none arise, gives their value)
    }

    /** C₀ on doubles, or NaN as soon as a net input is not finite (then the activations could hide it). */
    private double plainLoss(double[] theta, double[] x, double[] y) {
        double[] a = x;
        int k = 0;
        for (int l = 0; l < w.length; l++) {
            int n = w[l][0].length, m = w[l].length;
            double[] next = new double[m];
            for (int i = 0; i < m; i++) {
                double sum = theta[k + i * n] * a[0];
                for (int j = 1; j < n; j++) {
                    sum = sum + theta[k + i * n + j] * a[j];
                }
                double z = sum + theta[k + m * n + i];
                if (!Double.isFinite(z)) {
                    return Double.NaN;
                }
                next[i] = f[l].apply(Dual.constantOf(z)).value();
            }
            k += m * (n + 1);
            a = next;
        }
        double c = Math.pow(a[0] + y[0] * -1, 2);
        for (int j = 1; j < y.length; j++) {
            c = c + Math.pow(a[j] + y[j] * -1, 2);
        }
        return c;
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Mlp[").append(w[0][0].length);
        for (int l = 0; l < w.length; l++) {
            s.append(" → ").append(w[l].length).append(' ').append(f[l].name().toLowerCase());
        }
        return s.append("]: ").append(parameterCount()).append(" parameters").toString();
    }
}
