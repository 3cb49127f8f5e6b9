package nn.perceptron;

import nn.data.BinaryData;
import nn.util.Check;
import nn.util.Fmt;

import java.util.Arrays;

/**
 * Rosenblatt's perceptron (感知机, 1958): real inputs x ∈ ℝᵈ, weights w, a bias b and the output
 * <pre>
 *   y = sign(wᵀx + b),   sign(z) = +1 if z ≥ 0, else −1          (lecture 001: sign(0) = +1)
 * </pre>
 * Its learning rule (学习规则), applied to a sample (x, t) with target t ∈ {−1, +1} only when the
 * perceptron gets it wrong (y ≠ t), is
 * <pre>
 *   w ← w + η t x,    b ← b + η t                                 (η &gt; 0, the learning rate 学习率)
 * </pre>
 * A value of this class is one state of the perceptron and never changes: {@link #update} returns
 * a new one, and {@link #train} returns the whole {@link Training} with every update it made.
 * For example {@code Perceptron.zero(2, 1).train(LogicData.and(), 100)} learns AND.
 */
public final class Perceptron {
    private final double[] w;
    private final double b;
    private final double eta;

    private Perceptron(double[] w, double b, double eta) {
        Check.argument(w != null && w.length > 0, "a perceptron needs at least one weight");
        this.w = Check.finite(w.clone(), "w");
        this.b = Check.finite(b, "the bias b");
        this.eta = Check.positive(eta, "the learning rate η");
    }

    /** The usual start: all weights and the bias zero. */
    public static Perceptron zero(int inputs, double eta) {
        Check.argument(inputs > 0, "a perceptron needs at least one input but got %d", inputs);
        return new Perceptron(new double[inputs], 0, eta);
    }

    /** A perceptron with the given weights, bias and learning rate (the array is copied). */
    public static Perceptron of(double[] w, double b, double eta) {
        return new Perceptron(w, b, eta);
    }

    /** The number of inputs d. */
    public int inputs() {
        return w.length;
    }

    /** A copy of the weights w. */
    public double[] weights() {
        return w.clone();
    }

    /** The bias b. */
    public double bias() {
        return b;
    }

    /** The learning rate η. */
    public double eta() {
        return eta;
    }

    /** The net input z = wᵀx + b. */
    public double net(double... x) {
        checkInput(x);
        double z = b;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    /** The output y = sign(wᵀx + b) ∈ {−1, +1}, with sign(0) = +1. */
    public int predict(double... x) {
        return sign(net(x));
    }

    /** sign(z): +1 when z ≥ 0 (so sign(0) = +1), −1 otherwise. */
    public static int sign(double z) {
        return z >= 0 ? 1 : -1;
    }

    /**
     * The signed distance (有向距离) of x from the boundary wᵀx + b = 0, (wᵀx + b) / ‖w‖: positive on
     * the side w points to (where y = +1), negative on the other, its size the distance in the
     * units of x.
     */
    public double distance(double... x) {
        double norm = norm(w);
        Check.argument(norm > 0, "the distance to the boundary is undefined for %s: with w = 0 there is no boundary line", this);
        return net(x) / norm;
    }

    /** The perceptron after one step of the rule on (x, t): w + η t x and b + η t (it does not check for a mistake). */
    public Perceptron update(double[] x, int t) {
        checkInput(x);
        if (t != -1 && t != 1) { // the message is built only on failure: this runs in every training step
            Check.argument(false, "a perceptron target must be −1 or +1 but was %d (x = %s)", t, Fmt.vec(x));
        }
        double[] next = w.clone();
        for (int i = 0; i < w.length; i++) {
            next[i] += eta * t * x[i];
        }
        return new Perceptron(next, b + eta * t, eta);
    }

    /** How many points of {@code data} this perceptron gets wrong. */
    public int mistakes(BinaryData data) {
        Check.given("mistakes", "data", data);
        int count = 0;
        for (int i = 0; i < data.size(); i++) {
            count += predict(data.x(i)) != data.t(i) ? 1 : 0;
        }
        return count;
    }

    /** Trains with the learning rule, visiting the points in the data's order every epoch. */
    public Training train(BinaryData data, int maxEpochs) {
        return Training.run(this, data, maxEpochs, Order.FIXED);
    }

    /** Trains with the learning rule, visiting the points in a new seeded random order every epoch. */
    public Training train(BinaryData data, int maxEpochs, long seed) {
        return Training.run(this, data, maxEpochs, Order.shuffled(seed));
    }

    /** The output for x with every number filled in: {@code wᵀx + b = 1·1 + 1·0 + (−1) = 0 ≥ 0, so y = +1}. */
    public String explain(double... x) {
        double z = net(x); // checks x first
        StringBuilder s = new StringBuilder("wᵀx + b = ");
        for (int i = 0; i < w.length; i++) {
            s.append(i == 0 ? "" : " + ").append(paren(w[i])).append('·').append(paren(x[i]));
        }
        s.append(" + ").append(paren(b)).append(" = ").append(Fmt.signed(z));
        return s.append(z >= 0 ? " ≥ 0, so y = +1" : " < 0, so y = −1").toString();
    }

    static double norm(double[] v) {
        double s = 0;
        for (double vi : v) {
            s += vi * vi;
        }
        return Math.sqrt(s);
    }

    private static String paren(double v) {
        return v < 0 ? "(" + Fmt.signed(v) + ")" : Fmt.num(v);
    }

    private void checkInput(double[] x) {
        if (x == null || x.length != w.length) { // the message is built only on failure: this runs for every point
            Check.argument(false, "this perceptron has %d inputs (w = %s) but got %s",
                    w.length, Fmt.vec(w), x == null ? "null" : x.length + " values: " + Fmt.vec(x));
        }
        Check.finite(x, "x");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Perceptron p && Arrays.equals(w, p.w) && Double.compare(b, p.b) == 0 && Double.compare(eta, p.eta) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(w) + Double.hashCode(b)) + Double.hashCode(eta);
    }

    /** Reads like the maths: {@code Perceptron(w=[0.2, -0.1], b=0, η=0.1)}. */
    @Override
    public String toString() {
        return "Perceptron(w=" + Fmt.vec(w) + ", b=" + Fmt.num(b) + ", η=" + Fmt.num(eta) + ")";
    }
}
