/**
 * Traces: any step of a small network's forward or backward pass written out as formulas with
 * the numbers filled in, e.g. {@code z¹₁ = 0.2·2 + (−0.5)·3 + 0.1·(−1) + 0.3 = −0.9}. Each trace is
 * a {@link nn.show.Markdown} value: rendered LaTeX in a notebook, readable plain text elsewhere.
 * Every number in a trace is the library's own computed value, not a recomputation.
 */
package nn.traces;
