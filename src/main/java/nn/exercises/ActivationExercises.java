package nn.exercises;

import nn.activations.Activations;
import nn.grading.Exercise;

import java.util.List;

/** Exercises on activation functions (激活函数) beyond the sigmoid: the ELU's derivative. */
public final class ActivationExercises {
    private ActivationExercises() {
    }

    /** A student's derivative of ELU with parameter α, at z. */
    @FunctionalInterface
    public interface Derivative {
        double apply(double z, double alpha);
    }

    /** Exercise 1 of lesson 04: ELU′(z) = 1 for z > 0 and α eᶻ for z ≤ 0. */
    public static final Exercise<Derivative> ELU_PRIME = Exercise.<Derivative>of(
                    "exercise 1: ELU'(z)", (z, alpha) -> Activations.elu(alpha).derivative(z))
            .input("z = 2, α = 1", f -> f.apply(2, 1))
            .input("z = -1, α = 1", f -> f.apply(-1, 1))
            .input("z = -0.5, α = 0.5", f -> f.apply(-0.5, 0.5))
            .hiddenInput("z = -2, α = 1.5", f -> f.apply(-2, 1.5))
            .hiddenInput("z = 0.3, α = 2", f -> f.apply(0.3, 2))
            .mistake("α is missing: for z ≤ 0, ELU(z) = α(eᶻ − 1), so its derivative is α eᶻ, not eᶻ",
                    (z, alpha) -> z > 0 ? 1 : Math.exp(z))
            .mistake("this is ELU(z) itself for z ≤ 0: the derivative of α(eᶻ − 1) is α eᶻ (the −1 goes)",
                    (z, alpha) -> z > 0 ? 1 : alpha * (Math.exp(z) - 1))
            .mistake("for z > 0, ELU(z) = z, whose derivative is 1, not z",
                    (z, alpha) -> z > 0 ? z : alpha * Math.exp(z))
            .build();

    /** This lesson's exercises. */
    public static List<Exercise<?>> all() {
        return List.of(ELU_PRIME);
    }
}
