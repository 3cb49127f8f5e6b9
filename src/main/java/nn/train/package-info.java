/**
 * The training loop (训练循环) of lecture 002's flowchart: forward pass, loss, backward pass,
 * update, then check the three stop conditions (maximum iterations, loss below a threshold, loss
 * change below a threshold) and report which one stopped it.
 */
package nn.train;
