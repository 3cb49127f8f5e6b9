package nn.bench;

import nn.data.Samples;
import nn.layers.Dense;
import nn.layers.Network;

/**
 * The reference the library is measured against: the same training as {@link Case} written as a
 * plain hand-written Java loop, as fast as it can be made while it stays plain Java. No objects
 * per step, no interfaces, no checks: flat arrays updated in place, loops the JIT can vectorise.
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
        // forward: z = Wa + b computed as Σⱼ aⱼ·(row j of Wᵀ), then a = σ(z)
        for (int l = 1; l <= layers; l++) {
            double[] in = l == 1 ? x : a[l - 1], w = wt[l], zl = z[l], bl = b[l];
            int off = l == 1 ? s * n[1] : 0, ml = m[l], nl = n[l];
            java.util.Arrays.fill(zl, 0, ml, 0.0);
            for (int j = 0; j < nl; j++) {
                double aj = in[off + j];
                int row = j * ml;
                for (int i = 0; i < ml; i++) {
                    zl[i] += aj * w[row + i];
                }
            }
            for (int i = 0; i < ml; i++) {
                zl[i] += bl[i];
            }
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
            double[] in = l == 1 ? x : a[l - 1], w = wt[l], zl = z[l], bl = b[l];
            int off = l == 1 ? start * n[1] : 0, ml = m[l], nl = n[l];
            for (int r = 0; r < rows; r++) {
                int zr = r * ml, ar = off + r * nl;
                java.util.Arrays.fill(zl, zr, zr + ml, 0.0);
                for (int j = 0; j < nl; j++) {
                    double aj = in[ar + j];
                    int row = j * ml;
                    for (int i = 0; i < ml; i++) {
                        zl[zr + i] += aj * w[row + i];
                    }
                }
                for (int i = 0; i < ml; i++) {
                    zl[zr + i] += bl[i];
                }
            }
            activate(l, rows);
        }
        outputDelta(start, rows, 1.0 / rows);
        for (int l = layers; l >= 1; l--) {
            double[] in = l == 1 ? x : a[l - 1], w = wt[l], dl = d[l], g = gw[l], gbl = gb[l];
            int off = l == 1 ? start * n[1] : 0, ml = m[l], nl = n[l];
            // ∂L/∂Wᵀ = Aᵀ Δ, ∂L/∂b = Δᵀ1 (Δ already holds the 1/B)
            java.util.Arrays.fill(g, 0.0);
            java.util.Arrays.fill(gbl, 0.0);
            for (int r = 0; r < rows; r++) {
                int dr = r * ml, ar = off + r * nl;
                for (int j = 0; j < nl; j++) {
                    double aj = in[ar + j];
                    int row = j * ml;
                    for (int i = 0; i < ml; i++) {
                        g[row + i] += aj * dl[dr + i];
                    }
                }
                for (int i = 0; i < ml; i++) {
                    gbl[i] += dl[dr + i];
                }
            }
            // Δˡ⁻¹ = σ'(Zˡ⁻¹) ⊙ ΔˡWˡ, before the update
            if (l > 1) {
                double[] below = d[l - 1];
                for (int r = 0; r < rows; r++) {
                    int dr = r * ml, br = r * nl;
                    for (int j = 0; j < nl; j++) {
                        int row = j * ml;
                        double sum = 0;
                        for (int i = 0; i < ml; i++) {
                            sum += w[row + i] * dl[dr + i];
                        }
                        double aj = in[br + j];
                        below[br + j] = sum * aj * (1 - aj);
                    }
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
