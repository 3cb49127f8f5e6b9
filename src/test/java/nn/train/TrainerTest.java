package nn.train;

import nn.init.Init;
import nn.init.Initializer;
import nn.data.Toy2D;
import nn.layers.Network;
import nn.losses.Losses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static nn.activations.Activations.SIGMOID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The training loop")
class TrainerTest {
    private final Network xorNet = Network.builder(2).dense(3, SIGMOID).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(2)).build();

    @Test
    @DisplayName("a fixed-seed 2-3-1 network learns XOR and stops because the loss fell below its threshold")
    void xorConverges() {
        TrainingRun run = Trainer.gradientDescent(2, Losses.MSE).maxEpochs(5000).stopWhenLossBelow(0.01).train(xorNet, Toy2D.xor());
        assertEquals(StopReason.LOSS_BELOW_THRESHOLD, run.stopReason());
        assertTrue(run.finalLoss() < 0.01);
        var data = Toy2D.xor();
        for (int i = 0; i < 4; i++) {
            double y = run.network().predict(data.input(i))[0];
            assertEquals(data.target(i)[0], Math.round(y), "XOR" + java.util.Arrays.toString(data.input(i)) + " predicted " + y);
        }
        assertEquals(run.epochs(), Trainer.gradientDescent(2, Losses.MSE).maxEpochs(5000).stopWhenLossBelow(0.01).train(xorNet, data).epochs(),
                "the same seed gives the same run");
    }

    @Test
    @DisplayName("each of the three stop conditions is reported")
    void stopConditions() {
        var data = Toy2D.xor();
        assertEquals(StopReason.MAX_EPOCHS, Trainer.gradientDescent(2, Losses.MSE).maxEpochs(10).train(xorNet, data).stopReason());
        assertEquals(10, Trainer.gradientDescent(2, Losses.MSE).maxEpochs(10).train(xorNet, data).epochs());
        TrainingRun flat = Trainer.gradientDescent(0.01, Losses.MSE).maxEpochs(1000).stopWhenLossChangeBelow(1e-4).train(xorNet, data);
        assertEquals(StopReason.LOSS_CHANGE_BELOW_THRESHOLD, flat.stopReason());
        double[] l = flat.losses();
        assertTrue(Math.abs(l[l.length - 1] - l[l.length - 2]) < 1e-4);
        assertTrue(flat.toString().startsWith("stopped after " + flat.epochs() + " epochs because the loss changed by less than its threshold"));
    }

    @Test
    @DisplayName("progress is reported every n epochs and once at the end; snapshots are kept")
    void progressAndSnapshots() {
        List<Integer> epochs = new ArrayList<>();
        TrainingRun run = Trainer.gradientDescent(2, Losses.MSE).maxEpochs(250).snapshotsAt(0, 100)
                .onProgress(100, p -> epochs.add(p.epoch())).train(xorNet, Toy2D.xor());
        assertEquals(List.of(100, 200, 250), epochs);
        assertEquals(xorNet, run.snapshot(0));
        var e = assertThrows(IllegalArgumentException.class, () -> run.snapshot(50));
        assertEquals("there is no snapshot at epoch 50; snapshots were taken at [0, 100]", e.getMessage());
    }

    @Test
    @DisplayName("a learning rate far too large fails with a message instead of a NaN")
    void divergence() {
        Network big = Network.builder(2).dense(3, nn.activations.Activations.IDENTITY).dense(1, nn.activations.Activations.IDENTITY)
                .init(Initializer.randn(1)).build();
        var e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.gradientDescent(1e6, Losses.MSE).maxEpochs(100).train(big, Toy2D.xor()));
        assertTrue(e.getMessage().startsWith("training diverged at epoch"), e.getMessage());
    }
}
