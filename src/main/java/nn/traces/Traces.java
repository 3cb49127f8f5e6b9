package nn.traces;

import nn.layers.BackwardPass;
import nn.layers.Dense;
import nn.layers.ForwardPass;
import nn.layers.Gradients;
import nn.activations.LayerFunction;
import nn.layers.Network;
import nn.losses.Loss;
import nn.losses.LossFormula;
import nn.show.Markdown;
import nn.util.Check;

/**
 * Forward pass, loss, backward pass and update written out as formulas with every number filled
 * in. Indices count from 1 as in the lectures: z¹₁ is neuron 1 of layer 1, W²₁₂ the weight from
 * neuron 2 of layer 1 into neuron 1 of layer 2, and a⁰ = x.
 */
public final class Traces {
    private Traces() {
    }

    /** Every layer of the forward pass. */
    public static Markdown forward(ForwardPass pass) {
        Check.given("Traces.forward", "pass", pass);
        Lines lines = new Lines();
        for (int l = 1; l <= pass.network().depth(); l++) {
            forward(pass, l, lines);
        }
        return lines.build();
    }

    /** Layer l of the forward pass: zˡⱼ = Σₖ Wˡⱼₖ aˡ⁻¹ₖ + bˡⱼ and aˡⱼ = f(zˡⱼ) for every neuron j. */
    public static Markdown forward(ForwardPass pass, int l) {
        Check.given("Traces.forward", "pass", pass);
        return forward(pass, l, new Lines()).build();
    }

    private static Lines forward(ForwardPass pass, int l, Lines lines) {
        Dense layer = pass.network().layer(l);
        LayerFunction f = layer.function();
        double[] in = pass.a(l - 1), z = pass.z(l), a = pass.a(l);
        lines.heading("**Layer " + l + "** (" + f.name() + "): $z^{" + l + "} = W^{" + l + "} a^{" + (l - 1) + "} + b^{" + l + "}$, $a^{" + l
                        + "} = " + f.latexSymbol() + "(z^{" + l + "})$",
                "layer " + l + " (" + f.name() + "): z" + Formula.sup(l) + " = W" + Formula.sup(l) + "a" + Formula.sup(l - 1) + " + b" + Formula.sup(l)
                        + ", a" + Formula.sup(l) + " = " + f.symbol() + "(z" + Formula.sup(l) + ")");
        for (int j = 0; j < layer.outputs(); j++) {
            Formula eq = new Formula().sym("z", "z", l, j + 1).eq();
            for (int k = 0; k < layer.inputs(); k++) {
                eq.add(k == 0 ? "" : " + ").factor(layer.weight(j, k)).times().factor(in[k]);
            }
            lines.formula(eq.plus(layer.bias(j)).eq().num(z[j]));
        }
        for (int j = 0; j < layer.outputs(); j++) {
            lines.formula(new Formula().sym("a", "a", l, j + 1).eq().add(f.formula(z, j)).eq().num(a[j]));
        }
        return lines;
    }

    /** The loss, e.g. {@code C₀ = (a²₁ − y₁)² = (0.588899 − 1)² = 0.169004}. */
    public static Markdown loss(BackwardPass pass) {
        Check.given("Traces.loss", "pass", pass);
        return new Lines().formula(LossFormulas.value(pass)).build();
    }

    /** Every layer of the backward pass, from the output layer down to layer 1. */
    public static Markdown backward(BackwardPass pass) {
        Check.given("Traces.backward", "pass", pass);
        Lines lines = new Lines();
        for (int l = pass.forward().network().depth(); l >= 1; l--) {
            BackwardSteps.layer(pass, l, lines);
        }
        return lines.build();
    }

    /** Layer l of the backward pass: δˡ and the gradients of Wˡ and bˡ. */
    public static Markdown backward(BackwardPass pass, int l) {
        Check.given("Traces.backward", "pass", pass);
        return BackwardSteps.layer(pass, l, new Lines()).build();
    }

    /** The gradient-descent update θ ← θ − η ∂L/∂θ of every layer's weights and biases. */
    public static Markdown update(Network before, Gradients g, double eta, Loss loss) {
        Check.given("Traces.update", "before", before, "g", g, "loss", loss);
        Lines lines = new Lines();
        for (int l = before.depth(); l >= 1; l--) {
            update(before, g, eta, loss, l, lines);
        }
        return lines.build();
    }

    /** The update of layer l only, e.g. lecture 002's update of the output layer. */
    public static Markdown update(Network before, Gradients g, double eta, Loss loss, int l) {
        Check.given("Traces.update", "before", before, "g", g, "loss", loss);
        return update(before, g, eta, loss, l, new Lines()).build();
    }

    private static Lines update(Network before, Gradients g, double eta, Loss loss, int l, Lines lines) {
        Check.positive(eta, "the learning rate η");
        Dense layer = before.layer(l);
        String[] c = (loss.formula() == null ? LossFormula.L : loss.formula().symbol()).symbols();
        lines.heading("**Update of layer " + l + "** with $\\eta = " + num(eta) + "$: $\\theta \\leftarrow \\theta - \\eta\\, \\partial " + c[0]
                + "/\\partial\\theta$", "update of layer " + l + " with η = " + num(eta) + ": θ ← θ − η·∂" + c[1] + "/∂θ");
        for (int j = 0; j < layer.outputs(); j++) {
            for (int k = 0; k < layer.inputs(); k++) {
                double w = layer.weight(j, k), d = g.weight(l, j, k);
                lines.formula(new Formula().sym("W", "W", l, j + 1, k + 1).add(" \\leftarrow ", " ← ").num(w).add(" - ", " − ")
                        .num(eta).times().factor(d).eq().num(w - eta * d));
            }
            double b = layer.bias(j), d = g.bias(l, j);
            lines.formula(new Formula().sym("b", "b", l, j + 1).add(" \\leftarrow ", " ← ").num(b).add(" - ", " − ")
                    .num(eta).times().factor(d).eq().num(b - eta * d));
        }
        return lines;
    }

    static String num(double v) {
        return new Formula().num(v).latex();
    }
}
