package nn.layers;

import nn.util.Check;

import java.util.function.DoubleUnaryOperator;

import static nn.activations.Activations.IDENTITY;
import static nn.activations.Activations.SIGMOID;

/**
 * The constructive idea behind the universal approximation theorem, built by hand: a 1-n-1
 * network whose hidden neuron i is a steep sigmoid step σ(k(x − cᵢ)) at cᵢ = lo + i·h
 * (h = (hi − lo)/n), and whose output adds the steps with heights f(cᵢ + h/2) − f(cᵢ − h/2):
 * <pre>
 *   ŷ(x) = f(c₀ + h/2) · 1  +  Σ_{i=1}^{n−1} [f(cᵢ + h/2) − f(cᵢ − h/2)] · σ(k (x − cᵢ))
 * </pre>
 * So ŷ is a staircase through the midpoints of n intervals; the error falls as n and k grow.
 */
public final class Staircase {
    private Staircase() {
    }

    /** The 1-(n−1)-1 network of n stairs approximating f on [lo, hi], with sigmoid steepness k. */
    public static Network of(DoubleUnaryOperator f, double lo, double hi, int n, double k) {
        Check.notNull(f, "a staircase", "a function f");
        Check.argument(n >= 2, "a staircase needs at least 2 stairs but got %d", n);
        Check.argument(lo < hi, "a staircase needs lo < hi but got [%s, %s]", lo, hi);
        Check.positive(k, "the steepness k");
        double h = (hi - lo) / n;
        double[][] w1 = new double[n - 1][1];
        double[] b1 = new double[n - 1];
        double[][] w2 = new double[1][n - 1];
        for (int i = 1; i < n; i++) {
            double c = lo + i * h;
            w1[i - 1][0] = k;          // σ(k x − k c) = σ(k (x − c))
            b1[i - 1] = -k * c;
            w2[0][i - 1] = f.applyAsDouble(c + h / 2) - f.applyAsDouble(c - h / 2); // the height of stair i
        }
        double first = f.applyAsDouble(lo + h / 2);
        return Network.builder(1).dense(w1, b1, SIGMOID).dense(w2, new double[] {first}, IDENTITY).build();
    }
}
