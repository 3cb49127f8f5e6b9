package nn.layers;

import nn.activations.LayerFunction;
import nn.normalisation.Normalisation;

import java.util.ArrayList;
import java.util.List;

/**
 * Every weight and bias of a network in one flat array θ, as the training loop updates them in
 * place: (W¹)ᵀ, b¹, (W²)ᵀ, b², … Layer l's Wˡ (m×n) is stored transposed, n rows of m, so that
 * Wˡ[i][j] = θ[w(l) + j·m + i] and the forward pass runs along rows of (Wˡ)ᵀ. A layer that
 * normalises its net inputs has its γˡ and βˡ right after bˡ. One array means one optimiser step
 * per update, under the key {@link #KEY}, for the normalisations' γ and β as for W and b;
 * element-wise rules (SGD, momentum, RMSprop, Adam) do the same to it as to the tensors one by one.
 */
final class Parameters {
    /** The optimiser's key for all of θ. */
    static final String KEY = "θ";

    private final double[] values;
    private final int[] n, m, w, b, gamma; // per layer l = 1…L: inputs, neurons, where (Wˡ)ᵀ, bˡ and γˡ start (γ: −1 for none; βˡ follows γˡ)
    private final Normalisation[] norm;    // per layer: its normalisation as the network had it (kind, running statistics), or null

    private Parameters(double[] values, int[] n, int[] m, int[] w, int[] b, int[] gamma, Normalisation[] norm) {
        this.values = values;
        this.n = n;
        this.m = m;
        this.w = w;
        this.b = b;
        this.gamma = gamma;
        this.norm = norm;
    }

    /** A copy of the network's weights and biases. */
    static Parameters of(Network network) {
        int L = network.depth();
        int[] n = new int[L + 1], m = new int[L + 1], w = new int[L + 1], b = new int[L + 1], gamma = new int[L + 1];
        Normalisation[] norm = new Normalisation[L + 1];
        int size = 0;
        for (int l = 1; l <= L; l++) {
            n[l] = network.layer(l).inputs();
            m[l] = network.layer(l).outputs();
            norm[l] = network.layer(l).norm();
            w[l] = size;
            b[l] = size + n[l] * m[l];
            gamma[l] = norm[l] == null ? -1 : b[l] + m[l];
            size = b[l] + m[l] * (norm[l] == null ? 1 : 3);
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
            if (norm[l] != null) {
                System.arraycopy(norm[l].gamma(), 0, values, gamma[l], m[l]);
                System.arraycopy(norm[l].beta(), 0, values, gamma[l] + m[l], m[l]);
            }
        }
        return new Parameters(values, n, m, w, b, gamma, norm);
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

    /** The normalisation of layer l as the network had it, or null: its kind, and its running statistics before training. */
    Normalisation norm(int l) {
        return norm[l];
    }

    /** Where γˡ starts in θ (for a normalised layer). */
    int gamma(int l) {
        return gamma[l];
    }

    /** Where βˡ starts in θ (for a normalised layer). */
    int beta(int l) {
        return gamma[l] + m[l];
    }

    /** g += λW for every layer's weights (not the biases): the gradient of the penalty (λ/2)‖W‖². */
    void addDecay(double lambda, double[] g) {
        for (int l = 1; l < n.length; l++) { // first a check, so that g is left as it was when a sum would overflow
            for (int k = w[l]; k < b[l]; k++) {
                if (!Double.isFinite(g[k] + lambda * values[k])) {
                    nn.util.Check.overflow("the gradient of the weight decay, ∂L/∂W + λW with λ = %s, overflows in layer %d", lambda, l);
                }
            }
        }
        for (int l = 1; l < n.length; l++) {
            for (int k = w[l]; k < b[l]; k++) {
                g[k] += lambda * values[k];
            }
        }
    }

    /**
     * The network whose parameters are {@code theta} (laid out as θ), with these layer functions, and
     * batch norm's running statistics {@code running[l]} = {μ̄ˡ, σ̄²ˡ} (null for a layer without).
     */
    Network network(double[] theta, LayerFunction[] f, double[][][] running) {
        List<Dense> layers = new ArrayList<>();
        for (int l = 1; l < n.length; l++) {
            Dense d = Dense.of(weights(theta, l), biases(theta, l), f[l]);
            if (norm[l] != null) {
                Normalisation nl = norm[l].with(range(theta, gamma[l], m[l]), range(theta, beta(l), m[l]));
                d = d.normalised(running[l] == null ? nl : nl.withRunning(running[l][0], running[l][1]));
            }
            layers.add(d);
        }
        return Network.checked(layers);
    }

    /** The gradients whose values are {@code g} (laid out as θ). */
    Gradients gradients(double[] g) {
        int L = n.length - 1;
        double[][][] dW = new double[L][][];
        double[][] db = new double[L][], dGamma = new double[L][], dBeta = new double[L][];
        for (int l = 1; l <= L; l++) {
            dW[l - 1] = weights(g, l);
            db[l - 1] = biases(g, l);
            if (norm[l] != null) {
                dGamma[l - 1] = range(g, gamma[l], m[l]);
                dBeta[l - 1] = range(g, beta(l), m[l]);
            }
        }
        return new Gradients(dW, db, dGamma, dBeta);
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
        return range(theta, b[l], m[l]);
    }

    private static double[] range(double[] theta, int from, int length) {
        return java.util.Arrays.copyOfRange(theta, from, from + length);
    }
}
