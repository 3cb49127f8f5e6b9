package nn.plots;

import nn.init.Init;
import nn.init.Initializer;
import nn.data.Toy2D;
import nn.layers.Network;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nn.activations.Activations.SIGMOID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Network figures")
class NetworkDiagramTest {
    private final Network net = Network.builder(2).dense(3, SIGMOID).dense(1, SIGMOID).init(Initializer.randn(3)).build();

    @Test
    @DisplayName("a network diagram draws positive and negative weights in their colours")
    void diagram() {
        Figure f = NetworkDiagram.of(net.forward(1, 0), "2-3-1");
        assertEquals("Figure(\"2-3-1\", 780×414)", f.toString());
        assertTrue(PlotsTestSupport.contains(f, Plots.ON) && PlotsTestSupport.contains(f, Plots.OFF));
    }

    @Test
    @DisplayName("a weight's label moves along its edge to a place no other label takes")
    void labels() {
        var g = new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12));
        var taken = new java.util.ArrayList<java.awt.geom.Rectangle2D>();
        var first = NetworkDiagram.place(g, "0.5", 0, 0, 200, 0, 0.5, taken);
        assertEquals(100, first.getCenterX(), 1e-9);
        taken.add(first);
        var second = NetworkDiagram.place(g, "0.5", 0, 0, 200, 0, 0.5, taken);
        assertTrue(!second.intersects(first), first + " and " + second);
    }

    @Test
    @DisplayName("a decision boundary needs a two-input network and one caption per panel")
    void decisionBoundary() {
        Figure f = DecisionBoundary.panels(List.of(net, net), List.of("a", "b"), Toy2D.xor(), "XOR");
        assertEquals("Figure(\"XOR\", 664×412)", f.toString());
        var e = assertThrows(IllegalArgumentException.class, () -> DecisionBoundary.of(Network.builder(3).dense(1, SIGMOID).init(Init.HE_NORMAL.seeded(1)).build(), Toy2D.xor(), "x"));
        assertEquals("a decision-boundary plot needs a network with 2 inputs, but Network[3 → 1 sigmoid] has 3", e.getMessage());
    }

    @Test
    @DisplayName("a decision boundary's square panel spans as many units across as up, centred on the data")
    void squarePanel() {
        var data = nn.data.Samples.of("wide", new double[][] {{-2, 0}, {2, 1}}, new double[][] {{0}, {1}});
        double[] box = DecisionBoundary.bounds(data);
        assertEquals(box[1] - box[0], box[3] - box[2], 1e-12);
        assertEquals(0, (box[0] + box[1]) / 2, 1e-12);
        assertEquals(0.5, (box[2] + box[3]) / 2, 1e-12);
        assertEquals(1.3 * 4 + 0.2, box[1] - box[0], 1e-12);
    }

    @Test
    @DisplayName("a decision boundary draws the line where the output is 0.5 as one line, across its panel")
    void boundaryLine() {
        // σ(x₁ − x₂): the output is 0.5 on the diagonal x₁ = x₂
        Network diagonal = Network.of(nn.layers.Dense.of(new double[][] {{1, -1}}, new double[] {0}, SIGMOID));
        String svg = DecisionBoundary.of(diagonal, Toy2D.xor(), "diagonal").svg();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("stroke='#333'[^>]* d='([^']*)'").matcher(svg);
        assertTrue(m.find(), svg);
        String d = m.group(1);
        assertEquals(1, d.chars().filter(c -> c == 'M').count(), "one line: " + d);
        assertTrue(d.length() < 30, "a straight line is one segment: " + d);
    }

    @Test
    @DisplayName("the loss axis ends at a round number of epochs")
    void lossAxis() {
        assertEquals(1000, LossCurve.niceCeiling(966));
        assertEquals(250, LossCurve.niceCeiling(250));
        assertEquals(15, LossCurve.niceCeiling(11));
        assertEquals(300, LossCurve.niceCeiling(300));
    }

    @Test
    @DisplayName("a training run's chart is one call, during the run and after it")
    void trainingRun() {
        List<String> charts = new java.util.ArrayList<>();
        var run = nn.train.Trainer.gradientDescent(1, nn.losses.Losses.MSE).stopWhen(nn.train.StopCondition.maxEpochs(20))
                .onProgress(10, r -> charts.add(LossCurve.of(r, "XOR").toString())).train(net, Toy2D.xor());
        assertEquals(List.of("Figure(\"XOR\", 620×340)", "Figure(\"XOR\", 620×340)"), charts);
        assertEquals("Figure(\"losses\", 620×340)", LossCurve.of(run, "losses").toString());
    }
}
