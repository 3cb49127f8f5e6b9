package nn.activations;

/** A scalar activation f applied to every entry: aᵢ = f(zᵢ), and δᵢ = f'(zᵢ) · ∂L/∂aᵢ. */
record ElementWise(Activation activation) implements LayerFunction {
    @Override
    public void apply(double[] z, double[] a) {
        if (z == null || a == null || a.length != z.length) { // checked for every example: the message only on failure
            LayerFunction.sameLength(name(), z, a);
        }
        activation.apply(z, a);
    }

    /** δ = f'(z) ⊙ ∂L/∂a. */
    @Override
    public void backward(double[] z, double[] a, double[] dLda, double[] delta) {
        if (z == null || a == null || dLda == null || delta == null || a.length != z.length || dLda.length != z.length || delta.length != z.length) {
            LayerFunction.sameLength("the backward step of " + name(), z, a, dLda, delta);
        }
        if (activation instanceof Defined f) { // f'(zᵢ) may reuse aᵢ = f(zᵢ) from the forward pass
            for (int i = 0; i < z.length; i++) {
                delta[i] = f.derivative(z[i], a[i]) * dLda[i];
            }
        } else {
            for (int i = 0; i < z.length; i++) {
                delta[i] = activation.derivative(z[i]) * dLda[i];
            }
        }
    }

    @Override
    public String name() {
        return activation.name();
    }

    @Override
    public String latexSymbol() {
        return activation.latexSymbol();
    }

    @Override
    public String symbol() {
        return activation.symbol();
    }

    @Override
    public String toString() {
        return activation.name();
    }
}
