package nn.normalisation;

import nn.util.Check;

/**
 * One forward pass of a normalisation layer on a batch (rows = examples, columns = features), with
 * what the backward pass needs: y = γ ⊙ x̂ + β, and x̂ with the 1/√(σ² + ε) of each normalised
 * vector (the columns for batch norm, the rows for layer norm).
 */
public final class Pass {
    /** ∂L/∂x, ∂L/∂γ and ∂L/∂β of one backward pass. */
    public record Gradients(double[][] input, double[] gamma, double[] beta) {
        /** Checks every gradient is there and finite, and ∂L/∂γ and ∂L/∂β have one entry per feature. */
        public Gradients {
            Check.given("normalisation gradients", "∂L/∂x", input, "∂L/∂γ", gamma, "∂L/∂β", beta);
            for (double[] row : input) {
                Check.finite(row, "∂L/∂x");
            }
            Check.finite(gamma, "∂L/∂γ");
            Check.finite(beta, "∂L/∂β");
            Check.argument(gamma.length == beta.length, "∂L/∂γ and ∂L/∂β need one entry per feature, but have %d and %d", gamma.length, beta.length);
        }
    }

    /** Fails unless x is a batch of at least one row of {@code features} finite numbers each, naming what is wrong. */
    static void checkBatch(String what, double[][] x, int features) {
        Check.argument(x != null && x.length > 0 && x[0] != null && x[0].length == features,
                "%s of %d features got a batch of %s×%s", what, features, x == null ? "null" : x.length,
                x == null || x.length == 0 ? 0 : x[0] == null ? "null" : x[0].length);
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != features) {
                Check.argument(false, "%s of %d features got row %d of %s entries", what, features, i + 1, x[i] == null ? "no (null)" : x[i].length);
            }
            Check.finite(x[i], "row " + (i + 1) + " of the batch");
        }
    }

    /** Fails unless g has one γ and β gradient per feature and η is a positive number (before a step changes anything). */
    static void check(Gradients g, int features, double eta) {
        Check.notNull(g, "a normalisation step", "gradients");
        Check.positive(eta, "the learning rate η");
        Check.argument(g.gamma().length == features, "this layer has %d features but the gradients have %d", features, g.gamma().length);
    }

    private final double[][] y;
    private final double[][] xHat;
    private final double[] inv;
    private final double[] gamma;
    private final boolean columns;

    Pass(double[][] y, double[][] xHat, double[] inv, double[] gamma, boolean columns) {
        this.y = y;
        this.xHat = xHat;
        this.inv = inv;
        this.gamma = gamma;
        this.columns = columns;
    }

    /** Fails unless m has at least one row, and rows of one length, none null. */
    private static void rows(double[][] m, String what) {
        Check.argument(m != null && m.length > 0 && m[0] != null, "normalisation needs %s with at least one row, not null", what);
        for (int i = 0; i < m.length; i++) {
            if (m[i] == null || m[i].length != m[0].length) {
                Check.argument(false, "normalisation needs %s with rows of %d entries, but row %d has %s", what, m[0].length, i,
                        m[i] == null ? "none (null)" : m[i].length);
            }
        }
    }

    /**
     * Normalises x along columns (batch norm) or rows (layer norm), then scales by γ and shifts by β;
     * with {@code stats} not null, the means go to stats[0] and the variances to stats[1].
     */
    static Pass of(double[][] x, double[] gamma, double[] beta, double epsilon, boolean columns, double[][] stats) {
        rows(x, "x");
        int m = x.length, n = x[0].length;
        double[][] xHat = new double[m][n], y = new double[m][n];
        double[] inv = new double[columns ? n : m], s = new double[3];
        for (int k = 0; k < inv.length; k++) {
            double[] v = columns ? column(x, k) : x[k];
            double[] vHat = new double[v.length];
            Normalise.forward(v, v.length, epsilon, vHat, s);
            inv[k] = s[2];
            if (stats != null) {
                stats[0][k] = s[0];
                stats[1][k] = s[1];
            }
            for (int i = 0; i < v.length; i++) {
                xHat[columns ? i : k][columns ? k : i] = vHat[i];
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                y[i][j] = gamma[j] * xHat[i][j] + beta[j];           // y = γ x̂ + β
            }
        }
        return new Pass(y, xHat, inv, gamma.clone(), columns);
    }

    static double[] column(double[][] x, int j) {
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i][j];
        }
        return c;
    }

    /** The output y (a copy). */
    public double[][] output() {
        double[][] c = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            c[i] = y[i].clone();
        }
        return c;
    }

    /** The normalised input x̂ (a copy). */
    public double[][] normalised() {
        double[][] c = new double[xHat.length][];
        for (int i = 0; i < xHat.length; i++) {
            c[i] = xHat[i].clone();
        }
        return c;
    }

    /**
     * The backward pass from ∂L/∂y:
     * <pre>
     *   ∂L/∂β = Σ over examples of ∂L/∂y,   ∂L/∂γ = Σ over examples of ∂L/∂y ⊙ x̂,   ∂L/∂x̂ = ∂L/∂y ⊙ γ,
     *   ∂L/∂x = {@link Normalise#backward} of ∂L/∂x̂ along each normalised vector
     * </pre>
     */
    public Gradients backward(double[][] dy) {
        rows(dy, "∂L/∂y");
        int m = xHat.length, n = xHat[0].length;
        Check.argument(dy.length == m && dy[0].length == n, "the backward pass needs ∂L/∂y of shape %d×%d but got %d×%d", m, n, dy.length, dy[0].length);
        double[] dGamma = new double[n], dBeta = new double[n];
        double[][] dxHat = new double[m][n], dx = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                dBeta[j] += dy[i][j];
                dGamma[j] += dy[i][j] * xHat[i][j];
                dxHat[i][j] = dy[i][j] * gamma[j];
            }
        }
        for (int k = 0; k < inv.length; k++) {
            double[] g = columns ? column(dxHat, k) : dxHat[k];
            double[] v = columns ? column(xHat, k) : xHat[k];
            double[] d = new double[g.length];
            Normalise.backward(g, g.length, v, inv[k], d);
            for (int i = 0; i < d.length; i++) {
                dx[columns ? i : k][columns ? k : i] = d[i];
            }
        }
        return new Gradients(dx, dGamma, dBeta);
    }
}
