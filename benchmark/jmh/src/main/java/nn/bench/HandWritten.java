package nn.bench;

import nn.data.Samples;
import nn.layers.Dense;
import nn.layers.Network;

/**
 * The reference the library is measured against: the same training as {@link Case} written as a
 * plain hand-written Java loop, as fast as it can be made while it stays plain Java. No objects
 * per step, no interfaces, no checks: flat arrays updated in place; the matrix products keep 8
 * sums (the gradients 2 × 8) side by side in local variables, which the JIT holds in registers
 * (register blocking), as {@code nn.layers.Linear} does.
 *
 * <p>Layout: layer l keeps (Wˡ)ᵀ as a flat n×m array (row j holds the weights out of input j), so
 * the forward pass z += aⱼ·(row j of Wᵀ) runs along contiguous memory, as does the update. Hidden
 * layers are sigmoid, σ'(z) is taken as a(1 − a) from the activation already computed; the output
 * is sigmoid with C₀ = Σ(a − t)² or softmax with cross-entropy (δᴸ = ŷ − t).
 *
 * <p>Per sample, the backward pass and the update run together, layer by layer from the top: one
 * pass over Wᵀ computes (Wˡ)ᵀδˡ with the old weights and then subtracts η δˡ(aˡ⁻¹)ᵀ. A batch of B
 * rows is a contiguous block of the data: Zˡ = Aˡ⁻¹(Wˡ)ᵀ + 1(bˡ)ᵀ, then the mean gradients, then
 * the update.
 */
public final class HandWritten {
    private final int layers;
    private final int[] n;          // inputs of layer l
    private final int[] m;          // neurons of layer l
    private final double[][] wt;    // (Wˡ)ᵀ, n×m, row-major
    private final double[][] b;
    private final boolean softmax;  // output: softmax + cross-entropy, else sigmoid + C₀
    private final double eta;
    private final int batch;
    private final double[] x;       // all inputs, one row after another
    private final double[] t;       // all targets
    private final int size;
    // working memory: per layer, up to `batch` rows
    private final double[][] z;
    private final double[][] a;     // a[0] is unused (the input is read from x)
    private final double[][] d;     // δ per layer
    private final double[][] gw;
    private final double[][] gb;

    public HandWritten(Network net, Samples data, boolean softmax, double eta, int batch) {
        this.layers = net.depth();
        this.n = new int[layers + 1];
        this.m = new int[layers + 1];
        this.wt = new double[layers + 1][];
        this.b = new double[layers + 1][];
        this.z = new double[layers + 1][];
        this.a = new double[layers + 1][];
        this.d = new double[layers + 1][];
        this.gw = new double[layers + 1][];
        this.gb = new double[layers + 1][];
        for (int l = 1; l <= layers; l++) {
            Dense layer = net.layer(l);
            n[l] = layer.inputs();
            m[l] = layer.outputs();
            double[][] w = layer.weights();
            wt[l] = new double[n[l] * m[l]];
            for (int i = 0; i < m[l]; i++) {
                for (int j = 0; j < n[l]; j++) {
                    wt[l][j * m[l] + i] = w[i][j];
                }
            }
            b[l] = layer.biases();
            z[l] = new double[batch * m[l]];
            a[l] = new double[batch * m[l]];
            d[l] = new double[batch * m[l]];
            gw[l] = new double[n[l] * m[l]];
            gb[l] = new double[m[l]];
        }
        this.softmax = softmax;
        this.eta = eta;
        this.batch = batch;
        this.size = data.size();
        int in = data.inputSize(), out = data.targetSize();
        this.x = new double[size * in];
        this.t = new double[size * out];
        for (int s = 0; s < size; s++) {
            System.arraycopy(data.input(s), 0, x, s * in, in);
            System.arraycopy(data.target(s), 0, t, s * out, out);
        }
    }

    /** One pass over the data in order. */
    public void epoch() {
        if (batch == 1) {
            for (int s = 0; s < size; s++) {
                sample(s);
            }
        } else {
            for (int start = 0; start < size; start += batch) {
                batch(start, Math.min(batch, size - start));
            }
        }
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** One example: forward, then backward and update together from the top layer down. */
    private void sample(int s) {
        // forward: z = Wa + b, then a = σ(z)
        for (int l = 1; l <= layers; l++) {
            affine(l == 1 ? x : a[l - 1], l == 1 ? s * n[1] : 0, l, z[l], 0);
            activate(l, 1);
        }
        outputDelta(s, 1, 1.0);
        // backward and update
        for (int l = layers; l >= 1; l--) {
            double[] in = l == 1 ? x : a[l - 1], w = wt[l], dl = d[l], bl = b[l];
            int off = l == 1 ? s * n[1] : 0, ml = m[l], nl = n[l];
            double[] below = l > 1 ? d[l - 1] : null;
            for (int j = 0; j < nl; j++) {
                int row = j * ml;
                if (below != null) { // δˡ⁻¹ⱼ = σ'(zˡ⁻¹ⱼ) Σᵢ Wᵢⱼ δᵢ, with the weights before the update
                    double sum = 0;
                    for (int i = 0; i < ml; i++) {
                        sum += w[row + i] * dl[i];
                    }
                    double aj = in[j];
                    below[j] = sum * aj * (1 - aj);
                }
                double c = eta * in[off + j];
                for (int i = 0; i < ml; i++) {
                    w[row + i] -= c * dl[i];
                }
            }
            for (int i = 0; i < ml; i++) {
                bl[i] -= eta * dl[i];
            }
        }
    }

    /** One batch of `rows` rows from `start`: the matrix form, mean gradients, update. */
    private void batch(int start, int rows) {
        for (int l = 1; l <= layers; l++) {
            double[] in = l == 1 ? x : a[l - 1];
            int off = l == 1 ? start * n[1] : 0;
            for (int r = 0; r < rows; r++) {
                affine(in, off + r * n[l], l, z[l], r * m[l]);
            }
            activate(l, rows);
        }
        outputDelta(start, rows, 1.0 / rows);
        for (int l = layers; l >= 1; l--) {
            double[] in = l == 1 ? x : a[l - 1], w = wt[l], dl = d[l], g = gw[l], gbl = gb[l];
            int off = l == 1 ? start * n[1] : 0, ml = m[l], nl = n[l];
            // ∂L/∂Wᵀ = Aᵀ Δ, ∂L/∂b = Δᵀ1 (Δ already holds the 1/B); 2 inputs × 8 neurons at once
            int j = 0;
            for (; j + 2 <= nl; j += 2) {
                int i = 0;
                for (; i + 8 <= ml; i += 8) {
                    gradients2x8(in, off, nl, dl, ml, rows, j, i, g);
                }
                for (; i < ml; i++) {
                    g[j * ml + i] = gradient(in, off, nl, dl, ml, rows, j, i);
                    g[(j + 1) * ml + i] = gradient(in, off, nl, dl, ml, rows, j + 1, i);
                }
            }
            for (; j < nl; j++) {
                for (int i = 0; i < ml; i++) {
                    g[j * ml + i] = gradient(in, off, nl, dl, ml, rows, j, i);
                }
            }
            for (int i = 0; i < ml; i++) {
                double sum = 0;
                for (int r = 0; r < rows; r++) {
                    sum += dl[r * ml + i];
                }
                gbl[i] = sum;
            }
            // Δˡ⁻¹ = σ'(Zˡ⁻¹) ⊙ ΔˡWˡ, before the update; 8 inputs at once
            if (l > 1) {
                double[] below = d[l - 1];
                for (int r = 0; r < rows; r++) {
                    backRow(w, dl, r * ml, ml, nl, in, below, r * nl);
                }
            }
            for (int k = 0; k < g.length; k++) {
                w[k] -= eta * g[k];
            }
            double[] bl = b[l];
            for (int i = 0; i < ml; i++) {
                bl[i] -= eta * gbl[i];
            }
        }
    }

    /** z[zo …] = W·in[off …] + b for layer l: 8 sums Σⱼ inⱼ·Wᵢⱼ side by side in registers, then the neurons left over. */
    private void affine(double[] in, int off, int l, double[] zl, int zo) {
        double[] w = wt[l], bl = b[l];
        int ml = m[l], nl = n[l], i = 0;
        for (; i + 8 <= ml; i += 8) {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
            for (int j = 0, k = i; j < nl; j++, k += ml) {
                double aj = in[off + j];
                s0 += aj * w[k];
                s1 += aj * w[k + 1];
                s2 += aj * w[k + 2];
                s3 += aj * w[k + 3];
                s4 += aj * w[k + 4];
                s5 += aj * w[k + 5];
                s6 += aj * w[k + 6];
                s7 += aj * w[k + 7];
            }
            zl[zo + i] = s0 + bl[i];
            zl[zo + i + 1] = s1 + bl[i + 1];
            zl[zo + i + 2] = s2 + bl[i + 2];
            zl[zo + i + 3] = s3 + bl[i + 3];
            zl[zo + i + 4] = s4 + bl[i + 4];
            zl[zo + i + 5] = s5 + bl[i + 5];
            zl[zo + i + 6] = s6 + bl[i + 6];
            zl[zo + i + 7] = s7 + bl[i + 7];
        }
        for (; i < ml; i++) {
            double sum = 0;
            for (int j = 0, k = i; j < nl; j++, k += ml) {
                sum += in[off + j] * w[k];
            }
            zl[zo + i] = sum + bl[i];
        }
    }

    /** Σᵣ aᵣⱼ δᵣᵢ over the batch's rows (a from in[off …], rows of nl; δ rows of ml). */
    private static double gradient(double[] in, int off, int nl, double[] dl, int ml, int rows, int j, int i) {
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            sum += in[off + r * nl + j] * dl[r * ml + i];
        }
        return sum;
    }

    /** {@link #gradient} for inputs j, j + 1 and neurons i … i + 7 at once, into g: 16 sums in registers. */
    private static void gradients2x8(double[] in, int off, int nl, double[] dl, int ml, int rows, int j, int i, double[] g) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        double t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0, t7 = 0;
        for (int r = 0, ar = off + j, dr = i; r < rows; r++, ar += nl, dr += ml) {
            double x0 = in[ar], x1 = in[ar + 1];
            double e0 = dl[dr], e1 = dl[dr + 1], e2 = dl[dr + 2], e3 = dl[dr + 3], e4 = dl[dr + 4], e5 = dl[dr + 5], e6 = dl[dr + 6], e7 = dl[dr + 7];
            s0 += x0 * e0;
            s1 += x0 * e1;
            s2 += x0 * e2;
            s3 += x0 * e3;
            s4 += x0 * e4;
            s5 += x0 * e5;
            s6 += x0 * e6;
            s7 += x0 * e7;
            t0 += x1 * e0;
            t1 += x1 * e1;
            t2 += x1 * e2;
            t3 += x1 * e3;
            t4 += x1 * e4;
            t5 += x1 * e5;
            t6 += x1 * e6;
            t7 += x1 * e7;
        }
        put(g, j * ml + i, s0, s1, s2, s3, s4, s5, s6, s7);
        put(g, (j + 1) * ml + i, t0, t1, t2, t3, t4, t5, t6, t7);
    }

    /** g[k … k + 7] = (v0, …, v7). */
    private static void put(double[] g, int k, double v0, double v1, double v2, double v3, double v4, double v5, double v6, double v7) {
        g[k] = v0;
        g[k + 1] = v1;
        g[k + 2] = v2;
        g[k + 3] = v3;
        g[k + 4] = v4;
        g[k + 5] = v5;
        g[k + 6] = v6;
        g[k + 7] = v7;
    }

    /** below[bo + j] = σ'(zⱼ)·Σᵢ Wᵢⱼ δᵢ for one row (δ from dl[dr …], a = σ(z) from in[bo …]): 8 inputs j at once. */
    private static void backRow(double[] w, double[] dl, int dr, int ml, int nl, double[] in, double[] below, int bo) {
        int j = 0;
        for (; j + 8 <= nl; j += 8) {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
            for (int i = 0, k = j * ml; i < ml; i++, k++) {
                double di = dl[dr + i];
                s0 += w[k] * di;
                s1 += w[k + ml] * di;
                s2 += w[k + 2 * ml] * di;
                s3 += w[k + 3 * ml] * di;
                s4 += w[k + 4 * ml] * di;
                s5 += w[k + 5 * ml] * di;
                s6 += w[k + 6 * ml] * di;
                s7 += w[k + 7 * ml] * di;
            }
            below[bo + j] = sigmoidPrime(s0, in[bo + j]);
            below[bo + j + 1] = sigmoidPrime(s1, in[bo + j + 1]);
            below[bo + j + 2] = sigmoidPrime(s2, in[bo + j + 2]);
            below[bo + j + 3] = sigmoidPrime(s3, in[bo + j + 3]);
            below[bo + j + 4] = sigmoidPrime(s4, in[bo + j + 4]);
            below[bo + j + 5] = sigmoidPrime(s5, in[bo + j + 5]);
            below[bo + j + 6] = sigmoidPrime(s6, in[bo + j + 6]);
            below[bo + j + 7] = sigmoidPrime(s7, in[bo + j + 7]);
        }
        for (; j < nl; j++) {
            double sum = 0;
            for (int i = 0, k = j * ml; i < ml; i++, k++) {
                sum += w[k] * dl[dr + i];
            }
            below[bo + j] = sigmoidPrime(sum, in[bo + j]);
        }
    }

    /** sum · a(1 − a): σ'(z) from a = σ(z). */
    private static double sigmoidPrime(double sum, double a) {
        return sum * a * (1 - a);
    }

    /** a = σ(z) for hidden layers and a sigmoid output; softmax row by row at a softmax output. */
    private void activate(int l, int rows) {
        double[] zl = z[l], al = a[l];
        int ml = m[l];
        if (l == layers && softmax) {
            for (int r = 0; r < rows; r++) {
                int o = r * ml;
                double max = zl[o];
                for (int i = 1; i < ml; i++) {
                    max = Math.max(max, zl[o + i]);
                }
                double sum = 0;
                for (int i = 0; i < ml; i++) {
                    double e = Math.exp(zl[o + i] - max);
                    al[o + i] = e;
                    sum += e;
                }
                double inv = 1 / sum;
                for (int i = 0; i < ml; i++) {
                    al[o + i] *= inv;
                }
            }
        } else {
            for (int k = 0, end = rows * ml; k < end; k++) {
                al[k] = sigmoid(zl[k]);
            }
        }
    }

    /** Δᴸ times `scale`: ŷ − t for softmax + cross-entropy, 2(a − t)·a(1 − a) for sigmoid + C₀. */
    private void outputDelta(int start, int rows, double scale) {
        int ml = m[layers];
        double[] al = a[layers], dl = d[layers];
        int to = start * ml;
        for (int k = 0, end = rows * ml; k < end; k++) {
            double ak = al[k], diff = ak - t[to + k];
            dl[k] = scale * (softmax ? diff : 2 * diff * ak * (1 - ak));
        }
    }

    /** The network with the weights trained so far (for comparing with the library). */
    public double[][][] weights() {
        double[][][] w = new double[layers][][];
        for (int l = 1; l <= layers; l++) {
            w[l - 1] = new double[m[l]][n[l]];
            for (int i = 0; i < m[l]; i++) {
                for (int j = 0; j < n[l]; j++) {
                    w[l - 1][i][j] = wt[l][j * m[l] + i];
                }
            }
        }
        return w;
    }

    /** The biases trained so far. */
    public double[][] biases() {
        double[][] c = new double[layers][];
        for (int l = 1; l <= layers; l++) {
            c[l - 1] = b[l].clone();
        }
        return c;
    }
}
