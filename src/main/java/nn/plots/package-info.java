/**
 * Figures for the notebooks, drawn with XChart: one call each, titled, labelled and readable
 * without further styling. A {@link nn.plots.Figure} keeps how it is drawn: the kernel shows it as
 * compact SVG ({@code Svg}, {@code SvgDrawing}, {@code SvgPath}, {@code SvgImage}) once
 * {@link nn.Workbook#setup()} has run, and as a PNG image anywhere else.
 */
package nn.plots;
