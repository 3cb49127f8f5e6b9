/**
 * nn-workbook: a small neural-network library written to be read, for the notebooks in
 * {@code notebooks/}.
 *
 * <p>Priorities, in order: every formula of the lectures visible in the code, clear errors, the
 * same output on every run. Speed comes after these. Start a notebook with
 * {@link nn.Workbook#setup()}; the packages hold one concept each:
 * <ul>
 *   <li>{@link nn.neurons}: the McCulloch–Pitts neuron (1943) and threshold-logic circuits;</li>
 *   <li>{@link nn.tables}: building tablesaw tables from the library's results;</li>
 *   <li>{@link nn.plots}: XChart figures, one call each;</li>
 *   <li>{@link nn.show}: showing tables, formulas and figures in a Jupyter Java kernel;</li>
 *   <li>{@link nn.util}: argument checks with readable messages.</li>
 * </ul>
 */
package nn;
