package nn.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import nn.activations.Activation;
import nn.activations.Activations;
import nn.activations.Softmax;
import nn.data.Standardizer;
import nn.init.Init;
import nn.layers.Dense;
import nn.layers.Gradients;
import nn.layers.Network;
import nn.losses.Loss;
import nn.losses.Losses;
import nn.perceptron.Perceptron;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The numerical core against slow reference implementations written out here, loop by loop,
 * on random shapes and values: the losses and their gradients, softmax, the forward pass of a
 * random network, backpropagation against central differences of the loss, the perceptron's
 * update and standardisation. Tolerances are named and relative.
 */
class ReferenceProperties {
    /** Sums in another order agree to this, relative to the size of the terms. */
    static final double ROUNDING = 1e-12;
    /** A central difference with h = 1e-6 agrees with a correct gradient to this (relative, absolute below 1). */
    static final double CENTRAL = 1e-5;

    private static void close(double want, double got, double tolerance, String what) {
        assertTrue(Double.isFinite(got), what + " is " + got);
        assertEquals(want, got, tolerance * Math.max(1, Math.abs(want)), what);
    }

    /** A probability vector of n ≥ 2 entries, none tiny, and a one-hot or soft target distribution. */
    @Provide
    Arbitrary<double[][]> distributions() {
        return Arbitraries.integers().between(2, 6).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(0.01, 1).array(double[].class).ofSize(n),
                Arbitraries.doubles().between(0, 1).array(double[].class).ofSize(n),
                Arbitraries.integers().between(0, n - 1), Arbitraries.of(true, false)).as((p, t, k, oneHot) -> {
                    normalise(p);
                    if (oneHot) {
                        java.util.Arrays.fill(t, 0);
                        t[k] = 1;
                    } else {
                        t[k] += 0.1;
                        normalise(t);
                    }
                    return new double[][] {p, t};
                }));
    }

    private static void normalise(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= s;
        }
    }

    @Property(tries = 300, seed = "15")
    void crossEntropyIsMinusTheSumOfTLogP(@ForAll("distributions") double[][] pt) {
        double[] p = pt[0], t = pt[1];
        double l = 0;
        for (int i = 0; i < p.length; i++) {
            l -= t[i] * Math.log(p[i]);
        }
        close(l, Losses.CROSS_ENTROPY.value(p, t), ROUNDING, "cross-entropy");
        double[] g = Losses.CROSS_ENTROPY.gradient(p, t);
        for (int i = 0; i < p.length; i++) {
            close(-t[i] / p[i], g[i], ROUNDING, "∂L/∂ŷ" + i);
        }
    }

    @Property(tries = 300, seed = "15")
    void squaredLossesAndBinaryCrossEntropyAgreeWithTheirFormulas(@ForAll("distributions") double[][] pt) {
        double[] y = pt[0], t = pt[1];
        int n = y.length;
        double sq = 0, abs = 0, bce = 0;
        for (int i = 0; i < n; i++) {
            sq += (y[i] - t[i]) * (y[i] - t[i]);
            abs += Math.abs(y[i] - t[i]);
            bce -= t[i] * Math.log(y[i]) + (1 - t[i]) * Math.log(1 - y[i]);
        }
        close(sq / n, Losses.MSE.value(y, t), ROUNDING, "MSE");
        close(sq, Losses.SQUARED_ERROR.value(y, t), ROUNDING, "C₀");
        close(sq / 2, Losses.HALF_SQUARED_ERROR.value(y, t), ROUNDING, "½C₀");
        close(abs / n, Losses.MAE.value(y, t), ROUNDING, "MAE");
        close(bce / n, Losses.BINARY_CROSS_ENTROPY.value(y, t), 1e-10, "binary cross-entropy");
        for (Loss loss : Losses.all()) {
            double[] g = loss.gradient(y, t);
            for (int i = 0; i < n; i++) {
                if (loss == Losses.MAE && Math.abs(y[i] - t[i]) < 1e-6) {
                    continue; // the kink of |r|
                }
                double h = 1e-6;
                double[] up = y.clone(), down = y.clone();
                up[i] += h;
                down[i] -= h;
                if (loss == Losses.CROSS_ENTROPY) {
                    continue; // checked exactly above; off the simplex it refuses a step of h
                }
                close((loss.value(up, t) - loss.value(down, t)) / (2 * h), g[i], CENTRAL, loss.name() + " ∂L/∂ŷ" + i);
            }
        }
    }

    @Property(tries = 300, seed = "15")
    void softmaxIsExpOverTheSumOfExp(@ForAll @net.jqwik.api.constraints.Size(min = 1, max = 8) List<@DoubleRange(min = -700, max = 700) Double> scores) {
        double[] z = scores.stream().mapToDouble(Double::doubleValue).toArray();
        double max = java.util.Arrays.stream(z).max().orElseThrow();
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v - max);
        }
        double[] s = Softmax.apply(z);
        double total = 0;
        for (int i = 0; i < z.length; i++) {
            close(Math.exp(z[i] - max) / sum, s[i], 1e-12, "softmax" + i);
            total += s[i];
        }
        close(1, total, 1e-12, "Σ softmax");
    }

    /** A random network: 1 to 3 layers of 1 to 4 neurons, any trainable activation, softmax output now and then. */
    @Provide
    Arbitrary<Network> networks() {
        Arbitrary<Activation> f = Arbitraries.of(Activations.trainable());
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 4).list().ofMinSize(1).ofMaxSize(3),
                f.list().ofSize(3), Arbitraries.of(true, false), Arbitraries.longs().between(0, 1000)).as((inputs, widths, fs, soft, seed) -> {
                    var b = Network.builder(inputs);
                    for (int l = 0; l < widths.size(); l++) {
                        boolean last = l == widths.size() - 1;
                        if (last && soft) {
                            b.softmax(Math.max(2, widths.get(l)));
                        } else {
                            b.dense(widths.get(l), fs.get(l));
                        }
                    }
                    return b.init(Init.XAVIER_NORMAL.seeded(seed)).build();
                });
    }

    /** aˡ = f(Wˡaˡ⁻¹ + bˡ), written out with loops. */
    static double[] slowForward(Network net, double[] x) {
        double[] a = x;
        for (Dense d : net.layers()) {
            double[][] w = d.weights();
            double[] b = d.biases();
            double[] z = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                z[i] = b[i];
                for (int j = 0; j < a.length; j++) {
                    z[i] += w[i][j] * a[j];
                }
            }
            a = d.function().activation() == null ? Softmax.apply(z) : d.function().activation().apply(z);
        }
        return a;
    }

    @Property(tries = 300, seed = "15")
    void theForwardPassIsTheLayersOneAfterTheOther(@ForAll("networks") Network net, @ForAll long seed) {
        double[] x = new nn.random.NumpyRandom(Math.abs(seed % 10_000)).randn(net.inputs());
        double[] want = slowForward(net, x), got = net.predict(x);
        for (int i = 0; i < want.length; i++) {
            close(want[i], got[i], 1e-12, "ŷ" + i);
        }
    }

    @Property(tries = 150, seed = "15")
    void backpropagationAgreesWithCentralDifferencesOfTheLoss(@ForAll("networks") Network net, @ForAll @IntRange(min = 0, max = 9999) int seed) {
        nn.random.NumpyRandom r = new nn.random.NumpyRandom(seed);
        double[] x = r.randn(net.inputs());
        double[] t = new double[net.outputs()];
        t[seed % t.length] = 1;
        Loss loss = Losses.MSE;
        Gradients g = net.gradients(x, t, loss);
        double h = 1e-6;
        for (int l = 1; l <= net.depth(); l++) {
            Dense d = net.layer(l);
            for (int i = 0; i < d.outputs(); i++) {
                for (int j = 0; j < d.inputs(); j++) {
                    double[][] up = d.weights(), down = d.weights();
                    up[i][j] += h;
                    down[i][j] -= h;
                    double lUp = loss.value(slowForward(net.withLayer(l, Dense.of(up, d.biases(), d.function())), x), t);
                    double lDown = loss.value(slowForward(net.withLayer(l, Dense.of(down, d.biases(), d.function())), x), t);
                    double numeric = (lUp - lDown) / (2 * h);
                    if (kinked(net, x)) {
                        return; // a ReLU-like unit sits at its kink: no derivative there
                    }
                    close(numeric, g.weight(l, i, j), CENTRAL, "∂L/∂W" + l + "[" + i + "," + j + "]");
                }
            }
        }
    }

    /** Whether some unit's net input is within 1e-5 of a kink (0 for the rectifiers, ±1 or ±2 for the hard ones). */
    private static boolean kinked(Network net, double[] x) {
        var pass = net.forward(x);
        for (int l = 1; l <= net.depth(); l++) {
            for (double z : pass.z(l)) {
                for (double k : new double[] {0, 1, -1, 2, -2, 2.5, -2.5}) {
                    if (Math.abs(z - k) < 1e-5) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Property(tries = 300, seed = "15")
    void thePerceptronUpdateIsWPlusEtaTX(@ForAll @net.jqwik.api.constraints.Size(min = 1, max = 5) List<@DoubleRange(min = -5, max = 5) Double> ws,
                                           @ForAll @DoubleRange(min = 0.01, max = 10) double eta, @ForAll boolean positive, @ForAll long seed) {
        double[] w = ws.stream().mapToDouble(Double::doubleValue).toArray();
        double[] x = new nn.random.NumpyRandom(Math.abs(seed % 10_000)).randn(w.length);
        int t = positive ? 1 : -1;
        Perceptron p = Perceptron.of(w, 0.5, eta).update(x, t);
        for (int i = 0; i < w.length; i++) {
            close(w[i] + eta * t * x[i], p.weights()[i], ROUNDING, "w" + i);
        }
        close(0.5 + eta * t, p.bias(), ROUNDING, "b");
    }

    @Property(tries = 200, seed = "15")
    void standardisationHasMeanZeroAndUnitSpreadAndGoesBack(@ForAll @IntRange(min = 2, max = 20) int rows, @ForAll @IntRange(min = 1, max = 4) int cols,
                                                            @ForAll @IntRange(min = 0, max = 9999) int seed) {
        double[][] x = new nn.random.NumpyRandom(seed).randn(rows, cols);
        Standardizer s = Standardizer.fit(x);
        double[][] z = s.transform(x);
        List<Integer> constant = new ArrayList<>();
        for (int c : s.constantFeatures()) {
            constant.add(c);
        }
        for (int j = 0; j < cols; j++) {
            double mean = 0, square = 0;
            for (double[] row : z) {
                mean += row[j] / rows;
                square += row[j] * row[j] / rows;
            }
            close(0, mean, 1e-9, "mean of feature " + j);
            if (!constant.contains(j)) {
                close(1, square, 1e-9, "variance of feature " + j);
            }
        }
        for (int i = 0; i < rows; i++) {
            double[] back = s.inverse(z[i]);
            for (int j = 0; j < cols; j++) {
                close(x[i][j], back[j], 1e-12, "x[" + i + "][" + j + "] back");
            }
        }
    }
}
