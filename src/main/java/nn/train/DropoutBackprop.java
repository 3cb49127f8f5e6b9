package nn.train;

import nn.util.Check;

import nn.layers.BackwardPass;
import nn.layers.Dense;
import nn.layers.Gradients;
import nn.layers.Network;
import nn.losses.Loss;
import nn.optim.Dropout;

import java.util.ArrayList;
import java.util.List;

/**
 * Backpropagation for one example with inverted dropout on every hidden layer. Dropping unit j of
 * layer l with scale s_j ∈ {0, 1/(1−p)} multiplies aˡ_j by s_j before layer l+1, which is the
 * same as multiplying column j of Wˡ⁺¹ by s_j:
 * <pre>
 *   zˡ⁺¹ = Wˡ⁺¹ (s ⊙ aˡ) + bˡ⁺¹ = (Wˡ⁺¹ diag s) aˡ + bˡ⁺¹
 * </pre>
 * So the pass runs on the thinned network W' = W diag s, and ∂L/∂Wˡ⁺¹_ij = ∂L/∂W'_ij · s_j
 * (the backward pass then gives δˡ = f'(zˡ) ⊙ s ⊙ (Wˡ⁺¹)ᵀδˡ⁺¹, dropout's rule).
 */
public final class DropoutBackprop {
    private final BackwardPass pass;
    private final Gradients gradients;

    private DropoutBackprop(BackwardPass pass, Gradients gradients) {
        this.pass = pass;
        this.gradients = gradients;
    }

    /** One example through {@code network} with fresh masks from {@code dropout} on layers 1 … L−1. */
    public static DropoutBackprop of(Network network, double[] x, double[] target, Loss loss, Dropout dropout) {
        Check.argument(network != null && loss != null && dropout != null, "backpropagation with dropout needs a network, a loss and a dropout, not null");
        // every argument is checked before a mask is drawn, so a call that fails leaves the dropout's generator as it was
        loss.value(network.predict(x), target);
        int L = network.depth();
        double[][] s = new double[L + 1][];
        List<Dense> thinned = new ArrayList<>();
        thinned.add(network.layer(1));
        for (int l = 1; l < L; l++) {
            double[] ones = new double[network.layer(l).outputs()];
            java.util.Arrays.fill(ones, 1);
            s[l] = dropout.forward(ones); // the mask times 1/(1 − p)
            Dense next = network.layer(l + 1);
            thinned.add(Dense.of(timesColumns(next.weights(), s[l]), next.biases(), next.function()));
        }
        BackwardPass pass = Network.of(thinned).backward(x, target, loss);
        double[][][] dW = new double[L][][];
        double[][] db = new double[L][];
        for (int l = 1; l <= L; l++) {
            dW[l - 1] = l == 1 ? pass.gradients().weights(1) : timesColumns(pass.gradients().weights(l), s[l - 1]);
            db[l - 1] = pass.gradients().biases(l);
        }
        return new DropoutBackprop(pass, Gradients.of(dW, db));
    }

    private static double[][] timesColumns(double[][] w, double[] s) {
        for (double[] row : w) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= s[j];
            }
        }
        return w;
    }

    /** The loss of the thinned network on this example. */
    public double loss() {
        return pass.loss();
    }

    /** ∂L/∂θ for the parameters of the full network. */
    public Gradients gradients() {
        return gradients;
    }
}
