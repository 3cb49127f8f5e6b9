package nn.train;

import nn.util.Check;

import nn.plots.Figure;
import nn.plots.LossCurve;
import nn.util.Fmt;

/**
 * Where a training run is: the epoch, the loss so far. Handed to a progress listener while the
 * run goes on, e.g. to refresh a notebook output in place:
 * {@code var id = display(...); trainer.onProgress(100, p -> updateDisplay(id, p.chart()))}.
 */
public record Progress(int epoch, int maxEpochs, double loss, double[] losses) {
    /** Copies the loss history. */
    public Progress {
        Check.argument(epoch >= 0 && maxEpochs >= 1 && epoch <= maxEpochs, "progress is at an epoch 0 to %d, not %d", maxEpochs, epoch);
        losses = Check.finite(Check.notNull(losses, "progress", "the losses so far").clone(), "the losses");
        Check.finite(loss, "the loss");
    }

    /** The loss history (a copy). */
    @Override
    public double[] losses() {
        return losses.clone();
    }

    /** The loss curve so far, drawn on the axis of the whole run. */
    public Figure chart() {
        return LossCurve.of(losses, "loss during training", maxEpochs);
    }

    /** {@code epoch 500 of 5000: loss 0.0123}. */
    @Override
    public String toString() {
        return "epoch " + epoch + " of " + maxEpochs + ": loss " + Fmt.num(loss, 4);
    }
}
