package nn.activations;

import nn.util.Check;
import nn.util.Fmt;

/**
 * What a layer applies to its net input z: an element-wise {@link Activation} (σ, tanh, ReLU…) or
 * the vector-valued softmax. Backpropagation needs one thing from it: turn ∂L/∂a into ∂L/∂z.
 * For an element-wise f that is f'(z) ⊙ ∂L/∂a; for softmax it is Jᵀ ∂L/∂a with J = diag(s) − s sᵀ.
 *
 * <p>The methods that take an array to write into allocate nothing: the training loop calls them
 * on its own working memory for every example.
 */
public interface LayerFunction {
    /** a = f(z) (a new array). */
    default double[] apply(double[] z) {
        Check.argument(z != null, "%s needs a vector z, not null", name());
        double[] a = new double[z.length];
        apply(z, a);
        return a;
    }

    /** a = f(z) into {@code a}, as long as z. */
    void apply(double[] z, double[] a);

    /** Fails unless every one of {@code vectors} is there and as long as z (checks of the in-place methods). */
    static void sameLength(String name, double[] z, double[]... vectors) {
        boolean ok = z != null && vectors != null;
        for (int k = 0; ok && k < vectors.length; k++) {
            ok = vectors[k] != null && vectors[k].length == z.length;
        }
        if (!ok) {
            Check.argument(false, "%s needs z and vectors of its length (one entry per neuron), not null", name);
        }
    }

    /** ∂L/∂z, given z and ∂L/∂a (a new array). */
    default double[] backward(double[] z, double[] dLda) {
        if (z == null || dLda == null || z.length != dLda.length) {
            Check.argument(false, "the backward step of %s needs z and ∂L/∂a of the same length, but got %s and %s", name(),
                    z == null ? "null" : z.length + " entries", dLda == null ? "null" : dLda.length + " entries");
        }
        double[] delta = new double[z.length];
        backward(z, apply(z), dLda, delta);
        return delta;
    }

    /** ∂L/∂z into {@code delta}, given z, a = f(z) and ∂L/∂a; {@code delta} may be the array dLda itself. */
    void backward(double[] z, double[] a, double[] dLda, double[] delta);

    /** A short name for architectures, e.g. {@code sigmoid}. */
    String name();

    /** The symbol in formulas as LaTeX ({@code \sigma}, {@code \mathrm{ReLU}}). */
    String latexSymbol();

    /** The symbol as plain text ({@code σ}). */
    String symbol();

    /** The element-wise activation, or null for softmax. */
    Activation activation();

    /**
     * aⱼ = f(z)ⱼ written out with the numbers of z, for traces: {@code σ(−0.25)} for an
     * element-wise f; softmax writes {@code e^{z_j} / Σₖ e^{z_k}}. The LaTeX form, then the text form.
     */
    default String[] formula(double[] z, int j) {
        Check.argument(z != null, "%s's formula needs the net inputs z, not null", name());
        Check.index(j, 0, z.length - 1, this, "neurons", "neuron");
        return new String[] {latexSymbol() + "(" + Fmt.num(z[j]) + ")", symbol() + "(" + Fmt.signed(z[j]) + ")"};
    }

    /** Softmax over the layer's outputs (for class probabilities). */
    LayerFunction SOFTMAX = new LayerFunction() {
        @Override
        public void apply(double[] z, double[] a) {
            Softmax.apply(z, a);
        }

        @Override
        public void backward(double[] z, double[] a, double[] dLda, double[] delta) {
            if (z == null || a == null || z.length != a.length) {
                LayerFunction.sameLength("the backward step of softmax", z, a, dLda, delta);
            }
            Softmax.backward(a, dLda, delta);
        }

        @Override
        public String name() {
            return "softmax";
        }

        @Override
        public String latexSymbol() {
            return "\\mathrm{softmax}";
        }

        @Override
        public String symbol() {
            return "softmax";
        }

        @Override
        public Activation activation() {
            return null;
        }

        @Override
        public String[] formula(double[] z, int j) {
            Check.argument(z != null, "softmax's formula needs the net inputs z, not null");
            Check.index(j, 0, z.length - 1, this, "neurons", "neuron");
            StringBuilder latex = new StringBuilder("\\frac{e^{" + Fmt.num(z[j]) + "}}{");
            StringBuilder text = new StringBuilder("e^" + factor(z[j]) + " / (");
            for (int k = 0; k < z.length; k++) {
                latex.append(k == 0 ? "" : " + ").append("e^{").append(Fmt.num(z[k])).append("}");
                text.append(k == 0 ? "" : " + ").append("e^").append(factor(z[k]));
            }
            return new String[] {latex.append("}").toString(), text.append(")").toString()};
        }

        private String factor(double v) {
            return v < 0 ? "(" + Fmt.signed(v) + ")" : Fmt.signed(v);
        }

        @Override
        public String toString() {
            return "softmax";
        }
    };

    /** The element-wise layer function of {@code f}; two of the same activation are equal. */
    static LayerFunction of(Activation f) {
        Check.argument(f != null, "a layer needs an activation function (use IDENTITY for none)");
        return new ElementWise(f);
    }
}
