/**
 * Derivative checks (梯度检验): every derivative and gradient worked out by hand compared with a
 * central finite difference, by one rule ({@link nn.check.FiniteDifference}): activations' and
 * losses' derivatives ({@link nn.check.DerivativeCheck}) and a network's gradients from
 * backpropagation ({@link nn.check.GradientCheck}), each with its worst relative error in a table.
 */
package nn.check;
