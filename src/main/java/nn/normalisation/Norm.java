package nn.normalisation;

/**
 * The two normalisations a network's layer can apply to its net inputs before the activation,
 * zˡ = Wˡaˡ⁻¹ + bˡ, then aˡ = f(γ ⊙ ẑˡ + β):
 * <pre>
 *   BATCH   batch norm: each neuron's zˡ over the examples of the batch; running averages for inference
 *   LAYER   layer norm: each example's zˡ over the layer's neurons; the same in training and inference
 * </pre>
 * E.g. {@code Network.builder(2).dense(20, Norm.BATCH, SIGMOID)}.
 */
public enum Norm {
    /** Batch normalisation (批归一化, Ioffe and Szegedy 2015). */
    BATCH("batch norm"),
    /** Layer normalisation (层归一化, Ba, Kiros and Hinton 2016). */
    LAYER("layer norm");

    private final String label;

    Norm(String label) {
        this.label = label;
    }

    /** This normalisation of {@code features} net inputs with γ = 1, β = 0 (and running mean 0, variance 1). */
    public Normalisation of(int features) {
        return Normalisation.of(this, features);
    }

    /** {@code batch norm} or {@code layer norm}. */
    @Override
    public String toString() {
        return label;
    }
}
