package nn.activations;

import nn.linear.Affine;
import nn.util.Fmt;

/**
 * A maxout unit (lectures 003 and 004): K linear pieces zₖ = wₖᵀx + bₖ of the same input vector x,
 * and the output is the largest, maxout(x) = maxₖ zₖ. Unlike a scalar activation it has its own
 * weights; it can learn any convex piecewise-linear function of its input (ReLU is max(0, z) and
 * leaky ReLU max(αz, z), two pieces each). Immutable.
 */
public final class Maxout {
    private final Affine pieces;

    private Maxout(Affine pieces) {
        this.pieces = pieces;
    }

    /** A unit whose k-th piece is w[k]·x + b[k] (w has one row per piece). */
    public static Maxout of(double[][] w, double[] b) {
        return new Maxout(Affine.of(w, b));
    }

    /** Number of linear pieces K. */
    public int pieces() {
        return pieces.outputs();
    }

    /** Number of inputs D. */
    public int inputs() {
        return pieces.inputs();
    }

    /** The K values zₖ = wₖᵀx + bₖ. */
    public double[] zs(double... x) {
        return pieces.apply(x);
    }

    /** The index of the largest piece at x (the first one on a tie). */
    public int active(double... x) {
        double[] z = zs(x);
        int best = 0;
        for (int k = 1; k < z.length; k++) {
            if (z[k] > z[best]) {
                best = k;
            }
        }
        return best;
    }

    /** maxₖ (wₖᵀx + bₖ). */
    public double apply(double... x) {
        return zs(x)[active(x)];
    }

    /** ∂maxout/∂x = w of the active piece (the gradient flows only through the winner). */
    public double[] gradient(double... x) {
        return pieces.weights()[active(x)];
    }

    @Override
    public String toString() {
        double[][] w = pieces.weights();
        double[] b = pieces.bias();
        StringBuilder s = new StringBuilder("Maxout(max of ").append(pieces()).append(" pieces over ").append(inputs())
                .append(inputs() == 1 ? " input: " : " inputs: ");
        for (int k = 0; k < pieces(); k++) {
            s.append(k == 0 ? "" : ", ").append(Fmt.vec(w[k])).append("·x ").append(b[k] < 0 ? "− " : "+ ").append(Fmt.num(Math.abs(b[k])));
        }
        return s.append(")").toString();
    }
}
