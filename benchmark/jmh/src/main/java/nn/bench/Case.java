package nn.bench;

import nn.data.Digits;
import nn.data.OneHot;
import nn.data.Samples;
import nn.data.Toy2D;
import nn.layers.Network;
import nn.losses.Loss;
import nn.losses.Losses;

import static nn.activations.Activations.SIGMOID;

/**
 * The four measured cases, the same in Java, NumPy and PyTorch (the Python side reads them from
 * the file {@link Problems} writes): a network with its initial weights, the data in a fixed
 * order, the loss, the learning rate η and the batch size (1 = per-sample SGD).
 */
public enum Case {
    /** 2-2-1 sigmoid network on XOR's four corners, squared error C₀ = Σ(a − y)², per-sample SGD. */
    XOR_2_2_1("2-2-1 XOR, per sample", 1, 0.5, Losses.SQUARED_ERROR),
    /** 2-16-16-1 sigmoid network on 200 points of two moons, squared error, per-sample SGD. */
    MOONS_2_16_16_1("2-16-16-1 moons, per sample", 1, 0.1, Losses.SQUARED_ERROR),
    /** 64-32-10 (sigmoid, softmax) on all 1797 digits (pixels / 16), cross-entropy, per-sample SGD. */
    DIGITS_64_32_10("64-32-10 digits, per sample", 1, 0.05, Losses.CROSS_ENTROPY),
    /** The same network and data in mini-batches of 32 (the last one has 5), mean gradient. */
    DIGITS_64_32_10_BATCH32("64-32-10 digits, mini-batch 32", 32, 0.05, Losses.CROSS_ENTROPY);

    /** How the case is named in the table. */
    public final String title;
    /** Examples per gradient step. */
    public final int batch;
    /** The learning rate η. */
    public final double eta;
    /** The loss. */
    public final Loss loss;

    Case(String title, int batch, double eta, Loss loss) {
        this.title = title;
        this.batch = batch;
        this.eta = eta;
        this.loss = loss;
    }

    /** The network before training (a fixed seed: the same weights on every run). */
    public Network network() {
        return switch (this) {
            case XOR_2_2_1 -> Network.builder(2).dense(2, SIGMOID).dense(1, SIGMOID).init(nn.init.Initializer.randn(42)).build();
            case MOONS_2_16_16_1 -> Network.builder(2).dense(16, SIGMOID).dense(16, SIGMOID).dense(1, SIGMOID)
                    .init(nn.init.Initializer.of(nn.init.Init.XAVIER_NORMAL, 42)).build();
            case DIGITS_64_32_10, DIGITS_64_32_10_BATCH32 -> Network.builder(64).dense(32, SIGMOID).softmax(10)
                    .init(nn.init.Initializer.of(nn.init.Init.XAVIER_NORMAL, 42)).build();
        };
    }

    /** The plain hand-written loop of this case, at the same start. */
    public HandWritten handWritten() {
        return new HandWritten(network(), data(), loss == Losses.CROSS_ENTROPY, eta, batch);
    }

    /** The training data, in the order every implementation visits it. */
    public Samples data() {
        return switch (this) {
            case XOR_2_2_1 -> Toy2D.xor();
            case MOONS_2_16_16_1 -> Toy2D.moons(200, 0.1, 7);
            case DIGITS_64_32_10, DIGITS_64_32_10_BATCH32 -> digits();
        };
    }

    private static Samples digits() {
        Digits d = Digits.load();
        double[][] x = d.pixels();
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= Digits.MAX_PIXEL;
            }
        }
        return Samples.of("digits / 16", x, OneHot.encode(d.labels(), Digits.CLASSES));
    }

    /**
     * Floating-point operations of one example's forward and backward pass and its share of the
     * update, counted as a textbook would (multiply and add are one each): per layer of n inputs and
     * m neurons, z = Wx + b is 2mn, Wᵀδ is 2mn (not for the first layer), δaᵀ is mn and the
     * update W − η∂W is 2mn per step (divided by the batch size); activations are not counted.
     */
    public double flopsPerExample() {
        Network net = network();
        double flops = 0;
        for (int l = 1; l <= net.depth(); l++) {
            double mn = (double) net.layer(l).outputs() * net.layer(l).inputs();
            flops += 2 * mn + (l > 1 ? 2 * mn : 0) + mn + 2 * mn / batch;
        }
        return flops;
    }
}
