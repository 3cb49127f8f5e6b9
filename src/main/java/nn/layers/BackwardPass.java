package nn.layers;

import nn.activations.LayerFunction;
import nn.losses.LogitLoss;
import nn.losses.Loss;
import nn.util.Check;
import nn.util.Fmt;

/**
 * Backpropagation (反向传播) for one example, written as the formulas:
 * <pre>
 *   δᴸ = f'(zᴸ) ⊙ ∂L/∂aᴸ                 output layer (softmax + cross-entropy: δᴸ = ŷ − t)
 *   δˡ = f'(zˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹           hidden layers, from l = L−1 down to 1
 *   ∂L/∂Wˡ = δˡ (aˡ⁻¹)ᵀ,   ∂L/∂bˡ = δˡ
 * </pre>
 * The error term δˡ = ∂L/∂zˡ says how much the loss changes with each neuron's net input.
 */
public final class BackwardPass {
    private final ForwardPass forward;
    private final double[] target;
    private final OutputLoss loss;
    private final double lossValue;
    private final double[] dLdOutput;
    private final boolean fused;
    private final double[][] delta;
    private final Gradients gradients;

    private BackwardPass(ForwardPass forward, double[] target, OutputLoss loss, double lossValue, double[] dLdOutput,
                         boolean fused, double[][] delta, Gradients gradients) {
        this.forward = forward;
        this.target = target;
        this.loss = loss;
        this.lossValue = lossValue;
        this.dLdOutput = dLdOutput;
        this.fused = fused;
        this.delta = delta;
        this.gradients = gradients;
    }

    /** Backpropagates {@code loss(ŷ, target)} through the network that computed {@code forward}. */
    public static BackwardPass of(ForwardPass forward, double[] target, Loss loss) {
        return of(forward, target, OutputLoss.of(loss, outputFunction(forward)));
    }

    /** Backpropagates a loss of the output layer's scores zᴸ, e.g. softmax + cross-entropy. */
    public static BackwardPass of(ForwardPass forward, double[] target, LogitLoss loss) {
        return of(forward, target, OutputLoss.of(loss, outputFunction(forward)));
    }

    private static LayerFunction outputFunction(ForwardPass forward) {
        Check.notNull(forward, "backpropagation", "a forward pass");
        return forward.network().layer(forward.network().depth()).function();
    }

    private static BackwardPass of(ForwardPass forward, double[] target, OutputLoss loss) {
        Network net = forward.network();
        int L = net.depth();
        for (int l = 1; l < L; l++) {
            if (net.layer(l).norm() != null) { // one example has no batch: batch norm's gradient needs the others of its batch
                Check.argument(false, "layer %d normalises its net inputs (%s), whose gradient this one-example backward pass does not take; "
                        + "use the batch form, network.gradients(x[][], t[][], loss)", l, net.layer(l).norm().kind());
            }
        }
        Check.argument(target != null && target.length == net.outputs(),
                "the network %s has %d outputs but the target has %d entries", net, net.outputs(), target == null ? 0 : target.length);
        double[] zL = forward.sharedZ(L), y = forward.sharedA(L);
        double value = loss.value(zL, y, target);

        double[][] delta = new double[L + 1][];
        // output layer: δᴸ from the loss and the output function (ŷ − t where the loss has a fused form with fᴸ)
        double[] dLdy = new double[y.length];
        delta[L] = new double[y.length];
        boolean fused = loss.delta(zL, y, target, dLdy, delta[L]);
        // hidden layers: δˡ = f'(zˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹
        for (int l = L - 1; l >= 1; l--) {
            double[] back = net.layer(l + 1).affine().transposeTimes(delta[l + 1]);
            delta[l] = net.layer(l).function().backward(forward.sharedZ(l), back);
        }
        // gradients: ∂L/∂Wˡ = δˡ (aˡ⁻¹)ᵀ, ∂L/∂bˡ = δˡ
        double[][][] dW = new double[L][][];
        double[][] db = new double[L][];
        for (int l = 1; l <= L; l++) {
            dW[l - 1] = Linear.outer(delta[l], forward.sharedA(l - 1));
            db[l - 1] = delta[l].clone();
        }
        for (int l = 1; l <= L; l++) {
            if (!Check.allFinite(delta[l])) { // the name is built only on failure: this runs in every training step
                Check.computed(delta[l], "δ" + ParameterNames.sup(l));
            }
        }
        double[] dLdOutput = loss.loss() == null ? delta[L].clone() : fused ? loss.loss().gradient(y, target) : dLdy;
        return new BackwardPass(forward, target.clone(), loss, value, dLdOutput, fused, delta, new Gradients(dW, db));
    }

    /** The forward pass this started from. */
    public ForwardPass forward() {
        return forward;
    }

    /** The target t. */
    public double[] target() {
        return target.clone();
    }

    /** The loss function of ŷ; null when the loss was one of the scores z ({@link #fused()} names it). */
    public Loss lossFunction() {
        return loss.loss();
    }

    /** The name of the loss, e.g. {@code cross-entropy}. */
    public String lossName() {
        return loss.name();
    }

    /** L(ŷ, t). */
    public double loss() {
        return lossValue;
    }

    /** ∂L/∂ŷ, where the chain rule starts (for a loss of the scores z: ∂L/∂zᴸ). */
    public double[] outputGradient() {
        return dLdOutput.clone();
    }

    /**
     * The fused loss that gave δᴸ = ∂L/∂zᴸ directly, e.g. softmax + cross-entropy (δᴸ = ŷ − t), or
     * null when δᴸ came from the chain rule fᴸ'(zᴸ) ⊙ ∂L/∂ŷ.
     */
    public LogitLoss fused() {
        return fused ? loss.fused() : null;
    }

    /** δˡ = ∂L/∂zˡ for l = 1…L (a copy). */
    public double[] delta(int l) {
        forward.network().layer(l);
        return delta[l].clone();
    }

    /**
     * ∂L/∂aˡ: for the output layer l = L the loss gradient ∂L/∂ŷ, below it (Wˡ⁺¹)ᵀ δˡ⁺¹, and for
     * l = 0 the gradient with respect to the input x.
     */
    public double[] activationGradient(int l) {
        Network net = forward.network();
        if (l == net.depth()) {
            return dLdOutput.clone();
        }
        net.layer(l + 1);
        return net.layer(l + 1).affine().transposeTimes(delta[l + 1]);
    }

    /** ∂L/∂x = (W¹)ᵀ δ¹: how the loss changes with the input. */
    public double[] inputGradient() {
        return forward.network().layer(1).affine().transposeTimes(delta[1]);
    }

    /** ∂L/∂Wˡ and ∂L/∂bˡ for every layer. */
    public Gradients gradients() {
        return gradients;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("L = ").append(Fmt.num(lossValue)).append(" (").append(loss.name()).append(")");
        for (int l = delta.length - 1; l >= 1; l--) {
            s.append("\nδ").append(ParameterNames.sup(l)).append(" = ").append(Fmt.vec(delta[l]));
        }
        return s.toString();
    }
}
