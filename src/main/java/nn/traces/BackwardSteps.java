package nn.traces;

import nn.activations.Activation;
import nn.activations.LayerFunction;
import nn.layers.BackwardPass;
import nn.layers.Dense;
import nn.layers.ForwardPass;
import nn.layers.Network;
import nn.losses.LogitLoss;
import nn.util.Template;

import java.util.Map;

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
        String[] c = LossFormulas.symbol(pass);
        double[] delta = pass.delta(l), z = fw.z(l), a = fw.a(l), in = fw.a(l - 1);
        double[] dfdz = f.activation() == null ? null : f.activation().derivative(z);
        lines.heading("**Layer " + l + (output ? " (output)" : "") + "**: $\\delta^{" + l + "} = \\partial " + c[0] + "/\\partial z^{" + l + "}$",
                "layer " + l + (output ? " (output)" : "") + ": δ" + Formula.sup(l) + " = ∂" + c[1] + "/∂z" + Formula.sup(l));
        for (int j = 0; j < layer.outputs(); j++) {
            if (output) {
                LogitLoss fused = pass.fused();
                if (fused != null) { // δᴸⱼ as the fused loss writes it, e.g. ŷⱼ − tⱼ
                    Map<String, String[]> names = Map.of("y", new String[] {"\\hat y_{" + (j + 1) + "}", "ŷ" + Formula.sub(j + 1)},
                            "t", new String[] {"t_{" + (j + 1) + "}", "t" + Formula.sub(j + 1)});
                    Map<String, Double> values = Map.of("y", a[j], "t", pass.target()[j], "N", (double) layer.outputs());
                    lines.formula(new Formula().sym("\\delta", "δ", l, j + 1).eq().symbols(fused.gradientFormula(), names).eq()
                            .numbers(fused.gradientFormula(), values).eq().num(delta[j]));
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

    /** f'(zˡⱼ) written with the formula the activation declares (e.g. σ: a(1 − a)), or by its value when it declares none. */
    private static Formula derivative(Activation f, int l, int j, double z, double a, double value) {
        Formula eq = new Formula().add(f.latexSymbol() + "'(", f.symbol() + "'(").sym("z", "z", l, j + 1).add(")").eq();
        Template t = f.derivativeFormula();
        if (t == null) {
            return eq.num(value);
        }
        return eq.symbols(t, Map.of()).eq().numbers(t, Map.of("a", a, "z", z)).eq().num(value);
    }
}
