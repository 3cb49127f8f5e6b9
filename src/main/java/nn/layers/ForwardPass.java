package nn.layers;

import nn.util.Fmt;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One forward pass (前向传播) through a network, with everything backpropagation needs: the input
 * a⁰ = x and, for every layer l = 1…L, its net input zˡ and its output aˡ = f(zˡ) (for a layer
 * that normalises its net inputs, aˡ = f(γˡ ⊙ norm(zˡ) + βˡ), in inference mode).
 */
public final class ForwardPass {
    private final Network network;
    private final double[] x;
    private final double[][] z;
    private final double[][] a;

    ForwardPass(Network network, double[] x, double[][] z, double[][] a) {
        this.network = network;
        this.x = x;
        this.z = z;
        this.a = a;
    }

    /** The network that computed this pass. */
    public Network network() {
        return network;
    }

    /** The input x = a⁰ (a copy). */
    public double[] input() {
        return x.clone();
    }

    /** zˡ = Wˡaˡ⁻¹ + bˡ for layer l = 1…L (a copy). */
    public double[] z(int l) {
        network.layer(l);
        return z[l - 1].clone();
    }

    /** aˡ = f(zˡ) for l = 1…L; a⁰ is the input x (a copy). */
    public double[] a(int l) {
        if (l == 0) {
            return x.clone();
        }
        network.layer(l);
        return a[l - 1].clone();
    }

    /** The output a^L = ŷ (a copy). */
    public double[] output() {
        return a[a.length - 1].clone();
    }

    /** zˡ itself, not a copy, for backpropagation in this package (which never writes to it). */
    double[] sharedZ(int l) {
        return z[l - 1];
    }

    /** aˡ itself (a⁰ = x), not a copy, for backpropagation in this package (which never writes to it). */
    double[] sharedA(int l) {
        return l == 0 ? x : a[l - 1];
    }

    /** One row per neuron: layer, neuron, z and a (to 6 significant digits); the input first (layer 0, z empty). */
    public Table table() {
        IntColumn layer = IntColumn.create("layer l"), neuron = IntColumn.create("neuron j");
        StringColumn f = StringColumn.create("f");
        DoubleColumn zc = DoubleColumn.create("z"), ac = DoubleColumn.create("a = f(z)");
        for (int j = 0; j < x.length; j++) {
            layer.append(0);
            neuron.append(j + 1);
            f.append("input");
            zc.appendMissing();
            ac.append(x[j]);
        }
        for (int l = 1; l <= z.length; l++) {
            for (int j = 0; j < z[l - 1].length; j++) {
                layer.append(l);
                neuron.append(j + 1);
                f.append(network.layer(l).function().name());
                zc.append(Fmt.round(z[l - 1][j], 6));
                ac.append(Fmt.round(a[l - 1][j], 6));
            }
        }
        return Table.create("forward pass of " + network, layer, neuron, f, zc, ac);
    }

    /** The pass layer by layer: {@code a⁰ = x = [2, 3, -1]}, then {@code z¹ = […], a¹ = σ(z¹) = […]}, … */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("a⁰ = x = ").append(Fmt.vec(x));
        for (int l = 1; l <= z.length; l++) {
            String sup = ParameterNames.sup(l);
            s.append("\nz").append(sup).append(" = W").append(sup).append("a").append(ParameterNames.sup(l - 1)).append(" + b").append(sup)
                    .append(" = ").append(Fmt.vec(z[l - 1]))
                    .append(",  a").append(sup).append(" = ").append(network.layer(l).function().symbol())
                    .append(network.layer(l).norm() == null ? "(z" + sup + ") = " : "(" + network.layer(l).norm().kind() + "(z" + sup + ")) = ")
                    .append(Fmt.vec(a[l - 1]));
        }
        return s.toString();
    }
}
