package nn.exercises;

import nn.autodiff.Value;
import nn.grading.Exercise;

import java.util.List;

/**
 * Exercises on automatic differentiation (自动微分): a backward rule of the reverse-mode engine
 * {@link Value}, which sends the gradient of an operation's output back to its input.
 */
public final class DifferentiationExercises {
    private DifferentiationExercises() {
    }

    /** A student's backward rule for out = f(u): from the input u and ∂L/∂out, the gradient ∂L/∂u. */
    @FunctionalInterface
    public interface BackwardRule {
        double inputGradient(double u, double outGradient);
    }

    /** The library's rule, read from the engine itself: ∂L/∂u of L = g·tanh(u) is g·(1 − tanh²u). */
    private static double reference(double u, double g) {
        Value in = Value.of(u, "u");
        in.tanh().times(Value.of(g)).backward();
        return in.grad();
    }

    /** Exercise 1 of lesson 09: tanh's backward rule, ∂L/∂u = (1 − tanh²u) · ∂L/∂out. */
    public static final Exercise<BackwardRule> TANH_BACKWARD = Exercise.<BackwardRule>of(
                    "exercise 1: tanh's backward rule", DifferentiationExercises::reference)
            .input("u = 0.5, ∂L/∂out = 2", f -> f.inputGradient(0.5, 2))
            .input("u = -1, ∂L/∂out = -0.3", f -> f.inputGradient(-1, -0.3))
            .hiddenInput("u = 2.5, ∂L/∂out = 1", f -> f.inputGradient(2.5, 1))
            .mistake("the gradient arriving from the output, ∂L/∂out, is not multiplied in: the chain rule gives "
                            + "∂L/∂u = tanh′(u) · ∂L/∂out, not tanh′(u) alone",
                    (u, g) -> 1 - Math.tanh(u) * Math.tanh(u))
            .mistake("tanh′ was computed from the output: 1 − out² with out = tanh(u) is right, but 1 − tanh²(out) "
                            + "applies tanh twice",
                    (u, g) -> (1 - Math.pow(Math.tanh(Math.tanh(u)), 2)) * g)
            .mistake("1 − u² uses the input u where tanh(u) belongs: tanh′(u) = 1 − tanh²(u)",
                    (u, g) -> (1 - u * u) * g)
            .mistake("sign error: tanh′(u) = 1 − tanh²(u); the answer has 1 + tanh²(u)",
                    (u, g) -> (1 + Math.tanh(u) * Math.tanh(u)) * g)
            .build();

    /** This lesson's exercises. */
    public static List<Exercise<?>> all() {
        return List.of(TANH_BACKWARD);
    }
}
