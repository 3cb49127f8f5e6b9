package nn.layers;

/** The few pieces of linear algebra backpropagation needs, written out as loops. */
final class Linear {
    private Linear() {
    }

    /** W x (W is m×n, x has length n). */
    static double[] times(double[][] w, double[] x) {
        double[] y = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < x.length; j++) {
                y[i] += w[i][j] * x[j];
            }
        }
        return y;
    }

    /** W x + b, one new array (the sum over j first, then + bᵢ, as {@code np.dot(W, x) + b}). */
    static double[] timesPlus(double[][] w, double[] x, double[] b) {
        double[] y = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double sum = 0;
            for (int j = 0; j < x.length; j++) {
                sum += w[i][j] * x[j];
            }
            y[i] = sum + b[i];
        }
        return y;
    }

    /** Wᵀ d (W is m×n, d has length m): the result has length n. */
    static double[] transposeTimes(double[][] w, double[] d) {
        double[] y = new double[w[0].length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < y.length; j++) {
                y[j] += w[i][j] * d[i];
            }
        }
        return y;
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
