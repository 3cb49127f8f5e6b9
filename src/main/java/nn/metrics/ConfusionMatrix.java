package nn.metrics;

import nn.util.Check;
import nn.util.Fmt;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.stream.IntStream;

/**
 * Counts of (actual class, predicted class) pairs for K classes: entry [a][p] is how many
 * examples of class a were predicted as p. The diagonal holds the correct predictions;
 * accuracy = trace / N.
 *
 * <pre>{@code
 * ConfusionMatrix cm = ConfusionMatrix.of(yTest, predicted, 10);
 * cm.accuracy();   // 0.96…
 * cm.table();      // a tablesaw table, one row per actual digit
 * }</pre>
 */
public final class ConfusionMatrix {
    private final int[][] counts;
    private final int n;

    private ConfusionMatrix(int[][] counts, int n) {
        this.counts = counts;
        this.n = n;
    }

    /** The matrix of {@code actual} against {@code predicted} labels, each in 0 … classes−1. */
    public static ConfusionMatrix of(int[] actual, int[] predicted, int classes) {
        Check.argument(actual != null && predicted != null, "a confusion matrix needs labels and predictions, not null");
        Check.argument(actual.length == predicted.length, "a confusion matrix needs as many predictions as labels but got %d labels and %d predictions",
                actual.length, predicted.length);
        Check.argument(actual.length > 0, "a confusion matrix needs at least one example");
        Check.argument(classes >= 2, "a confusion matrix needs at least 2 classes but got %d", classes);
        int[][] c = new int[classes][classes];
        for (int i = 0; i < actual.length; i++) {
            Check.argument(actual[i] >= 0 && actual[i] < classes && predicted[i] >= 0 && predicted[i] < classes,
                    "example %d has label %d and prediction %d, but the classes are 0 to %d", i, actual[i], predicted[i], classes - 1);
            c[actual[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(c, actual.length);
    }

    /** The fraction of predictions equal to the labels. */
    public static double accuracy(int[] actual, int[] predicted) {
        Check.argument(actual != null && predicted != null, "accuracy needs labels and predictions, not null");
        Check.argument(actual.length == predicted.length && actual.length > 0,
                "accuracy needs as many predictions as labels (at least one) but got %d labels and %d predictions", actual.length, predicted.length);
        return (double) IntStream.range(0, actual.length).filter(i -> actual[i] == predicted[i]).count() / actual.length;
    }

    /** The examples whose prediction differs from the label (their positions, in order). */
    public static int[] misclassified(int[] actual, int[] predicted) {
        Check.argument(actual != null && predicted != null, "misclassified needs labels and predictions, not null");
        Check.argument(actual.length == predicted.length, "misclassified needs as many predictions as labels but got %d and %d", actual.length, predicted.length);
        return IntStream.range(0, actual.length).filter(i -> actual[i] != predicted[i]).toArray();
    }

    /** How many examples of class {@code actual} were predicted as {@code predicted}. */
    public int count(int actual, int predicted) {
        Check.argument(actual >= 0 && actual < classes() && predicted >= 0 && predicted < classes(),
                "the classes are 0 to %d, not (%d, %d)", classes() - 1, actual, predicted);
        return counts[actual][predicted];
    }

    /** The number of classes K. */
    public int classes() {
        return counts.length;
    }

    /** The number of examples N. */
    public int total() {
        return n;
    }

    /** trace / N. */
    public double accuracy() {
        int correct = 0;
        for (int k = 0; k < counts.length; k++) {
            correct += counts[k][k];
        }
        return (double) correct / n;
    }

    /** Of the examples of class k, the fraction predicted as k (NaN-free: 0 when there are none). */
    public double recall(int k) {
        Check.index(k, 0, classes() - 1, "this confusion matrix", "classes", "class");
        int row = IntStream.of(counts[k]).sum();
        return row == 0 ? 0 : (double) counts[k][k] / row;
    }

    /** The counts as a table: a column "actual", one column per predicted class, and a column "recall" (3 decimals). */
    public Table table() {
        IntColumn actual = IntColumn.create("actual");
        IntColumn[] predicted = new IntColumn[classes()];
        for (int p = 0; p < classes(); p++) {
            predicted[p] = IntColumn.create("→" + p);
        }
        DoubleColumn recall = DoubleColumn.create("recall");
        for (int a = 0; a < classes(); a++) {
            actual.append(a);
            for (int p = 0; p < classes(); p++) {
                predicted[p].append(counts[a][p]);
            }
            recall.append(Math.round(recall(a) * 1000) / 1000.0);
        }
        Table t = Table.create("Confusion matrix (rows: actual class; column →k: predicted as k), accuracy " + Fmt.num(accuracy(), 4), actual);
        t.addColumns(predicted);
        t.addColumns(recall);
        return t;
    }

    @Override
    public String toString() {
        return "ConfusionMatrix(" + classes() + " classes, " + n + " examples, accuracy=" + Fmt.num(accuracy(), 4) + ")";
    }
}
