package nn.traces;

import nn.layers.BackwardPass;
import nn.losses.Loss;
import nn.losses.Losses;

/** The built-in losses and their gradients ∂L/∂ŷⱼ written out with numbers; other losses by value. */
final class LossFormulas {
    private LossFormulas() {
    }

    /** The loss's symbol in LaTeX and text: C₀ for lecture 002's squared error, L otherwise. */
    static String[] symbol(Loss loss) {
        return loss == Losses.SQUARED_ERROR ? new String[] {"C_0", "C₀"} : new String[] {"L", "L"};
    }

    /** L = … = value. */
    static Formula value(BackwardPass pass) {
        Loss loss = pass.lossFunction();
        double[] y = pass.forward().output(), t = pass.target();
        int out = pass.forward().network().depth();
        String[] c = symbol(loss);
        Formula f = new Formula().add(c[0], c[1]).eq();
        if (Traces.isSquared(loss)) {
            f.add(loss == Losses.MSE ? "\\frac{1}{" + y.length + "}" : loss == Losses.HALF_SQUARED_ERROR ? "\\tfrac{1}{2}" : "",
                    loss == Losses.MSE ? "(1/" + y.length + ")·" : loss == Losses.HALF_SQUARED_ERROR ? "½·" : "");
            for (int j = 0; j < y.length; j++) {
                f.add(j == 0 ? "(" : " + (").num(y[j]).minus(t[j]).add(")^2", ")²");
            }
        } else if (loss == Losses.CROSS_ENTROPY) {
            f.add("-(", "−(");
            boolean first = true;
            for (int j = 0; j < y.length; j++) {
                if (t[j] != 0) {
                    f.add(first ? "" : " + ").num(t[j]).times().add("\\log ", "log ").num(y[j]);
                    first = false;
                }
            }
            f.add(")");
        } else {
            f.add(loss.name() + "(").sym("a", "a", out).add(", t)");
        }
        return f.eq().num(pass.loss());
    }

    /** ∂L/∂aᴸⱼ = formula = value, for output j (from 0). */
    static Formula gradient(BackwardPass pass, int j) {
        Loss loss = pass.lossFunction();
        double y = pass.forward().output()[j], t = pass.target()[j];
        int out = pass.forward().network().depth();
        String[] c = symbol(loss);
        Formula f = new Formula().add("\\frac{\\partial " + c[0] + "}{\\partial ", "∂" + c[1] + "/∂").sym("a", "a", out, j + 1)
                .add("}", "").eq();
        if (loss == Losses.SQUARED_ERROR) {
            f.add("2(").num(y).minus(t).add(")");
        } else if (loss == Losses.HALF_SQUARED_ERROR) {
            f.num(y).minus(t);
        } else if (loss == Losses.MSE) {
            int n = pass.forward().network().outputs();
            f.add("\\frac{2}{" + n + "}(", "(2/" + n + ")·(").num(y).minus(t).add(")");
        } else if (loss == Losses.CROSS_ENTROPY) {
            f.add("-\\frac{" + Traces.num(t) + "}{" + Traces.num(y) + "}", "−" + new Formula().num(t).text() + "/" + new Formula().num(y).text());
        } else {
            return f.num(pass.outputGradient()[j]);
        }
        return f.eq().num(pass.outputGradient()[j]);
    }
}
