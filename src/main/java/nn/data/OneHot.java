package nn.data;

import nn.util.Check;

/**
 * One-hot labels: class k of K becomes the vector e_k with a 1 at position k and 0 elsewhere,
 * the target a softmax output is compared with; {@link #argmax} goes back from a network's
 * output vector to the predicted class.
 */
public final class OneHot {
    private OneHot() {
    }

    /** e_k of length {@code classes}. */
    public static double[] encode(int label, int classes) {
        Check.argument(classes >= 2, "one-hot encoding needs at least 2 classes but got %d", classes);
        Check.argument(label >= 0 && label < classes, "label %d is not one of the classes 0 to %d", label, classes - 1);
        double[] e = new double[classes];
        e[label] = 1;
        return e;
    }

    /** One row e_y per label. */
    public static double[][] encode(int[] labels, int classes) {
        Check.notNull(labels, "one-hot encoding", "labels");
        double[][] out = new double[labels.length][];
        for (int i = 0; i < labels.length; i++) {
            out[i] = encode(labels[i], classes);
        }
        return out;
    }

    /** The index of the largest entry (the first one on a tie): the predicted class. */
    public static int argmax(double[] v) {
        Check.argument(v != null && v.length > 0, "argmax needs a non-empty vector");
        int best = 0;
        for (int i = 0; i < v.length; i++) {
            Check.argument(!Double.isNaN(v[i]), "argmax got NaN at index %d", i);
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /** {@link #argmax(double[])} of every row. */
    public static int[] argmax(double[][] rows) {
        Check.given("argmax", "rows", rows);
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = argmax(rows[i]);
        }
        return out;
    }
}
