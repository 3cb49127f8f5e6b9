package nn.plots;

import nn.activations.Maxout;
import nn.losses.Losses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nn.activations.Activations.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Function and loss plots")
class FunctionPlotsTest {
    @Test
    @DisplayName("a function beside its derivative is two panels under one title")
    void functionAndDerivative() {
        Figure f = FunctionPlots.functionAndDerivative(SIGMOID, -10, 10);
        assertEquals("Figure(\"sigmoid and its derivative\", 840×334)", f.toString());
        assertTrue(contains(f, Curves.PALETTE[0]) && contains(f, Curves.PALETTE[3]), "both curves are drawn");
    }

    @Test
    @DisplayName("the 2×2 grid of lecture 000 draws four curves in their four colours")
    void grid() {
        Figure f = FunctionPlots.grid(-10, 10, SIGMOID, TANH, RELU, LEAKY_RELU);
        assertEquals("Figure(\"sigmoid, tanh, ReLU, leaky ReLU(α=0.01)\", 840×634)", f.toString());
        for (int i = 0; i < 4; i++) {
            assertTrue(contains(f, Curves.PALETTE[i]), "curve " + i);
        }
        assertTrue(contains(f, Curves.AXIS), "the axes through the origin are drawn");
    }

    @Test
    @DisplayName("losses, softmax, maxout and gradient flow each render in one call")
    void others() {
        assertEquals("Figure(\"losses\", 760×420)", LossPlots.curves("losses", 1, 0.01, 1, Losses.MSE, Losses.BINARY_CROSS_ENTROPY, Losses.HUBER).toString());
        assertEquals("Figure(\"softmax([1, 2, 3])\", 560×360)", FunctionPlots.softmax(1, 2, 3).toString());
        Figure m = FunctionPlots.maxout(Maxout.of(new double[][] {{-1}, {2}}, new double[] {0, -1}), -3, 3);
        assertTrue(contains(m, Curves.PALETTE[0]));
        assertTrue(contains(FunctionPlots.gradientFlow(10, 1, 1, 0, SIGMOID, RELU), Curves.PALETTE[1]));
    }

    @Test
    @DisplayName("a bad range or a maxout of several inputs is refused")
    void arguments() {
        assertEquals("a plot needs a range from < to, but got from 1.0 to -1.0",
                assertThrows(IllegalArgumentException.class, () -> FunctionPlots.functionAndDerivative(RELU, 1, -1)).getMessage());
        Maxout two = Maxout.of(new double[][] {{1, 1}}, new double[] {0});
        assertEquals("a maxout plot needs a unit of 1 input, but " + two + " has 2",
                assertThrows(IllegalArgumentException.class, () -> FunctionPlots.maxout(two, -1, 1)).getMessage());
    }

    private static boolean contains(Figure f, java.awt.Color c) {
        for (int y = 0; y < f.getHeight(); y++) {
            for (int x = 0; x < f.getWidth(); x++) {
                if ((f.image().getRGB(x, y) & 0xffffff) == (c.getRGB() & 0xffffff)) {
                    return true;
                }
            }
        }
        return false;
    }
}
