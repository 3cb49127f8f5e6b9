/**
 * Loss functions (损失函数) L(ŷ, t) of a prediction ŷ and a target t, each with its gradient
 * ∂L/∂ŷ, a readable name and its formula in LaTeX. {@link nn.losses.Losses} holds the built-in
 * ones.
 */
package nn.losses;
