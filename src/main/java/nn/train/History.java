package nn.train;

/**
 * The losses of a training run epoch by epoch, as far as it has gone: what a {@link StopCondition}
 * reads after every epoch. Epochs count from 1; the loss of epoch e is measured on the whole
 * training set (and on the validation set, if there is one) with the network after epoch e.
 * {@link TrainingRun} is one; the loop hands its conditions a view of its own record.
 */
public interface History {
    /** Number of epochs run. */
    int epochs();

    /** The mean training loss after epoch e (1 … {@link #epochs()}). */
    double loss(int epoch);

    /** The mean validation loss after epoch e (for a run with validation data only). */
    double validationLoss(int epoch);

    /** Whether the run measures a validation set. */
    boolean validated();

    /** The epoch with the lowest validation loss so far (the first of equals); 0 before any, or without validation data. */
    int bestEpoch();
}
