package nn.optim;

import nn.util.Check;
import nn.util.Fmt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every optimiser here shares: argument checks, one {@link State} per key (its step count t
 * and as many arrays as the rule needs, e.g. Adam's m and v), and the check that the step left
 * every parameter finite. Subclasses write only the update rule.
 */
abstract class KeyedOptimizer implements Optimizer {
    /** The memory kept for one parameter tensor. */
    static final class State {
        /** How many steps this key has taken, counting the one being made (1 on the first step). */
        int t;
        /** The number of parameters under this key. */
        final int length;
        /** The rule's arrays (velocity, moments), each as long as the parameters, all starting at 0. */
        double[][] slots;
        /** Where a step is tried first: the slots and the parameters after it, kept only if all are finite. */
        double[][] trySlots;
        final double[] tryTheta;

        State(int slots, int length) {
            this.length = length;
            this.slots = new double[slots][length];
            this.trySlots = new double[slots][length];
            this.tryTheta = new double[length];
        }
    }

    private final int slotCount;
    private final Map<String, State> states = new HashMap<>();
    private String lastKey;   // the key of the last update and its state: the training loop passes the same key every step
    private State last;
    protected final double eta;

    KeyedOptimizer(double eta, int slotCount) {
        this.eta = Check.positive(eta, "the learning rate η");
        this.slotCount = slotCount;
    }

    /** The update rule: changes {@code theta} in place from {@code g}, using and updating {@code s}. */
    abstract void update(double[] theta, double[] g, State s);

    @Override
    public final void step(String key, double[] theta, double[] g) {
        stepAll(java.util.Collections.singletonList(key), java.util.Collections.singletonList(theta), java.util.Collections.singletonList(g));
    }

    @Override
    public final void stepAll(List<String> keys, List<double[]> params, List<double[]> grads) {
        Check.argument(keys != null && params != null && grads != null && !keys.isEmpty() && keys.size() == params.size() && keys.size() == grads.size(),
                "%s: a step needs as many keys as parameter arrays and gradients, at least one, but got %s, %s and %s", this,
                keys == null ? "null" : keys.size() + " keys", params == null ? "null" : params.size() + " parameter arrays",
                grads == null ? "null" : grads.size() + " gradients");
        int n = keys.size();
        // every argument is checked before anything changes
        for (int k = 0; k < n; k++) {
            String key = keys.get(k);
            double[] theta = params.get(k), g = grads.get(k);
            Check.argument(key != null && !key.isBlank(), "%s: a step needs a key naming the parameters, e.g. \"W1\"", this);
            Check.argument(keys.indexOf(key) == k, "%s: the key %s comes twice in one step", this, key);
            Check.argument(theta != null && g != null, "%s: step on %s needs both parameters and gradient, not null", this, key);
            Check.argument(theta.length == g.length, "%s: step on %s got %d parameters but a gradient of length %d", this, key, theta.length, g.length);
            for (int i = 0; i < g.length; i++) {
                Check.argument(Double.isFinite(g[i]), "%s: the gradient of %s is %s at index %d", this, key, g[i], i);
                Check.argument(Double.isFinite(theta[i]), "%s: the parameter %d of %s is %s; a step needs finite parameters", this, i, key, theta[i]);
            }
            State old = states.get(key);
            if (old != null && old.length != theta.length) {
                Check.argument(false, "%s: %s had %d parameters at its first step but now has %d (one key per tensor, or call reset())",
                        this, key, old.length, theta.length);
            }
        }
        // all or nothing: every step is made on copies of θ and of the states, and kept only if every parameter of every key stays finite
        State[] s = new State[n];
        double[][][] kept = new double[n][][];
        int bad = -1;
        for (int k = 0; k < n && bad < 0; k++) {
            State st = states.get(keys.get(k));
            s[k] = st != null ? st : new State(slotCount, params.get(k).length);
            kept[k] = s[k].slots;
            for (int j = 0; j < kept[k].length; j++) {
                System.arraycopy(kept[k][j], 0, s[k].trySlots[j], 0, s[k].length);
            }
            System.arraycopy(params.get(k), 0, s[k].tryTheta, 0, s[k].length);
            s[k].slots = s[k].trySlots;
            s[k].t++;
            try {
                update(s[k].tryTheta, grads.get(k), s[k]);
            } finally {
                if (!Check.allFinite(s[k].tryTheta)) {
                    bad = k;
                }
            }
        }
        if (bad >= 0) {
            for (int k = 0; k <= bad; k++) {
                s[k].slots = kept[k];
                s[k].t--;
            }
            State b = s[bad];
            int i = 0;
            while (Double.isFinite(b.tryTheta[i])) {
                i++;
            }
            Check.overflow("%s: step %d on %s would make parameter %d %s, so nothing was changed (the learning rate may be too large)",
                    this, b.t + 1, keys.get(bad), i, b.tryTheta[i]);
        }
        for (int k = 0; k < n; k++) {
            s[k].trySlots = kept[k]; // the old slots are the next step's scratch
            states.put(keys.get(k), s[k]);
            System.arraycopy(s[k].tryTheta, 0, params.get(k), 0, s[k].length);
        }
    }

    @Override
    public final void update(String key, double[] theta, double[] g) {
        checkUpdate(key, theta, g);
        if (!Check.allFinite(g)) { // nothing changes on a gradient that is not finite; the message is built only then
            Check.computed(g, "the gradient of " + key);
        }
        apply(key, theta, g);
    }

    @Override
    public final void updateFinite(String key, double[] theta, double[] g) {
        checkUpdate(key, theta, g);
        apply(key, theta, g);
    }

    /** Fails unless an update has a key, parameters and a gradient of the same length (the message is built only on failure). */
    private void checkUpdate(String key, double[] theta, double[] g) {
        if (key == null || theta == null || g == null || theta.length != g.length) {
            Check.argument(false, "%s: an update needs a key, parameters and a gradient of the same length, but got %s, %s and %s",
                    this, key, theta == null ? "null" : theta.length + " parameters", g == null ? "null" : "a gradient of length " + g.length);
        }
    }

    /** The rule's step on {@code key}'s state, counted. */
    private void apply(String key, double[] theta, double[] g) {
        State s = state(key, theta.length);
        s.t++;
        update(theta, g, s);
    }

    /** The state of {@code key}, made at its first step. */
    private State state(String key, int length) {
        State s = key == lastKey ? last : states.get(key);
        if (s == null) {
            s = new State(slotCount, length);
            states.put(key, s);
        }
        lastKey = key;
        last = s;
        if (s.length != length) {
            Check.argument(false, "%s: %s had %d parameters at its first step but now has %d (one key per tensor, or call reset())",
                    this, key, s.length, length);
        }
        return s;
    }

    @Override
    public int steps(String key) {
        State s = states.get(key);
        return s == null ? 0 : s.t;
    }

    @Override
    public double learningRate() {
        return eta;
    }

    @Override
    public void reset() {
        states.clear();
        lastKey = null;
        last = null;
    }

    static String num(double x) {
        return Fmt.num(x);
    }

    static double fraction(double x, String what) {
        Check.argument(x >= 0 && x < 1, "%s must lie in [0, 1) but was %s", what, x);
        return x;
    }
}
