package nn.plots;

import nn.data.BinaryData;
import nn.data.Iris;
import nn.data.LogicData;
import nn.perceptron.Perceptron;
import nn.perceptron.Training;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Perceptron figures")
class PerceptronPlotsTest {
    @Test
    @DisplayName("the boundary plot draws both classes, the line and the normal")
    void boundary() {
        Training run = Perceptron.zero(2, 1).train(LogicData.and(), 100);
        Figure f = PerceptronPlots.boundary(LogicData.and(), run.result(), "AND");
        assertEquals("Figure(\"AND\", 560×560)", f.toString());
        for (Color c : new Color[] {Plots.ON, Plots.OFF, Plots.LINES[0], PerceptronPlots.NORMAL}) {
            assertTrue(contains(f, c), "colour " + c);
        }
    }

    @Test
    @DisplayName("small multiples: one panel for the start and one per update, in a grid")
    void updates() {
        Training run = Perceptron.zero(2, 1).train(LogicData.and(), 100); // 11 updates
        Figure all = PerceptronPlots.updates(run, 4, 100);
        assertEquals(4 * 290, all.getWidth());
        assertEquals(34 + 3 * 280, all.getHeight()); // a 34-pixel heading above the panels
        assertEquals("Figure(\"AND: the boundary after each update (11 of 11 shown)\", 1160×874)", all.toString());
        Figure some = PerceptronPlots.updates(run, 3, 5);
        assertEquals(3 * 290, some.getWidth());
        assertEquals(34 + 2 * 280, some.getHeight());
        assertTrue(contains(some, Plots.LINES[0]));
    }

    @Test
    @DisplayName("the boundary equation reads like the maths")
    void equation() {
        String[] names = {"x₁", "x₂"};
        assertEquals("2x₁ + x₂ − 3 = 0", PerceptronPlots.equation(Perceptron.of(new double[] {2, 1}, -3, 1), names));
        assertEquals("x₁ + x₂ = 0", PerceptronPlots.equation(Perceptron.of(new double[] {1, 1}, 0, 1), names));
        assertEquals("−1 = 0", PerceptronPlots.equation(Perceptron.of(new double[] {0, 0}, -1, 1), names));
    }

    @Test
    @DisplayName("mistakes per epoch draws one line per run")
    void mistakes() {
        BinaryData iris = Iris.pair("setosa", "versicolor", "sepal_length", "petal_length");
        Figure f = PerceptronPlots.mistakes("mistakes", Perceptron.zero(2, 1).train(iris, 100),
                Perceptron.zero(2, 1).train(LogicData.xor(), 20));
        assertTrue(contains(f, Plots.ON) && contains(f, Plots.LINES[0]));
    }

    @Test
    @DisplayName("figures need 2-D data")
    void needs2D() {
        BinaryData d3 = BinaryData.of("3-D", new double[][] {{1, 2, 3}}, new int[] {1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PerceptronPlots.boundary(d3, Perceptron.zero(3, 1), "x"));
        assertEquals("a perceptron plot draws 2-D data, but 3-D has 3 features", e.getMessage());
    }

    @Test
    @DisplayName("a grid needs charts and columns")
    void gridArguments() {
        assertEquals("a grid of charts needs at least one chart and one column, but got 0 charts in 2 columns",
                assertThrows(IllegalArgumentException.class, () -> Figure.grid("t", 2, java.util.List.of())).getMessage());
    }

    private static boolean contains(Figure f, Color c) {
        return PlotsTestSupport.contains(f, c);
    }
}
