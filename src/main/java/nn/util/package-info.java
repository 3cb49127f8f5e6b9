/**
 * Small helpers shared by the library: argument checks whose messages name the bad value
 * ({@link nn.util.Check}), number formatting ({@link nn.util.Fmt}), overflow-free forms of
 * sigmoid, softplus and log-sum-exp ({@link nn.util.StableMath}), and formulas with holes that
 * activations and losses write themselves into traces with ({@link nn.util.Template}).
 */
package nn.util;
