package nn.exercises;

import nn.grading.Exercise;
import nn.optim.Adam;

import java.util.List;

/**
 * Exercises on optimisers (优化器): one step of Adam for a single parameter, as {@link Adam}
 * takes it for every entry of a weight matrix.
 */
public final class OptimiserExercises {
    private OptimiserExercises() {
    }

    /** Adam's β₁, the decay of the first moment m (Kingma and Ba's default, as {@code Optimizer.adam}). */
    public static final double BETA1 = 0.9;
    /** Adam's β₂, the decay of the second moment v. */
    public static final double BETA2 = 0.999;
    /** Adam's ε, added to √v̂. */
    public static final double EPSILON = 1e-8;

    /**
     * A student's Adam step for one parameter: from θ, its gradient g, the moments m and v before
     * the step, the step number t = 1, 2, … and η, the new {@code {θ, m, v}}.
     */
    @FunctionalInterface
    public interface AdamStep {
        double[] step(double theta, double g, double m, double v, int t, double eta);
    }

    /**
     * One step of {@link Adam}'s update, the same lines for one parameter; the flags make the
     * typical mistakes: no bias correction, no square root, β and 1 − β swapped, g for g², the
     * step's sign.
     */
    static double[] step(double theta, double g, double m, double v, int t, double eta,
                         boolean correct, boolean root, boolean swapped, boolean square, double sign) {
        double b1 = swapped ? 1 - BETA1 : BETA1;
        double b2 = swapped ? 1 - BETA2 : BETA2;
        m = b1 * m + (1 - b1) * g;
        v = b2 * v + (1 - b2) * (square ? g * g : g);
        double mHat = correct ? m / (1 - Math.pow(BETA1, t)) : m;
        double vHat = correct ? v / (1 - Math.pow(BETA2, t)) : v;
        theta = theta - sign * eta * mHat / ((root ? Math.sqrt(vHat) : vHat) + EPSILON);
        return new double[] {theta, m, v};
    }

    /** Exercise 1 of lesson 11: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², θ ← θ − η m̂/(√v̂ + ε). */
    public static final Exercise<AdamStep> ADAM = Exercise.<AdamStep>of("exercise 1: one Adam step",
                    (theta, g, m, v, t, eta) -> step(theta, g, m, v, t, eta, true, true, false, true, 1))
            .input("θ = 1, g = 0.5, m = 0, v = 0, t = 1, η = 0.1 (the first step)", f -> f.step(1, 0.5, 0, 0, 1, 0.1))
            .input("θ = 1, g = -2, m = 0.1, v = 0.01, t = 3, η = 0.01", f -> f.step(1, -2, 0.1, 0.01, 3, 0.01))
            .hiddenInput("θ = -0.5, g = 4, m = -0.2, v = 0.5, t = 10, η = 0.001", f -> f.step(-0.5, 4, -0.2, 0.5, 10, 0.001))
            .mistake("the bias correction is missing: m and v start at 0, so m̂ = m/(1 − β₁ᵗ) and v̂ = v/(1 − β₂ᵗ) are what the step uses; "
                    + "without them the first step is about 3.2 η instead of η", (theta, g, m, v, t, eta) -> step(theta, g, m, v, t, eta, false, true, false, true, 1))
            .mistake("the square root is missing: the step divides by √v̂ + ε, the size of recent gradients, not by v̂",
                    (theta, g, m, v, t, eta) -> step(theta, g, m, v, t, eta, true, false, false, true, 1))
            .mistake("β and 1 − β are swapped: the moments keep β₁ = 0.9 (and β₂ = 0.999) of their old value and take 1 − β of the new gradient",
                    (theta, g, m, v, t, eta) -> step(theta, g, m, v, t, eta, true, true, true, true, 1))
            .mistake("v must average the squared gradient g², not g", (theta, g, m, v, t, eta) -> step(theta, g, m, v, t, eta, true, true, false, false, 1))
            .mistake("sign error: the step goes against the gradient, θ ← θ − η m̂/(√v̂ + ε)",
                    (theta, g, m, v, t, eta) -> step(theta, g, m, v, t, eta, true, true, false, true, -1))
            .build();

    /** Every exercise of this class, in order. */
    public static List<Exercise<?>> all() {
        return List.of(ADAM);
    }
}
