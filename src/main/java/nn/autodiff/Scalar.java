package nn.autodiff;

/**
 * A number that a program can compute with and that automatic differentiation can follow: a
 * {@link Value} (reverse mode) or a {@link Dual} (forward mode). A program written once over
 * {@code S extends Scalar<S>} runs in either mode ({@link Mlp#loss}).
 */
public interface Scalar<S extends Scalar<S>> {
    /** The number itself. */
    double value();

    /** A constant of the same kind (its derivative is 0). */
    S constant(double c);

    /** A named constant, e.g. an input x₁ (the name shows in diagrams of a graph). */
    default S constant(double c, String name) {
        return constant(c);
    }

    S plus(S other);

    S times(S other);

    /** this^p for a constant exponent p. */
    S pow(double p);

    S exp();

    S tanh();

    /** σ(this) = 1 / (1 + e^(−this)). */
    S sigmoid();

    /** max(0, this). */
    S relu();

    default S plus(double c) {
        return plus(constant(c));
    }

    default S times(double c) {
        return times(constant(c));
    }

    default S minus(S other) {
        nn.util.Check.notNull(other, "−", "another number");
        return plus(other.times(-1));
    }
}
