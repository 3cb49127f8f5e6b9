/**
 * nn-workbook: a small neural-network library written to be read, for the notebooks in
 * {@code notebooks/}.
 *
 * <p>Priorities, in order: every formula of the lectures visible in the code, clear errors, the
 * same output on every run, then speed: the training loop computes batches in matrix form and
 * allocates nothing per batch, without giving up the first three. Start a notebook with
 * {@link nn.Workbook#setup()}; the packages hold one concept each:
 * <ul>
 *   <li>{@link nn.neurons}: the McCulloch–Pitts neuron (1943) and threshold-logic circuits;</li>
 *   <li>{@link nn.perceptron}: Rosenblatt's perceptron, its learning rule and Novikoff's bound;</li>
 *   <li>{@link nn.activations} and {@link nn.losses}: activation functions with their derivatives,
 *       losses with their gradients;</li>
 *   <li>{@link nn.linear}: affine maps z = Wx + b;</li>
 *   <li>{@link nn.layers}: dense layers, networks, the forward and backward pass, and both in matrix
 *       form on a batch;</li>
 *   <li>{@link nn.check}: derivatives and gradients checked against finite differences, by one rule;</li>
 *   <li>{@link nn.autodiff}: numerical, symbolic and automatic differentiation (forward mode with
 *       dual numbers, reverse mode with a small engine on scalars);</li>
 *   <li>{@link nn.normalisation}: batch and layer normalisation with their backward passes;</li>
 *   <li>{@link nn.train}: the one training loop and its list of stop conditions;</li>
 *   <li>{@link nn.init}, {@link nn.optim}: weight initialisation, optimisers, regularisation;</li>
 *   <li>{@link nn.data}, {@link nn.metrics}: data sets, splits, standardisation, confusion matrices;</li>
 *   <li>{@link nn.random}: seeded random numbers, NumPy-compatible;</li>
 *   <li>{@link nn.traces}: every step of a computation as a formula with its numbers;</li>
 *   <li>{@link nn.tables}: building tablesaw tables from the library's results;</li>
 *   <li>{@link nn.plots}: XChart figures, one call each;</li>
 *   <li>{@link nn.show}: showing tables, formulas and figures in a Jupyter Java kernel;</li>
 *   <li>{@link nn.util}: argument checks with readable messages, number formatting, stable maths.</li>
 * </ul>
 */
package nn;
