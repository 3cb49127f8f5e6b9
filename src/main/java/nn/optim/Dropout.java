package nn.optim;

import nn.random.NumpyRandom;
import nn.util.Check;
import nn.util.Fmt;

/**
 * Inverted dropout (Srivastava et al. 2014) with rate p: in training each activation is kept with
 * probability 1 − p and scaled by 1/(1 − p), otherwise set to 0,
 * <pre>
 *   a' = a ⊙ m / (1 − p),   m_i ~ Bernoulli(1 − p)
 * </pre>
 * so the expected value of a' is a and at inference nothing needs rescaling: there the layer is
 * the identity. The backward pass multiplies the gradient by the same mask and factor. Masks come
 * from a seeded generator, so a run is reproducible.
 *
 * <pre>{@code
 * Dropout drop = Dropout.of(0.5, 42);
 * double[][] h = drop.forward(a);          // training: a fresh mask for each call
 * double[][] dA = drop.backward(dH);       // the same mask
 * drop.training(false);                    // inference: forward returns a copy of a
 * }</pre>
 */
public final class Dropout {
    private final double p;
    private final long seed;
    private final NumpyRandom random;
    private boolean training = true;
    private double[][] scale; // the last mask times 1/(1 − p), as used in forward

    private Dropout(double p, long seed) {
        this.p = p;
        this.seed = seed;
        this.random = new NumpyRandom(seed);
    }

    /** Dropout with rate p in [0, 1) (the fraction of activations dropped), masks drawn from {@code seed}. */
    public static Dropout of(double p, long seed) {
        Check.argument(p >= 0 && p < 1, "the dropout rate p must lie in [0, 1) but was %s", p);
        return new Dropout(p, seed);
    }

    /** Switches between training (masks applied) and inference (identity). Returns this. */
    public Dropout training(boolean on) {
        training = on;
        return this;
    }

    /** Whether masks are applied. */
    public boolean isTraining() {
        return training;
    }

    /** The rate p. */
    public double rate() {
        return p;
    }

    /** One activation vector (a new array); see {@link #forward(double[][])}. */
    public double[] forward(double[] a) {
        Check.notNull(a, toString(), "a");
        return forward(new double[][] {a})[0];
    }

    /**
     * A batch of activation vectors, one per row (a new array): in training with a new mask, at
     * inference a copy.
     */
    public double[][] forward(double[][] a) {
        rows(a, "a");
        for (double[] row : a) { // before a mask is drawn: a failed call leaves the generator as it was
            for (double v : row) {
                Check.argument(Math.abs(v) * (1 / (1 - p)) <= Double.MAX_VALUE, "dropout scales kept activations by 1/(1 − p) = %s, which overflows a = %s",
                        1 / (1 - p), v);
            }
        }
        double[][] out = new double[a.length][];
        if (training) {
            scale = new double[a.length][];
        }
        for (int r = 0; r < a.length; r++) {
            out[r] = a[r].clone();
            if (!training) {
                continue;
            }
            scale[r] = new double[a[r].length];
            for (int c = 0; c < a[r].length; c++) {
                scale[r][c] = random.rand() < p ? 0 : 1 / (1 - p);
                out[r][c] *= scale[r][c];
            }
            Check.computed(out[r], "a kept activation times 1/(1 − p)");
        }
        return out;
    }

    /**
     * Fills {@code scale} with a fresh mask times 1/(1 − p): each entry 0 with probability p, else
     * 1/(1 − p). Draws from the generator as {@link #forward(double[])} does; nothing is allocated.
     */
    public void drawMask(double[] scale) {
        Check.notNull(scale, toString(), "an array for the mask");
        for (int c = 0; c < scale.length; c++) {
            scale[c] = random.rand() < p ? 0 : 1 / (1 - p);
        }
    }

    /** ∂L/∂a from ∂L/∂a' for one vector; see {@link #backward(double[][])}. */
    public double[] backward(double[] gradOut) {
        Check.notNull(gradOut, toString(), "∂L/∂a'");
        return backward(new double[][] {gradOut})[0];
    }

    /** ∂L/∂a = ∂L/∂a' ⊙ m / (1 − p), with the mask of the last training forward (identity at inference). */
    public double[][] backward(double[][] gradOut) {
        rows(gradOut, "∂L/∂a'");
        double[][] g = new double[gradOut.length][];
        for (int r = 0; r < gradOut.length; r++) {
            g[r] = gradOut[r].clone();
        }
        if (!training) {
            return g;
        }
        Check.argument(scale != null, "%s: backward needs a forward pass in training mode first", this);
        Check.argument(scale.length == g.length && (g.length == 0 || scale[0].length == g[0].length),
                "%s: backward got a %d×%d gradient but the last forward pass was %d×%d",
                this, g.length, g.length == 0 ? 0 : g[0].length, scale.length, scale.length == 0 ? 0 : scale[0].length);
        for (int r = 0; r < g.length; r++) {
            for (int c = 0; c < g[r].length; c++) {
                g[r][c] *= scale[r][c];
            }
        }
        return g;
    }

    /** Fails unless m is a matrix of finite numbers. */
    private void rows(double[][] m, String what) {
        Check.notNull(m, toString(), what);
        for (double[] row : m) {
            Check.finite(row, what);
        }
    }

    /** The last training mask as 0/1 values (a copy); empty before the first training forward pass. */
    public int[][] mask() {
        if (scale == null) {
            return new int[0][];
        }
        int[][] m = new int[scale.length][];
        for (int r = 0; r < scale.length; r++) {
            m[r] = new int[scale[r].length];
            for (int c = 0; c < scale[r].length; c++) {
                m[r][c] = scale[r][c] == 0 ? 0 : 1;
            }
        }
        return m;
    }

    @Override
    public String toString() {
        return "Dropout(p=" + Fmt.num(p) + ", seed=" + seed + ", " + (training ? "training" : "inference") + ")";
    }
}
