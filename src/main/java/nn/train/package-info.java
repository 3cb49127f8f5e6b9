/**
 * The training loop (训练循环) of lecture 002's flowchart, one for every lesson: a
 * {@link nn.train.Trainer} describes it (per-sample, mini-batch or full-batch; any
 * {@link nn.optim.Optimizer}; L2 weight decay; dropout), a list of {@link nn.train.StopCondition}s
 * ends it (maximum epochs, loss below a threshold, loss change below a threshold, early stopping),
 * a {@link nn.train.Training} runs it with its own working memory, and a
 * {@link nn.train.TrainingRun} is its result: the losses of every epoch (a {@link nn.train.History})
 * and the trained network. The loop computes each batch in matrix form ({@link nn.layers.BatchPass}).
 * Charts of a run are in {@link nn.plots.LossCurve}: figures depend on training, not the reverse.
 */
package nn.train;
