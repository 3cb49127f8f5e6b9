package nn.traces;

import nn.layers.BackwardPass;
import nn.losses.Loss;
import nn.losses.LossFormula;
import nn.util.Template;

import java.util.Map;

/**
 * A loss and its gradient ∂L/∂ŷⱼ written out with numbers, from the formula the loss declares
 * ({@link Loss#formula()}); a loss without one is shown by its values.
 */
final class LossFormulas {
    private LossFormulas() {
    }

    /** The loss's symbol in LaTeX and text: C₀ for lecture 002's squared error, L otherwise. */
    static String[] symbol(BackwardPass pass) {
        LossFormula f = formula(pass);
        return (f == null ? LossFormula.L : f.symbol()).symbols();
    }

    private static LossFormula formula(BackwardPass pass) {
        Loss loss = pass.lossFunction();
        return loss == null ? null : loss.formula();
    }

    /** L = … = value. */
    static Formula value(BackwardPass pass) {
        double[] y = pass.forward().output(), t = pass.target();
        int out = pass.forward().network().depth();
        LossFormula lf = formula(pass);
        Formula f = new Formula().add(symbol(pass)).eq();
        if (lf != null) {
            Formula terms = new Formula();
            for (int j = 0; j < y.length; j++) {
                if (!(lf.skipZeroTargets() && t[j] == 0)) {
                    terms.add(terms.text().isEmpty() ? "" : " + ").numbers(lf.term(), Map.of("y", y[j], "t", t[j]));
                }
            }
            Template sum = lf.sum();
            f.add(sum.fill(h -> h.equals("Σ") ? terms.latex() : h.equals("N") ? String.valueOf(y.length) : h,
                    h -> h.equals("Σ") ? terms.text() : h.equals("N") ? String.valueOf(y.length) : h));
        } else {
            f.add(pass.lossName() + "(").sym("a", "a", out).add(", t)");
        }
        return f.eq().num(pass.loss());
    }

    /** ∂L/∂aᴸⱼ = formula = value, for output j (from 0). */
    static Formula gradient(BackwardPass pass, int j) {
        double y = pass.forward().output()[j], t = pass.target()[j];
        int out = pass.forward().network().depth();
        String[] c = symbol(pass);
        LossFormula lf = formula(pass);
        Formula f = new Formula().add("\\frac{\\partial " + c[0] + "}{\\partial ", "∂" + c[1] + "/∂").sym("a", "a", out, j + 1)
                .add("}", "").eq();
        if (lf != null) {
            f.numbers(lf.gradient(), Map.of("y", y, "t", t, "N", (double) pass.forward().network().outputs())).eq();
        }
        return f.num(pass.outputGradient()[j]);
    }
}
