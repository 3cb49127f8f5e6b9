package nn.exercises;

import nn.activations.Activations;
import nn.activations.Softmax;
import nn.grading.Exercise;
import nn.losses.Losses;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * Exercises on the gradients of backpropagation (反向传播), for sigmoid neurons: σ'(z), the
 * gradient of the mean squared error, the output layer's δ and a hidden layer's δ; and the
 * Jacobian of softmax, through which a softmax output layer's δ is computed.
 */
public final class GradientExercises {
    private GradientExercises() {
    }

    /** A student's gradient of a loss with respect to the prediction, ∂L/∂ŷ. */
    @FunctionalInterface
    public interface LossGradient {
        double[] gradient(double[] prediction, double[] target);
    }

    /** A student's output-layer δᴸ for sigmoid outputs and C = ½ Σ (a − y)², from zᴸ and the target y. */
    @FunctionalInterface
    public interface OutputDelta {
        double[] delta(double[] z, double[] y);
    }

    /** A student's hidden-layer δˡ from the next layer's weights Wˡ⁺¹ (rows: next layer's neurons), δˡ⁺¹ and zˡ. */
    @FunctionalInterface
    public interface HiddenDelta {
        double[] delta(double[][] wNext, double[] deltaNext, double[] z);
    }

    private static double s(double z) {
        return Activations.SIGMOID.apply(z);
    }

    private static double sPrime(double z) {
        return Activations.SIGMOID.derivative(z);
    }

    /** Exercise 1 of lesson 03: σ'(z) = σ(z)(1 − σ(z)). */
    public static final Exercise<DoubleUnaryOperator> SIGMOID_PRIME = Exercise.<DoubleUnaryOperator>of(
                    "exercise 1: σ'(z)", GradientExercises::sPrime)
            .input("z = 0", f -> f.applyAsDouble(0))
            .input("z = 2", f -> f.applyAsDouble(2))
            .hiddenInput("z = -3", f -> f.applyAsDouble(-3))
            .mistake("σ' was applied to the activation a = σ(z) instead of to z: σ'(z) = σ(z)(1 − σ(z)) takes z",
                    z -> sPrime(s(z)))
            .mistake("this is σ(z), not its derivative σ(z)(1 − σ(z))", GradientExercises::s)
            .build();

    /** Exercise 1 of lesson 05: the gradient of L = 1/N Σ (ŷᵢ − tᵢ)², which is 2/N (ŷ − t). */
    public static final Exercise<LossGradient> MSE_GRADIENT = Exercise.<LossGradient>of(
                    "exercise 1: ∂MSE/∂ŷ", Losses.MSE::gradient)
            .input("ŷ = [0.8, 0.2], t = [1, 0]", f -> f.gradient(new double[] {0.8, 0.2}, new double[] {1, 0}))
            .input("ŷ = [0.5, 0.5, 0.9], t = [0, 1, 1]", f -> f.gradient(new double[] {0.5, 0.5, 0.9}, new double[] {0, 1, 1}))
            .hiddenInput("ŷ = [3], t = [1]", f -> f.gradient(new double[] {3}, new double[] {1}))
            .mistake("the mean is missing: MSE divides by N, so its gradient is 2/N (ŷ − t), not 2(ŷ − t)",
                    (p, t) -> map(p, t, (a, b) -> 2 * (a - b)))
            .mistake("sign error: ∂L/∂ŷ = 2/N (ŷ − t); the answer has (t − ŷ)",
                    (p, t) -> map(p, t, (a, b) -> 2 * (b - a) / p.length))
            .mistake("the factor 2 from the square is missing: ∂(ŷ − t)²/∂ŷ = 2(ŷ − t)",
                    (p, t) -> map(p, t, (a, b) -> (a - b) / p.length))
            .build();

    /** Exercise 1 of lesson 07: δᴸ = (a − y) ⊙ σ'(zᴸ) with a = σ(zᴸ). */
    public static final Exercise<OutputDelta> OUTPUT_DELTA = Exercise.<OutputDelta>of(
                    "exercise 1: the output layer's δ", (z, y) -> map(z, y, (zi, yi) -> (s(zi) - yi) * sPrime(zi)))
            .input("z = [0.5, -1], y = [1, 0]", f -> f.delta(new double[] {0.5, -1}, new double[] {1, 0}))
            .input("z = [2], y = [0]", f -> f.delta(new double[] {2}, new double[] {0}))
            .hiddenInput("z = [0, 1, -2], y = [0, 1, 1]", f -> f.delta(new double[] {0, 1, -2}, new double[] {0, 1, 1}))
            .mistake("σ' was applied to the activation a = σ(z) instead of to z: δ = (a − y) ⊙ σ'(z)",
                    (z, y) -> map(z, y, (zi, yi) -> (s(zi) - yi) * sPrime(s(zi))))
            .mistake("sign error: δ = (a − y) ⊙ σ'(z); the answer has (y − a)",
                    (z, y) -> map(z, y, (zi, yi) -> (yi - s(zi)) * sPrime(zi)))
            .mistake("σ'(z) is missing: (a − y) is ∂C/∂a; δ = ∂C/∂z needs the factor σ'(z) as well",
                    (z, y) -> map(z, y, (zi, yi) -> s(zi) - yi))
            .build();

    /** Exercise 2 of lesson 07: δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ σ'(zˡ). */
    public static final Exercise<HiddenDelta> HIDDEN_DELTA = Exercise.<HiddenDelta>of(
                    "exercise 2: a hidden layer's δ", (w, d, z) -> hidden(w, d, z, true, true))
            .input("W = [[1, 2], [3, 4]], δ' = [0.5, -1], z = [0, 1]",
                    f -> f.delta(new double[][] {{1, 2}, {3, 4}}, new double[] {0.5, -1}, new double[] {0, 1}))
            .input("W = [[0.5, -1, 2], [1, 0, -0.5], [2, 1, 1]], δ' = [1, 2, -1], z = [0.5, -0.5, 2]",
                    f -> f.delta(new double[][] {{0.5, -1, 2}, {1, 0, -0.5}, {2, 1, 1}}, new double[] {1, 2, -1}, new double[] {0.5, -0.5, 2}))
            .hiddenInput("W = [[2, -1], [0.5, 3]], δ' = [-0.2, 0.4], z = [-1, 0.3]",
                    f -> f.delta(new double[][] {{2, -1}, {0.5, 3}}, new double[] {-0.2, 0.4}, new double[] {-1, 0.3}))
            .mistake("W is not transposed: the error flows back along the same weights, so δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ σ'(zˡ); "
                    + "the answer computes Wˡ⁺¹ δˡ⁺¹", (w, d, z) -> hidden(w, d, z, false, true))
            .mistake("σ' was applied to the activation a = σ(z) instead of to z",
                    (w, d, z) -> hidden(w, d, map(z, z, (zi, unused) -> s(zi)), true, true))
            .mistake("σ'(zˡ) is missing: (Wˡ⁺¹)ᵀ δˡ⁺¹ is ∂C/∂aˡ; δˡ = ∂C/∂zˡ needs the factor σ'(zˡ)",
                    (w, d, z) -> hidden(w, d, z, true, false))
            .build();

    /**
     * The softmax Jacobian with the typical mistakes as flags: only its diagonal (softmax taken for
     * element-wise), a + where the − belongs, no Kronecker δᵢⱼ, the formula on z instead of ŷ.
     */
    private static double[][] jacobian(double[] z, boolean offDiagonal, double sign, boolean kronecker, boolean onYHat) {
        double[] s = onYHat ? Softmax.apply(z) : z;
        double[][] j = new double[s.length][s.length];
        for (int i = 0; i < s.length; i++) {
            for (int k = 0; k < s.length; k++) {
                if (i == k) {
                    j[i][k] = s[i] * ((kronecker ? 1 : 0) - s[k]);
                } else {
                    j[i][k] = offDiagonal ? -sign * s[i] * s[k] : 0;
                }
            }
        }
        return j;
    }

    /** Exercise 1 of lesson 08: the softmax Jacobian Jᵢⱼ = ∂ŷᵢ/∂zⱼ = ŷᵢ(δᵢⱼ − ŷⱼ), ŷ = softmax(z). */
    public static final Exercise<Function<double[], double[][]>> SOFTMAX_JACOBIAN = Exercise.<Function<double[], double[][]>>of(
                    "exercise 1: the softmax Jacobian", Softmax::jacobian)
            .input("z = [0.3, -0.1]", f -> f.apply(new double[] {0.3, -0.1}))
            .input("z = [1, 2, 0.5]", f -> f.apply(new double[] {1, 2, 0.5}))
            .hiddenInput("z = [-1, 0, 3, 0.5]", f -> f.apply(new double[] {-1, 0, 3, 0.5}))
            .mistake("softmax is treated as element-wise, like the sigmoid, with only ŷᵢ(1 − ŷᵢ) on the diagonal: each ŷᵢ depends on "
                    + "every zⱼ (through the sum in the denominator), so off the diagonal Jᵢⱼ = −ŷᵢŷⱼ", z -> jacobian(z, false, 1, true, true))
            .mistake("sign error off the diagonal: raising zⱼ takes probability from every other class, so Jᵢⱼ = −ŷᵢŷⱼ for i ≠ j",
                    z -> jacobian(z, true, -1, true, true))
            .mistake("the Kronecker δᵢⱼ is missing: J = diag(ŷ) − ŷŷᵀ; the answer has only −ŷŷᵀ", z -> jacobian(z, true, 1, false, true))
            .mistake("the formula is applied to z instead of to the probabilities ŷ = softmax(z): Jᵢⱼ = ŷᵢ(δᵢⱼ − ŷⱼ)",
                    z -> jacobian(z, true, 1, true, false))
            .build();

    private static double[] hidden(double[][] w, double[] d, double[] z, boolean transpose, boolean prime) {
        double[] delta = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            double sum = 0;
            for (int k = 0; k < d.length; k++) {
                sum += (transpose ? w[k][j] : w[j][k]) * d[k];
            }
            delta[j] = prime ? sum * sPrime(z[j]) : sum;
        }
        return delta;
    }

    private interface Op {
        double apply(double a, double b);
    }

    private static double[] map(double[] a, double[] b, Op op) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = op.apply(a[i], b[i]);
        }
        return r;
    }

    /** Every exercise of this class, in order. */
    public static List<Exercise<?>> all() {
        return List.of(SIGMOID_PRIME, MSE_GRADIENT, OUTPUT_DELTA, HIDDEN_DELTA, SOFTMAX_JACOBIAN);
    }
}
