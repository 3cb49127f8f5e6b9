/**
 * Showing the library's results in a Jupyter Java kernel of the IJava family (JJava or IJava).
 * The kernels' display APIs live in different packages, so this package reaches them by name at
 * run time; outside a kernel (tests, plain JShell) everything degrades to plain text.
 */
package nn.show;
