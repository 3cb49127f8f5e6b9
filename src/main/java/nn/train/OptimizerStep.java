package nn.train;

import nn.util.Check;

import nn.layers.Dense;
import nn.layers.Gradients;
import nn.layers.Network;
import nn.optim.Optimizer;
import nn.optim.WeightDecay;

import java.util.ArrayList;
import java.util.List;

/**
 * One update of a whole network by an {@link Optimizer}, layer by layer:
 * <pre>
 *   gWˡ = ∂L/∂Wˡ + λ Wˡ      (L2 weight decay on the weights, not the biases)
 *   Wˡ, bˡ ← optimizer.step("Wˡ", Wˡ, gWˡ), optimizer.step("bˡ", bˡ, ∂L/∂bˡ)
 * </pre>
 * The keys "W1", "b1", "W2", … keep each tensor's optimiser state (velocity, moments) apart.
 */
public final class OptimizerStep {
    private OptimizerStep() {
    }

    /** The network after one step of {@code optimizer} on the mean gradient {@code g} (λ = 0 without decay). */
    public static Network apply(Network network, Gradients g, Optimizer optimizer, WeightDecay decay) {
        Check.argument(network != null && g != null && optimizer != null, "an optimiser step needs a network, gradients and an optimiser, not null");
        // every shape is checked before the first step, so a mismatch leaves the optimiser's state as it was
        Check.argument(g.depth() == network.depth(), "gradients for %d layers cannot update a network of %d layers", g.depth(), network.depth());
        for (int l = 1; l <= network.depth(); l++) {
            Dense layer = network.layer(l);
            double[][] gW = g.weights(l);
            Check.argument(gW.length == layer.outputs() && gW[0].length == layer.inputs(), "layer %d has W of shape %d×%d but its gradient is %d×%d",
                    l, layer.outputs(), layer.inputs(), gW.length, gW[0].length);
        }
        List<Dense> next = new ArrayList<>();
        for (int l = 1; l <= network.depth(); l++) {
            Dense layer = network.layer(l);
            double[][] w = layer.weights(), gW = g.weights(l);
            double[] b = layer.biases();
            if (decay != null) {
                decay.addGradient(w, gW);
            }
            optimizer.step("W" + l, w, gW);
            optimizer.step("b" + l, b, g.biases(l));
            next.add(Dense.of(w, b, layer.function()));
        }
        return Network.of(next);
    }
}
