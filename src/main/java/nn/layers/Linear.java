package nn.layers;

/**
 * The few pieces of linear algebra backpropagation needs, written out as loops: on vectors for one
 * example, and on batches for {@link BatchPass}. A batch matrix is an array of B rows; a layer's
 * weights sit in one flat array θ as (Wˡ)ᵀ, n rows of m, starting at index {@code w}, so that
 * Wˡ[i][j] is θ[w + j·m + i]. Every inner loop runs along contiguous memory without a reduction,
 * except the one of {@link #timesWeights}, so the JIT can vectorise them. Each sum is added up in
 * the same order as the vector forms (over j, then + b; over the rows of the batch in order).
 */
final class Linear {
    private Linear() {
    }

    /** Z = A(W)ᵀ + 1bᵀ for the first {@code rows} rows of A (B×n), W (m×n) stored as (W)ᵀ from θ[w], b from θ[b]. */
    static void affine(double[][] a, int rows, double[] theta, int w, int b, int n, int m, double[][] z) {
        for (int r = 0; r < rows; r++) {
            double[] ar = a[r], zr = z[r];
            java.util.Arrays.fill(zr, 0);
            for (int j = 0; j < n; j++) {
                double aj = ar[j];
                int row = w + j * m;
                for (int i = 0; i < m; i++) {
                    zr[i] += aj * theta[row + i]; // zᵣ += aᵣⱼ · (row j of Wᵀ)
                }
            }
            for (int i = 0; i < m; i++) {
                zr[i] += theta[b + i];
            }
        }
    }

    /** D W for the first {@code rows} rows of D (B×m), W (m×n) stored as (W)ᵀ from θ[w]: row r is Wᵀdᵣ. */
    static void timesWeights(double[][] d, int rows, double[] theta, int w, int n, int m, double[][] out) {
        for (int r = 0; r < rows; r++) {
            double[] dr = d[r], or = out[r];
            for (int j = 0; j < n; j++) {
                int row = w + j * m;
                double sum = 0;
                for (int i = 0; i < m; i++) {
                    sum += theta[row + i] * dr[i];
                }
                or[j] = sum;
            }
        }
    }

    /**
     * The mean gradients of a batch, into g at the layer's place: (Wᵀ) gets s·AᵀD, i.e.
     * ∂L/∂W = s·DᵀA, and b gets s·Dᵀ1, summed over the rows in order (s = 1/B). The first row
     * sets the sums, the others add to them; s = 1 (one row) leaves them as they are.
     */
    static void gradients(double[][] d, double[][] a, int rows, double s, double[] g, int w, int b, int n, int m) {
        for (int r = 0; r < rows; r++) {
            double[] dr = d[r], ar = a[r];
            for (int j = 0; j < n; j++) {
                double aj = ar[j];
                int row = w + j * m;
                if (r == 0) {
                    for (int i = 0; i < m; i++) {
                        g[row + i] = aj * dr[i]; // δᵣᵢ aᵣⱼ, as the outer product δaᵀ of one example
                    }
                } else {
                    for (int i = 0; i < m; i++) {
                        g[row + i] += aj * dr[i];
                    }
                }
            }
            for (int i = 0; i < m; i++) {
                g[b + i] = r == 0 ? dr[i] : g[b + i] + dr[i];
            }
        }
        if (s != 1) {
            for (int k = w; k < w + n * m; k++) {
                g[k] *= s;
            }
            for (int k = b; k < b + m; k++) {
                g[k] *= s;
            }
        }
    }

    /** out = v ⊙ s, entry by entry. */
    static void times(double[] v, double[] s, double[] out) {
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * s[i];
        }
    }

    /** v ⊙= s, entry by entry. */
    static void scale(double[] v, double[] s) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= s[i];
        }
    }

    /** The outer product d aᵀ. */
    static double[][] outer(double[] d, double[] a) {
        double[][] m = new double[d.length][a.length];
        for (int i = 0; i < d.length; i++) {
            for (int j = 0; j < a.length; j++) {
                m[i][j] = d[i] * a[j];
            }
        }
        return m;
    }

    /** a + s·b. */
    static double[] plusScaled(double[] a, double s, double[] b) {
        double[] c = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i] + s * b[i];
        }
        return c;
    }

    static double[][] plusScaled(double[][] a, double s, double[][] b) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = plusScaled(a[i], s, b[i]);
        }
        return c;
    }

    /** s·a. */
    static double[] scaled(double s, double[] a) {
        double[] c = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = s * a[i];
        }
        return c;
    }

    static double[][] scaled(double s, double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = scaled(s, a[i]);
        }
        return c;
    }

    static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
