/**
 * Layers and networks (神经网络) that compute like the lectures write them: a {@link nn.layers.Dense}
 * layer computes z = Wx + b and a = f(z); a {@link nn.layers.Network} chains layers; its
 * {@link nn.layers.ForwardPass} keeps every z and a, its {@link nn.layers.BackwardPass} every error
 * term δ (误差项) and the {@link nn.layers.Gradients}; {@link nn.layers.Network#step} is one plain
 * SGD update. {@link nn.layers.BatchPass} is the same backpropagation in matrix form on a batch of
 * examples, with its own copy of the parameters: the training loop's working memory. A hidden
 * layer may normalise its net inputs before its activation (batch or layer norm, {@link nn.normalisation.Norm}):
 * {@code NormPass} is that step of the batch pass, its γ and β are trained with W and b. Weights not given come from an {@link nn.init.Initializer}; {@link nn.layers.Staircase}
 * builds by hand the 1-n-1 network behind the universal approximation theorem. Layers are numbered from 1 as in lecture 002: layer l has Wˡ, bˡ, zˡ, aˡ, and a⁰ = x.
 */
package nn.layers;
