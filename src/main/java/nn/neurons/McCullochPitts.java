package nn.neurons;

import nn.util.Check;
import nn.util.Fmt;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * The McCulloch–Pitts neuron (MCP neuron, 1943): binary inputs xᵢ ∈ {0, 1}, fixed weights wᵢ,
 * a threshold θ (阈值), and a binary output
 * <pre>
 *   y = f(Σ wᵢxᵢ − θ),   f(z) = 1 if z ≥ 0, else 0      (lecture 000, {@link Rule#AT_LEAST})
 *   y = 1 if Σ wᵢxᵢ − θ &gt; 0 = Σ wᵢxᵢ + b &gt; 0, b = −θ    (lecture 004, {@link Rule#ABOVE})
 * </pre>
 * Nothing is learned: the weights and θ are set by hand. For example
 * {@code McCullochPitts.of(new double[] {1, 1}, 2)} is AND: it fires only when both inputs are 1.
 * Values of this class are immutable.
 */
public final class McCullochPitts {
    private final double[] w;
    private final double theta;
    private final Rule rule;

    private McCullochPitts(double[] w, double theta, Rule rule) {
        Check.argument(w != null && w.length > 0, "an MCP neuron needs at least one weight");
        this.w = Check.finite(w.clone(), "w");
        this.theta = Check.finite(theta, "threshold θ");
        Check.argument(rule != null, "the firing rule must not be null");
        this.rule = rule;
    }

    /** A neuron that fires when Σ wᵢxᵢ − θ ≥ 0 (lecture 000's convention). */
    public static McCullochPitts of(double[] weights, double theta) {
        return new McCullochPitts(weights, theta, Rule.AT_LEAST);
    }

    /** A neuron with the given weights, threshold and firing rule. */
    public static McCullochPitts of(double[] weights, double theta, Rule rule) {
        return new McCullochPitts(weights, theta, rule);
    }

    /** The lecture-004 neuron: n inputs of weight 1, fires when Σ xᵢ &gt; θ. */
    public static McCullochPitts counting(int inputs, double theta) {
        Check.argument(inputs > 0, "an MCP neuron needs at least one input but got %d", inputs);
        double[] ones = new double[inputs];
        Arrays.fill(ones, 1);
        return new McCullochPitts(ones, theta, Rule.ABOVE);
    }

    /** The number of inputs. */
    public int inputs() {
        return w.length;
    }

    /** A copy of the weights. */
    public double[] weights() {
        return w.clone();
    }

    /** The threshold θ. */
    public double theta() {
        return theta;
    }

    /** The bias b = −θ, the form the perceptron will use. */
    public double bias() {
        return -theta;
    }

    /** The firing rule. */
    public Rule rule() {
        return rule;
    }

    /** The weighted sum Σ wᵢxᵢ of a binary input. */
    public double sum(int... x) {
        checkInput(x);
        return sum(w, x);
    }

    /** Σ wᵢxᵢ for an input already checked (the threshold search tries weights before it makes a neuron). */
    static double sum(double[] w, int[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * x[i];
        }
        return s;
    }

    /** The net input z = Σ wᵢxᵢ − θ. */
    public double net(int... x) {
        return sum(x) - theta;
    }

    /** The output y ∈ {0, 1}: 1 when the neuron fires for input x. */
    public int fire(int... x) {
        return rule.fires(net(x)) ? 1 : 0;
    }

    /**
     * The computation for input x with every number filled in, e.g.
     * {@code Σwx = 1·1 + 1·1 = 2,  z = Σwx − θ = 2 − 2 = 0 ≥ 0,  so y = 1}.
     */
    public String explain(int... x) {
        double s = sum(x);
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            terms.append(i == 0 ? "" : " + ").append(w[i] < 0 ? "(" + Fmt.signed(w[i]) + ")" : Fmt.num(w[i])).append('·').append(x[i]);
        }
        double z = s - theta;
        String thetaText = theta < 0 ? "(" + Fmt.signed(theta) + ")" : Fmt.num(theta);
        boolean fires = rule.fires(z);
        String comparison = fires ? rule.symbol() : (rule == Rule.AT_LEAST ? "<" : "≤");
        return "Σwx = " + terms + " = " + Fmt.signed(s) + ",  z = Σwx − θ = " + Fmt.signed(s) + " − " + thetaText
                + " = " + Fmt.signed(z) + " " + comparison + " 0,  so y = " + (fires ? 1 : 0);
    }

    /**
     * The same neuron written with another rule: θ moves so that every binary input gives the
     * same output. Switching from ≥ to &gt;, θ becomes the largest weighted sum that stays below
     * θ (for integer weights, θ − 1); switching back, the smallest sum above θ.
     */
    public McCullochPitts withRule(Rule other) {
        if (other == rule) {
            return this;
        }
        TreeSet<Double> sums = new TreeSet<>();
        for (int[] x : BinaryInputs.all(w.length)) {
            sums.add(sum(x));
        }
        double newTheta;
        if (other == Rule.ABOVE) {
            // fire iff s >= θ  ⟺  s > (largest s below θ); if no sum is below θ, any θ' below all sums works
            Double below = sums.lower(theta);
            newTheta = below != null ? below : sums.first() - 1;
        } else {
            // fire iff s > θ  ⟺  s >= (smallest s above θ); if none is above θ, the neuron never fires
            Double above = sums.higher(theta);
            newTheta = above != null ? above : sums.last() + 1;
        }
        return new McCullochPitts(w, newTheta, other);
    }

    /** Whether this neuron and {@code other} give the same output on all 2ⁿ binary inputs. */
    public boolean computesSameAs(McCullochPitts other) {
        Check.notNull(other, "computesSameAs", "a neuron to compare with");
        Check.argument(other.inputs() == inputs(),
                "can only compare neurons with the same number of inputs, but got %d and %d", inputs(), other.inputs());
        for (int[] x : BinaryInputs.all(w.length)) {
            if (fire(x) != other.fire(x)) {
                return false;
            }
        }
        return true;
    }

    /** The firing condition as LaTeX, e.g. {@code 1x_1 + 1x_2 - 2 \geq 0}. */
    public String toLatex() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String wi = Fmt.num(w[i]);
            if (i > 0) {
                s.append(w[i] < 0 ? " - " : " + ");
                wi = Fmt.num(Math.abs(w[i]));
            }
            s.append(wi).append("\\,x_{").append(i + 1).append('}');
        }
        s.append(theta < 0 ? " + " : " - ").append(Fmt.num(Math.abs(theta)));
        return s.append(' ').append(rule.latex()).append(" 0").toString();
    }

    // The messages are built only on failure: a threshold search asks this for every input row.
    private void checkInput(int[] x) {
        Check.argument(x != null, "MCP neuron input must not be null");
        if (x.length != w.length) {
            Check.argument(false, "this MCP neuron has %d inputs (w = %s) but got %d values: %s",
                    w.length, Fmt.vec(w), x.length, Arrays.toString(x));
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] != 0 && x[i] != 1) {
                Check.argument(false, "MCP neuron inputs must be 0 or 1, but x%d = %d (input %s)", i + 1, x[i], Arrays.toString(x));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof McCullochPitts m && Arrays.equals(w, m.w) && Double.compare(theta, m.theta) == 0 && rule == m.rule;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(w) + Double.hashCode(theta)) + rule.hashCode();
    }

    /** Reads like the maths: {@code MCP(w=[1, 1], θ=2, fires when Σwx − θ ≥ 0)}. */
    @Override
    public String toString() {
        return "MCP(w=" + Fmt.vec(w) + ", θ=" + Fmt.num(theta) + ", fires when Σwx − θ " + rule.symbol() + " 0)";
    }
}
