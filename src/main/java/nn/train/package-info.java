/**
 * The training loop (训练循环) of lecture 002's flowchart: forward pass, loss, backward pass,
 * update, then check the three stop conditions (maximum iterations, loss below a threshold, loss
 * change below a threshold) and report which one stopped it ({@link nn.train.Trainer}, full batch);
 * and the loop of practice ({@link nn.train.MiniBatchTrainer}): shuffled mini-batches, any
 * {@link nn.optim.Optimizer} ({@link nn.train.OptimizerStep}), L2 weight decay, dropout
 * ({@link nn.train.DropoutBackprop}) and early stopping on validation data, recorded in a
 * {@link nn.train.History}.
 */
package nn.train;
