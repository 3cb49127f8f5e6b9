package nn.layers;

import nn.losses.Loss;
import nn.losses.Losses;
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
    private final Loss loss;
    private final double lossValue;
    private final double[] dLdOutput;
    private final boolean fused;
    private final double[][] delta;
    private final Gradients gradients;

    private BackwardPass(ForwardPass forward, double[] target, Loss loss, double lossValue, double[] dLdOutput,
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
        Check.notNull(forward, "backpropagation", "a forward pass");
        Network net = forward.network();
        int L = net.depth();
        Check.argument(loss != null, "backpropagation needs a loss function");
        Check.argument(target != null && target.length == net.outputs(),
                "the network %s has %d outputs but the target has %d entries", net, net.outputs(), target == null ? 0 : target.length);
        double[] y = forward.sharedA(L);
        double value = loss.value(y, target);
        double[] dLda = loss.gradient(y, target);

        double[][] delta = new double[L + 1][];
        // output layer: δᴸ from the loss and the output function
        LayerFunction fL = net.layer(L).function();
        boolean fused = fL == LayerFunction.SOFTMAX && loss == Losses.CROSS_ENTROPY && Math.abs(sum(target) - 1) < 1e-12;
        delta[L] = fused ? Linear.plusScaled(y, -1, target) : fL.backward(forward.sharedZ(L), dLda);
        // hidden layers: δˡ = f'(zˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹
        for (int l = L - 1; l >= 1; l--) {
            double[] back = Linear.transposeTimes(net.layer(l + 1).sharedWeights(), delta[l + 1]);
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
        return new BackwardPass(forward, target.clone(), loss, value, dLda, fused, delta, new Gradients(dW, db));
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** The forward pass this started from. */
    public ForwardPass forward() {
        return forward;
    }

    /** The target t. */
    public double[] target() {
        return target.clone();
    }

    /** The loss function. */
    public Loss lossFunction() {
        return loss;
    }

    /** L(ŷ, t). */
    public double loss() {
        return lossValue;
    }

    /** ∂L/∂ŷ, where backpropagation starts. */
    public double[] outputGradient() {
        return dLdOutput.clone();
    }

    /** True when δᴸ was computed as ŷ − t (softmax output with cross-entropy and a target that sums to 1). */
    public boolean fusedSoftmaxCrossEntropy() {
        return fused;
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
        return Linear.transposeTimes(net.layer(l + 1).sharedWeights(), delta[l + 1]);
    }

    /** ∂L/∂x = (W¹)ᵀ δ¹: how the loss changes with the input. */
    public double[] inputGradient() {
        return Linear.transposeTimes(forward.network().layer(1).sharedWeights(), delta[1]);
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
