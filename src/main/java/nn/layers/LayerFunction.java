package nn.layers;

import nn.activations.Activation;
import nn.activations.Activations;
import nn.activations.Softmax;
import nn.util.Check;

/**
 * What a layer applies to its net input z: an element-wise {@link Activation} (σ, tanh, ReLU…) or
 * the vector-valued softmax. Backpropagation needs one thing from it: turn ∂L/∂a into ∂L/∂z.
 * For an element-wise f that is f'(z) ⊙ ∂L/∂a; for softmax it is Jᵀ ∂L/∂a with J = diag(s) − s sᵀ.
 */
public interface LayerFunction {
    /** a = f(z). */
    double[] apply(double[] z);

    /** ∂L/∂z, given z and ∂L/∂a. */
    double[] backward(double[] z, double[] dLda);

    /** A short name for architectures, e.g. {@code sigmoid}. */
    String name();

    /** The symbol in formulas as LaTeX ({@code \sigma}, {@code \mathrm{ReLU}}) and as plain text ({@code σ}). */
    String latexSymbol();

    /** The symbol as plain text. */
    String symbol();

    /** The element-wise activation, or null for softmax. */
    Activation activation();

    /** Softmax over the layer's outputs (for class probabilities). */
    LayerFunction SOFTMAX = new LayerFunction() {
        @Override
        public double[] apply(double[] z) {
            return Softmax.apply(z);
        }

        @Override
        public double[] backward(double[] z, double[] dLda) {
            LayerFunction.sameLength(z, dLda, "softmax");
            double[][] j = Softmax.jacobian(z); // symmetric, so Jᵀ = J
            double[] dz = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                for (int k = 0; k < z.length; k++) {
                    dz[i] += j[k][i] * dLda[k];
                }
            }
            return dz;
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
        public String toString() {
            return "softmax";
        }
    };

    /** Fails unless z and ∂L/∂a are vectors of the same length (one entry per neuron). */
    private static void sameLength(double[] z, double[] dLda, String name) {
        Check.argument(z != null && dLda != null && z.length == dLda.length, "the backward step of %s needs z and ∂L/∂a of the same length, "
                + "but got %s and %s", name, z == null ? "null" : z.length + " entries", dLda == null ? "null" : dLda.length + " entries");
    }

    /** The element-wise layer function of {@code f}. */
    static LayerFunction of(Activation f) {
        Check.argument(f != null, "a layer needs an activation function (use IDENTITY for none)");
        return new LayerFunction() {
            @Override
            public double[] apply(double[] z) {
                return f.apply(z);
            }

            @Override
            public double[] backward(double[] z, double[] dLda) {
                sameLength(z, dLda, f.name());
                double[] dz = f.derivative(z);
                for (int i = 0; i < dz.length; i++) {
                    dz[i] *= dLda[i]; // δ = f'(z) ⊙ ∂L/∂a
                }
                return dz;
            }

            @Override
            public String name() {
                return f.name();
            }

            @Override
            public String latexSymbol() {
                String latex = f.latex();
                int paren = latex == null ? -1 : latex.indexOf("(z)");
                return paren > 0 ? latex.substring(0, paren).trim() : "\\mathrm{" + f.name() + "}";
            }

            @Override
            public String symbol() {
                return f == Activations.SIGMOID ? "σ" : f.name();
            }

            @Override
            public Activation activation() {
                return f;
            }

            @Override
            public String toString() {
                return f.name();
            }
        };
    }
}
