package nn.autodiff;

import nn.util.Check;

import nn.util.Fmt;

/**
 * Forward-mode automatic differentiation (前向模式) with dual numbers a + a′ε, where ε² = 0:
 * computing f(x + ε) gives f(x) + f′(x)ε, so the derivative travels forward with the value,
 * one operation at a time, in the same direction as the computation. One pass gives the
 * derivative along one input direction; a gradient over n parameters takes n passes.
 * <pre>
 *   Dual x = Dual.variable(2);               // 2 + 1ε
 *   x.times(x).plus(x).derivative()          // (x² + x)′ = 2x + 1 = 5
 * </pre>
 */
public record Dual(double value, double derivative) implements Scalar<Dual> {
    /** Every dual number the operations make passes through here: NaN or ±∞ in either part is refused, naming both. */
    public Dual {
        if (!Double.isFinite(value) || !Double.isFinite(derivative)) {
            Check.argument(false, "a dual number needs a finite value and derivative, but got %s + %sε (an operation outside its domain, "
                    + "such as a negative number to a fractional power, or an overflow)", value, derivative);
        }
    }

    /** The input we differentiate by: derivative 1. */
    public static Dual variable(double x) {
        return new Dual(x, 1);
    }

    /** A number we do not differentiate by: derivative 0. */
    public static Dual constantOf(double x) {
        return new Dual(x, 0);
    }

    @Override
    public Dual constant(double c) {
        return constantOf(c);
    }

    @Override
    public Dual plus(Dual o) {
        Check.notNull(o, "+", "another dual number");
        return new Dual(value + o.value, derivative + o.derivative);                // (u + v)′ = u′ + v′
    }

    @Override
    public Dual times(Dual o) {
        Check.notNull(o, "×", "another dual number");
        return new Dual(value * o.value, derivative * o.value + value * o.derivative); // (uv)′ = u′v + uv′
    }

    @Override
    public Dual pow(double p) {
        return new Dual(Math.pow(value, p), p * Math.pow(value, p - 1) * derivative);
    }

    @Override
    public Dual exp() {
        double e = Math.exp(value);
        return new Dual(e, e * derivative);
    }

    @Override
    public Dual tanh() {
        double t = Math.tanh(value);
        return new Dual(t, (1 - t * t) * derivative);
    }

    @Override
    public Dual sigmoid() {
        double s = 1 / (1 + Math.exp(-value));
        return new Dual(s, s * (1 - s) * derivative);
    }

    @Override
    public Dual relu() {
        return new Dual(Math.max(0, value), value > 0 ? derivative : 0);
    }

    @Override
    public String toString() {
        return Fmt.num(value) + (derivative < 0 ? " − " : " + ") + Fmt.num(Math.abs(derivative)) + "ε";
    }
}
