package nn.plots;

import nn.neurons.BooleanFunction;
import nn.neurons.Gates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Figures")
class PlotsTest {
    @Test
    @DisplayName("a gate plot is a real rendered image with a stable description")
    void gatePlotRenders() {
        Figure f = Plots.gate(Gates.and(), "AND");
        assertEquals("Figure(\"AND\", 460×460)", f.toString());
        assertTrue(distinctColours(f) > 20, "the image has content, not a blank canvas");
        assertTrue(PlotsTestSupport.contains(f, Plots.ON) && PlotsTestSupport.contains(f, Plots.OFF), "both classes are drawn");
    }

    @Test
    @DisplayName("the XOR plot draws its points and the lines it is given")
    void xorPlot() {
        Figure f = Plots.booleanFunction(BooleanFunction.XOR, "XOR", Gates.or(), Gates.nand());
        assertTrue(PlotsTestSupport.contains(f, Plots.LINES[0]) && PlotsTestSupport.contains(f, Plots.LINES[1]));
    }

    @Test
    @DisplayName("a gate plot needs a two-input neuron")
    void gatePlotArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Plots.gate(Gates.not(), "NOT"));
        assertEquals("a gate plot needs a 2-input neuron, but MCP(w=[-1], θ=0, fires when Σwx − θ ≥ 0) has 1 inputs", e.getMessage());
    }

    private static long distinctColours(Figure f) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < f.getHeight(); y += 3) {
            for (int x = 0; x < f.getWidth(); x += 3) {
                seen.add(f.image().getRGB(x, y));
            }
        }
        return seen.size();
    }
}
