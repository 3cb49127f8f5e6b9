package nn.exercises;

import nn.grading.Exercise;

import java.util.List;

/**
 * Exercises on the perceptron (感知机) and its training loop: the update rule and when to stop.
 * The perceptron outputs y = sign(w·x + b) ∈ {−1, +1}, with sign(0) = +1.
 */
public final class PerceptronExercises {
    private PerceptronExercises() {
    }

    /** A student's update step: the new weights followed by the new bias, {@code [w₁′, …, wₙ′, b′]}. */
    @FunctionalInterface
    public interface Step {
        double[] step(double[] w, double b, double[] x, int t, double eta);
    }

    /** A student's stop condition for a training loop, after {@code epoch} epochs with this loss. */
    @FunctionalInterface
    public interface Stop {
        boolean stop(int epoch, double loss);
    }

    /** The loss below which training stops. */
    public static final double TARGET_LOSS = 0.01;
    /** The number of epochs after which training stops anyway. */
    public static final int MAX_EPOCHS = 1000;

    /** The perceptron's output sign(w·x + b), with sign(0) = +1. */
    public static int predict(double[] w, double b, double[] x) {
        nn.util.Check.argument(w != null && x != null && w.length == x.length, "the perceptron needs as many inputs as weights, but got w = %s and x = %s",
                w == null ? "null" : nn.util.Fmt.vec(w), x == null ? "null" : nn.util.Fmt.vec(x));
        nn.util.Check.finite(w, "w");
        nn.util.Check.finite(x, "x");
        nn.util.Check.finite(b, "b");
        double z = b;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return z >= 0 ? 1 : -1;
    }

    /**
     * Rosenblatt's rule as lesson 02 (lecture 001) writes it: on a mistake (y ≠ t, with
     * y = sign(w·x + b)) w ← w + ηtx and b ← b + ηt; otherwise nothing changes. The flags make
     * the typical mistakes: the sign of the step, a forgotten bias, updating on every sample, the
     * error t − y (twice ηt) in place of t, and sign(0) = −1.
     */
    static double[] step(double[] w, double b, double[] x, int t, double eta, double sign, boolean bias, boolean always,
                         boolean error, boolean zeroIsMinus) {
        double z = b;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        int y = z > 0 || (z == 0 && !zeroIsMinus) ? 1 : -1;
        double[] next = java.util.Arrays.copyOf(w, w.length + 1);
        next[w.length] = b;
        if (y == t && !always) {
            return next;
        }
        double e = error ? t - y : t;
        for (int i = 0; i < w.length; i++) {
            next[i] = w[i] + sign * eta * e * x[i];
        }
        next[w.length] = bias ? b + sign * eta * e : b;
        return next;
    }

    /** Exercise 1 of lesson 02: one step of the perceptron learning rule. */
    public static final Exercise<Step> UPDATE = Exercise.<Step>of("exercise 1: the perceptron update step",
                    (w, b, x, t, eta) -> step(w, b, x, t, eta, 1, true, false, false, false))
            .input("w = [0.5, -0.5], b = 0, x = [1, 1], t = -1, η = 0.1 (z = 0, so y = +1: a mistake)",
                    f -> f.step(new double[] {0.5, -0.5}, 0, new double[] {1, 1}, -1, 0.1))
            .input("w = [0.5, -0.5], b = 0, x = [-1, 2], t = 1, η = 0.1 (a mistake)",
                    f -> f.step(new double[] {0.5, -0.5}, 0, new double[] {-1, 2}, 1, 0.1))
            .input("w = [0.5, -0.5], b = 0, x = [2, 1], t = 1, η = 0.1 (already right)",
                    f -> f.step(new double[] {0.5, -0.5}, 0, new double[] {2, 1}, 1, 0.1))
            .hiddenInput("w = [0, 0, 1], b = -0.5, x = [1, 1, 0], t = 1, η = 0.5",
                    f -> f.step(new double[] {0, 0, 1}, -0.5, new double[] {1, 1, 0}, 1, 0.5))
            .hiddenInput("w = [1, 2], b = 1, x = [-1, -1], t = -1, η = 0.5 (already right)",
                    f -> f.step(new double[] {1, 2}, 1, new double[] {-1, -1}, -1, 0.5))
            .mistake("sign error: on a mistake the rule adds ηtx; the answer moves the weights the other way, −ηtx",
                    (w, b, x, t, eta) -> step(w, b, x, t, eta, -1, true, false, false, false))
            .mistake("the bias is forgotten: it learns like a weight whose input is always 1, b ← b + ηt",
                    (w, b, x, t, eta) -> step(w, b, x, t, eta, 1, false, false, false, false))
            .mistake("the answer updates even when the prediction is right; the rule learns from mistakes only",
                    (w, b, x, t, eta) -> step(w, b, x, t, eta, 1, true, true, false, false))
            .mistake("the answer moves by η(t − y)x, which is 2ηtx on a mistake; this rule (lecture 001) moves by ηtx",
                    (w, b, x, t, eta) -> step(w, b, x, t, eta, 1, true, false, true, false))
            .mistake("a point on the boundary (z = 0) is +1: sign(0) = +1 (lecture 001), so it is a mistake when t = −1; "
                    + "the answer takes sign(0) = −1", (w, b, x, t, eta) -> step(w, b, x, t, eta, 1, true, false, false, true))
            .build();

    /** Exercise 1 of lesson 10: stop when the loss is below {@link #TARGET_LOSS} or after {@link #MAX_EPOCHS} epochs. */
    public static final Exercise<Stop> STOP = Exercise.<Stop>of("exercise 1: the stop condition",
                    (epoch, loss) -> loss < TARGET_LOSS || epoch >= MAX_EPOCHS)
            .input("epoch 3, loss 0.5", f -> f.stop(3, 0.5))
            .input("epoch 3, loss 0.001", f -> f.stop(3, 0.001))
            .input("epoch 1000, loss 0.5", f -> f.stop(1000, 0.5))
            .hiddenInput("epoch 999, loss 0.5", f -> f.stop(999, 0.5))
            .hiddenInput("epoch 1000, loss 0.001", f -> f.stop(1000, 0.001))
            .mistake("&& where || belongs: training must stop when the loss is small enough OR the epochs run out; "
                    + "with && a loss that never gets small enough keeps it going", (epoch, loss) -> loss < TARGET_LOSS && epoch >= MAX_EPOCHS)
            .mistake("the loss test is the wrong way round: stop when the loss is below the target, not above it",
                    (epoch, loss) -> loss > TARGET_LOSS || epoch >= MAX_EPOCHS)
            .mistake("the epochs never stop the loop: without epoch ≥ 1000 a loss that stays high runs for ever",
                    (epoch, loss) -> loss < TARGET_LOSS)
            .build();

    /**
     * Trains a perceptron from w = 0, b = 0 with the given update step, presenting the samples in
     * order, until {@code stop} says so after an epoch; the loss is the fraction of samples the
     * perceptron gets wrong after that epoch. Returns what happened, in one line.
     */
    public static String train(Step step, Stop stop, double[][] xs, int[] ts, double eta) {
        nn.util.Check.argument(step != null && stop != null && xs != null && ts != null, "training needs a step, a stop condition, samples and targets, not null");
        nn.util.Check.argument(xs.length == ts.length && xs.length > 0,
                "training needs as many targets as samples, at least one, but got %d samples and %d targets", xs.length, ts.length);
        double[] w = new double[xs[0].length];
        double b = 0;
        int epoch = 0;
        double loss = 1;
        while (!stop.stop(epoch, loss)) {
            for (int i = 0; i < xs.length; i++) {
                double[] next = step.step(w, b, xs[i], ts[i], eta);
                w = java.util.Arrays.copyOf(next, w.length);
                b = next[w.length];
            }
            epoch++;
            int wrong = 0;
            for (int i = 0; i < xs.length; i++) {
                wrong += predict(w, b, xs[i]) == ts[i] ? 0 : 1;
            }
            loss = (double) wrong / xs.length;
        }
        return "stopped after " + epoch + " epochs with loss " + nn.util.Fmt.num(loss)
                + ": w = " + nn.util.Fmt.vec(w) + ", b = " + nn.util.Fmt.num(b);
    }

    /** Every exercise of this class, in order. */
    public static List<Exercise<?>> all() {
        return List.of(UPDATE, STOP);
    }
}
