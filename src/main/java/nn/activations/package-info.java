/**
 * Activation functions (激活函数) f(z), each with its derivative f'(z) taken with respect to its
 * input z, a readable name and its formula in LaTeX. Scalar activations implement
 * {@link nn.activations.Activation}; {@link nn.activations.Activations} holds the built-in ones
 * (every activation of the lectures, finite for |z| up to 1000) and lists them in
 * {@link nn.activations.Activations#all()}. {@link nn.activations.Softmax} is vector-valued and has a
 * Jacobian instead of a derivative; a {@link nn.activations.Maxout} unit has weights of its own.
 * {@link nn.activations.GradientFlow} and {@link nn.activations.ActivationTable} measure them:
 * the vanishing gradient through a stack of layers, and values and slopes in a table.
 */
package nn.activations;
