package nn.optim;

import nn.util.Check;
import nn.util.Fmt;

import java.util.HashMap;
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
        private double[][] trySlots;
        private final double[] tryTheta;

        State(int slots, int length) {
            this.length = length;
            this.slots = new double[slots][length];
            this.trySlots = new double[slots][length];
            this.tryTheta = new double[length];
        }
    }

    private final int slotCount;
    private final Map<String, State> states = new HashMap<>();
    protected final double eta;

    KeyedOptimizer(double eta, int slotCount) {
        this.eta = Check.positive(eta, "the learning rate η");
        this.slotCount = slotCount;
    }

    /** The update rule: changes {@code theta} in place from {@code g}, using and updating {@code s}. */
    abstract void update(double[] theta, double[] g, State s);

    @Override
    public final void step(String key, double[] theta, double[] g) {
        Check.argument(key != null && !key.isBlank(), "%s: a step needs a key naming the parameters, e.g. \"W1\"", this);
        Check.argument(theta != null && g != null, "%s: step on %s needs both parameters and gradient, not null", this, key);
        Check.argument(theta.length == g.length, "%s: step on %s got %d parameters but a gradient of length %d", this, key, theta.length, g.length);
        for (int i = 0; i < g.length; i++) {
            Check.argument(Double.isFinite(g[i]), "%s: the gradient of %s is %s at index %d", this, key, g[i], i);
            Check.argument(Double.isFinite(theta[i]), "%s: the parameter %d of %s is %s; a step needs finite parameters", this, i, key, theta[i]);
        }
        State s = state(key, theta.length);
        // all or nothing: the step is made on copies of θ and of the state, and kept only if every parameter stays finite
        double[][] kept = s.slots, trial = s.trySlots;
        for (int k = 0; k < kept.length; k++) {
            System.arraycopy(kept[k], 0, trial[k], 0, s.length);
        }
        System.arraycopy(theta, 0, s.tryTheta, 0, s.length);
        s.slots = trial;
        s.t++;
        boolean finite = false;
        try {
            update(s.tryTheta, g, s);
            finite = Check.allFinite(s.tryTheta);
        } finally {
            if (!finite) {
                s.slots = kept;
                s.t--;
            }
        }
        if (!finite) {
            int i = 0;
            while (Double.isFinite(s.tryTheta[i])) {
                i++;
            }
            Check.overflow("%s: step %d on %s would make parameter %d %s, so nothing was changed (the learning rate may be too large)",
                    this, s.t + 1, key, i, s.tryTheta[i]);
        }
        s.trySlots = kept; // the old slots are the next step's scratch
        System.arraycopy(s.tryTheta, 0, theta, 0, s.length);
    }

    @Override
    public final void update(String key, double[] theta, double[] g) {
        if (key == null || theta == null || g == null || theta.length != g.length) { // the message is built only on failure
            Check.argument(false, "%s: an update needs a key, parameters and a gradient of the same length, but got %s, %s and %s",
                    this, key, theta == null ? "null" : theta.length + " parameters", g == null ? "null" : "a gradient of length " + g.length);
        }
        State s = state(key, theta.length);
        s.t++;
        update(theta, g, s);
    }

    /** The state of {@code key}, made at its first step. */
    private State state(String key, int length) {
        State s = states.get(key);
        if (s == null) {
            s = new State(slotCount, length);
            states.put(key, s);
        }
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
    }

    static String num(double x) {
        return Fmt.num(x);
    }

    static double fraction(double x, String what) {
        Check.argument(x >= 0 && x < 1, "%s must lie in [0, 1) but was %s", what, x);
        return x;
    }
}
