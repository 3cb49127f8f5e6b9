package nn.optim;

import nn.activations.Activations;
import nn.init.Init;
import nn.layers.Gradients;
import nn.layers.Network;
import nn.losses.Losses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("A step on several layers is all or nothing: a failing layer leaves every layer and the optimiser's state as they were")
class StepAllTest {
    static Stream<Supplier<Optimizer>> optimizers() {
        return Stream.of(() -> Optimizer.sgd(0.1), () -> Optimizer.momentum(0.1, 0.9), () -> Optimizer.rmsprop(0.1), () -> Optimizer.adam(0.1));
    }

    /** Whether a gradient of −MAX_VALUE at θ = MAX_VALUE overflows: SGD and momentum; RMSprop's and Adam's steps are about η. */
    private static boolean overflows(Optimizer opt) {
        return opt instanceof Sgd || opt instanceof Momentum;
    }

    /** Steps {@code opt} once on W and b, then tries a step whose second key is bad, then one more good step. */
    private static double[][] afterAFailedStep(Optimizer opt, double[] badGradient, double[] badParams) {
        double[] w = {0.5, -0.5}, b = {0.1};
        opt.stepAll(List.of("W", "b"), List.of(w, b), List.of(new double[] {1, 2}, new double[] {3}));
        if (badGradient != null) {
            double[] before = w.clone();
            assertThrows(IllegalArgumentException.class, () -> opt.stepAll(List.of("W", "b"), List.of(w, badParams), List.of(new double[] {1, 2}, badGradient)));
            assertArrayEquals(before, w, 0.0, "the first layer's parameters did not move");
            assertEquals(1, opt.steps("W"), "the first layer's step count did not move");
        }
        opt.stepAll(List.of("W", "b"), List.of(w, b), List.of(new double[] {-1, 0.5}, new double[] {0.25}));
        return new double[][] {w, b};
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("optimizers")
    @DisplayName("a wrong shape, a NaN gradient or an overflow in the second layer changes nothing: the next step is a twin's that never tried")
    void secondLayerFails(Supplier<Optimizer> make) {
        double[][] twin = afterAFailedStep(make.get(), null, null);
        assertArrayEquals(twin, afterAFailedStep(make.get(), new double[] {1, 2}, new double[] {0.1}));
        assertArrayEquals(twin, afterAFailedStep(make.get(), new double[] {Double.NaN}, new double[] {0.1}));
        if (overflows(make.get())) {
            assertArrayEquals(twin, afterAFailedStep(make.get(), new double[] {-Double.MAX_VALUE}, new double[] {Double.MAX_VALUE}));
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("optimizers")
    @DisplayName("a network's step that overflows in its last layer leaves the optimiser's state of every layer as it was")
    void networkStep(Supplier<Optimizer> make) {
        Network net = Network.builder(2).dense(3, Activations.TANH).dense(1, Activations.SIGMOID).init(Init.XAVIER_NORMAL.seeded(1)).build();
        Gradients g = net.gradients(new double[] {0.5, -1}, new double[] {1}, Losses.MSE);
        Optimizer opt = make.get(), twin = make.get();
        Network once = net.step(g, opt);
        assertEquals(net.step(g, twin).toString(), once.toString());
        Gradients huge = Gradients.of(new double[][][] {g.weights(1), g.weights(2)}, new double[][] {g.biases(1), {-Double.MAX_VALUE}});
        Network far = Network.of(once.layer(1), nn.layers.Dense.of(once.layer(2).weights(), new double[] {Double.MAX_VALUE}, once.layer(2).function()));
        if (overflows(opt)) {
            var e = assertThrows(IllegalArgumentException.class, () -> far.step(huge, opt));
            assertEquals(true, e.getMessage().contains("on b² would make parameter 0"), e.getMessage());
            assertEquals(1, opt.steps("W¹"));
            assertEquals(1, opt.steps("b²"));
        }
        Network a = once.step(g, opt), b = once.step(g, twin);
        for (int l = 1; l <= 2; l++) {
            assertArrayEquals(b.layer(l).weights(), a.layer(l).weights());
            assertArrayEquals(b.layer(l).biases(), a.layer(l).biases(), 0.0);
        }
        Gradients wider = Gradients.zero(Network.builder(2).dense(4, Activations.TANH).dense(1, Activations.SIGMOID).init(Init.XAVIER_NORMAL.seeded(1)).build());
        assertEquals("layer 1 has W of shape 3×2 but its gradient is 4×2", assertThrows(IllegalArgumentException.class, () -> net.step(wider, opt)).getMessage());
        assertEquals(2, opt.steps("W¹"));
    }
}
