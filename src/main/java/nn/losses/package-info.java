/**
 * Loss functions (损失函数) L(ŷ, t) of a prediction ŷ and a target t, each with its gradient
 * ∂L/∂ŷ, a readable name and its formula in LaTeX. {@link nn.losses.Losses} holds the built-in
 * ones (MSE, the lecture's C₀ and ½C₀, MAE, Huber, binary and categorical cross-entropy);
 * {@link nn.losses.LogitLosses} holds the fused ones of scores z (softmax + cross-entropy,
 * sigmoid + binary cross-entropy), whose gradient with respect to z is ŷ − t.
 */
package nn.losses;
