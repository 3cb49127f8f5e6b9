package nn.layers;

import nn.util.Check;
import nn.util.Fmt;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Arrays;

/**
 * The gradient of the loss with respect to every parameter: ∂L/∂Wˡ (same shape as Wˡ) and
 * ∂L/∂bˡ for each layer l = 1…L, and ∂L/∂γˡ and ∂L/∂βˡ for a layer that normalises its net
 * inputs. Immutable; {@link #plus} and {@link #times} average gradients over a batch.
 */
public final class Gradients {
    private final double[][][] dW;
    private final double[][] db;
    private final double[][] dGamma, dBeta; // [l − 1]: null where layer l has no normalisation

    Gradients(double[][][] dW, double[][] db) {
        this(dW, db, new double[dW.length][], new double[dW.length][]);
    }

    Gradients(double[][][] dW, double[][] db, double[][] dGamma, double[][] dBeta) {
        this.dW = dW;
        this.db = db;
        this.dGamma = dGamma;
        this.dBeta = dBeta;
    }

    /**
     * Gradients given by hand, e.g. a lecture's printed numbers, to compare with a gradient check:
     * dW[l−1] is ∂L/∂Wˡ and db[l−1] is ∂L/∂bˡ (both copied).
     */
    public static Gradients of(double[][][] dW, double[][] db) {
        Check.argument(dW != null && db != null && dW.length == db.length && dW.length > 0,
                "gradients need one weight matrix and one bias vector per layer");
        double[][][] w = new double[dW.length][][];
        double[][] b = new double[db.length][];
        for (int l = 0; l < dW.length; l++) {
            String name = "∂L/∂W" + ParameterNames.sup(l + 1);
            Check.argument(dW[l] != null && dW[l].length > 0 && dW[l][0] != null && dW[l][0].length > 0,
                    "%s needs at least one row and one column", name);
            for (int i = 0; i < dW[l].length; i++) {
                Check.argument(dW[l][i] != null && dW[l][i].length == dW[l][0].length,
                        "%s must be rectangular, but row 1 has %d entries and row %d has %s", name, dW[l][0].length, i + 1,
                        dW[l][i] == null ? "none (null)" : dW[l][i].length);
                Check.finite(dW[l][i], name + " row " + (i + 1));
            }
            Check.argument(db[l] != null && dW[l].length == db[l].length, "layer %d: %s has %d rows but ∂L/∂b%s has %s entries",
                    l + 1, name, dW[l].length, ParameterNames.sup(l + 1), db[l] == null ? "no (null)" : db[l].length);
            Check.finite(db[l], "∂L/∂b" + ParameterNames.sup(l + 1));
            if (l > 0 && dW[l][0].length != dW[l - 1].length) {
                Check.argument(false, "layer %d's %s is %d×%d, so it takes %d inputs, but layer %d's ∂L/∂W%s has %d rows (outputs)",
                        l + 1, name, dW[l].length, dW[l][0].length, dW[l][0].length, l, ParameterNames.sup(l), dW[l - 1].length);
            }
            w[l] = Linear.copy(dW[l]);
            b[l] = db[l].clone();
        }
        return new Gradients(w, b);
    }

    /** All-zero gradients shaped like {@code network}'s parameters. */
    public static Gradients zero(Network network) {
        Check.notNull(network, "zero gradients", "a network");
        int L = network.depth();
        double[][][] w = new double[L][][];
        double[][] b = new double[L][], gamma = new double[L][], beta = new double[L][];
        for (int l = 1; l <= L; l++) {
            int m = network.layer(l).outputs();
            w[l - 1] = new double[m][network.layer(l).inputs()];
            b[l - 1] = new double[m];
            if (network.layer(l).norm() != null) {
                gamma[l - 1] = new double[m];
                beta[l - 1] = new double[m];
            }
        }
        return new Gradients(w, b, gamma, beta);
    }

    /** Number of layers. */
    public int depth() {
        return dW.length;
    }

    /** ∂L/∂Wˡ (a copy). */
    public double[][] weights(int l) {
        check(l);
        return Linear.copy(dW[l - 1]);
    }

    /** ∂L/∂bˡ (a copy). */
    public double[] biases(int l) {
        check(l);
        return db[l - 1].clone();
    }

    /** Whether layer l's gradients include ∂L/∂γˡ and ∂L/∂βˡ (the layer normalises its net inputs). */
    public boolean normalised(int l) {
        check(l);
        return dGamma[l - 1] != null;
    }

    /** ∂L/∂γˡ (a copy), for a layer that normalises its net inputs. */
    public double[] gamma(int l) {
        checkNormalised(l);
        return dGamma[l - 1].clone();
    }

    /** ∂L/∂βˡ (a copy), for a layer that normalises its net inputs. */
    public double[] beta(int l) {
        checkNormalised(l);
        return dBeta[l - 1].clone();
    }

    private void checkNormalised(int l) {
        Check.argument(normalised(l), "layer %d has no normalisation, so there is no ∂L/∂γ%s or ∂L/∂β%s", l, ParameterNames.sup(l), ParameterNames.sup(l));
    }

    /** ∂L/∂γˡ itself (null without normalisation), for the update in this package. */
    double[] sharedGamma(int l) {
        return dGamma[l - 1];
    }

    /** ∂L/∂βˡ itself (null without normalisation), for the update in this package. */
    double[] sharedBeta(int l) {
        return dBeta[l - 1];
    }

    /** ∂L/∂Wˡ itself, not a copy, for the update in this package (which never writes to it). */
    double[][] sharedWeights(int l) {
        return dW[l - 1];
    }

    /** ∂L/∂bˡ itself, not a copy, for the update in this package. */
    double[] sharedBiases(int l) {
        return db[l - 1];
    }

    /** ∂L/∂Wˡ[i][j] (i, j from 0). */
    public double weight(int l, int i, int j) {
        check(l);
        double[][] g = dW[l - 1];
        Check.index(i, 0, g.length - 1, "∂L/∂W" + ParameterNames.sup(l), "rows", "row");
        return g[i][Check.index(j, 0, g[i].length - 1, "∂L/∂W" + ParameterNames.sup(l), "columns", "column")];
    }

    /** ∂L/∂bˡ[i] (i from 0). */
    public double bias(int l, int i) {
        check(l);
        return db[l - 1][Check.index(i, 0, db[l - 1].length - 1, "∂L/∂b" + ParameterNames.sup(l), "entries", "entry")];
    }

    /** The sum of two gradients of the same shape (e.g. of two examples). */
    public Gradients plus(Gradients other) {
        Check.notNull(other, "plus", "gradients to add");
        Check.argument(other.depth() == depth(), "cannot add gradients of %d and %d layers", depth(), other.depth());
        for (int l = 0; l < dW.length; l++) {
            if (dW[l].length != other.dW[l].length || dW[l][0].length != other.dW[l][0].length) {
                Check.argument(false, "cannot add gradients of different shapes: ∂L/∂W%s is %d×%d here and %d×%d there", ParameterNames.sup(l + 1),
                        dW[l].length, dW[l][0].length, other.dW[l].length, other.dW[l][0].length);
            }
            sameNormalisation(other, l);
        }
        double[][][] w = new double[dW.length][][];
        double[][] b = new double[db.length][], gamma = new double[dW.length][], beta = new double[dW.length][];
        for (int l = 0; l < dW.length; l++) {
            w[l] = Linear.plusScaled(dW[l], 1, other.dW[l]);
            b[l] = Linear.plusScaled(db[l], 1, other.db[l]);
            if (dGamma[l] != null) {
                gamma[l] = Linear.plusScaled(dGamma[l], 1, other.dGamma[l]);
                beta[l] = Linear.plusScaled(dBeta[l], 1, other.dBeta[l]);
            }
        }
        return finite(new Gradients(w, b, gamma, beta), "the sum of the two gradients");
    }

    /** Every entry times s (e.g. 1/N for a batch mean). */
    public Gradients times(double s) {
        Check.finite(s, "the factor s");
        double[][][] w = new double[dW.length][][];
        double[][] b = new double[db.length][], gamma = new double[dW.length][], beta = new double[dW.length][];
        for (int l = 0; l < dW.length; l++) {
            w[l] = Linear.scaled(s, dW[l]);
            b[l] = Linear.scaled(s, db[l]);
            if (dGamma[l] != null) {
                gamma[l] = Linear.scaled(s, dGamma[l]);
                beta[l] = Linear.scaled(s, dBeta[l]);
            }
        }
        return finite(new Gradients(w, b, gamma, beta), "the gradients times s = " + s);
    }

    /** The largest |∂L/∂θ − other's ∂L/∂θ| over all parameters θ (0 when they are equal to the last digit). */
    public double largestDifference(Gradients other) {
        Check.argument(other != null && other.depth() == depth(), "cannot compare gradients of %d and %s layers", depth(), other == null ? "no" : other.depth());
        double worst = 0;
        for (int l = 0; l < dW.length; l++) {
            Check.argument(other.dW[l].length == dW[l].length && other.dW[l][0].length == dW[l][0].length,
                    "layer %d: cannot compare gradients of shapes %d×%d and %d×%d", l + 1, dW[l].length, dW[l][0].length, other.dW[l].length, other.dW[l][0].length);
            sameNormalisation(other, l);
            for (int i = 0; i < dW[l].length; i++) {
                for (int j = 0; j < dW[l][i].length; j++) {
                    worst = Math.max(worst, Math.abs(dW[l][i][j] - other.dW[l][i][j]));
                }
                worst = Math.max(worst, Math.abs(db[l][i] - other.db[l][i]));
                if (dGamma[l] != null) {
                    worst = Math.max(worst, Math.max(Math.abs(dGamma[l][i] - other.dGamma[l][i]), Math.abs(dBeta[l][i] - other.dBeta[l][i])));
                }
            }
        }
        return worst;
    }

    /** g itself, unless one of its entries overflowed to ±∞ (or NaN): then a sentence naming {@code what} and the entry. */
    private static Gradients finite(Gradients g, String what) {
        for (int l = 1; l <= g.depth(); l++) {
            String sup = ParameterNames.sup(l);
            for (double[] row : g.dW[l - 1]) {
                if (!Check.allFinite(row)) {
                    Check.computed(row, what + ": a row of ∂L/∂W" + sup);
                }
            }
            Check.computed(g.db[l - 1], what + ": ∂L/∂b" + sup);
            if (g.dGamma[l - 1] != null) {
                Check.computed(g.dGamma[l - 1], what + ": ∂L/∂γ" + sup);
                Check.computed(g.dBeta[l - 1], what + ": ∂L/∂β" + sup);
            }
        }
        return g;
    }

    /** Fails unless both have ∂L/∂γ and ∂L/∂β for layer l + 1, or neither has. */
    private void sameNormalisation(Gradients other, int l) {
        if ((dGamma[l] == null) != (other.dGamma[l] == null)) {
            Check.argument(false, "layer %d is normalised in one of these gradients but not in the other (∂L/∂γ%s is there in one only)",
                    l + 1, ParameterNames.sup(l + 1));
        }
    }

    /** One row per parameter: its name (W¹[1,2] counts from 1 as the lectures do) and ∂L/∂θ. */
    public Table table() {
        StringColumn name = StringColumn.create("parameter θ");
        DoubleColumn value = DoubleColumn.create("∂L/∂θ");
        for (int l = 1; l <= depth(); l++) {
            for (int i = 0; i < dW[l - 1].length; i++) {
                for (int j = 0; j < dW[l - 1][i].length; j++) {
                    name.append(ParameterNames.weight(l, i, j));
                    value.append(Fmt.round(dW[l - 1][i][j], 6));
                }
            }
            for (int i = 0; i < db[l - 1].length; i++) {
                name.append(ParameterNames.bias(l, i));
                value.append(Fmt.round(db[l - 1][i], 6));
            }
            for (int i = 0; dGamma[l - 1] != null && i < dGamma[l - 1].length; i++) {
                name.append(ParameterNames.gamma(l, i));
                value.append(Fmt.round(dGamma[l - 1][i], 6));
            }
            for (int i = 0; dBeta[l - 1] != null && i < dBeta[l - 1].length; i++) {
                name.append(ParameterNames.beta(l, i));
                value.append(Fmt.round(dBeta[l - 1][i], 6));
            }
        }
        return Table.create("gradients", name, value);
    }

    private void check(int l) {
        Check.argument(l >= 1 && l <= dW.length, "these gradients have layers 1 to %d, there is no layer %d", dW.length, l);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int l = 1; l <= depth(); l++) {
            String sup = ParameterNames.sup(l);
            s.append(l > 1 ? "\n" : "").append("∂L/∂W").append(sup).append(" = ")
                    .append(Arrays.stream(dW[l - 1]).map(Fmt::vec).reduce((p, q) -> p + ", " + q).map(r -> "[" + r + "]").orElse("[]"))
                    .append(",  ∂L/∂b").append(sup).append(" = ").append(Fmt.vec(db[l - 1]));
            if (dGamma[l - 1] != null) {
                s.append(",  ∂L/∂γ").append(sup).append(" = ").append(Fmt.vec(dGamma[l - 1]))
                        .append(",  ∂L/∂β").append(sup).append(" = ").append(Fmt.vec(dBeta[l - 1]));
            }
        }
        return s.toString();
    }
}
