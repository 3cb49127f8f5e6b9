/**
 * Three ways to differentiate a program, as lecture 003 lists them (自动梯度计算):
 * {@link nn.autodiff.Numerical numerical} differences, {@link nn.autodiff.Expr symbolic}
 * derivatives of expression trees, and automatic differentiation in its two modes: forward mode
 * with {@link nn.autodiff.Dual dual numbers} and reverse mode with {@link nn.autodiff.Value}, a
 * small engine in the style of micrograd whose backward pass is backpropagation. {@link
 * nn.autodiff.Mlp} writes a network's loss once, over any {@link nn.autodiff.Scalar}, so the
 * same program runs in both modes.
 */
package nn.autodiff;
