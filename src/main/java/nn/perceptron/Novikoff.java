package nn.perceptron;

import nn.data.BinaryData;
import nn.util.Check;
import nn.util.Fmt;

/**
 * Novikoff's bound (1962) on the number of updates of the perceptron, measured on a data set.
 * The bias is learned like a weight on a constant input 1, so the theorem is stated for the
 * augmented points x̃ = (x, 1) and the augmented weights (w, b):
 * <pre>
 *   R = maxᵢ ‖(xᵢ, 1)‖                                    (how far the points reach)
 *   γ = minᵢ tᵢ (uᵀxᵢ + c) / ‖(u, c)‖                      (margin of a separating hyperplane (u, c))
 *   number of updates ≤ (R / γ)²                          (starting from w = 0, b = 0, any η &gt; 0)
 * </pre>
 * Any hyperplane that separates the data gives a valid bound; the wider its margin γ, the
 * smaller the bound. Use the line that generated the data, or the one the perceptron found.
 */
public record Novikoff(double r, double gamma, double[] u, double c) {
    /** Copies u. */
    public Novikoff {
        Check.argument(r >= 0 && gamma > 0 && Double.isFinite(r) && Double.isFinite(gamma),
                "Novikoff's bound needs a radius R ≥ 0 and a margin γ > 0, both finite, but got R = %s and γ = %s", r, gamma);
        u = Check.finite(Check.notNull(u, "Novikoff's bound", "the hyperplane's weights u").clone(), "u");
        Check.finite(c, "c");
    }

    /** R, γ and the bound for {@code data}, with γ measured for the hyperplane uᵀx + c = 0, which must separate the data. */
    public static Novikoff of(BinaryData data, double[] u, double c) {
        Check.notNull(data, "Novikoff's bound", "data");
        Check.argument(u != null && u.length == data.dimension(), "Novikoff's bound for %s needs a hyperplane with %d weights but got %s",
                data.name(), data.dimension(), u == null ? "null" : Fmt.vec(u));
        double[] uc = augmented(u, c);
        double norm = Perceptron.norm(uc);
        Check.argument(norm > 0, "Novikoff's bound needs a hyperplane, but u = 0 and c = 0");
        double r = 0;
        double gamma = Double.POSITIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            double[] x = augmented(data.x(i), 1);
            r = Math.max(r, Perceptron.norm(x));
            double margin = 0;
            for (int j = 0; j < x.length; j++) {
                margin += uc[j] * x[j];
            }
            margin *= data.t(i) / norm;
            Check.argument(margin > 0, "the hyperplane %s = 0 does not separate %s: row %d (x = %s, t = %d) has t(uᵀx + c) = %s ≤ 0",
                    Fmt.linear(u, data.features()) + (c < 0 ? " − " : " + ") + Fmt.num(Math.abs(c)), data.name(), i,
                    Fmt.vec(data.x(i)), data.t(i), Fmt.num(margin * norm));
            gamma = Math.min(gamma, margin);
        }
        return new Novikoff(r, gamma, u, c);
    }

    /** R, γ and the bound with the hyperplane a converged training found. */
    public static Novikoff of(Training training) {
        Check.notNull(training, "Novikoff's bound", "a training run");
        Check.argument(training.converged(), "the perceptron's own boundary gives a margin only if it separates the data, "
                + "but training on %s did not converge", training.data().name());
        Perceptron p = training.result();
        return of(training.data(), p.weights(), p.bias());
    }

    /** (R / γ)², the most updates the perceptron can make on this data from a zero start. */
    public double bound() {
        return (r / gamma) * (r / gamma);
    }

    /** Whether a training from zero stayed within the bound (its number of updates ≤ (R / γ)²). */
    public boolean holdsFor(Training training) {
        Check.notNull(training, "holdsFor", "a training run");
        Perceptron start = training.start();
        Check.argument(start.bias() == 0 && java.util.Arrays.stream(start.weights()).allMatch(w -> w == 0),
                "Novikoff's bound is for training from w = 0, b = 0, but this run started from %s", start);
        return training.updateCount() <= bound();
    }

    /** A copy of the hyperplane's weights u. */
    @Override
    public double[] u() {
        return u.clone();
    }

    /** (u, c) as one vector, the form the theorem uses. */
    static double[] augmented(double[] w, double b) {
        double[] v = java.util.Arrays.copyOf(w, w.length + 1);
        v[w.length] = b;
        return v;
    }

    /** E.g. {@code Novikoff(R = 1.732, γ = 0.2887, (R/γ)² = 36)}. */
    @Override
    public String toString() {
        return "Novikoff(R = " + Fmt.num(r, 4) + ", γ = " + Fmt.num(gamma, 4) + ", (R/γ)² = " + Fmt.num(bound()) + ")";
    }
}
