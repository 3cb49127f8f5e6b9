package nn.exercises;

import nn.grading.Exercise;
import nn.grading.ExerciseBuilder;
import nn.neurons.Gates;
import nn.neurons.McCullochPitts;

import java.util.function.Supplier;

/** The exercises of lesson 01, the McCulloch–Pitts neuron. */
public final class McpExercises {
    private McpExercises() {
    }

    /** A student's MCP neuron as a method: the output y ∈ {0, 1} for weights w, threshold θ and input x. */
    @FunctionalInterface
    public interface Fire {
        int fire(double[] w, double theta, int[] x);
    }

    /** Exercise 1: y = 1 when Σ wᵢxᵢ − θ ≥ 0, else 0 (lecture 000's rule). */
    public static final Exercise<Fire> FIRE = Exercise.<Fire>of("exercise 1: fire(w, θ, x)",
                    (w, theta, x) -> McCullochPitts.of(w, theta).fire(x))
            .input("w = [1, 1], θ = 2, x = [1, 1]", f -> f.fire(new double[] {1, 1}, 2, new int[] {1, 1}))
            .input("w = [1, 1], θ = 2, x = [1, 0]", f -> f.fire(new double[] {1, 1}, 2, new int[] {1, 0}))
            .input("w = [1, 1], θ = 2, x = [0, 0]", f -> f.fire(new double[] {1, 1}, 2, new int[] {0, 0}))
            .input("w = [-1], θ = 0, x = [0] (NOT)", f -> f.fire(new double[] {-1}, 0, new int[] {0}))
            .hiddenInput("w = [0.5, 0.5, 0.5], θ = 1, x = [1, 1, 0]", f -> f.fire(new double[] {0.5, 0.5, 0.5}, 1, new int[] {1, 1, 0}))
            .hiddenInput("w = [0.5, 0.5, 0.5], θ = 1, x = [1, 0, 0]", f -> f.fire(new double[] {0.5, 0.5, 0.5}, 1, new int[] {1, 0, 0}))
            .hiddenInput("w = [1, -2], θ = -1, x = [0, 1]", f -> f.fire(new double[] {1, -2}, -1, new int[] {0, 1}))
            .hiddenInput("w = [1, -2], θ = -1, x = [1, 1]", f -> f.fire(new double[] {1, -2}, -1, new int[] {1, 1}))
            .hiddenInput("w = [1, 1], θ = -1, x = [0, 0]", f -> f.fire(new double[] {1, 1}, -1, new int[] {0, 0}))
            .mistake("the neuron must fire when Σwx − θ = 0 exactly (lecture 000's rule is ≥ 0); "
                    + "the answer uses > 0, lecture 004's rule", (w, theta, x) -> net(w, theta, x) > 0 ? 1 : 0)
            .mistake("the threshold θ (the bias b = −θ) is missing: the answer compares Σwx with 0 instead of with θ",
                    (w, theta, x) -> net(w, 0, x) >= 0 ? 1 : 0)
            .mistake("sign error: the answer adds θ (Σwx + θ) where the rule subtracts it (Σwx − θ)",
                    (w, theta, x) -> net(w, -theta, x) >= 0 ? 1 : 0)
            .build();

    /** Exercise 2: a three-input neuron that fires when at least two inputs are on. */
    public static final Exercise<Supplier<McCullochPitts>> MAJORITY = truthTable("exercise 2: majority of three",
            McCullochPitts.of(new double[] {1, 1, 1}, 2), 3)
            .mistake("this neuron fires when at least one input is on (OR of three): raise θ so that two are needed",
                    () -> McCullochPitts.of(new double[] {1, 1, 1}, 1))
            .mistake("this neuron fires only when all three inputs are on (AND of three): lower θ so that two are enough",
                    () -> McCullochPitts.of(new double[] {1, 1, 1}, 3))
            .build();

    /** Exercise 3: a two-input neuron for "x₁ and not x₂". */
    public static final Exercise<Supplier<McCullochPitts>> AND_NOT = truthTable("exercise 3: x₁ and not x₂",
            McCullochPitts.of(new double[] {1, -1}, 1), 2)
            .mistake("this neuron computes x₁ AND x₂: the weight of x₂ must be inhibitory (negative)", Gates::and)
            .mistake("this neuron computes (not x₁) and x₂: the negative weight belongs to x₂, not x₁",
                    () -> McCullochPitts.of(new double[] {-1, 1}, 1))
            .build();

    /** Every exercise of the lesson, in order. */
    public static java.util.List<Exercise<?>> all() {
        return java.util.List.of(FIRE, MAJORITY, AND_NOT);
    }

    private static double net(double[] w, double theta, int[] x) {
        double z = -theta;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    /** An exercise whose answer is a neuron, checked row by row of its truth table. */
    private static ExerciseBuilder<Supplier<McCullochPitts>> truthTable(String title, McCullochPitts reference, int n) {
        ExerciseBuilder<Supplier<McCullochPitts>> b = Exercise.of(title, () -> reference);
        for (int row = 0; row < 1 << n; row++) {
            int[] x = new int[n];
            for (int i = 0; i < n; i++) {
                x[i] = (row >> (n - 1 - i)) & 1;
            }
            b.input("x = " + java.util.Arrays.toString(x), s -> s.get().fire(x));
        }
        return b;
    }
}
