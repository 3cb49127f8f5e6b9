package nn.check;

import nn.util.Check;

import nn.activations.Activation;
import nn.losses.LogitLoss;
import nn.losses.Loss;
import nn.util.Fmt;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * Checks a derivative worked out by hand against a central finite difference
 * ({@link FiniteDifference}) at many points, and reports the worst relative error. A derivative
 * passes when that error is below {@link #TOLERANCE}.
 *
 * <p>Kinks (ReLU at 0, hard-tanh at ±1, hard-sigmoid at ±2) have no derivative, so the default grid
 * {@link #grid()} avoids every integer.
 */
public final class DerivativeCheck {
    private DerivativeCheck() {
    }

    /** The largest relative error a correct derivative may show: the rule of {@link FiniteDifference#TOLERANCE}. */
    public static final double TOLERANCE = FiniteDifference.TOLERANCE;
    private static final String TOLERANCE_TEXT = "1e-6";

    /** The outcome of one check: how many numbers were compared and the worst relative error, and where. */
    public record Result(String name, int points, double worstError, String worstAt) {
        /** Checks the error is a number. */
        public Result {
            nn.util.Check.argument(Double.isFinite(worstError) && worstError >= 0, "the worst relative error of %s must be a finite number ≥ 0 but was %s",
                    name, worstError);
        }

        /** Whether the worst error is below {@link #TOLERANCE}. */
        public boolean passes() {
            return worstError <= TOLERANCE;
        }

        @Override
        public String toString() {
            return name + ": " + points + " points, worst relative error " + Fmt.num(worstError, 2) + " at " + worstAt
                    + (passes() ? " (passes)" : " (FAILS: above " + TOLERANCE_TEXT + ")");
        }
    }

    /**
     * z = −5.9, −5.7, …, 5.9 (60 points, none an integer, so no kink is hit). The grid stops near ±6:
     * beyond it sigmoid and tanh are flat to within 1e-5 of their limits, and a central difference
     * of a function so close to ±1 keeps too few digits to judge a derivative by (the derivatives
     * there are tested against their exact limits instead).
     */
    public static double[] grid() {
        double[] z = new double[60];
        for (int k = 0; k < z.length; k++) {
            z[k] = -5.9 + 0.2 * k;
        }
        return z;
    }

    /** f'(z) against the central difference of f at each z given (the default grid if none). */
    public static Result activation(Activation f, double... zs) {
        Check.given("DerivativeCheck.activation", "f", f, "zs", zs);
        double[] points = zs.length == 0 ? grid() : zs;
        double worst = 0;
        double at = points[0];
        for (double z : points) {
            double e = FiniteDifference.relativeError(f.derivative(z), FiniteDifference.derivative(f::apply, z));
            if (e > worst) {
                worst = e;
                at = z;
            }
        }
        return new Result(f.name(), points.length, worst, "z = " + Fmt.num(at));
    }

    /** ∂L/∂ŷ against the central difference of L, for each pair of prediction and target. */
    public static Result loss(Loss loss, double[][] predictions, double[][] targets) {
        Check.given("DerivativeCheck.loss", "loss", loss, "predictions", predictions, "targets", targets);
        return compare(loss.name(), predictions, targets, loss::gradient, loss::value, "ŷ");
    }

    /** ∂L/∂z of a fused loss against the central difference of L, for each pair of scores and target. */
    public static Result loss(LogitLoss loss, double[][] scores, double[][] targets) {
        Check.given("DerivativeCheck.loss", "loss", loss, "scores", scores, "targets", targets);
        return compare(loss.name(), scores, targets, loss::gradient, loss::value, "z");
    }

    /** One row per result: the function, the numbers compared, the worst relative error, where, and whether it passes. */
    public static Table table(String title, List<Result> results) {
        Check.given("DerivativeCheck.table", "title", title, "results", results);
        StringColumn name = StringColumn.create("function");
        IntColumn points = IntColumn.create("numbers compared");
        StringColumn worst = StringColumn.create("worst relative error");
        StringColumn at = StringColumn.create("at");
        StringColumn passes = StringColumn.create("below " + TOLERANCE_TEXT + "?");
        for (Result r : results) {
            name.append(r.name());
            points.append(r.points());
            worst.append(Fmt.num(r.worstError(), 2));
            at.append(r.worstAt());
            passes.append(r.passes() ? "yes" : "NO");
        }
        return Table.create(title, name, points, worst, at, passes);
    }

    /** Predictions for checking losses: probabilities, so every loss accepts them, never equal to a target. */
    static final double[][] PREDICTIONS = {{0.07}, {0.93}, {0.31, 0.69}, {0.58, 0.42}, {0.12, 0.81, 0.07}, {0.86, 0.09, 0.05}};
    /** The targets paired with {@link #PREDICTIONS}: one-hot and soft, each adding up to 1. */
    static final double[][] TARGETS = {{1}, {1}, {0, 1}, {0.2, 0.8}, {0, 0, 1}, {0.5, 0.3, 0.2}};
    /** Scores for checking fused losses, up to |z| = 30, with targets adding up to 1. */
    static final double[][] SCORES = {{2.3}, {-30.1}, {1.7, -0.4}, {12.3, -7.1, 3.3}, {-0.6, 0.25, 0.9, -2.2}};
    static final double[][] SCORE_TARGETS = {{1}, {1}, {0, 1}, {0, 1, 0}, {0.1, 0.2, 0.3, 0.4}};

    /** A copy of the predictions the loss checks use (probabilities, so every loss accepts them). */
    public static double[][] predictions() {
        return copy(PREDICTIONS);
    }

    /** A copy of the targets paired with {@link #predictions()}. */
    public static double[][] targets() {
        return copy(TARGETS);
    }

    /** A copy of the scores the fused-loss checks use. */
    public static double[][] scores() {
        return copy(SCORES);
    }

    /** A copy of the targets paired with {@link #scores()}. */
    public static double[][] scoreTargets() {
        return copy(SCORE_TARGETS);
    }

    private static double[][] copy(double[][] a) {
        return java.util.Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }

    /** Each activation checked on {@link #grid()}, one row each. */
    public static Table activations(List<Activation> fs) {
        Check.given("DerivativeCheck.activations", "fs", fs);
        return table("derivatives f'(z) against central differences, z = −5.9, −5.7, …, 5.9",
                fs.stream().map(f -> activation(f)).toList());
    }

    /**
     * Each loss's gradient checked on a fixed set of predictions and targets (N = 1, 2, 3), one row
     * each; a loss is checked on the pairs it accepts (a cross-entropy over classes needs N ≥ 2).
     */
    public static Table losses(List<Loss> losses) {
        Check.given("DerivativeCheck.losses", "losses", losses);
        return table("loss gradients ∂L/∂ŷ against central differences",
                losses.stream().map(l -> loss(l, PREDICTIONS, TARGETS)).toList());
    }

    /** Each fused loss's gradient ∂L/∂z checked on a fixed set of scores (|z| up to 30), one row each. */
    public static Table logitLosses(List<LogitLoss> losses) {
        Check.given("DerivativeCheck.logitLosses", "losses", losses);
        return table("fused-loss gradients ∂L/∂z against central differences",
                losses.stream().map(l -> loss(l, SCORES, SCORE_TARGETS)).toList());
    }

    private interface Gradient {
        double[] of(double[] x, double[] t);
    }

    private interface Value {
        double of(double[] x, double[] t);
    }

    private static boolean accepts(Value value, double[] x, double[] t) {
        try {
            value.of(x, t);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Result compare(String name, double[][] xs, double[][] ts, Gradient gradient, Value value, String symbol) {
        nn.util.Check.argument(xs.length == ts.length && xs.length > 0, "a loss check needs as many targets as inputs, but got %d inputs and %d targets",
                xs.length, ts.length);
        double worst = 0;
        String at = symbol + " = " + Fmt.vec(xs[0]);
        int count = 0;
        for (int c = 0; c < xs.length; c++) {
            double[] t = ts[c];
            if (!accepts(value, xs[c], t)) {
                continue; // e.g. a cross-entropy over classes refuses a single output
            }
            double[] analytic = gradient.of(xs[c], t);
            double[] numeric = FiniteDifference.gradient(x -> value.of(x, t), xs[c]);
            double e = FiniteDifference.relativeError(analytic, numeric);
            count += analytic.length;
            if (e > worst) {
                worst = e;
                at = symbol + " = " + Fmt.vec(xs[c]) + ", t = " + Fmt.vec(t);
            }
        }
        return new Result(name, count, worst, at);
    }
}
