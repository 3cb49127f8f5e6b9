package nn.check;

import nn.init.Init;
import nn.init.Initializer;
import nn.activations.Activation;
import nn.activations.Activations;
import nn.layers.Gradients;
import nn.layers.Network;
import nn.losses.Loss;
import nn.losses.Losses;
import nn.random.NumpyRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Backpropagation agrees with central differences")
class GradientCheckTest {
    /** FiniteDifference's rule: the relative error a correct gradient shows at most. */
    static final double AGREES = FiniteDifference.TOLERANCE;

    static Stream<Arguments> networks() {
        List<Arguments> cases = new ArrayList<>();
        int[][] shapes = {{1, 1}, {3, 2, 1}, {2, 3, 2}, {4, 5, 3, 2}, {3, 6, 6, 6, 1}};
        long seed = 1;
        for (int[] shape : shapes) {
            for (Activation hidden : Activations.all()) {
                for (Loss loss : List.of(Losses.MSE, Losses.SQUARED_ERROR, Losses.HALF_SQUARED_ERROR)) {
                    cases.add(Arguments.of(shape, hidden, Activations.SIGMOID, loss, seed++));
                }
            }
            cases.add(Arguments.of(shape, Activations.TANH, Activations.IDENTITY, Losses.MSE, seed++));
        }
        return cases.stream();
    }

    static Network random(int[] shape, Activation hidden, Activation out, long seed) {
        var b = Network.builder(shape[0]);
        for (int l = 1; l < shape.length; l++) {
            b.dense(shape[l], l == shape.length - 1 ? out : hidden);
        }
        return b.init(Init.XAVIER_NORMAL.seeded(seed)).build();
    }

    @ParameterizedTest(name = "{0} with {1} hidden, {2} out, {3}")
    @MethodSource("networks")
    @DisplayName("on random networks of several shapes, activations and losses")
    void randomNetworks(int[] shape, Activation hidden, Activation out, Loss loss, long seed) {
        Network net = random(shape, hidden, out, seed);
        NumpyRandom r = new NumpyRandom(seed + 1000);
        double[] x = r.randn(shape[0]);
        double[] t = r.rand(shape[shape.length - 1]);
        GradientCheck check = GradientCheck.of(net, x, t, loss);
        assertEquals(net.parameterCount(), check.rows().size());
        assertTrue(check.passes(), check + "\n" + check.table().print());
        assertTrue(check.maxRelativeError() <= AGREES);
    }

    @ParameterizedTest(name = "one-hot target {0}")
    @MethodSource("oneHot")
    @DisplayName("through a softmax output with cross-entropy (δ = ŷ − t) and with MSE (through the Jacobian)")
    void softmax(double[] target) {
        Network net = Network.builder(2).dense(3, Activations.SIGMOID).softmax(target.length).init(Initializer.randn(4)).build();
        double[] x = {0.5, -1.5};
        var fused = net.backward(x, target, Losses.CROSS_ENTROPY);
        assertEquals(nn.losses.LogitLosses.SOFTMAX_CROSS_ENTROPY, fused.fused());
        assertTrue(GradientCheck.of(net, x, target, Losses.CROSS_ENTROPY).maxRelativeError() <= AGREES);
        assertTrue(GradientCheck.of(net, x, target, Losses.MSE).maxRelativeError() <= AGREES);
    }

    static Stream<double[]> oneHot() {
        return Stream.of(new double[] {1, 0}, new double[] {0, 1}, new double[] {0, 0, 1}, new double[] {0.2, 0.8});
    }

    @Test
    @DisplayName("a target that does not sum to 1 is refused by cross-entropy, so ŷ − t is never applied to one")
    void unnormalisedTarget() {
        Network net = Network.builder(2).dense(3, Activations.TANH).softmax(3).init(Initializer.randn(5)).build();
        double[] x = {1, 2}, t = {1, 1, 0};
        assertTrue(assertThrows(IllegalArgumentException.class, () -> net.backward(x, t, Losses.CROSS_ENTROPY)).getMessage()
                .startsWith("cross-entropy needs t to be a target distribution that adds up to 1"));
        assertTrue(GradientCheck.of(net, x, t, Losses.MSE).maxRelativeError() <= AGREES);
    }

    @Test
    @DisplayName("a wrong gradient, such as lecture 002's halved ∂C₀/∂W², shows a relative error of 1/2")
    void catchesWrongGradients() {
        Network net = nn.layers.WorkedExampleFixture.network();
        double[] x = {2, 3, -1}, t = {1};
        Gradients right = net.gradients(x, t, Losses.SQUARED_ERROR);
        Gradients lecture = Gradients.of(new double[][][] {right.weights(1), {{-0.0287, -0.0572}}}, new double[][] {right.biases(1), {-0.199}});
        GradientCheck check = GradientCheck.of(net, lecture, x, t, Losses.SQUARED_ERROR);
        assertEquals(0.5, check.row("W²[1,1]").relativeError(), 0.01);
        assertEquals(0.5, check.row("W²[1,2]").relativeError(), 0.01);
        assertTrue(check.row("b²[1]").relativeError() < 0.001);
        assertTrue(check.row("W¹[1,1]").relativeError() <= AGREES);
    }

    @Test
    @DisplayName("its table has one row per parameter with the four columns")
    void table() {
        var table = GradientCheck.of(nn.layers.WorkedExampleFixture.network(), new double[] {2, 3, -1}, new double[] {1}, Losses.SQUARED_ERROR).table();
        assertEquals(11, table.rowCount());
        assertEquals(List.of("parameter θ", "analytic ∂L/∂θ", "numeric ∂L/∂θ", "relative error"), table.columnNames());
        assertEquals("W¹[1,1]", table.getString(0, 0));
    }
}
