package nn.init;

import nn.random.NumpyRandom;
import nn.util.Check;

/**
 * A weight initialisation scheme for a layer with n_in inputs and n_out outputs (W is
 * n_out × n_in). Each scheme draws every weight independently, with mean 0 and the variance
 * {@link #variance(int, int)} the lecture derives:
 *
 * <pre>
 *   ZEROS           W = 0                                  Var = 0
 *   NORMAL          N(0, 1)                                Var = 1
 *   STANDARD        U[−1/√n_in, 1/√n_in]                   Var = 1/(3 n_in)    (Glorot &amp; Bengio's eq. 1)
 *   XAVIER_NORMAL   N(0, 2/(n_in + n_out))                 Var = 2/(n_in + n_out)
 *   XAVIER_UNIFORM  U(±√(6/(n_in + n_out)))                Var = 2/(n_in + n_out)
 *   HE_NORMAL       N(0, 2/n_in)                           Var = 2/n_in
 *   HE_UNIFORM      U(±√(6/n_in))                          Var = 2/n_in
 * </pre>
 *
 * The numbers are NumPy's: a normal scheme is {@code np.random.randn(n_out, n_in) * std}, a
 * uniform one {@code np.random.uniform(-a, a, (n_out, n_in))}, so with the same seed Python gives
 * the same matrix. U(±a) has variance a²/3.
 */
public enum Init {
    ZEROS("zeros", "W = 0", "0", false) {
        @Override
        double formula(int nIn, int nOut) {
            return 0;
        }
    },
    NORMAL("N(0, 1)", "W \\sim \\mathcal{N}(0, 1)", "1", false) {
        @Override
        double formula(int nIn, int nOut) {
            return 1;
        }
    },
    STANDARD("standard U[−1/√n_in, 1/√n_in]", "W \\sim U\\left[-\\tfrac{1}{\\sqrt{n_{in}}}, \\tfrac{1}{\\sqrt{n_{in}}}\\right]", "1/(3 n_in)", true) {
        @Override
        double formula(int nIn, int nOut) {
            return 1.0 / (3.0 * nIn);
        }
    },
    XAVIER_NORMAL("Xavier normal N(0, 2/(n_in+n_out))", "W \\sim \\mathcal{N}\\left(0, \\tfrac{2}{n_{in} + n_{out}}\\right)", "2/(n_in + n_out)", false) {
        @Override
        double formula(int nIn, int nOut) {
            return 2.0 / ((double) nIn + nOut);
        }
    },
    XAVIER_UNIFORM("Xavier uniform U(±√(6/(n_in+n_out)))", "W \\sim U\\left(\\pm\\sqrt{\\tfrac{6}{n_{in} + n_{out}}}\\right)", "2/(n_in + n_out)", true) {
        @Override
        double formula(int nIn, int nOut) {
            return 2.0 / ((double) nIn + nOut);
        }
    },
    HE_NORMAL("He normal N(0, 2/n_in)", "W \\sim \\mathcal{N}\\left(0, \\tfrac{2}{n_{in}}\\right)", "2/n_in", false) {
        @Override
        double formula(int nIn, int nOut) {
            return 2.0 / nIn;
        }
    },
    HE_UNIFORM("He uniform U(±√(6/n_in))", "W \\sim U\\left(\\pm\\sqrt{\\tfrac{6}{n_{in}}}\\right)", "2/n_in", true) {
        @Override
        double formula(int nIn, int nOut) {
            return 2.0 / nIn;
        }
    };

    private final String label;
    private final String latex;
    private final String varianceFormula;
    private final boolean uniform;

    Init(String label, String latex, String varianceFormula, boolean uniform) {
        this.label = label;
        this.latex = latex;
        this.varianceFormula = varianceFormula;
        this.uniform = uniform;
    }

    /** The variance of one weight for a layer with {@code nIn} ≥ 1 inputs and {@code nOut} ≥ 1 outputs. */
    public double variance(int nIn, int nOut) {
        if (nIn < 1 || nOut < 1) {
            Check.argument(false, "%s needs a layer with at least one input and one output, but n_in = %d and n_out = %d", label, nIn, nOut);
        }
        return formula(nIn, nOut);
    }

    /** The variance for n_in, n_out ≥ 1: the formula of the table above. */
    abstract double formula(int nIn, int nOut);

    /** The standard deviation √Var. */
    public double std(int nIn, int nOut) {
        return Math.sqrt(variance(nIn, nOut));
    }

    /** Whether the weights are uniform on (−a, a), a = √(3 Var); otherwise normal (or zero). */
    public boolean uniform() {
        return uniform;
    }

    /** The uniform scheme's bound a = √(3 Var) (weights lie in [−a, a)). */
    public double bound(int nIn, int nOut) {
        Check.argument(uniform, "%s is not a uniform scheme, so it has no bound", label);
        return Math.sqrt(3 * variance(nIn, nOut));
    }

    /** The scheme as a student reads it, e.g. {@code He normal N(0, 2/n_in)}. */
    public String label() {
        return label;
    }

    /** Var[W] as a formula in n_in and n_out, e.g. {@code 2/(n_in + n_out)}. */
    public String varianceFormula() {
        return varianceFormula;
    }

    /** The scheme as a LaTeX formula, for a notebook's Markdown. */
    public String latex() {
        return latex;
    }

    /**
     * A new {@code outputs × inputs} weight matrix drawn from {@code random} (row r holds the
     * weights into output r). {@link #ZEROS} draws nothing and leaves the generator as it was.
     */
    public double[][] weights(int outputs, int inputs, NumpyRandom random) {
        Check.argument(outputs > 0 && inputs > 0, "%s needs a layer with at least one input and one output but got %d outputs × %d inputs",
                label, outputs, inputs);
        Check.argument(random != null, "%s needs a random generator (e.g. new NumpyRandom(42))", label);
        double[][] w = new double[outputs][inputs];
        if (this == ZEROS) {
            return w;
        }
        double scale = uniform ? bound(inputs, outputs) : std(inputs, outputs);
        for (int r = 0; r < outputs; r++) {
            for (int c = 0; c < inputs; c++) {
                w[r][c] = uniform ? -scale + 2 * scale * random.rand() : random.randn() * scale;
            }
        }
        return w;
    }

    /** A seeded {@link Initializer} for this scheme: {@code Init.HE_NORMAL.seeded(42)}. */
    public Initializer seeded(long seed) {
        return Initializer.of(this, seed);
    }

    @Override
    public String toString() {
        return label;
    }
}
