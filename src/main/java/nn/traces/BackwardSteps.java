package nn.traces;

import nn.activations.Activation;
import nn.activations.Activations;
import nn.layers.BackwardPass;
import nn.layers.Dense;
import nn.layers.ForwardPass;
import nn.layers.LayerFunction;
import nn.layers.Network;

/**
 * One layer of the backward pass as formulas. The output layer follows lecture 002's chain rule
 * ∂C/∂W = ∂C/∂a · ∂a/∂z · ∂z/∂W; a hidden layer uses δˡ = f'(zˡ) ⊙ (Wˡ⁺¹)ᵀδˡ⁺¹.
 */
final class BackwardSteps {
    private BackwardSteps() {
    }

    static Lines layer(BackwardPass pass, int l, Lines lines) {
        ForwardPass fw = pass.forward();
        Network net = fw.network();
        Dense layer = net.layer(l);
        LayerFunction f = layer.function();
        boolean output = l == net.depth();
        String[] c = LossFormulas.symbol(pass.lossFunction());
        double[] delta = pass.delta(l), z = fw.z(l), a = fw.a(l), in = fw.a(l - 1);
        double[] dfdz = f.activation() == null ? null : f.activation().derivative(z);
        lines.heading("**Layer " + l + (output ? " (output)" : "") + "**: $\\delta^{" + l + "} = \\partial " + c[0] + "/\\partial z^{" + l + "}$",
                "layer " + l + (output ? " (output)" : "") + ": δ" + Formula.sup(l) + " = ∂" + c[1] + "/∂z" + Formula.sup(l));
        for (int j = 0; j < layer.outputs(); j++) {
            if (output) {
                if (pass.fusedSoftmaxCrossEntropy()) {
                    lines.formula(new Formula().sym("\\delta", "δ", l, j + 1).eq().add("\\hat y_{" + (j + 1) + "} - t_{" + (j + 1) + "}",
                            "ŷ" + Formula.sub(j + 1) + " − t" + Formula.sub(j + 1)).eq().num(a[j]).minus(pass.target()[j]).eq().num(delta[j]));
                    continue;
                }
                lines.formula(LossFormulas.gradient(pass, j));
                if (dfdz == null) {
                    lines.formula(new Formula().sym("\\delta", "δ", l, j + 1).add(" = (J^\\top \\partial " + c[0] + "/\\partial a)_{" + (j + 1) + "}",
                            " = (Jᵀ·∂" + c[1] + "/∂a)" + Formula.sub(j + 1)).eq().num(delta[j]));
                    continue;
                }
                lines.formula(derivative(f.activation(), l, j, z[j], a[j], dfdz[j]));
                lines.formula(new Formula().sym("\\delta", "δ", l, j + 1).add(" = \\frac{\\partial " + c[0] + "}{\\partial a^{" + l + "}_{" + (j + 1)
                                + "}} \\cdot " + f.latexSymbol() + "'(z^{" + l + "}_{" + (j + 1) + "})", " = ∂" + c[1] + "/∂a" + Formula.sup(l)
                                + Formula.sub(j + 1) + "·" + f.symbol() + "'(z" + Formula.sup(l) + Formula.sub(j + 1) + ")")
                        .eq().factor(pass.outputGradient()[j]).times().factor(dfdz[j]).eq().num(delta[j]));
            } else {
                Dense next = net.layer(l + 1);
                double[] deltaNext = pass.delta(l + 1);
                if (dfdz == null) { // a softmax hidden layer: no element-wise derivative, δ = Jᵀ(Wˡ⁺¹)ᵀδˡ⁺¹
                    lines.formula(new Formula().sym("\\delta", "δ", l, j + 1).add(" = (J^\\top (W^{" + (l + 1) + "})^\\top \\delta^{" + (l + 1) + "})_{"
                            + (j + 1) + "}", " = (Jᵀ(W" + Formula.sup(l + 1) + ")ᵀδ" + Formula.sup(l + 1) + ")" + Formula.sub(j + 1)).eq().num(delta[j]));
                    continue;
                }
                lines.formula(derivative(f.activation(), l, j, z[j], a[j], dfdz[j]));
                Formula eq = new Formula().sym("\\delta", "δ", l, j + 1).add(" = " + f.latexSymbol() + "'(z^{" + l + "}_{" + (j + 1) + "}) \\cdot \\sum_k W^{"
                                + (l + 1) + "}_{k" + (j + 1) + "} \\delta^{" + (l + 1) + "}_k",
                        " = " + f.symbol() + "'(z" + Formula.sup(l) + Formula.sub(j + 1) + ")·Σₖ W" + Formula.sup(l + 1) + "ₖ" + Formula.sub(j + 1)
                                + "δ" + Formula.sup(l + 1) + "ₖ").eq();
                eq.factor(dfdz[j]).times().add("(");
                for (int k = 0; k < next.outputs(); k++) {
                    eq.add(k == 0 ? "" : " + ").factor(next.weight(k, j)).times().factor(deltaNext[k]);
                }
                lines.formula(eq.add(")").eq().num(delta[j]));
            }
        }
        for (int j = 0; j < layer.outputs(); j++) {
            for (int k = 0; k < layer.inputs(); k++) {
                lines.formula(new Formula().add("\\frac{\\partial " + c[0] + "}{\\partial W^{" + l + "}_{" + (j + 1) + (k + 1) + "}}",
                                "∂" + c[1] + "/∂W" + Formula.sup(l) + Formula.sub(j + 1) + Formula.sub(k + 1))
                        .add(" = \\delta^{" + l + "}_{" + (j + 1) + "} \\cdot a^{" + (l - 1) + "}_{" + (k + 1) + "}",
                                " = δ" + Formula.sup(l) + Formula.sub(j + 1) + "·a" + Formula.sup(l - 1) + Formula.sub(k + 1))
                        .eq().factor(delta[j]).times().factor(in[k]).eq().num(pass.gradients().weight(l, j, k)));
            }
            lines.formula(new Formula().add("\\frac{\\partial " + c[0] + "}{\\partial b^{" + l + "}_{" + (j + 1) + "}}",
                            "∂" + c[1] + "/∂b" + Formula.sup(l) + Formula.sub(j + 1))
                    .add(" = \\delta^{" + l + "}_{" + (j + 1) + "}", " = δ" + Formula.sup(l) + Formula.sub(j + 1)).eq().num(pass.gradients().bias(l, j)));
        }
        return lines;
    }

    /** f'(zˡⱼ) written with the activation's own formula where we know it. */
    private static Formula derivative(Activation f, int l, int j, double z, double a, double value) {
        Formula eq = new Formula().add(LayerFunction.of(f).latexSymbol() + "'(", LayerFunction.of(f).symbol() + "'(").sym("z", "z", l, j + 1)
                .add(")").eq();
        if (f == Activations.SIGMOID) {
            eq.add("a(1 - a)", "a(1 − a)").eq().num(a).times().add("(1 - ", "(1 − ").num(a).add(")");
        } else if (f == Activations.TANH) {
            eq.add("1 - a^2", "1 − a²").eq().add("1 - ", "1 − ").factor(a).add("^2", "²");
        } else if (f == Activations.RELU) {
            eq.add(z > 0 ? "1 \\text{ since } z > 0" : "0 \\text{ since } z \\le 0", z > 0 ? "1 since z > 0" : "0 since z ≤ 0");
            return eq;
        } else {
            return eq.num(value);
        }
        return eq.eq().num(value);
    }
}
