package nn.perceptron;

import nn.util.Check;

import nn.util.Fmt;

/**
 * One step of the learning rule, made on a mistake: in epoch {@code epoch}, the point in row
 * {@code row}, x, with target t was predicted y = −t (from z = wᵀx + b), so the perceptron moved
 * from {@code before} to {@code after} = (w + η t x, b + η t). Updates are numbered 1, 2, … in the
 * order they happened; epochs are numbered from 1, rows from 0 as in the data.
 */
public record Update(int number, int epoch, int row, double[] x, int target, int prediction, double z,
                     Perceptron before, Perceptron after) {
    /** Copies x. */
    public Update {
        Check.argument(before != null && after != null, "an update needs the perceptron before and after it, not null");
        x = Check.finite(Check.notNull(x, "an update", "the point x").clone(), "x");
        Check.argument(target == 1 || target == -1, "an update's target is −1 or +1, not %d", target);
        Check.argument(prediction == -target, "an update is made on a mistake, so its prediction is −t = %d, not %d", -target, prediction);
        Check.finite(z, "z");
        Check.argument(number >= 1 && epoch >= 1 && row >= 0, "updates and epochs count from 1 and rows from 0, but got update %d, epoch %d, row %d",
                number, epoch, row);
    }

    /** A copy of the point. */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** E.g. {@code update 3 (epoch 2, row 3): x=[1, 1], t=+1, y=−1 (z=−1): w [1, 1] → [2, 2], b −2 → −1}. */
    @Override
    public String toString() {
        return "update " + number + " (epoch " + epoch + ", row " + row + "): x=" + Fmt.vec(x) + ", t=" + label(target)
                + ", y=" + label(prediction) + " (z=" + Fmt.signed(z) + "): w " + Fmt.vec(before.weights()) + " → "
                + Fmt.vec(after.weights()) + ", b " + Fmt.signed(before.bias()) + " → " + Fmt.signed(after.bias());
    }

    static String label(int t) {
        return t > 0 ? "+1" : "−1";
    }
}
