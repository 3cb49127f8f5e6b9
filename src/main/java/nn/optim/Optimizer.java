package nn.optim;

/**
 * A rule that moves parameters θ against their gradient g = ∂L/∂θ, in place.
 *
 * <p>Each parameter tensor (a layer's W, its b, …) has a name, its key. Optimisers with memory
 * (momentum's velocity, Adam's moments and step count t) keep one state per key, created at the
 * key's first step, so one optimiser serves a whole network:
 *
 * <pre>{@code
 * Optimizer opt = Optimizer.adam(0.001);
 * opt.step("W1", w1, gradW1);   // w1 is double[][] (row r gets the key "W1[r]")
 * opt.step("b1", b1, gradB1);   // b1 is double[]
 * }</pre>
 *
 * A key must always come with arrays of the same length; {@link #reset()} forgets all state.
 * Gradients must be finite, and a step that would make a parameter NaN or infinite fails with a
 * message instead (a diverging learning rate shows at once).
 */
public interface Optimizer {
    /** Updates {@code params} in place from {@code grads} (same length), using the state kept for {@code key}. */
    void step(String key, double[] params, double[] grads);

    /**
     * The same update without {@link #step}'s checks of every entry, for the training loop, which
     * runs it on every batch and checks the loss instead (a parameter that is not finite makes the
     * next loss not finite). Nothing is allocated once the key has its state.
     */
    void update(String key, double[] params, double[] grads);

    /**
     * {@link #update} for a caller that has already made sure that every entry of {@code grads} is
     * finite: the same update without the pass over {@code grads}. The training loop uses it for one
     * example at a time, where each entry is a product δᵢaⱼ or a δᵢ and Σ|δ|·max(Σ|a|, 1) bounds them
     * all (m + n numbers to look at instead of m·n). The default is {@link #update} itself.
     */
    default void updateFinite(String key, double[] params, double[] grads) {
        update(key, params, grads);
    }

    /**
     * One step on several tensors at once (e.g. every layer's W and b), all or nothing: when any
     * key's arguments are wrong (shapes, a gradient that is not finite) or its step would overflow,
     * no parameter and no state (velocity, moments, step count) of any key has changed.
     */
    void stepAll(java.util.List<String> keys, java.util.List<double[]> params, java.util.List<double[]> grads);

    /** Updates every row of a matrix in place, all rows or none; row r uses the key {@code key + "[" + r + "]"}. */
    default void step(String key, double[][] params, double[][] grads) {
        nn.util.Check.argument(params != null && grads != null && params.length == grads.length,
                "%s: step on %s needs a gradient with as many rows as the parameters, but got %s and %s rows",
                this, key, params == null ? "null" : params.length, grads == null ? "null" : grads.length);
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (int r = 0; r < params.length; r++) {
            keys.add(key + "[" + r + "]");
        }
        stepAll(keys, java.util.Arrays.asList(params), java.util.Arrays.asList(grads));
    }

    /** The learning rate η. */
    double learningRate();

    /** How many steps {@code key} has taken since its first step or the last {@link #reset()} (Adam's t). */
    int steps(String key);

    /** Forgets all per-key state (velocities, moments, step counts), as for a fresh network. */
    void reset();

    /** Plain gradient descent θ ← θ − η g. */
    static Optimizer sgd(double eta) {
        return new Sgd(eta);
    }

    /** Momentum v ← μ v − η g, θ ← θ + v (μ = 0.9 is usual). */
    static Optimizer momentum(double eta, double mu) {
        return new Momentum(eta, mu);
    }

    /** RMSprop with ρ = 0.9, ε = 1e-8. */
    static Optimizer rmsprop(double eta) {
        return new RmsProp(eta, 0.9, 1e-8);
    }

    /** RMSprop s ← ρ s + (1 − ρ) g², θ ← θ − η g / (√s + ε). */
    static Optimizer rmsprop(double eta, double rho, double epsilon) {
        return new RmsProp(eta, rho, epsilon);
    }

    /** Adam with Kingma and Ba's defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-8. */
    static Optimizer adam(double eta) {
        return new Adam(eta, 0.9, 0.999, 1e-8);
    }

    /** Adam with bias correction; see {@link Adam}. */
    static Optimizer adam(double eta, double beta1, double beta2, double epsilon) {
        return new Adam(eta, beta1, beta2, epsilon);
    }
}
