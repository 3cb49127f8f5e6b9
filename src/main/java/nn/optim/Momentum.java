package nn.optim;

/**
 * Gradient descent with momentum (Polyak's heavy ball): a velocity v, starting at 0, remembers
 * past steps,
 * <pre>
 *   v ← μ v − η g
 *   θ ← θ + v
 * </pre>
 * so along a steady gradient the step grows towards η g / (1 − μ) (ten times η g for μ = 0.9),
 * while oscillating components cancel.
 */
public final class Momentum extends KeyedOptimizer {
    private final double mu;

    /** Momentum with learning rate η > 0 and momentum coefficient μ in [0, 1). */
    public Momentum(double eta, double mu) {
        super(eta, 1);
        this.mu = fraction(mu, "the momentum μ");
    }

    @Override
    void update(double[] theta, double[] g, State s) {
        double[] v = s.slots[0];
        for (int i = 0; i < theta.length; i++) {
            v[i] = mu * v[i] - eta * g[i];
            theta[i] += v[i];
        }
    }

    /** μ. */
    public double mu() {
        return mu;
    }

    @Override
    public String toString() {
        return "Momentum(η=" + num(eta) + ", μ=" + num(mu) + ")";
    }
}
