/**
 * Figures for the notebooks, drawn with XChart: one call each, titled, labelled and readable
 * without further styling. A {@link nn.plots.Figure} is an image, so both Java kernels show it
 * inline as a PNG.
 */
package nn.plots;
