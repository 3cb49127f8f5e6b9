/**
 * Normalisation layers (归一化): {@link nn.normalisation.BatchNorm} (批归一化, Ioffe and Szegedy 2015)
 * normalises each feature over the examples of a batch and keeps running statistics for
 * inference; {@link nn.normalisation.LayerNorm} (层归一化, Ba, Kiros and Hinton 2016) normalises
 * each example over its features and behaves the same in training and inference. Both share the
 * normalisation of one vector and its backward pass, {@link nn.normalisation.Normalise}. Inside a
 * network a layer normalises its net inputs with a {@link nn.normalisation.Normalisation} of kind
 * {@link nn.normalisation.Norm} (its γ, β and running statistics, immutable like the layer), e.g.
 * {@code Network.builder(2).dense(20, Norm.BATCH, SIGMOID)}.
 */
package nn.normalisation;
