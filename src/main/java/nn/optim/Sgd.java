package nn.optim;

/** Plain (stochastic) gradient descent: θ ← θ − η g. It keeps no state. */
public final class Sgd extends KeyedOptimizer {
    /** SGD with learning rate η > 0. */
    public Sgd(double eta) {
        super(eta, 0);
    }

    @Override
    void update(double[] theta, double[] g, State s) {
        for (int i = 0; i < theta.length; i++) {
            theta[i] -= eta * g[i];
        }
    }

    @Override
    public String toString() {
        return "SGD(η=" + num(eta) + ")";
    }
}
