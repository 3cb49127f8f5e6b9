package nn.check;

import nn.activations.Activations;
import nn.activations.LayerFunction;
import nn.data.Samples;
import nn.layers.Dense;
import nn.layers.Network;
import nn.losses.LogitLosses;
import nn.losses.Losses;
import nn.optim.Optimizer;
import nn.train.StopCondition;
import nn.train.Trainer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A cross-entropy whose prediction is clipped to ε is never reported as the loss")
class ClippedLossTest {
    /** Rounding of a loss of 2000 computed by log-sum-exp. */
    static final double EXACT = 1e-9;

    /** x = 1 gives the scores z = (1000, −1000): softmax(z) = (1, 0) exactly, and the true loss for t = (0, 1) is 2000. */
    static final double[] X = {1};
    static final double[] T = {0, 1};

    static Network ending(LayerFunction f) {
        return Network.of(Dense.of(new double[][] {{1000}, {-1000}}, new double[] {0, 0}, f));
    }

    @Test
    @DisplayName("the loss names the prediction it clipped, and is exact where nothing is clipped")
    void namesTheClippedPrediction() {
        assertEquals("ŷ[1] = 0 lies below ε = 1e-12 where t[1] = 1", Losses.CROSS_ENTROPY.clipped(new double[] {1, 0}, T));
        assertEquals("ŷ[0] = 1 lies above 1 − ε = 1 − 1e-12 where t[0] = 0", Losses.BINARY_CROSS_ENTROPY.clipped(new double[] {1, 0}, T));
        assertNull(Losses.CROSS_ENTROPY.clipped(new double[] {0.7, 0.3}, T));
        assertNull(Losses.BINARY_CROSS_ENTROPY.clipped(new double[] {0, 1}, T));
        assertNull(Losses.MSE.clipped(new double[] {1, 0}, T));
    }

    @Test
    @DisplayName("a softmax network reports the true loss 2000 from its scores, one example, a batch, and in training")
    void softmaxNetworkIsExact() {
        Network net = ending(LayerFunction.SOFTMAX);
        assertEquals(2000, LogitLosses.SOFTMAX_CROSS_ENTROPY.value(new double[] {1000, -1000}, T), EXACT);
        assertEquals(2000, net.loss(X, T, Losses.CROSS_ENTROPY), EXACT);
        assertEquals(2000, net.loss(new double[][] {X}, new double[][] {T}, Losses.CROSS_ENTROPY), EXACT);
        assertNull(net.clippedLoss(X, T, Losses.CROSS_ENTROPY));
        var run = Trainer.of(Optimizer.sgd(0.1), Losses.CROSS_ENTROPY).fullBatch().stopWhen(StopCondition.maxEpochs(1))
                .train(net, Samples.of("one example", new double[][] {X}, new double[][] {T}));
        assertEquals(2000, run.loss(1), EXACT);
    }

    @Test
    @DisplayName("a sigmoid network with binary cross-entropy reports the true loss 1000 where the probability rounds to 1")
    void sigmoidNetworkIsExact() {
        Network net = ending(LayerFunction.of(Activations.SIGMOID));
        assertEquals(1000, net.loss(X, T, Losses.BINARY_CROSS_ENTROPY), EXACT);
    }

    @Test
    @DisplayName("a network without the fused output fails with one sentence instead of reporting 27.6")
    void withoutTheFusedOutputItSaysSo() {
        Network net = ending(LayerFunction.of(Activations.SIGMOID));
        String sentence = "cross-entropy is clipped flat here: ŷ[1] = 0 lies below ε = 1e-12 where t[1] = 1, so it would report 27.63 instead of "
                + "the true, larger loss, and a loss that does not change with ŷ; end the network with softmax so that the loss is computed "
                + "from the scores z (softmax + cross-entropy)";
        assertEquals(sentence, assertThrows(IllegalArgumentException.class, () -> net.loss(X, T, Losses.CROSS_ENTROPY)).getMessage());
        var train = Trainer.of(Optimizer.sgd(0.1), Losses.CROSS_ENTROPY).fullBatch().stopWhen(StopCondition.maxEpochs(1));
        var e = assertThrows(IllegalArgumentException.class, () -> train.train(net, Samples.of("one example", new double[][] {X}, new double[][] {T})));
        assertTrue(e.getMessage().contains(sentence), e.getMessage());
        assertEquals("ŷ[1] = 0 lies below ε = 1e-12 where t[1] = 1", net.clippedLoss(X, T, Losses.CROSS_ENTROPY));
    }

    @Test
    @DisplayName("a gradient check where the loss is clipped flat says the check is meaningless there, naming the values")
    void gradientCheckAtAClippedLoss() {
        Network net = ending(LayerFunction.of(Activations.SIGMOID));
        String sentence = "a gradient check of Network[1 → 2 sigmoid] with cross-entropy is meaningless at x = [1], t = [0, 1]: the loss is clipped "
                + "flat there (ŷ[1] = 0 lies below ε = 1e-12 where t[1] = 1), so every central difference is 0 whatever the true gradient; "
                + "check at an example whose prediction is not clipped";
        assertEquals(sentence, assertThrows(IllegalArgumentException.class, () -> GradientCheck.of(net, X, T, Losses.CROSS_ENTROPY)).getMessage());
        var given = net.gradients(new double[] {0}, T, Losses.MSE);
        assertEquals(sentence, assertThrows(IllegalArgumentException.class, () -> GradientCheck.of(net, given, X, T, Losses.CROSS_ENTROPY)).getMessage());
    }

    @Test
    @DisplayName("a gradient check of a softmax network at scores of ±1000 passes: the loss is computed from the scores")
    void gradientCheckFromTheScores() {
        GradientCheck check = GradientCheck.of(ending(LayerFunction.SOFTMAX), X, T, Losses.CROSS_ENTROPY);
        assertTrue(check.passes(), check.table().print());
        assertEquals(1, check.row("W¹[1,1]").analytic(), EXACT);
    }
}
