package nn.layers;

import nn.activations.LayerFunction;

import java.util.ArrayList;
import java.util.List;

/**
 * Every weight and bias of a network in one flat array θ, as the training loop updates them in
 * place: (W¹)ᵀ, b¹, (W²)ᵀ, b², … Layer l's Wˡ (m×n) is stored transposed, n rows of m, so that
 * Wˡ[i][j] = θ[w(l) + j·m + i] and the forward pass runs along rows of (Wˡ)ᵀ. One array means one
 * optimiser step per update, under the key {@link #KEY}; element-wise rules (SGD, momentum,
 * RMSprop, Adam) do the same to it as to the tensors one by one.
 */
final class Parameters {
    /** The optimiser's key for all of θ. */
    static final String KEY = "θ";

    private final double[] values;
    private final int[] n, m, w, b; // per layer l = 1…L: inputs, neurons, where (Wˡ)ᵀ and bˡ start

    private Parameters(double[] values, int[] n, int[] m, int[] w, int[] b) {
        this.values = values;
        this.n = n;
        this.m = m;
        this.w = w;
        this.b = b;
    }

    /** A copy of the network's weights and biases. */
    static Parameters of(Network network) {
        int L = network.depth();
        int[] n = new int[L + 1], m = new int[L + 1], w = new int[L + 1], b = new int[L + 1];
        int size = 0;
        for (int l = 1; l <= L; l++) {
            n[l] = network.layer(l).inputs();
            m[l] = network.layer(l).outputs();
            w[l] = size;
            b[l] = size + n[l] * m[l];
            size = b[l] + m[l];
        }
        double[] values = new double[size];
        for (int l = 1; l <= L; l++) {
            Dense layer = network.layer(l);
            for (int i = 0; i < m[l]; i++) {
                for (int j = 0; j < n[l]; j++) {
                    values[w[l] + j * m[l] + i] = layer.weight(i, j);
                }
                values[b[l] + i] = layer.bias(i);
            }
        }
        return new Parameters(values, n, m, w, b);
    }

    /** θ itself, changed in place by the training loop. */
    double[] values() {
        return values;
    }

    /** The number of parameters. */
    int size() {
        return values.length;
    }

    int inputs(int l) {
        return n[l];
    }

    int neurons(int l) {
        return m[l];
    }

    /** Where (Wˡ)ᵀ starts in θ. */
    int w(int l) {
        return w[l];
    }

    /** Where bˡ starts in θ. */
    int b(int l) {
        return b[l];
    }

    /** g += λW for every layer's weights (not the biases): the gradient of the penalty (λ/2)‖W‖². */
    void addDecay(double lambda, double[] g) {
        for (int l = 1; l < n.length; l++) {
            for (int k = w[l]; k < b[l]; k++) {
                g[k] += lambda * values[k];
            }
        }
    }

    /** The network whose parameters are {@code theta} (laid out as θ), with these layer functions. */
    Network network(double[] theta, LayerFunction[] f) {
        List<Dense> layers = new ArrayList<>();
        for (int l = 1; l < n.length; l++) {
            layers.add(Dense.of(weights(theta, l), biases(theta, l), f[l]));
        }
        return Network.checked(layers);
    }

    /** The gradients whose values are {@code g} (laid out as θ). */
    Gradients gradients(double[] g) {
        int L = n.length - 1;
        double[][][] dW = new double[L][][];
        double[][] db = new double[L][];
        for (int l = 1; l <= L; l++) {
            dW[l - 1] = weights(g, l);
            db[l - 1] = biases(g, l);
        }
        return new Gradients(dW, db);
    }

    /** Wˡ as m rows of n, from its transposed place in {@code theta}. */
    private double[][] weights(double[] theta, int l) {
        double[][] wl = new double[m[l]][n[l]];
        for (int i = 0; i < m[l]; i++) {
            for (int j = 0; j < n[l]; j++) {
                wl[i][j] = theta[w[l] + j * m[l] + i];
            }
        }
        return wl;
    }

    private double[] biases(double[] theta, int l) {
        return java.util.Arrays.copyOfRange(theta, b[l], b[l] + m[l]);
    }
}
