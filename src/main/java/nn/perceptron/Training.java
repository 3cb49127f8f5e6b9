package nn.perceptron;

import nn.data.BinaryData;
import nn.util.Check;
import nn.util.Interrupt;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A finished run of the perceptron learning rule. Training goes by epochs (轮): each epoch visits
 * every point once (in a fixed or seeded order) and updates on each mistake. It stops after the
 * first epoch without a mistake ({@link #converged()}), after {@code maxEpochs} epochs, or, with a
 * fixed order, as soon as the weights and bias at the start of an epoch repeat those of an earlier
 * epoch ({@link #cycle()}): from then on the same epochs repeat forever and the rule can never
 * converge. It keeps the mistakes of every epoch and the first {@link #KEPT_UPDATES} updates (and
 * counts the rest), so a long run on data that is not separable stays small.
 */
public final class Training {
    /** How many updates a run keeps (each is counted in {@link #updateCount()} all the same). */
    public static final int KEPT_UPDATES = 100_000;

    private final BinaryData data;
    private final Order order;
    private final int maxEpochs;
    private final Perceptron start;
    private final Perceptron result;
    private final List<Update> updates;
    private final long updateCount;
    private final int[] mistakes;
    private final Cycle cycle;

    private Training(BinaryData data, Order order, int maxEpochs, Perceptron start, Perceptron result,
                     List<Update> updates, long updateCount, int[] mistakes, Cycle cycle) {
        this.data = data;
        this.order = order;
        this.maxEpochs = maxEpochs;
        this.start = start;
        this.result = result;
        this.updates = Collections.unmodifiableList(updates);
        this.updateCount = updateCount;
        this.mistakes = mistakes;
        this.cycle = cycle;
    }

    static Training run(Perceptron start, BinaryData data, int maxEpochs, Order order) {
        Check.argument(data != null, "training needs data, not null");
        Check.argument(order != null, "training needs an order of the points, e.g. Order.FIXED");
        Check.argument(data.dimension() == start.inputs(), "%s has %d inputs but data set %s has %d features (%s)",
                start, start.inputs(), data.name(), data.dimension(), String.join(", ", data.features()));
        Check.argument(maxEpochs >= 1, "training needs at least 1 epoch but maxEpochs = %d", maxEpochs);
        Order.Epochs epochs = order.epochs(data.size());
        List<Update> updates = new ArrayList<>();
        long count = 0;
        int[] mistakes = new int[Math.min(maxEpochs, 1024)];
        // Brent's cycle detection on the weights at the start of each epoch (fixed order only): the
        // tortoise waits at epochs 1, 2, 4, 8, … while the run goes on; it needs no memory of the past
        Perceptron tortoise = start;
        int power = 1, lambda = 0;
        Perceptron p = start;
        int epoch = 0;
        while (epoch < maxEpochs) {
            Interrupt.check("perceptron training");
            int wrong = 0;
            for (int row : epochs.next()) {
                double[] x = data.x(row);
                int t = data.t(row);
                double z = p.net(x);
                int y = Perceptron.sign(z);
                if (y != t) { // update on mistakes only
                    Perceptron next = p.update(x, t);
                    count++;
                    if (updates.size() < KEPT_UPDATES) {
                        updates.add(new Update(updates.size() + 1, epoch + 1, row, x, t, y, z, p, next));
                    }
                    p = next;
                    wrong++;
                }
            }
            if (epoch == mistakes.length) {
                mistakes = Arrays.copyOf(mistakes, (int) Math.min(maxEpochs, 2L * mistakes.length));
            }
            mistakes[epoch++] = wrong;
            if (wrong == 0) {
                break;
            }
            if (order.isFixed()) {
                lambda++;
                if (p.equals(tortoise)) { // the start of epoch `epoch + 1` repeats one `lambda` epochs earlier
                    return stoppedAtCycle(start, data, maxEpochs, order, lambda, updates, count, Arrays.copyOf(mistakes, epoch));
                }
                if (lambda == power) {
                    tortoise = p;
                    power *= 2;
                    lambda = 0;
                }
            }
        }
        return new Training(data, order, maxEpochs, start, p, updates, count, Arrays.copyOf(mistakes, epoch), null);
    }

    /**
     * The run cut at the first repeat: the weights at the start of epoch μ + 1 come back, λ epochs
     * later, at the start of epoch μ + λ + 1, where the run stops. λ is the cycle's length; μ is
     * found by walking two copies of the rule λ epochs apart from the start until they meet.
     */
    private static Training stoppedAtCycle(Perceptron start, BinaryData data, int maxEpochs, Order order, int lambda,
                                           List<Update> updates, long count, int[] mistakes) {
        Perceptron behind = start, ahead = start;
        for (int k = 0; k < lambda; k++) {
            ahead = epoch(ahead, data);
        }
        int mu = 0;
        while (!behind.equals(ahead)) {
            behind = epoch(behind, data);
            ahead = epoch(ahead, data);
            mu++;
        }
        int epochs = mu + lambda;
        long made = 0;
        for (int e = 0; e < epochs; e++) {
            made += mistakes[e];
        }
        final int last = epochs;
        List<Update> cut = new ArrayList<>(updates);
        cut.removeIf(u -> u.epoch() > last);
        return new Training(data, order, maxEpochs, start, ahead, cut, made, Arrays.copyOf(mistakes, epochs), new Cycle(mu + 1, epochs + 1));
    }

    /** One epoch of the rule in the data's order, without records: the perceptron after it. */
    private static Perceptron epoch(Perceptron p, BinaryData data) {
        for (int row = 0; row < data.size(); row++) {
            double[] x = data.x(row);
            if (Perceptron.sign(p.net(x)) != data.t(row)) {
                p = p.update(x, data.t(row));
            }
        }
        return p;
    }

    /** The data trained on. */
    public BinaryData data() {
        return data;
    }

    /** The order of the points in each epoch. */
    public Order order() {
        return order;
    }

    /** The epoch limit. */
    public int maxEpochs() {
        return maxEpochs;
    }

    /** The perceptron before training. */
    public Perceptron start() {
        return start;
    }

    /** The perceptron after training. */
    public Perceptron result() {
        return result;
    }

    /** Whether the last epoch made no mistake: the perceptron separates the data. */
    public boolean converged() {
        return mistakes[mistakes.length - 1] == 0;
    }

    /** The number of epochs run, the last one included. */
    public int epochs() {
        return mistakes.length;
    }

    /** Every update, in order (the first {@link #KEPT_UPDATES} of a longer run). */
    public List<Update> updates() {
        return updates;
    }

    /** The number of updates made, kept or not. */
    public long updateCount() {
        return updateCount;
    }

    /** The mistakes (= updates) made in each epoch; entry k is epoch k + 1. */
    public int[] mistakesPerEpoch() {
        return mistakes.clone();
    }

    /** For a fixed order, the repeat that stopped the run: the first epoch whose starting weights equal an earlier epoch's. */
    public Optional<Cycle> cycle() {
        return Optional.ofNullable(cycle);
    }

    /** Why training stopped, in one sentence. */
    public String stopReason() {
        String updates = "after " + updateCount + " updates in all";
        if (converged()) {
            return "converged: epoch " + epochs() + " made no mistake, " + updates;
        }
        if (cycle != null) {
            return "did NOT converge: stopped after " + epochs() + " epochs, " + updates + ", because " + cycle;
        }
        return "did NOT converge: stopped at the limit of " + maxEpochs + " epochs with " + mistakes[mistakes.length - 1]
                + " mistakes in the last epoch, " + updates;
    }

    /**
     * Whether {@code other} made its updates on the same points in the same order and drew the same
     * boundary after each one: every (w, b) a positive multiple of this run's (true for two runs
     * from zero that differ only in η).
     */
    public boolean sameBoundariesAs(Training other) {
        Check.notNull(other, "sameBoundariesAs", "another run");
        if (other.updateCount != updateCount || other.updates.size() != updates.size() || other.epochs() != epochs()) {
            return false;
        }
        for (int k = 0; k < updates.size(); k++) {
            Update a = updates.get(k), b = other.updates.get(k);
            if (a.row() != b.row() || a.epoch() != b.epoch() || !sameDirection(a.after(), b.after())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameDirection(Perceptron p, Perceptron q) {
        double[] u = Novikoff.augmented(p.weights(), p.bias()), v = Novikoff.augmented(q.weights(), q.bias());
        double nu = Perceptron.norm(u), nv = Perceptron.norm(v);
        if (nu == 0 || nv == 0) {
            return nu == nv;
        }
        for (int i = 0; i < u.length; i++) {
            if (Math.abs(u[i] / nu - v[i] / nv) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    /** Every update as a table row (see {@link PerceptronTables#updates(Training)}). */
    public Table table() {
        return PerceptronTables.updates(this);
    }

    /** E.g. {@code Training(AND, fixed order, η=1: converged: epoch 4 made no mistake, after 6 updates in all → Perceptron(…))}. */
    @Override
    public String toString() {
        return "Training(" + data.name() + ", " + order + ", from " + start + ": " + stopReason() + " → " + result + ")";
    }
}
