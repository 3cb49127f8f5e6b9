package nn.train;

import nn.data.Samples;
import nn.data.Toy2D;
import nn.init.Init;
import nn.layers.Network;
import nn.losses.Losses;
import nn.optim.Optimizer;

import static nn.train.StopCondition.maxEpochs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nn.activations.Activations.IDENTITY;
import static nn.activations.Activations.SIGMOID;
import static nn.activations.Activations.TANH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A run that cannot go on says so in the trainer's words")
class DivergenceTest {
    private final Network linear = Network.builder(1).dense(1, IDENTITY).init(Init.XAVIER_NORMAL.seeded(1)).build();
    private final Samples line = Samples.ofFunction("y = 3x", x -> 3 * x, -10, 10, 21);

    @Test
    @DisplayName("gradient descent with a learning rate far too large: training diverged, try a smaller learning rate")
    void fullBatchDiverges() {
        var e = assertThrows(IllegalArgumentException.class, () -> Trainer.gradientDescent(10, Losses.MSE).stopWhen(maxEpochs(10_000)).train(linear, line));
        assertTrue(e.getMessage().matches("training diverged at epoch \\d+: .*; try a smaller learning rate than η = 10"), e.getMessage());
    }

    @Test
    @DisplayName("mini-batch SGD with a learning rate far too large: training diverged, try a smaller learning rate")
    void miniBatchDiverges() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.of(Optimizer.sgd(10), Losses.MSE).batchSize(4).stopWhen(maxEpochs(10_000)).train(linear, line));
        assertTrue(e.getMessage().matches("training diverged at epoch \\d+: .*; try a smaller learning rate than η = 10"), e.getMessage());
    }

    @Test
    @DisplayName("a validation set of the wrong width is refused before the first epoch")
    void validationWidth() {
        Network net = Network.builder(2).dense(3, TANH).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(1)).build();
        int[] epochs = {0};
        var e = assertThrows(IllegalArgumentException.class, () -> Trainer.of(Optimizer.sgd(0.1), Losses.MSE).stopWhen(maxEpochs(5))
                .onProgress(1, h -> epochs[0]++).train(net, Toy2D.xor(), line));
        assertEquals("Network[2 → 3 tanh → 1 sigmoid] has 2 inputs and 1 outputs but the validation data y = 3x has 1 inputs and 1 targets",
                e.getMessage());
        assertEquals(0, epochs[0], "no epoch ran");
    }
}
