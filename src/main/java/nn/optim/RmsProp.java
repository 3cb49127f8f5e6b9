package nn.optim;

/**
 * RMSprop (Hinton's lecture 6e): each parameter's step is divided by a running root mean square
 * of its recent gradients, s starting at 0,
 * <pre>
 *   s ← ρ s + (1 − ρ) g²
 *   θ ← θ − η g / (√s + ε)
 * </pre>
 * so steep and shallow directions move at similar speeds.
 */
public final class RmsProp extends KeyedOptimizer {
    private final double rho;
    private final double epsilon;

    /** RMSprop with learning rate η > 0, decay ρ in [0, 1) and ε > 0. */
    public RmsProp(double eta, double rho, double epsilon) {
        super(eta, 1);
        this.rho = fraction(rho, "the decay ρ");
        this.epsilon = nn.util.Check.positive(epsilon, "ε");
    }

    @Override
    void update(double[] theta, double[] g, State s) {
        double[] sq = s.slots[0];
        for (int i = 0; i < theta.length; i++) {
            sq[i] = rho * sq[i] + (1 - rho) * g[i] * g[i];
            theta[i] -= eta * g[i] / (Math.sqrt(sq[i]) + epsilon);
        }
    }

    @Override
    public String toString() {
        return "RMSprop(η=" + num(eta) + ", ρ=" + num(rho) + ", ε=" + num(epsilon) + ")";
    }
}
