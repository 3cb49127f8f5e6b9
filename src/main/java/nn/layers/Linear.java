package nn.layers;

/**
 * The few pieces of linear algebra backpropagation needs, written out as loops: on vectors for one
 * example, and on batches for {@link BatchPass}. A batch matrix is an array of B rows; a layer's
 * weights sit in one flat array θ as (Wˡ)ᵀ, n rows of m, starting at index {@code w}, so that
 * Wˡ[i][j] is θ[w + j·m + i].
 *
 * <p>Each entry of a product is one sum, added up in the same order as the vector forms (over j,
 * then + b; over the rows of the batch in order), so the batch gives bit for bit the numbers of B
 * single examples. For speed the loops work out {@value #BLOCK} such sums side by side (the
 * gradients 2 × {@value #BLOCK}), in local variables the JIT keeps in registers (register
 * blocking): each number loaded from memory then serves several multiply-adds instead of one, and
 * the independent sums keep the processor's adders busy. No sum changes its order; the entries left
 * over are added up one at a time. (The JIT's vector loops do not help here: rows of 10–64 numbers
 * are too short for them, and the JIT of Java 17 does not vectorise a loop that reads θ at a layer's
 * offset beside a row read from 0.)
 */
final class Linear {
    private Linear() {
    }

    /** Sums worked out side by side in the batch loops. */
    static final int BLOCK = 8;

    /** Zˡ = Aˡ⁻¹(Wˡ)ᵀ + 1(bˡ)ᵀ for the first {@code rows} rows of A (B×n), W (m×n) stored as (W)ᵀ from θ[w], b from θ[b]. */
    static void affine(double[][] a, int rows, double[] theta, int w, int b, int n, int m, double[][] z) {
        for (int r = 0; r < rows; r++) {
            double[] ar = a[r], zr = z[r];
            int i = 0;
            for (; i + BLOCK <= m; i += BLOCK) { // zᵣᵢ = Σⱼ aᵣⱼ Wᵢⱼ + bᵢ for 8 neurons i at once
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
                for (int j = 0, k = w + i; j < n; j++, k += m) { // θ[k] = Wᵢⱼ: along row j of Wᵀ
                    double aj = ar[j];
                    s0 += aj * theta[k];
                    s1 += aj * theta[k + 1];
                    s2 += aj * theta[k + 2];
                    s3 += aj * theta[k + 3];
                    s4 += aj * theta[k + 4];
                    s5 += aj * theta[k + 5];
                    s6 += aj * theta[k + 6];
                    s7 += aj * theta[k + 7];
                }
                int c = b + i;
                zr[i] = s0 + theta[c];
                zr[i + 1] = s1 + theta[c + 1];
                zr[i + 2] = s2 + theta[c + 2];
                zr[i + 3] = s3 + theta[c + 3];
                zr[i + 4] = s4 + theta[c + 4];
                zr[i + 5] = s5 + theta[c + 5];
                zr[i + 6] = s6 + theta[c + 6];
                zr[i + 7] = s7 + theta[c + 7];
            }
            for (; i < m; i++) { // the neurons left over, one at a time
                double sum = 0;
                for (int j = 0, k = w + i; j < n; j++, k += m) {
                    sum += ar[j] * theta[k];
                }
                zr[i] = sum + theta[b + i];
            }
        }
    }

    /** Δˡ⁺¹Wˡ⁺¹: D W for the first {@code rows} rows of D (B×m), W (m×n) stored as (W)ᵀ from θ[w]: row r is Wᵀdᵣ. */
    static void timesWeights(double[][] d, int rows, double[] theta, int w, int n, int m, double[][] out) {
        for (int r = 0; r < rows; r++) {
            double[] dr = d[r], or = out[r];
            int j = 0;
            for (; j + BLOCK <= n; j += BLOCK) { // (Wᵀdᵣ)ⱼ = Σᵢ Wᵢⱼ dᵣᵢ for 8 inputs j at once
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
                for (int i = 0, k = w + j * m; i < m; i++, k++) { // θ[k + q·m] = Wᵢ,ⱼ₊q: along rows j … j + 7 of Wᵀ
                    double di = dr[i];
                    s0 += theta[k] * di;
                    s1 += theta[k + m] * di;
                    s2 += theta[k + 2 * m] * di;
                    s3 += theta[k + 3 * m] * di;
                    s4 += theta[k + 4 * m] * di;
                    s5 += theta[k + 5 * m] * di;
                    s6 += theta[k + 6 * m] * di;
                    s7 += theta[k + 7 * m] * di;
                }
                or[j] = s0;
                or[j + 1] = s1;
                or[j + 2] = s2;
                or[j + 3] = s3;
                or[j + 4] = s4;
                or[j + 5] = s5;
                or[j + 6] = s6;
                or[j + 7] = s7;
            }
            for (; j < n; j++) { // the inputs left over, one at a time
                double sum = 0;
                for (int i = 0, k = w + j * m; i < m; i++, k++) {
                    sum += theta[k] * dr[i];
                }
                or[j] = sum;
            }
        }
    }

    /**
     * ∂L/∂Wˡ = (1/B)(Δˡ)ᵀAˡ⁻¹: the mean gradients of a batch, into g at the layer's place: (Wᵀ) gets s·AᵀD, i.e.
     * ∂L/∂W = s·DᵀA, and b gets s·Dᵀ1, summed over the rows in order (s = 1/B). The first row
     * sets the sums, the others add to them; s = 1 (one row) leaves them as they are.
     */
    static void gradients(double[][] d, double[][] a, int rows, double s, double[] g, int w, int b, int n, int m) {
        double[] d0 = d[0], a0 = a[0];
        if (rows == 1) { // one example (s = 1): the outer product δaᵀ, no sums
            for (int j = 0; j < n; j++) {
                double aj = a0[j];
                for (int i = 0, k = w + j * m; i < m; i++, k++) {
                    g[k] = aj * d0[i];
                }
            }
        } else {
            int j = 0;
            for (; j + 2 <= n; j += 2) { // ∂L/∂Wᵢⱼ = s Σᵣ δᵣᵢ aᵣⱼ for 2 inputs j × 8 neurons i at once
                int i = 0;
                for (; i + BLOCK <= m; i += BLOCK) {
                    gradients2x8(d, a, rows, s, g, w + j * m + i, m, j, i);
                }
                for (; i < m; i++) { // the neurons left over, one at a time
                    gradient(d, a, rows, s, g, w + j * m + i, j, i);
                    gradient(d, a, rows, s, g, w + (j + 1) * m + i, j + 1, i);
                }
            }
            for (; j < n; j++) { // the input left over, one entry at a time
                for (int i = 0; i < m; i++) {
                    gradient(d, a, rows, s, g, w + j * m + i, j, i);
                }
            }
        }
        for (int i = 0; i < m; i++) { // ∂L/∂bᵢ = s Σᵣ δᵣᵢ
            double sum = d0[i];
            for (int r = 1; r < rows; r++) {
                sum += d[r][i];
            }
            g[b + i] = scaled(sum, s);
        }
    }

    /** g[k] = s Σᵣ δᵣᵢ aᵣⱼ: the first row sets the sum (δᵢaⱼ, as the outer product δaᵀ of one example), the others add to it. */
    private static void gradient(double[][] d, double[][] a, int rows, double s, double[] g, int k, int j, int i) {
        double sum = a[0][j] * d[0][i];
        for (int r = 1; r < rows; r++) {
            sum += a[r][j] * d[r][i];
        }
        g[k] = scaled(sum, s);
    }

    /** {@link #gradient} for inputs j, j + 1 and neurons i … i + 7 at once (g[k …] and g[k + m …]): 16 sums in registers. */
    private static void gradients2x8(double[][] d, double[][] a, int rows, double s, double[] g, int k, int m, int j, int i) {
        double[] dr = d[0], ar = a[0];
        double x = ar[j], y = ar[j + 1]; // aᵣⱼ and aᵣ,ⱼ₊₁
        double e0 = dr[i], e1 = dr[i + 1], e2 = dr[i + 2], e3 = dr[i + 3], e4 = dr[i + 4], e5 = dr[i + 5], e6 = dr[i + 6], e7 = dr[i + 7]; // δᵣᵢ …
        double s0 = x * e0, s1 = x * e1, s2 = x * e2, s3 = x * e3, s4 = x * e4, s5 = x * e5, s6 = x * e6, s7 = x * e7;
        double t0 = y * e0, t1 = y * e1, t2 = y * e2, t3 = y * e3, t4 = y * e4, t5 = y * e5, t6 = y * e6, t7 = y * e7;
        for (int r = 1; r < rows; r++) {
            dr = d[r];
            ar = a[r];
            x = ar[j];
            y = ar[j + 1];
            e0 = dr[i];
            e1 = dr[i + 1];
            e2 = dr[i + 2];
            e3 = dr[i + 3];
            e4 = dr[i + 4];
            e5 = dr[i + 5];
            e6 = dr[i + 6];
            e7 = dr[i + 7];
            s0 += x * e0;
            s1 += x * e1;
            s2 += x * e2;
            s3 += x * e3;
            s4 += x * e4;
            s5 += x * e5;
            s6 += x * e6;
            s7 += x * e7;
            t0 += y * e0;
            t1 += y * e1;
            t2 += y * e2;
            t3 += y * e3;
            t4 += y * e4;
            t5 += y * e5;
            t6 += y * e6;
            t7 += y * e7;
        }
        put(g, k, s, s0, s1, s2, s3, s4, s5, s6, s7);
        put(g, k + m, s, t0, t1, t2, t3, t4, t5, t6, t7);
    }

    /** g[k … k + 7] = s·(v0, …, v7). */
    private static void put(double[] g, int k, double s, double v0, double v1, double v2, double v3, double v4, double v5, double v6, double v7) {
        g[k] = scaled(v0, s);
        g[k + 1] = scaled(v1, s);
        g[k + 2] = scaled(v2, s);
        g[k + 3] = scaled(v3, s);
        g[k + 4] = scaled(v4, s);
        g[k + 5] = scaled(v5, s);
        g[k + 6] = scaled(v6, s);
        g[k + 7] = scaled(v7, s);
    }

    /** s·x, or x itself for s = 1. */
    private static double scaled(double x, double s) {
        return s == 1 ? x : x * s;
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
