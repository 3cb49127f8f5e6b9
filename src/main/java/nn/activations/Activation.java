package nn.activations;

import nn.util.Check;
import nn.util.Template;

import java.util.function.DoubleUnaryOperator;

/**
 * A scalar activation function a = f(z), applied element by element to a layer's net input z.
 *
 * <p>The derivative is taken with respect to the input z, not the output a (a Java ML library once
 * shipped a tanh derivative computed from the wrong one; tests over every implementation compare
 * {@link #derivative(double)} with a central finite difference). A student can write their own
 * with {@link #of(String, String, DoubleUnaryOperator, DoubleUnaryOperator)} and use it wherever a
 * built-in one goes.
 */
public interface Activation {
    /** f(z). */
    double apply(double z);

    /** f'(z) = df/dz, at the input z. */
    double derivative(double z);

    /** A short readable name, e.g. {@code sigmoid} or {@code leaky ReLU(α=0.01)}. */
    String name();

    /** The formula in LaTeX, e.g. {@code \sigma(z) = \frac{1}{1 + e^{-z}}}. */
    String latex();

    /**
     * f'(z) written with z and a = f(z), for traces: the sigmoid's is {@code a(1 − a)}, whose
     * holes ‹a› and ‹z› a trace fills with numbers ({@link Template}). Null when none was given: a
     * trace then shows the value of f'(z) alone.
     */
    default Template derivativeFormula() {
        return null;
    }

    /** The symbol of f in LaTeX formulas, e.g. {@code \sigma}: what {@link #latex()} writes before "(z)". */
    default String latexSymbol() {
        String latex = latex();
        int paren = latex == null ? -1 : latex.indexOf("(z)");
        return paren > 0 ? latex.substring(0, paren).trim() : "\\mathrm{" + name() + "}";
    }

    /** The symbol of f in plain-text formulas: σ for {@code \sigma}, tanh for {@code \tanh}, ReLU for {@code \mathrm{ReLU}}, otherwise the name. */
    default String symbol() {
        String latex = latexSymbol();
        if (latex.equals("\\sigma")) {
            return "σ";
        }
        if (latex.matches("\\\\mathrm\\{[A-Za-z]+\\}")) {
            return latex.substring("\\mathrm{".length(), latex.length() - 1);
        }
        return latex.matches("\\\\[a-z]+") ? latex.substring(1) : name();
    }

    /** f applied to every entry of z (a new array). */
    default double[] apply(double[] z) {
        Check.argument(z != null, "%s needs a vector z, not null", name());
        double[] a = new double[z.length];
        apply(z, a);
        return a;
    }

    /** aᵢ = f(zᵢ) into {@code a} (as long as z); nothing is allocated. */
    default void apply(double[] z, double[] a) {
        if (z == null || a == null || a.length != z.length) {
            Check.argument(false, "%s needs z and a of the same length, not null", name());
        }
        for (int i = 0; i < z.length; i++) {
            a[i] = apply(z[i]);
        }
    }

    /** f' at every entry of z (a new array). */
    default double[] derivative(double[] z) {
        Check.argument(z != null, "%s' needs a vector z, not null", name());
        double[] d = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            d[i] = derivative(z[i]);
        }
        return d;
    }

    /**
     * An activation made from two functions, e.g. a student's own:
     * {@code Activation.of("square", "z^2", z -> z * z, z -> 2 * z)}.
     */
    static Activation of(String name, String latex, DoubleUnaryOperator f, DoubleUnaryOperator derivative) {
        return of(name, latex, f, derivative, null);
    }

    /**
     * An activation with the formula of its derivative for traces, e.g.
     * {@code Activation.of("square", "f(z) = z^2", z -> z * z, z -> 2 * z, Template.of("2‹z›"))}: a trace
     * then writes f'(z¹₁) = 2z = 2·0.5 = 1 as it does for the built-in ones.
     */
    static Activation of(String name, String latex, DoubleUnaryOperator f, DoubleUnaryOperator derivative, Template derivativeFormula) {
        Check.argument(name != null && !name.isBlank(), "an activation needs a name");
        Check.argument(f != null && derivative != null, "activation %s needs both a function and its derivative", name);
        return new Defined(name, latex, f, derivative, null, derivativeFormula);
    }
}
