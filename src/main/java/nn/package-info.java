/**
 * nn-workbook: a small neural-network library written to be read, for the notebooks in
 * {@code notebooks/}.
 *
 * <p>Priorities, in order: every formula of the lectures visible in the code, clear errors, the
 * same output on every run. Speed comes after these. Start a notebook with
 * {@link nn.Workbook#setup()}; the packages hold one concept each:
 * <ul>
 *   <li>{@link nn.neurons}: the McCulloch–Pitts neuron (1943) and threshold-logic circuits;</li>
 *   <li>{@link nn.perceptron}: Rosenblatt's perceptron, its learning rule and Novikoff's bound;</li>
 *   <li>{@link nn.activations} and {@link nn.losses}: activation functions with their derivatives,
 *       losses with their gradients;</li>
 *   <li>{@link nn.linear}: affine maps z = Wx + b;</li>
 *   <li>{@link nn.layers}: dense layers, networks, the forward and backward pass;</li>
 *   <li>{@link nn.gradcheck} and {@link nn.check}: gradients checked against finite differences;</li>
 *   <li>{@link nn.autodiff}: numerical, symbolic and automatic differentiation (forward mode with
 *       dual numbers, reverse mode with a small engine on scalars);</li>
 *   <li>{@link nn.normalisation}: batch and layer normalisation with their backward passes;</li>
 *   <li>{@link nn.train}: the training loop and its stop conditions;</li>
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
