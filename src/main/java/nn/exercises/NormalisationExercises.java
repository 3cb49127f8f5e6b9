package nn.exercises;

import nn.grading.Exercise;
import nn.normalisation.BatchNorm;

import java.util.List;

/** Exercises on normalisation layers (归一化): batch norm in inference mode. */
public final class NormalisationExercises {
    private NormalisationExercises() {
    }

    /** A student's batch norm of one feature in inference mode, from the running statistics and γ, β. */
    @FunctionalInterface
    public interface Inference {
        double apply(double x, double runningMean, double runningVariance, double gamma, double beta);
    }

    /** The library's answer: the formula of {@link BatchNorm#infer}. */
    private static double reference(double x, double mean, double var, double gamma, double beta) {
        return gamma * (x - mean) / Math.sqrt(var + EPSILON) + beta;
    }

    /** ε of the library's batch norm. */
    public static final double EPSILON = 1e-5;

    /** Exercise 1 of lesson 13: y = γ (x − μ̄)/√(σ̄² + ε) + β. */
    public static final Exercise<Inference> INFERENCE = Exercise.<Inference>of(
                    "exercise 1: batch norm in inference mode", NormalisationExercises::reference)
            .input("x = 3, μ̄ = 1, σ̄² = 4, γ = 2, β = 0.5", f -> f.apply(3, 1, 4, 2, 0.5))
            .input("x = -1, μ̄ = 0.5, σ̄² = 0.25, γ = 1, β = -1", f -> f.apply(-1, 0.5, 0.25, 1, -1))
            .hiddenInput("x = 0.2, μ̄ = 0.2, σ̄² = 9, γ = 3, β = 2", f -> f.apply(0.2, 0.2, 9, 3, 2))
            .mistake("the variance σ̄² is used where its square root belongs: x̂ = (x − μ̄)/√(σ̄² + ε)",
                    (x, m, v, g, b) -> g * (x - m) / (v + EPSILON) + b)
            .mistake("β is missing: after the scale γ comes the shift, y = γ x̂ + β",
                    (x, m, v, g, b) -> g * (x - m) / Math.sqrt(v + EPSILON))
            .mistake("γ scales β too: y = γ x̂ + β, not γ (x̂ + β)",
                    (x, m, v, g, b) -> g * ((x - m) / Math.sqrt(v + EPSILON) + b))
            .mistake("the mean is not subtracted: x̂ = (x − μ̄)/√(σ̄² + ε)",
                    (x, m, v, g, b) -> g * x / Math.sqrt(v + EPSILON) + b)
            .build();

    /** This lesson's exercises. */
    public static List<Exercise<?>> all() {
        return List.of(INFERENCE);
    }
}
