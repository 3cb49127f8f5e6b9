/**
 * Activation functions (激活函数) f(z), each with its derivative f'(z) taken with respect to its
 * input z, a readable name and its formula in LaTeX. Scalar activations implement
 * {@link nn.activations.Activation}; {@link nn.activations.Activations} holds the built-in ones;
 * {@link nn.activations.Softmax} is vector-valued and has a Jacobian instead of a derivative.
 */
package nn.activations;
