package nn.perceptron;

import nn.data.BinaryData;
import nn.util.Check;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A finished run of the perceptron learning rule. Training goes by epochs (轮): each epoch visits
 * every point once (in a fixed or seeded order) and updates on each mistake. It stops after the
 * first epoch without a mistake ({@link #converged()}) or after {@code maxEpochs} epochs,
 * whichever comes first, and keeps every {@link Update} and the mistakes of every epoch (so on
 * data that is not separable the history grows with the epoch limit: a few thousand epochs are
 * plenty to see the behaviour).
 */
public final class Training {
    private final BinaryData data;
    private final Order order;
    private final int maxEpochs;
    private final Perceptron start;
    private final Perceptron result;
    private final List<Update> updates;
    private final int[] mistakes;
    private final Cycle cycle;

    private Training(BinaryData data, Order order, int maxEpochs, Perceptron start, Perceptron result,
                     List<Update> updates, int[] mistakes, Cycle cycle) {
        this.data = data;
        this.order = order;
        this.maxEpochs = maxEpochs;
        this.start = start;
        this.result = result;
        this.updates = Collections.unmodifiableList(updates);
        this.mistakes = mistakes;
        this.cycle = cycle;
    }

    static Training run(Perceptron start, BinaryData data, int maxEpochs, Order order) {
        Check.argument(data != null, "training needs data, not null");
        Check.argument(data.dimension() == start.inputs(), "%s has %d inputs but data set %s has %d features (%s)",
                start, start.inputs(), data.name(), data.dimension(), String.join(", ", data.features()));
        Check.argument(maxEpochs >= 1, "training needs at least 1 epoch but maxEpochs = %d", maxEpochs);
        Order.Epochs epochs = order.epochs(data.size());
        Map<Perceptron, Integer> seen = new HashMap<>();
        List<Update> updates = new ArrayList<>();
        List<Integer> mistakes = new ArrayList<>();
        Cycle cycle = null;
        Perceptron p = start;
        for (int epoch = 1; epoch <= maxEpochs; epoch++) {
            if (order.isFixed() && cycle == null) {
                Integer earlier = seen.putIfAbsent(p, epoch);
                cycle = earlier == null ? null : new Cycle(earlier, epoch);
            }
            int wrong = 0;
            for (int row : epochs.next()) {
                double[] x = data.x(row);
                int t = data.t(row);
                double z = p.net(x);
                int y = Perceptron.sign(z);
                if (y != t) { // update on mistakes only
                    Perceptron next = p.update(x, t);
                    updates.add(new Update(updates.size() + 1, epoch, row, x, t, y, z, p, next));
                    p = next;
                    wrong++;
                }
            }
            mistakes.add(wrong);
            if (wrong == 0) {
                break;
            }
        }
        return new Training(data, order, maxEpochs, start, p, updates, mistakes.stream().mapToInt(Integer::intValue).toArray(), cycle);
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

    /** Every update, in order. */
    public List<Update> updates() {
        return updates;
    }

    /** The mistakes (= updates) made in each epoch; entry k is epoch k + 1. */
    public int[] mistakesPerEpoch() {
        return mistakes.clone();
    }

    /** For a fixed order, the first epoch whose starting weights repeat an earlier epoch's (then training can never converge). */
    public Optional<Cycle> cycle() {
        return Optional.ofNullable(cycle);
    }

    /** Why training stopped, in one sentence. */
    public String stopReason() {
        if (converged()) {
            return "converged: epoch " + epochs() + " made no mistake, after " + updates.size() + " updates in all";
        }
        return "did NOT converge: stopped at the limit of " + maxEpochs + " epochs with " + mistakes[mistakes.length - 1]
                + " mistakes in the last epoch, after " + updates.size() + " updates in all";
    }

    /**
     * Whether {@code other} made its updates on the same points in the same order and drew the same
     * boundary after each one: every (w, b) a positive multiple of this run's (true for two runs
     * from zero that differ only in η).
     */
    public boolean sameBoundariesAs(Training other) {
        if (other.updates.size() != updates.size() || other.epochs() != epochs()) {
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
