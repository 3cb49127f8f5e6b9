package nn.exercises;

import nn.grading.Exercise;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Exercises on measuring a classifier: the accuracy read from a confusion matrix (混淆矩阵), as
 * {@link nn.metrics.ConfusionMatrix#accuracy()} computes it.
 */
public final class MetricExercises {
    private MetricExercises() {
    }

    private static int trace(int[][] c) {
        int t = 0;
        for (int k = 0; k < c.length; k++) {
            t += c[k][k];
        }
        return t;
    }

    private static int total(int[][] c) {
        int n = 0;
        for (int[] row : c) {
            for (int count : row) {
                n += count;
            }
        }
        return n;
    }

    private static double meanRecall(int[][] c) {
        double sum = 0;
        for (int k = 0; k < c.length; k++) {
            int row = 0;
            for (int count : c[k]) {
                row += count;
            }
            sum += row == 0 ? 0 : (double) c[k][k] / row;
        }
        return sum / c.length;
    }

    /** Exercise 1 of lesson 15: accuracy = trace / N, the diagonal's share of all the counts. */
    public static final Exercise<ToDoubleFunction<int[][]>> ACCURACY = Exercise.<ToDoubleFunction<int[][]>>of(
                    "exercise 1: accuracy from a confusion matrix", c -> (double) trace(c) / total(c))
            .input("the 2×2 matrix [[5, 1], [2, 2]]", f -> f.applyAsDouble(new int[][] {{5, 1}, {2, 2}}))
            .input("the 3×3 matrix [[3, 0, 1], [1, 4, 0], [0, 2, 9]]", f -> f.applyAsDouble(new int[][] {{3, 0, 1}, {1, 4, 0}, {0, 2, 9}}))
            .hiddenInput("the 3×3 matrix [[7, 1, 0], [0, 0, 2], [1, 0, 9]]", f -> f.applyAsDouble(new int[][] {{7, 1, 0}, {0, 0, 2}, {1, 0, 9}}))
            .mistake("integer division: the trace and N are ints, so trace / N is rounded down (to 0 unless every answer is right); "
                    + "make one of them a double, (double) correct / total", c -> trace(c) / total(c))
            .mistake("this is the mean of the per-class recalls (balanced accuracy); accuracy divides the trace by all N examples, "
                    + "so a larger class counts more", MetricExercises::meanRecall)
            .mistake("the trace must be divided by the number of examples N, the sum of all entries, not by the number of classes",
                    c -> (double) trace(c) / c.length)
            .mistake("this is the error rate, the share off the diagonal; accuracy is the diagonal's share", c -> 1 - (double) trace(c) / total(c))
            .build();

    /** Every exercise of this class, in order. */
    public static List<Exercise<?>> all() {
        return List.of(ACCURACY);
    }
}
