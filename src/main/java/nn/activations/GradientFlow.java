package nn.activations;

import nn.util.Check;
import nn.util.Fmt;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How much of a gradient survives a stack of layers: the chain of one neuron per layer,
 * a₀ = x, zₖ = w aₖ₋₁ + b, aₖ = f(zₖ), whose derivative by the chain rule is
 * ∂aₖ/∂x = Πⱼ≤ₖ w f'(zⱼ). With the sigmoid every factor f'(z) is at most 0.25, so the product
 * shrinks at least like 0.25ᵏ (for |w| ≤ 1): the vanishing gradient (梯度消失).
 */
public final class GradientFlow {
    private GradientFlow() {
    }

    /** ∂aₖ/∂x for k = 1, …, layers. */
    public static double[] through(Activation f, int layers, double x, double w, double b) {
        Check.notNull(f, "a chain of layers", "an activation");
        Check.argument(layers >= 1 && layers <= 10_000, "a chain of layers needs 1 to 10 000 layers but got %d", layers);
        Check.finite(x, "x");
        Check.finite(w, "w");
        Check.finite(b, "b");
        double[] d = new double[layers];
        double a = x;
        double product = 1;
        for (int k = 0; k < layers; k++) {
            double z = w * a + b;
            product *= w * f.derivative(z);
            a = f.apply(z);
            d[k] = product;
            if (!Double.isFinite(product)) {
                Check.argument(false, "∂a/∂x overflows after %d layers of %s with w = %s (the product of the slopes w·f'(z) is %s)",
                        k + 1, f.name(), Fmt.num(w), product);
            }
        }
        return d;
    }

    /** One row per layer k, one column per activation, each cell ∂aₖ/∂x. */
    public static Table table(int layers, double x, double w, double b, Activation... fs) {
        Check.argument(fs != null && fs.length > 0 && java.util.Arrays.stream(fs).allMatch(java.util.Objects::nonNull),
                "a gradient-flow table needs at least one activation, and no null among them");
        Check.argument(layers >= 1 && layers <= 10_000, "a chain of layers needs 1 to 10 000 layers but got %d", layers);
        Check.argument(java.util.Arrays.stream(fs).map(Activation::name).distinct().count() == fs.length,
                "a gradient-flow table has one column per activation, but %s has a name twice", java.util.Arrays.toString(fs));
        IntColumn layer = IntColumn.create("layer k");
        for (int k = 1; k <= layers; k++) {
            layer.append(k);
        }
        Table t = Table.create("∂aₖ/∂x through k layers, aₖ = f(" + Fmt.num(w) + "·aₖ₋₁ + " + Fmt.num(b) + "), a₀ = x = " + Fmt.num(x), layer);
        for (Activation f : fs) {
            StringColumn c = StringColumn.create(f.name());
            for (double v : through(f, layers, x, w, b)) {
                c.append(Fmt.num(v, 3));
            }
            t.addColumns(c);
        }
        return t;
    }
}
