package nn.losses;

import nn.util.Check;
import nn.util.Fmt;
import nn.util.Template;

import java.util.List;

/**
 * The built-in losses (损失函数). Import them statically: {@code import static nn.losses.Losses.*;}.
 *
 * <p>The cross-entropies take probabilities ŷ. A probability of exactly 0 (or 1) where the target
 * says otherwise would make the loss infinite, so they first move ŷ into [ε, 1 − ε] with
 * {@link #EPSILON} = 1e-12 (Keras does the same with 1e-7); the loss is then at most −log ε ≈ 27.6
 * per term, and {@link Loss#clipped} says where that happened. To stay exact for any score, start
 * from the scores z instead: {@link LogitLosses}. A network whose output layer applies softmax (or
 * the sigmoid) does so by itself: its loss and training use the fused loss wherever ŷ is clipped.
 */
public final class Losses {
    private Losses() {
    }

    /** One term (ŷᵢ − tᵢ)² of the squared errors, as traces write it. */
    private static final Template SQUARE = Template.of("(‹y› - ‹t›)^2", "(‹y› − ‹t›)²");

    /** How close to 0 or 1 a probability may come inside a cross-entropy. */
    public static final double EPSILON = 1e-12;

    /**
     * How far from 1 the sum of a probability vector or a target distribution may be in the
     * cross-entropies: a softmax output adds up to 1 within about 1e-15 and probabilities typed to
     * four decimals within 1e-4; a central difference moves one entry by 1e-5.
     */
    public static final double SUM_TOLERANCE = 1e-4;

    /** Mean squared error (均方误差) L = 1/N Σ (ŷᵢ − tᵢ)²; ∂L/∂ŷᵢ = 2/N (ŷᵢ − tᵢ). */
    public static final Loss MSE = new TermLoss("MSE", "L = \\frac{1}{N}\\sum_{i=1}^{N} (\\hat y_i - t_i)^2",
            new LossFormula(LossFormula.L, Template.of("\\frac{1}{‹N›}‹Σ›", "(1/‹N›)·‹Σ›"), SQUARE, false,
                    Template.of("\\frac{2}{‹N›}(‹y› - ‹t›)", "(2/‹N›)·(‹y› − ‹t›)"))) {
        @Override
        double term(double y, double t) {
            return (y - t) * (y - t);
        }

        @Override
        double termGradient(double y, double t, int n) {
            return 2 * (y - t) / n;
        }

        @Override
        double scale(int n) {
            return 1.0 / n;
        }
    };

    /** The lecture's single-sample cost C₀ = Σ (aᵢ − yᵢ)² (lecture 002), without a mean; ∂C₀/∂aᵢ = 2(aᵢ − yᵢ). */
    public static final Loss SQUARED_ERROR = new TermLoss("squared error C₀", "C_0 = \\sum_i (a_i - y_i)^2",
            new LossFormula(Template.of("C_0", "C₀"), Template.of("‹Σ›"), SQUARE, false, Template.of("2(‹y› - ‹t›)", "2(‹y› − ‹t›)"))) {
        @Override
        double term(double y, double t) {
            return (y - t) * (y - t);
        }

        @Override
        double termGradient(double y, double t, int n) {
            return 2 * (y - t);
        }
    };

    /** Half the squared error ½ Σ (aᵢ − yᵢ)², whose gradient is simply aᵢ − yᵢ. */
    public static final Loss HALF_SQUARED_ERROR = new TermLoss("half squared error", "C = \\tfrac{1}{2}\\sum_i (a_i - y_i)^2",
            new LossFormula(LossFormula.L, Template.of("\\tfrac{1}{2}‹Σ›", "½·‹Σ›"), SQUARE, false, Template.of("‹y› - ‹t›", "‹y› − ‹t›"))) {
        @Override
        double term(double y, double t) {
            return 0.5 * (y - t) * (y - t);
        }

        @Override
        double termGradient(double y, double t, int n) {
            return y - t;
        }
    };

    /** Mean absolute error L = 1/N Σ |ŷᵢ − tᵢ|; ∂L/∂ŷᵢ = sign(ŷᵢ − tᵢ)/N, taken as 0 where ŷᵢ = tᵢ. */
    public static final Loss MAE = new TermLoss("MAE", "L = \\frac{1}{N}\\sum_{i=1}^{N} |\\hat y_i - t_i|", null) {
        @Override
        double term(double y, double t) {
            return Math.abs(y - t);
        }

        @Override
        double termGradient(double y, double t, int n) {
            return Math.signum(y - t) / n;
        }

        @Override
        double scale(int n) {
            return 1.0 / n;
        }
    };

    /**
     * Categorical cross-entropy (交叉熵) L = −Σ tᵢ log ŷᵢ for a probability vector ŷ (a softmax
     * output) and a target distribution t (usually one-hot); ∂L/∂ŷᵢ = −tᵢ / ŷᵢ. Terms with tᵢ = 0
     * are skipped, so 0 · log 0 counts as 0; ŷᵢ below {@link #EPSILON} counts as ε. Both ŷ and t
     * must add up to 1 (within {@link #SUM_TOLERANCE}) over at least 2 classes: on a single sigmoid
     * output every term with t = 0 would vanish and training would see only the examples with
     * t = 1, so that is refused with a pointer to {@link #BINARY_CROSS_ENTROPY}.
     */
    public static final Loss CROSS_ENTROPY = new TermLoss("cross-entropy", "L = -\\sum_{i} t_i \\log \\hat y_i",
            new LossFormula(LossFormula.L, Template.of("-(‹Σ›)", "−(‹Σ›)"), Template.of("‹t›‹·›\\log ‹y›", "‹t›‹·›log ‹y›"), true,
                    Template.of("-\\frac{‹t›}{‹y›}", "−‹t›/‹y›"))) {
        @Override
        void check(double[] y, double[] t) {
            classes(name(), y.length, "BINARY_CROSS_ENTROPY on the probability p");
            probabilities(y, t);
            sumsToOne(name(), "ŷ", y, "a probability vector", "a softmax output", "; for independent sigmoid outputs use BINARY_CROSS_ENTROPY");
            sumsToOne(name(), "t", t, "a target distribution", "one-hot: a single 1", "");
        }

        @Override
        double term(double y, double t) {
            return t == 0 ? 0 : -t * Math.log(Math.max(y, EPSILON));
        }

        @Override
        boolean clips(double y, double t) {
            return t != 0 && y < EPSILON;
        }

        @Override
        double termGradient(double y, double t, int n) {
            return t == 0 ? 0 : -t / Math.max(y, EPSILON);
        }

        /** After a softmax: softmax + cross-entropy, ∂L/∂z = ŷ − t. */
        @Override
        public LogitLoss fused() {
            return LogitLosses.SOFTMAX_CROSS_ENTROPY;
        }
    };

    /**
     * Binary cross-entropy L = −1/N Σ [tᵢ log pᵢ + (1 − tᵢ) log(1 − pᵢ)] for N sigmoid outputs
     * pᵢ (lecture 001, eq. 12); ∂L/∂pᵢ = (pᵢ − tᵢ) / (N pᵢ(1 − pᵢ)). pᵢ is kept in [ε, 1 − ε].
     */
    public static final Loss BINARY_CROSS_ENTROPY = new TermLoss("binary cross-entropy",
            "L = -\\frac{1}{N}\\sum_{i=1}^{N} \\left[t_i \\log p_i + (1 - t_i)\\log(1 - p_i)\\right]", null) {
        @Override
        void check(double[] y, double[] t) {
            probabilities(y, t);
        }

        @Override
        double term(double y, double t) {
            return -(t == 0 ? 0 : t * Math.log(Math.max(y, EPSILON))) - (t == 1 ? 0 : (1 - t) * Math.log1p(-Math.min(y, 1 - EPSILON)));
        }

        @Override
        boolean clips(double y, double t) {
            return t != 0 && y < EPSILON || t != 1 && y > 1 - EPSILON;
        }

        @Override
        double termGradient(double y, double t, int n) {
            double p = clip(y);
            return (p - t) / (p * (1 - p)) / n;
        }

        /** After a sigmoid: sigmoid + binary cross-entropy, ∂L/∂zᵢ = (ŷᵢ − tᵢ)/N. */
        @Override
        public LogitLoss fused() {
            return LogitLosses.SIGMOID_BINARY_CROSS_ENTROPY;
        }

        @Override
        double scale(int n) {
            return 1.0 / n;
        }
    };

    /** Huber loss with δ = 1. */
    public static final Loss HUBER = huber(1);

    /** Softmax followed by cross-entropy, from the scores z; its gradient with respect to z is ŷ − t. */
    public static final LogitLoss SOFTMAX_CROSS_ENTROPY = LogitLosses.SOFTMAX_CROSS_ENTROPY;

    /**
     * Huber loss (lecture 001, eq. 14), the mean over N outputs of ½r² for |r| ≤ δ and
     * δ(|r| − ½δ) beyond, with r = ŷ − t: squared near the target, linear (robust to outliers) far
     * from it. ∂L/∂ŷᵢ = r/N inside and δ·sign(r)/N outside.
     */
    public static Loss huber(double delta) {
        Check.argument(delta > 0 && Double.isFinite(delta), "the Huber loss needs δ > 0 but got δ = %s", delta);
        return new TermLoss("Huber(δ=" + Fmt.num(delta) + ")", "L_\\delta = \\frac{1}{N}\\sum_i \\begin{cases} \\tfrac12 r_i^2 & |r_i| \\le "
                + Fmt.num(delta) + " \\\\ " + Fmt.num(delta) + "(|r_i| - \\tfrac12 \\cdot " + Fmt.num(delta) + ") & \\text{otherwise} \\end{cases}", null) {
            @Override
            double term(double y, double t) {
                double r = Math.abs(y - t);
                return r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta);
            }

            @Override
            double termGradient(double y, double t, int n) {
                double r = y - t;
                return (Math.abs(r) <= delta ? r : delta * Math.signum(r)) / n;
            }

            @Override
            double scale(int n) {
                return 1.0 / n;
            }
        };
    }

    /** One of each built-in loss of probabilities or values (for losses of scores see {@link LogitLosses#all()}). */
    public static List<Loss> all() {
        return List.of(MSE, SQUARED_ERROR, HALF_SQUARED_ERROR, MAE, HUBER, CROSS_ENTROPY, BINARY_CROSS_ENTROPY);
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, EPSILON), 1 - EPSILON);
    }
}
