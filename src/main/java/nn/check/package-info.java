/**
 * Derivative checks: every derivative and gradient worked out by hand, compared with a central
 * finite difference, with the worst relative error reported in a table.
 */
package nn.check;
