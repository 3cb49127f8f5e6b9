package nn.layers;

import nn.activations.LayerFunction;
import nn.losses.LogitLoss;
import nn.losses.Loss;
import nn.normalisation.Norm;
import nn.optim.Dropout;
import nn.optim.Optimizer;
import nn.util.Check;

/**
 * Backpropagation in matrix form (矩阵形式) on a batch of B examples, lecture 004's formulas with one
 * example per row:
 * <pre>
 *   A⁰ = X                                         B×n: row r is the input x⁽ʳ⁾
 *   Zˡ = Aˡ⁻¹(Wˡ)ᵀ + 1(bˡ)ᵀ,   Aˡ = f(Zˡ)            l = 1 … L
 *   Δᴸ = ∂L/∂Zᴸ                                    row by row, from the loss and the output function
 *   Δˡ = f'(Zˡ) ⊙ Δˡ⁺¹Wˡ⁺¹                          l = L−1 … 1
 *   ∂L/∂Wˡ = (1/B)(Δˡ)ᵀAˡ⁻¹,   ∂L/∂bˡ = (1/B)(Δˡ)ᵀ1
 * </pre>
 * Row r of Zˡ, Aˡ and Δˡ is zˡ, aˡ and δˡ of {@link BackwardPass} for example r, so the gradient is
 * the mean of the B single-example gradients, added up in the same order.
 *
 * <p>A hidden layer that normalises its net inputs ({@link Dense#normalised}) puts
 * Ẑˡ = γˡ ⊙ norm(Zˡ) + βˡ between them and f: Aˡ = f(Ẑˡ), and in the backward pass
 * f'(Ẑˡ) ⊙ Δˡ⁺¹Wˡ⁺¹ is the error term of Ẑˡ, which {@link NormPass} takes back through the
 * normalisation to Δˡ, filling ∂L/∂γˡ and ∂L/∂βˡ on the way. Batch norm uses the batch's own
 * statistics in {@link #backprop} (training) and its running ones in {@link #totalLoss} (inference).
 *
 * <p>This is the training loop's working memory: it holds its own copy of the parameters, which
 * {@link #step} changes in place, and matrices for batches of up to {@code capacity} rows,
 * allocated once; nothing is allocated per batch. The parameters leave only as copies, an
 * immutable {@link Network} or {@link Gradients}. Inverted dropout multiplies each hidden Aˡ by a
 * fresh mask Mˡ/(1 − p) and Δˡ by the same.
 */
public final class BatchPass {
    private final Parameters theta;        // Wˡ and bˡ of every layer, updated in place
    private final double[] gradient;       // ∂L/∂θ of the last batch, laid out as θ
    private final LayerFunction[] f;
    private final OutputLoss loss;
    private final double[][][] z, a, delta, mask, dropped; // [l][r]: row r of Zˡ, Aˡ, Δˡ, Mˡ, Aˡ ⊙ Mˡ
    private final double[][][] next;       // what layer l + 1 reads: Aˡ, or Aˡ ⊙ Mˡ under dropout
    private final double[][][] zHat;       // what f reads: Ẑˡ of a normalised layer, Zˡ itself otherwise
    private final NormPass[] norm;         // [l]: the normalisation of layer l, or null
    private final boolean batchNorm;       // whether a layer uses batch norm (a training batch then needs 2 rows)
    private final double[][] in;           // A⁰: the batch's input rows (not copied)
    private final double[][] target;       // the batch's target rows
    private final int[] example;           // [r]: the row of the data set that row r of the batch is
    private final double[] dLdy;           // working memory for one row of ∂L/∂Aᴸ
    private final double[] best;           // the parameters kept by remember()
    private final String[] zName;          // "z² = W²a¹ + b² of layer 2", for an overflow
    private double[][] checkedX, checkedT; // the data set checked in full last (the loop passes the same one every batch)
    private final boolean normalised;      // whether a layer normalises its net inputs (its γ and β have gradients too)
    private boolean gradientFinite;        // whether the last backprop showed ∂L/∂θ finite without looking at every entry
    private int rows;

    private BatchPass(Network network, int capacity, OutputLoss loss) {
        Check.argument(capacity >= 1 && capacity <= MAX_ROWS, "a batch holds 1 to %d rows, not %d", MAX_ROWS, capacity);
        loss.checkFits(network.outputs());
        int L = network.depth();
        this.theta = Parameters.of(network);
        this.gradient = new double[theta.size()];
        this.best = new double[theta.size()];
        this.loss = loss;
        this.f = new LayerFunction[L + 1];
        this.z = new double[L + 1][][];
        this.a = new double[L + 1][][];
        this.delta = new double[L + 1][][];
        this.mask = new double[L + 1][][];
        this.zName = new String[L + 1];
        this.dropped = new double[L + 1][][];
        this.next = new double[L + 1][][];
        this.zHat = new double[L + 1][][];
        this.norm = new NormPass[L + 1];
        boolean anyNorm = false, anyBatchNorm = false;
        for (int l = 1; l <= L; l++) {
            int m = theta.neurons(l);
            f[l] = network.layer(l).function();
            z[l] = new double[capacity][m];
            zHat[l] = z[l];
            if (theta.norm(l) != null) {
                norm[l] = new NormPass(theta.norm(l), capacity);
                anyNorm = true;
                zHat[l] = new double[capacity][m];
                anyBatchNorm |= norm[l].kind() == Norm.BATCH;
            }
            a[l] = new double[capacity][m];
            delta[l] = new double[capacity][m];
            mask[l] = new double[capacity][m];
            dropped[l] = new double[capacity][m];
            String sup = ParameterNames.sup(l);
            zName[l] = "z" + sup + " = W" + sup + "a" + ParameterNames.sup(l - 1) + " + b" + sup + " of layer " + l;
        }
        this.in = new double[capacity][];
        this.target = new double[capacity][];
        this.example = new int[capacity];
        this.dLdy = new double[network.outputs()];
        this.batchNorm = anyBatchNorm;
        this.normalised = anyNorm;
        a[0] = in;
        next[0] = in;
    }

    /** The most rows a batch may have: 2²⁰. */
    public static final int MAX_ROWS = 1 << 20;

    /** Working memory for {@code network} and batches of up to {@code capacity} rows, with a loss of ŷ. */
    public static BatchPass of(Network network, int capacity, Loss loss) {
        Check.notNull(network, "a batch pass", "a network");
        return new BatchPass(network, capacity, OutputLoss.of(loss, network.layer(network.depth()).function()));
    }

    /** The same with a loss of the output layer's scores zᴸ, e.g. softmax + cross-entropy. */
    public static BatchPass of(Network network, int capacity, LogitLoss loss) {
        Check.notNull(network, "a batch pass", "a network");
        return new BatchPass(network, capacity, OutputLoss.of(loss, network.layer(network.depth()).function()));
    }

    /** The most rows a batch may have. */
    public int capacity() {
        return in.length;
    }

    /**
     * Forward and backward pass on the rows {@code order[from]}, …, {@code order[to − 1]} of
     * (x, t), with dropout masks when {@code dropout} is not null; fills ∂L/∂θ with the batch's
     * mean gradient and returns the sum of the examples' losses.
     */
    public double backprop(double[][] x, double[][] t, int[] order, int from, int to, Dropout dropout) {
        int L = f.length - 1;
        check(x, t, order, from, to);
        load(x, t, order, from, to);
        if (dropout != null) {
            drawMasks(dropout);
        }
        // forward pass: Zˡ = Aˡ⁻¹(Wˡ)ᵀ + 1(bˡ)ᵀ, Aˡ = f(Zˡ)   (then Aˡ ⊙ Mˡ/(1 − p) with dropout)
        forward(L, dropout != null, true);
        // output layer: Δᴸ row by row from the loss and the output function, and the losses
        double total = 0;
        for (int r = 0; r < rows; r++) {
            total += lossOf(L, r);
            loss.delta(z[L][r], a[L][r], target[r], dLdy, delta[L][r]);
        }
        // hidden layers: Δˡ = f'(Zˡ) ⊙ Δˡ⁺¹Wˡ⁺¹   (⊙ Mˡ/(1 − p) with dropout)
        for (int l = L - 1; l >= 1; l--) {
            Linear.timesWeights(delta[l + 1], rows, theta.values(), theta.w(l + 1), theta.neurons(l), theta.neurons(l + 1), delta[l]);
            for (int r = 0; r < rows; r++) {
                f[l].backward(zHat[l][r], a[l][r], delta[l][r], delta[l][r]);
                if (dropout != null) {
                    Linear.scale(delta[l][r], mask[l][r]);
                }
            }
            if (norm[l] != null) {
                normaliseBackward(l);
            }
        }
        // gradients: ∂L/∂Wˡ = (1/B)(Δˡ)ᵀAˡ⁻¹, ∂L/∂bˡ = (1/B)(Δˡ)ᵀ1
        for (int l = 1; l <= L; l++) {
            Linear.gradients(delta[l], next[l - 1], rows, 1.0 / rows, gradient, theta.w(l), theta.b(l), theta.inputs(l), theta.neurons(l));
        }
        gradientFinite = rows == 1 && !normalised && productsFinite(L);
        return total;
    }

    /**
     * Whether every entry of one example's gradient is finite, shown from m + n numbers per layer
     * instead of all m·n + m: each entry is a product δᵢaⱼ or a δᵢ, and none exceeds
     * Σ|δᵢ| · max(Σ|aⱼ|, 1) (rounding keeps that order). A NaN or ∞ anywhere makes the bound NaN or
     * ∞, and then the answer is no (the optimiser looks at every entry and names the bad one).
     */
    private boolean productsFinite(int L) {
        for (int l = 1; l <= L; l++) {
            if (!(sumAbs(delta[l][0]) * Math.max(sumAbs(next[l - 1][0]), 1) <= Double.MAX_VALUE)) {
                return false;
            }
        }
        return true;
    }

    /** Σ |vᵢ| (NaN if an entry is NaN), four partial sums side by side. */
    private static double sumAbs(double[] v) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 4 <= v.length; i += 4) {
            s0 += Math.abs(v[i]);
            s1 += Math.abs(v[i + 1]);
            s2 += Math.abs(v[i + 2]);
            s3 += Math.abs(v[i + 3]);
        }
        for (; i < v.length; i++) {
            s0 += Math.abs(v[i]);
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The sum of the losses of every row of (x, t), by forward passes in batches of
     * {@link #capacity()} rows (no dropout; nothing changes).
     */
    public double totalLoss(double[][] x, double[][] t) {
        int L = f.length - 1;
        checkData(x, t);
        double total = 0;
        for (int from = 0; from < x.length; from += capacity()) {
            int to = Math.min(from + capacity(), x.length);
            load(x, t, null, from, to);
            forward(L, false, false);
            for (int r = 0; r < rows; r++) {
                total += lossOf(L, r);
            }
        }
        return total;
    }

    /**
     * One update of the parameters in place: {@code optimizer} on the gradient g = ∂L/∂θ + λW
     * (the L2 penalty's gradient, on the weights only; λ = 0 for none).
     */
    public void step(Optimizer optimizer, double lambda) {
        if (optimizer == null || !(lambda >= 0 && Double.isFinite(lambda))) {
            Check.argument(false, "a step needs an optimizer and a weight decay λ ≥ 0, but got %s and λ = %s", optimizer, lambda);
        }
        if (lambda != 0) {
            theta.addDecay(lambda, gradient); // all or nothing: fails before changing g if g + λW would overflow
        }
        if (gradientFinite) { // one example whose gradient is bounded (backprop): the optimiser need not look at every entry again
            optimizer.updateFinite(Parameters.KEY, theta.values(), gradient);
        } else {
            optimizer.update(Parameters.KEY, theta.values(), gradient);
        }
    }

    /** Keeps a copy of the parameters as they are now (for early stopping); nothing is allocated. */
    public void remember() {
        System.arraycopy(theta.values(), 0, best, 0, best.length);
        for (NormPass n : norm) {
            if (n != null) {
                n.remember();
            }
        }
    }

    /** The network with the parameters kept by the last {@link #remember()} (all zero before the first). */
    public Network remembered() {
        double[][][] running = new double[norm.length][][];
        for (int l = 1; l < norm.length; l++) {
            running[l] = norm[l] == null ? null : norm[l].remembered();
        }
        return theta.network(best, f, running);
    }

    /** The network with the parameters (and batch norm's running statistics) as they are now (a copy). */
    public Network network() {
        double[][][] running = new double[norm.length][][];
        for (int l = 1; l < norm.length; l++) {
            running[l] = norm[l] == null ? null : norm[l].running();
        }
        return theta.network(theta.values(), f, running);
    }

    /** ∂L/∂θ of the last batch (a copy). */
    public Gradients gradients() {
        return theta.gradients(gradient);
    }

    /** Aˡ⁻¹ → Zˡ (→ Ẑˡ) → Aˡ for l = 1 … L on the loaded rows; batch norm in training or inference mode. */
    private void forward(int L, boolean dropout, boolean training) {
        for (int l = 1; l <= L; l++) {
            Linear.affine(next[l - 1], rows, theta.values(), theta.w(l), theta.b(l), theta.inputs(l), theta.neurons(l), z[l]);
            next[l] = dropout && l < L ? dropped[l] : a[l];
            if (norm[l] != null) {
                normalise(l, training);
            }
            for (int r = 0; r < rows; r++) {
                checkFinite(l, r);
                f[l].apply(zHat[l][r], a[l][r]);
                if (dropout && l < L) {
                    Linear.times(a[l][r], mask[l][r], dropped[l][r]);
                }
            }
        }
    }

    /** Ẑˡ = γˡ ⊙ norm(Zˡ) + βˡ, from a Zˡ checked finite (batch norm with the batch's statistics in training, the running ones otherwise). */
    private void normalise(int l, boolean training) {
        for (int r = 0; r < rows; r++) {
            checkFinite(l, r);
        }
        norm[l].forward(z[l], rows, theta.values(), theta.gamma(l), theta.beta(l), training, zHat[l]);
    }

    /** Δˡ from the error terms of Ẑˡ, back through Ẑˡ = γˡ ⊙ norm(Zˡ) + βˡ, with ∂L/∂γˡ and ∂L/∂βˡ on the way. */
    private void normaliseBackward(int l) {
        norm[l].backward(delta[l], rows, theta.values(), theta.gamma(l), theta.beta(l), 1.0 / rows, gradient);
    }

    /** Fails unless row r of Zˡ is finite: z is checked where it is made (the message is built only on failure). */
    private void checkFinite(int l, int r) {
        if (!Check.allFinite(z[l][r])) {
            Check.computed(z[l][r], zName[l] + " for row " + (r + 1) + " of the batch");
        }
    }

    /**
     * Fails, before anything changes, unless rows order[from…to) (or from…to) are a batch that fits
     * and (x, t) are examples for this network: one row each, of the network's input and output
     * sizes, finite. A data set is checked in full the first time it comes; the loop passes the same
     * one every batch, so after that only the batch's range and its row numbers are.
     */
    private void check(double[][] x, double[][] t, int[] order, int from, int to) {
        if (x == null || t == null) {
            checkData(x, t);
        }
        int end = order == null ? x.length : order.length;
        if (from < 0 || to > end || to <= from || to - from > capacity()) {
            Check.argument(false, "a batch of rows %d to %d of %d does not fit working memory for 1 to %d rows", from, to, end, capacity());
        }
        if (batchNorm && to - from < 2) {
            oneRow(from, to, end);
        }
        if (order != null) {
            for (int r = from; r < to; r++) {
                if (order[r] < 0 || order[r] >= x.length) {
                    Check.argument(false, "row %d of the order is %d, but the data has rows 0 to %d", r, order[r], x.length - 1);
                }
            }
        }
        checkData(x, t); // last: it remembers the data set it checked
    }

    private static void oneRow(int from, int to, int end) {
        Check.argument(false, "batch norm in training takes each neuron's variance over the batch, so it needs at least 2 rows, "
                + "but the batch of rows %d to %d of %d has 1 (choose a batch size that leaves no batch of one row)", from + 1, to, end);
    }

    /** Fails unless (x, t) are examples for this network (checked in full the first time a data set comes). */
    private void checkData(double[][] x, double[][] t) {
        if (x == null || t == null || x.length != t.length) {
            Check.argument(false, "a batch pass needs examples x and targets t with one row each, but got %s and %s",
                    x == null ? "null" : x.length + " rows", t == null ? "null" : t.length + " rows");
        }
        if (x == checkedX && t == checkedT) {
            return;
        }
        int n = theta.inputs(1), out = dLdy.length;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != n || t[i] == null || t[i].length != out) {
                Check.argument(false, "example %d has %s inputs and %s targets, but the network takes %d inputs and gives %d outputs", i,
                        x[i] == null ? "no" : x[i].length, t[i] == null ? "no" : t[i].length, n, out);
            }
            if (!Check.allFinite(x[i]) || !Check.allFinite(t[i])) {
                Check.finite(x[i], "x row " + i);
                Check.finite(t[i], "t row " + i);
            }
        }
        checkedX = x;
        checkedT = t;
    }

    /**
     * The loss of row r of the batch; when the loss refuses the row (a target that is no
     * distribution for a cross-entropy, a prediction it cannot take), the message says which example
     * of the data set it was: a data set of 1797 rows needs that to be fixed.
     */
    private double lossOf(int L, int r) {
        try {
            return loss.value(z[L][r], a[L][r], target[r]);
        } catch (IllegalArgumentException e) {
            throw Check.about(e, "example " + example[r] + " of the data: ");
        }
    }

    /** Points A⁰ and the targets at the rows order[from…to) (or from…to without an order); nothing is copied. */
    private void load(double[][] x, double[][] t, int[] order, int from, int to) {
        rows = to - from;
        for (int r = 0; r < rows; r++) {
            int i = order == null ? from + r : order[from + r];
            in[r] = x[i];
            target[r] = t[i];
            example[r] = i;
        }
    }

    /** A fresh mask for every hidden layer of every row, drawn example by example and layer by layer. */
    private void drawMasks(Dropout dropout) {
        for (int r = 0; r < rows; r++) {
            for (int l = 1; l < f.length - 1; l++) {
                dropout.drawMask(mask[l][r]);
            }
        }
    }
}
