package nn.train;

/** Which of lecture 002's three stop conditions ended a training run. */
public enum StopReason {
    /** The maximum number of epochs was reached. */
    MAX_EPOCHS("the maximum number of epochs was reached"),
    /** The loss fell below its threshold. */
    LOSS_BELOW_THRESHOLD("the loss fell below its threshold"),
    /** The loss changed by less than its threshold in one epoch (converged, or stuck). */
    LOSS_CHANGE_BELOW_THRESHOLD("the loss changed by less than its threshold in one epoch");

    private final String description;

    StopReason(String description) {
        this.description = description;
    }

    /** In words. */
    public String description() {
        return description;
    }
}
