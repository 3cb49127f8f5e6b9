package nn.autodiff;

import nn.activations.Activation;
import nn.activations.Activations;
import nn.layers.Dense;
import nn.layers.Gradients;
import nn.layers.Network;
import nn.losses.Losses;
import nn.random.NumpyRandom;
import nn.check.FiniteDifference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The reverse-mode engine")
class ValueTest {
    /** Backpropagation and reverse mode do the same arithmetic in a different order. */
    private static final double SAME_ARITHMETIC = 1e-12;
    /** Central differences with h = 1e-5 carry truncation and rounding errors of about 1e-9 relative. */
    private static final double FINITE_DIFFERENCE = 1e-6;

    static final double[] X = {2, 3, -1};
    static final double[] Y = {1};

    static Mlp lecture002() {
        return Mlp.of(new double[][][] {{{0.2, -0.5, 0.1}, {-0.3, 0.4, 0.2}}, {{0.5, 0.2}}},
                new double[][] {{0.3, -0.1}, {0.1}}, Mlp.Activation.SIGMOID, Mlp.Activation.SIGMOID);
    }

    static double[] reverse(Mlp net, double[] x, double[] y) {
        List<Value> theta = net.parameterValues();
        net.loss(theta, x, y).backward();
        return theta.stream().mapToDouble(Value::grad).toArray();
    }

    static double[] forwardMode(Mlp net, double[] x, double[] y) {
        double[] g = new double[net.parameterCount()];
        for (int k = 0; k < g.length; k++) {
            g[k] = net.loss(net.parameterDuals(k), x, y).derivative();
        }
        return g;
    }

    static Activation library(Mlp.Activation f) {
        return switch (f) {
            case SIGMOID -> Activations.SIGMOID;
            case TANH -> Activations.TANH;
            case RELU -> Activations.RELU;
            case IDENTITY -> Activations.IDENTITY;
        };
    }

    /** The library's backpropagation on the same network, flattened in the Mlp's parameter order. */
    static double[] backprop(double[][][] w, double[][] b, Mlp.Activation f, double[] x, double[] y) {
        Dense[] layers = new Dense[w.length];
        for (int l = 0; l < w.length; l++) {
            layers[l] = Dense.of(w[l], b[l], library(f));
        }
        Gradients g = Network.of(layers).gradients(x, y, Losses.SQUARED_ERROR);
        double[] flat = new double[Mlp.of(w, b, fill(w.length, f)).parameterCount()];
        int k = 0;
        for (int l = 1; l <= w.length; l++) {
            for (int i = 0; i < w[l - 1].length; i++) {
                for (int j = 0; j < w[l - 1][i].length; j++) {
                    flat[k++] = g.weight(l, i, j);
                }
            }
            for (int i = 0; i < b[l - 1].length; i++) {
                flat[k++] = g.bias(l, i);
            }
        }
        return flat;
    }

    static Mlp.Activation[] fill(int n, Mlp.Activation f) {
        Mlp.Activation[] fs = new Mlp.Activation[n];
        java.util.Arrays.fill(fs, f);
        return fs;
    }

    @Nested
    @DisplayName("on lecture 002's 3-2-1 network")
    class Lecture002 {
        @Test
        @DisplayName("gives lesson 07's loss and gradients")
        void lessonSevenNumbers() {
            List<Value> theta = lecture002().parameterValues();
            Value c = lecture002().loss(theta, X, Y);
            c.backward();
            assertEquals(0.16900443297762555, c.value(), SAME_ARITHMETIC);
            assertEquals("W²[1,1]", theta.get(8).label());
            assertEquals(-0.05753634507, theta.get(8).grad(), 1e-10);
            assertEquals(-0.1143444594, theta.get(9).grad(), 1e-10);
            assertEquals(-0.1990529184, theta.get(10).grad(), 1e-10);
            assertEquals(-0.04090543591, theta.get(0).grad(), 1e-10);
            assertEquals(0.009732028073, theta.get(5).grad(), 1e-10);
        }

        @Test
        @DisplayName("agrees with the library's backpropagation on every parameter")
        void agreesWithBackprop() {
            double[] expected = backprop(new double[][][] {{{0.2, -0.5, 0.1}, {-0.3, 0.4, 0.2}}, {{0.5, 0.2}}},
                    new double[][] {{0.3, -0.1}, {0.1}}, Mlp.Activation.SIGMOID, X, Y);
            double[] got = reverse(lecture002(), X, Y);
            for (int k = 0; k < got.length; k++) {
                assertEquals(expected[k], got[k], SAME_ARITHMETIC, lecture002().parameterNames().get(k));
            }
        }

        @Test
        @DisplayName("agrees with forward mode, one pass per parameter")
        void agreesWithForwardMode() {
            double[] f = forwardMode(lecture002(), X, Y);
            double[] r = reverse(lecture002(), X, Y);
            for (int k = 0; k < r.length; k++) {
                assertEquals(f[k], r[k], SAME_ARITHMETIC);
            }
        }
    }

    @ParameterizedTest(name = "{0} networks, seeds 0 to 9")
    @EnumSource(value = Mlp.Activation.class, names = {"SIGMOID", "TANH", "RELU"})
    @DisplayName("on random 4-5-3-2 networks agrees with backpropagation, forward mode and finite differences")
    void randomNetworks(Mlp.Activation f) {
        for (long seed = 0; seed < 10; seed++) {
            NumpyRandom r = new NumpyRandom(seed);
            double[][][] w = {r.randn(5, 4), r.randn(3, 5), r.randn(2, 3)};
            double[][] b = {r.randn(5), r.randn(3), r.randn(2)};
            double[] x = r.randn(4), y = r.rand(2);
            Mlp net = Mlp.of(w, b, fill(3, f));
            double[] reverse = reverse(net, x, y);
            double[] backprop = backprop(w, b, f, x, y);
            double[] forward = forwardMode(net, x, y);
            double[] numeric = FiniteDifference.gradient(theta -> net.loss(theta, x, y), net.parameters());
            for (int k = 0; k < reverse.length; k++) {
                String where = f + " seed " + seed + " " + net.parameterNames().get(k);
                assertEquals(backprop[k], reverse[k], SAME_ARITHMETIC, where);
                assertEquals(forward[k], reverse[k], SAME_ARITHMETIC, where);
                assertTrue(FiniteDifference.relativeError(reverse[k], numeric[k]) < FINITE_DIFFERENCE || Math.abs(reverse[k] - numeric[k]) < 1e-9,
                        where + ": reverse " + reverse[k] + " numeric " + numeric[k]);
            }
        }
    }

    static double dualLoss(Mlp net, double[] theta, double[] x, double[] y) {
        List<Dual> d = new java.util.ArrayList<>();
        for (double t : theta) {
            d.add(Dual.constantOf(t));
        }
        return net.loss(d, x, y).value();
    }

    static String failure(org.junit.jupiter.api.function.Executable e) {
        return org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    @ParameterizedTest(name = "{0} networks, seeds 0 to 19")
    @EnumSource(Mlp.Activation.class)
    @DisplayName("gives on plain numbers the dual numbers' loss to the last bit, and their error where a number is not finite")
    void plainLossIsTheDualLoss(Mlp.Activation f) {
        for (long seed = 0; seed < 20; seed++) {
            NumpyRandom r = new NumpyRandom(seed);
            double scale = seed % 2 == 0 ? 1 : 30; // large weights saturate sigmoid and tanh
            double[][][] w = {r.randn(5, 4), r.randn(3, 5), r.randn(2, 3)};
            double[][] b = {r.randn(5), r.randn(3), r.randn(2)};
            double[] x = r.randn(4), y = r.rand(2);
            Mlp net = Mlp.of(w, b, fill(3, f));
            double[] theta = net.parameters();
            for (int k = 0; k < theta.length; k++) {
                theta[k] *= scale;
            }
            String where = f + " seed " + seed;
            assertEquals(Double.doubleToRawLongBits(dualLoss(net, theta, x, y)), Double.doubleToRawLongBits(net.loss(theta, x, y)), where);

            double[] nan = theta.clone();
            nan[(int) seed % nan.length] = Double.NaN;
            assertEquals(failure(() -> dualLoss(net, nan, x, y)), failure(() -> net.loss(nan, x, y)), where + " with a NaN parameter");
            double[] huge = {1e300, 1e300, 1e300, 1e300}; // W¹ x overflows, to +∞ first and then to ∞ − ∞ = NaN
            double[] big = theta.clone();
            for (int k = 0; k < 4; k++) {
                big[k] = 1e300 * (k % 2 == 0 ? 1 : -1);
            }
            assertEquals(failure(() -> dualLoss(net, big, huge, y)), failure(() -> net.loss(big, huge, y)), where + " with an overflow");
        }
        Mlp net = Mlp.random(0, f, 2, 1);
        assertEquals(failure(() -> dualLoss(net, new double[] {1, 2, 3}, new double[] {Double.POSITIVE_INFINITY, 0}, new double[] {1})),
                failure(() -> net.loss(new double[] {1, 2, 3}, new double[] {Double.POSITIVE_INFINITY, 0}, new double[] {1})), f + " with an infinite input");
        assertEquals("the network has 3 parameters but 2 were given", failure(() -> net.loss(new double[] {1, 2}, new double[] {0, 0}, new double[] {1})));
    }

    enum Op {
        TIMES(v -> v.times(v.constant(1.7)).times(v)), PLUS(v -> v.plus(v).plus(0.3)), POW(v -> v.pow(3)),
        EXP(Value::exp), TANH(Value::tanh), SIGMOID(Value::sigmoid), RELU(Value::relu), MINUS(v -> v.minus(v.times(v)));
        final UnaryOperator<Value> f;

        Op(UnaryOperator<Value> f) {
            this.f = f;
        }
    }

    @ParameterizedTest(name = "{0} at x = {1}")
    @EnumSource(Op.class)
    @DisplayName("every operation's backward rule matches a central difference")
    void backwardRules(Op op) {
        for (double x : new double[] {-1.3, 0.4, 2.2}) {
            Value v = Value.of(x, "x");
            op.f.apply(v).backward();
            double numeric = FiniteDifference.derivative(t -> op.f.apply(Value.of(t)).value(), x);
            assertEquals(numeric, v.grad(), 1e-7 * Math.max(1, Math.abs(numeric)), op + " at " + x);
        }
    }

    @Test
    @DisplayName("puts every node after its inputs and each node once, however often it is used")
    void topologicalOrder() {
        Value a = Value.of(2, "a");
        Value b = a.times(a).plus(a);
        Value c = b.times(b).sigmoid();
        List<Value> order = c.graph();
        assertEquals(c, order.get(order.size() - 1));
        assertEquals(order.size(), new java.util.HashSet<>(order).size());
        for (Value v : order) {
            for (Value in : v.inputs()) {
                assertTrue(order.indexOf(in) < order.indexOf(v));
            }
        }
        c.backward();
        double first = a.grad();
        c.backward();
        assertEquals(first, a.grad(), 0, "a second backward pass starts from zero again");
    }

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {2000, 20000})
    @DisplayName("handles deep graphs without running out of stack")
    void deepGraph(int depth) {
        Value x = Value.of(0.5, "x");
        Value y = x;
        for (int i = 0; i < depth; i++) {
            y = y.plus(x.times(1e-3));
        }
        y.backward();
        assertEquals(1 + depth * 1e-3, x.grad(), 1e-9);
    }

    @Test
    @DisplayName("prints a node with its label, operation, value and gradient")
    void printing() {
        Value w = Value.of(0.5, "w");
        Value out = w.times(w.constant(2));
        out.backward();
        assertEquals("Value(w, data=0.5, grad=2)", w.toString());
        assertEquals("Value(×, data=1, grad=1)", out.toString());
        assertEquals("Mlp[3 → 2 sigmoid → 1 sigmoid]: 11 parameters", lecture002().toString());
        assertEquals("6 + 5ε", Dual.variable(2).times(Dual.variable(2)).plus(Dual.variable(2)).toString());
    }
}
