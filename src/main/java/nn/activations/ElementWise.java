package nn.activations;

/** A scalar activation f applied to every entry: aᵢ = f(zᵢ), and δᵢ = f'(zᵢ) · ∂L/∂aᵢ. */
record ElementWise(Activation activation) implements LayerFunction {
    @Override
    public void apply(double[] z, double[] a) {
        activation.apply(z, a);
    }

    /** δ = f'(z) ⊙ ∂L/∂a. */
    @Override
    public void backward(double[] z, double[] a, double[] dLda, double[] delta) {
        for (int i = 0; i < z.length; i++) {
            delta[i] = activation.derivative(z[i]) * dLda[i];
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
