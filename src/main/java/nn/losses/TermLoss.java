package nn.losses;

import nn.util.Check;
import nn.util.Fmt;

/**
 * A loss that is a (scaled) sum of one term per output, L = scale(N) Σᵢ term(ŷᵢ, tᵢ), with the
 * shape and range checks every such loss needs. The built-in losses of {@link Losses} extend it.
 */
abstract class TermLoss extends Named implements Loss {
    private final LossFormula formula;

    TermLoss(String name, String latex, LossFormula formula) {
        super(name, latex);
        this.formula = formula;
    }

    @Override
    public LossFormula formula() {
        return formula;
    }

    /** The i-th term of the sum, before scaling. */
    abstract double term(double y, double t);

    /** ∂L/∂ŷᵢ, scale included (n is the number of outputs). */
    abstract double termGradient(double y, double t, int n);

    /** The factor in front of the sum: 1, or 1/N for a mean. */
    double scale(int n) {
        return 1;
    }

    /** Whether the term of (y, t) is clipped (a probability moved into [ε, 1 − ε]); none is by default. */
    boolean clips(double y, double t) {
        return false;
    }

    /** Range checks of the values, beyond finiteness (e.g. probabilities in [0, 1]). */
    void check(double[] y, double[] t) {
    }

    /**
     * Fails unless every ŷᵢ and tᵢ lies in [0, 1], naming the first one that does not. The message
     * (with both vectors) is built only on failure: this check runs in every training step.
     */
    final void probabilities(double[] y, double[] t) {
        for (int i = 0; i < y.length; i++) {
            if (!(y[i] >= 0 && y[i] <= 1)) {
                Check.argument(false, "%s needs probabilities ŷ in [0, 1], but ŷ[%d] = %s (ŷ = %s)", name(), i, y[i], Fmt.vec(y));
            }
            if (!(t[i] >= 0 && t[i] <= 1)) {
                Check.argument(false, "%s needs targets t in [0, 1], but t[%d] = %s (t = %s)", name(), i, t[i], Fmt.vec(t));
            }
        }
    }

    /**
     * Fails unless a loss over classes has at least 2 of them, naming the loss that fits a single
     * output instead.
     */
    static void classes(String loss, int n, String single) {
        if (n < 2) {
            Check.argument(false, "%s compares probabilities over 2 or more classes, but there is only 1 output; for a single "
                    + "sigmoid output use %s", loss, single);
        }
    }

    /**
     * Fails unless the entries of {@code v} add up to 1 within {@link Losses#SUM_TOLERANCE}: "{loss}
     * needs {symbol} to be {kind} that adds up to 1 ({example}), but Σ{symbol} = …{hint}".
     */
    static void sumsToOne(String loss, String symbol, double[] v, String kind, String example, String hint) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        if (!(Math.abs(sum - 1) <= Losses.SUM_TOLERANCE)) {
            Check.argument(false, "%s needs %s to be %s that adds up to 1 (%s), but Σ%s = %s (%s = %s)%s",
                    loss, symbol, kind, example, symbol, Fmt.num(sum), symbol, Fmt.vec(v), hint);
        }
    }

    /** Shapes, finiteness and ranges; messages are built only on failure (this runs for every example). */
    private void checkShapes(double[] y, double[] t) {
        if (y == null || t == null) {
            Check.argument(false, "%s needs a prediction and a target", name());
        }
        if (y.length != t.length || y.length == 0) {
            Check.argument(false, "%s needs a prediction and a target of the same length, but ŷ has %d entries and t has %d", name(), y.length, t.length);
        }
        Check.finite(y, "ŷ");
        Check.finite(t, "t");
        check(y, t);
    }

    @Override
    public String clipped(double[] prediction, double[] target) {
        checkShapes(prediction, target);
        for (int i = 0; i < prediction.length; i++) {
            if (clips(prediction[i], target[i])) {
                return String.format(java.util.Locale.ROOT, "ŷ[%d] = %s lies %s where t[%d] = %s", i, Fmt.num(prediction[i]),
                        prediction[i] < 0.5 ? "below ε = " + Fmt.num(Losses.EPSILON) : "above 1 − ε = 1 − " + Fmt.num(Losses.EPSILON), i, Fmt.num(target[i]));
            }
        }
        return null;
    }

    @Override
    public double value(double[] prediction, double[] target) {
        checkShapes(prediction, target);
        double sum = 0;
        for (int i = 0; i < prediction.length; i++) {
            sum += term(prediction[i], target[i]);
        }
        return scale(prediction.length) * sum;
    }

    @Override
    public double[] gradient(double[] prediction, double[] target) {
        double[] g = new double[prediction == null ? 0 : prediction.length];
        gradient(prediction, target, g);
        return g;
    }

    @Override
    public void gradient(double[] prediction, double[] target, double[] into) {
        checkShapes(prediction, target);
        if (into == null || into.length != prediction.length) {
            Check.argument(false, "%s's gradient needs an array of %d entries to write into", name(), prediction.length);
        }
        for (int i = 0; i < into.length; i++) {
            into[i] = termGradient(prediction[i], target[i], into.length);
        }
    }
}
