package nn.perceptron;

/**
 * A cycle found during training with a fixed order: the weights and bias at the start of epoch
 * {@code to} equal those at the start of epoch {@code from}. Since each epoch visits the same
 * points in the same order, epochs {@code from} … {@code to − 1} then repeat forever and the
 * perceptron can never converge (this is what happens on XOR).
 */
public record Cycle(int from, int to) {
    @Override
    public String toString() {
        return "the weights and bias at the start of epoch " + to + " equal those at the start of epoch " + from
                + ": with a fixed order " + (to - from == 1 ? "the same epoch repeats" : "the same " + (to - from) + " epochs repeat")
                + " forever";
    }
}
