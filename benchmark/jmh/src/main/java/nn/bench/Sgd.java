package nn.bench;

import nn.data.Samples;
import nn.layers.Gradients;
import nn.layers.Network;
import nn.losses.Loss;

/**
 * Stochastic gradient descent written on the library's public API only (forward and backward
 * pass, {@link Gradients}, {@link Network#step}), as a student would write it: one epoch visits
 * the examples in order, per example (batch 1) or in consecutive batches whose gradients are
 * averaged.
 */
public final class Sgd {
    private final double[][] x;
    private final double[][] t;
    private final Loss loss;
    private final double eta;
    private final int batch;

    public Sgd(Samples data, Loss loss, double eta, int batch) {
        this.x = new double[data.size()][];
        this.t = new double[data.size()][];
        for (int i = 0; i < data.size(); i++) {
            x[i] = data.input(i);
            t[i] = data.target(i);
        }
        this.loss = loss;
        this.eta = eta;
        this.batch = batch;
    }

    /** For a case. */
    public static Sgd of(Case c) {
        return new Sgd(c.data(), c.loss, c.eta, c.batch);
    }

    /** Number of examples in one epoch. */
    public int size() {
        return x.length;
    }

    /** One pass over the data; returns the network after it. */
    public Network epoch(Network net) {
        return batch == 1 ? perSample(net) : miniBatch(net);
    }

    /** θ ← θ − η ∇L(x⁽ⁱ⁾) for every example i in turn. */
    private Network perSample(Network net) {
        for (int i = 0; i < x.length; i++) {
            net = net.step(net.gradients(x[i], t[i], loss), eta);
        }
        return net;
    }

    /** θ ← θ − η · (1/B) Σ ∇L(x⁽ⁱ⁾) over consecutive batches of B examples. */
    private Network miniBatch(Network net) {
        for (int start = 0; start < x.length; start += batch) {
            int end = Math.min(start + batch, x.length);
            Gradients sum = net.gradients(x[start], t[start], loss);
            for (int i = start + 1; i < end; i++) {
                sum = sum.plus(net.gradients(x[i], t[i], loss));
            }
            net = net.step(sum.times(1.0 / (end - start)), eta);
        }
        return net;
    }
}
