package nn.plots;

import nn.losses.Loss;
import nn.util.Check;
import nn.util.Fmt;
import org.knowm.xchart.XYChart;

/**
 * One-call plots of losses (损失函数) of a single output: how L(ŷ, t) and ∂L/∂ŷ change with the
 * prediction ŷ for a fixed target t (lecture 001's figure of MSE, binary cross-entropy and Huber).
 */
public final class LossPlots {
    private LossPlots() {
    }

    /** L([ŷ], [t]) for ŷ in [from, to], one curve per loss. */
    public static Figure curves(String title, double target, double from, double to, Loss... losses) {
        Check.given("LossPlots.curves", "title", title, "losses", losses);
        return Figure.of(chart(title, target, from, to, false, losses));
    }

    /** ∂L/∂ŷ for ŷ in [from, to], one curve per loss. */
    public static Figure gradients(String title, double target, double from, double to, Loss... losses) {
        Check.given("LossPlots.gradients", "title", title, "losses", losses);
        return Figure.of(chart(title, target, from, to, true, losses));
    }

    private static XYChart chart(String title, double target, double from, double to, boolean gradient, Loss... losses) {
        Check.argument(losses != null && losses.length > 0 && java.util.Arrays.stream(losses).allMatch(java.util.Objects::nonNull),
                "a loss plot needs at least one loss, and no null among them");
        Check.argument(java.util.Arrays.stream(losses).map(Loss::name).distinct().count() == losses.length,
                "a loss plot shows each loss once, but %s has a name twice", java.util.Arrays.toString(losses));
        double[] xs = Curves.xs(from, to);
        double[][] ys = new double[losses.length][];
        for (int i = 0; i < losses.length; i++) {
            Loss l = losses[i];
            ys[i] = Curves.map(xs, y -> gradient ? l.gradient(new double[] {y}, new double[] {target})[0]
                    : l.value(new double[] {y}, new double[] {target}));
        }
        XYChart c = Curves.chart(title, "prediction ŷ (target t = " + Fmt.num(target) + ")", gradient ? "∂L/∂ŷ" : "loss L", 760, 420, true);
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        Curves.axesThroughOrigin(c, from, to, ys);
        for (int i = 0; i < losses.length; i++) {
            Curves.curve(c, losses[i].name(), xs, ys[i], i);
        }
        return c;
    }
}
