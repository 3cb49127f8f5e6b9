/**
 * Training practice: optimisers that update a parameter array in place from its gradient
 * ({@link nn.optim.Optimizer}: SGD, momentum, RMSprop, Adam), L2 weight decay
 * ({@link nn.optim.WeightDecay}), inverted dropout ({@link nn.optim.Dropout}), early stopping on a
 * validation metric ({@link nn.optim.EarlyStopping}), and test functions with the paths optimisers
 * take on them ({@link nn.optim.Objective}, {@link nn.optim.Descent}). All work on plain arrays.
 */
package nn.optim;
