package nn.activations;

import nn.util.Check;
import nn.util.Template;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * An activation given by its function f and derivative f' ({@link Activation#of}), and optionally
 * f' from (z, a = f(z)) for the backward pass. Every value is checked: a NaN or infinite input,
 * activation or derivative fails with a message naming the activation.
 */
final class Defined implements Activation {
    private final String name;
    private final String latex;
    private final DoubleUnaryOperator f;
    private final DoubleUnaryOperator derivative;
    private final DoubleBinaryOperator derivativeGivenA; // f'(z) from z and a = f(z), or null
    private final Template derivativeFormula;

    Defined(String name, String latex, DoubleUnaryOperator f, DoubleUnaryOperator derivative, DoubleBinaryOperator derivativeGivenA,
            Template derivativeFormula) {
        this.name = name;
        this.latex = latex;
        this.f = f;
        this.derivative = derivative;
        this.derivativeGivenA = derivativeGivenA;
        this.derivativeFormula = derivativeFormula;
    }

    @Override
    public double apply(double z) {
        double a = f.applyAsDouble(input(z));
        if (!Double.isFinite(a)) {
            Check.argument(false, "%s(%s) = %s: the activation gave no finite number", name, z, a);
        }
        return a;
    }

    @Override
    public double derivative(double z) {
        return finiteDerivative(z, derivative.applyAsDouble(input(z)));
    }

    /**
     * f'(z) when a = f(z) is known already, as in the backward pass after the forward pass: the
     * same number as {@link #derivative(double)}, with less work where f' can reuse a
     * (σ'(z) = σ(z)·σ(−z) = a·σ(−z)).
     */
    double derivative(double z, double a) {
        return derivativeGivenA == null ? derivative(z) : finiteDerivative(z, derivativeGivenA.applyAsDouble(input(z), a));
    }

    private double finiteDerivative(double z, double d) {
        if (!Double.isFinite(d)) {
            Check.argument(false, "%s'(%s) = %s: the derivative gave no finite number", name, z, d);
        }
        return d;
    }

    /** z itself, checked: NaN and ±∞ have no activation (they come from an overflow before). */
    private double input(double z) {
        if (!Double.isFinite(z)) {
            Check.argument(false, "%s needs a finite input z but got z = %s", name, z);
        }
        return z;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String latex() {
        return latex == null ? name : latex;
    }

    @Override
    public Template derivativeFormula() {
        return derivativeFormula;
    }

    @Override
    public String toString() {
        return name;
    }
}
