package nn.optim;

/**
 * Adam (Kingma and Ba 2015): momentum on the gradient and RMSprop's scaling, both corrected for
 * starting at 0. At step t = 1, 2, …, with m and v starting at 0,
 * <pre>
 *   m ← β₁ m + (1 − β₁) g          v ← β₂ v + (1 − β₂) g²
 *   m̂ = m / (1 − β₁ᵗ)              v̂ = v / (1 − β₂ᵗ)
 *   θ ← θ − η m̂ / (√v̂ + ε)
 * </pre>
 * At t = 1, m̂ = g and v̂ = g², so the first step is η g / (|g| + ε): about η in size, whatever
 * the gradient's scale. Without the correction it would be η (1 − β₁) / √(1 − β₂) ≈ 3.2 η.
 */
public final class Adam extends KeyedOptimizer {
    private final double beta1;
    private final double beta2;
    private final double epsilon;

    /** Adam with learning rate η > 0, β₁ and β₂ in [0, 1) and ε > 0. */
    public Adam(double eta, double beta1, double beta2, double epsilon) {
        super(eta, 2);
        this.beta1 = fraction(beta1, "β₁");
        this.beta2 = fraction(beta2, "β₂");
        this.epsilon = nn.util.Check.positive(epsilon, "ε");
    }

    @Override
    void update(double[] theta, double[] g, State s) {
        double[] m = s.slots[0];
        double[] v = s.slots[1];
        double c1 = 1 - Math.pow(beta1, s.t);
        double c2 = 1 - Math.pow(beta2, s.t);
        for (int i = 0; i < theta.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            double mHat = m[i] / c1;
            double vHat = v[i] / c2;
            theta[i] -= eta * mHat / (Math.sqrt(vHat) + epsilon);
        }
    }

    @Override
    public String toString() {
        return "Adam(η=" + num(eta) + ", β₁=" + num(beta1) + ", β₂=" + num(beta2) + ", ε=" + num(epsilon) + ")";
    }
}
