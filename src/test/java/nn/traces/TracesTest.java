package nn.traces;

import nn.init.Init;
import nn.init.Initializer;
import nn.layers.BackwardPass;
import nn.layers.Network;
import nn.layers.WorkedExampleFixture;
import nn.losses.Losses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nn.activations.Activations.SIGMOID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Traces write each step as a formula with its numbers")
class TracesTest {
    private final Network net = WorkedExampleFixture.network();
    private final BackwardPass pass = net.backward(new double[] {2, 3, -1}, new double[] {1}, Losses.SQUARED_ERROR);

    @Test
    @DisplayName("the forward pass reads like the lecture, in text and in LaTeX")
    void forward() {
        var trace = Traces.forward(pass.forward(), 1);
        assertTrue(trace.toString().contains("z¹₁ = 0.2·2 + (−0.5)·3 + 0.1·(−1) + 0.3 = −0.9"), trace.toString());
        assertTrue(trace.toString().contains("a¹₁ = σ(−0.9) = 0.28905"), trace.toString());
        assertTrue(trace.markdown().contains("- $z^{1}_{1} = 0.2 \\cdot 2 + (-0.5) \\cdot 3 + 0.1 \\cdot (-1) + 0.3 = -0.9$"), trace.markdown());
    }

    @Test
    @DisplayName("the loss and the output layer's chain-rule factors")
    void outputLayer() {
        assertEquals("  C₀ = (0.588899 − 1)² = 0.169004", Traces.loss(pass).toString());
        String text = Traces.backward(pass, 2).toString();
        assertTrue(text.contains("∂C₀/∂a²₁ = 2(0.588899 − 1) = −0.822203"), text);
        assertTrue(text.contains("σ'(z²₁) = a(1 − a) = 0.588899·(1 − 0.588899) = 0.242097"), text);
        assertTrue(text.contains("∂C₀/∂W²₁₁ = δ²₁·a¹₁ = (−0.199053)·0.28905 = −0.0575363"), text);
    }

    @Test
    @DisplayName("the hidden layer's δ¹ = σ'(z¹) ⊙ (W²)ᵀδ²")
    void hiddenLayer() {
        String text = Traces.backward(pass, 1).toString();
        assertTrue(text.contains("δ¹₁ = σ'(z¹₁)·Σₖ W²ₖ₁δ²ₖ = 0.2055·(0.5·(−0.199053)) = −0.0204527"), text);
    }

    @Test
    @DisplayName("the update of one layer")
    void update() {
        String text = Traces.update(net, pass.gradients(), 0.1, Losses.SQUARED_ERROR, 2).toString();
        assertTrue(text.contains("W²₁₁ ← 0.5 − 0.1·(−0.0575363) = 0.505754"), text);
        assertTrue(text.contains("b²₁ ← 0.1 − 0.1·(−0.199053) = 0.119905"), text);
    }

    @Test
    @DisplayName("softmax with cross-entropy shows δ = ŷ − t")
    void softmax() {
        Network sm = Network.builder(2).dense(3, SIGMOID).softmax(2).init(Init.XAVIER_NORMAL.seeded(1)).build();
        var bp = sm.backward(new double[] {0.5, -1}, new double[] {1, 0}, Losses.CROSS_ENTROPY);
        String text = Traces.backward(bp, 2).toString();
        assertTrue(text.contains("δ²₂ = ŷ₂ − t₂ = 0.214886 − 0 = 0.214886"), text);
        assertTrue(Traces.forward(bp.forward(), 2).toString().contains("a²₁ = e^0.655069 / (e^0.655069 + e^(−0.640654)) = 0.785114"));
    }

    @Test
    @DisplayName("a softmax hidden layer is traced through its Jacobian, never as NaN")
    void softmaxHidden() {
        Network odd = Network.builder(2).softmax(3).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(3)).build();
        var bp = odd.backward(new double[] {1, -1}, new double[] {1}, Losses.MSE);
        String text = Traces.backward(bp).toString();
        assertTrue(text.contains("δ¹₁ = (Jᵀ(W²)ᵀδ²)₁ = "), text);
        assertTrue(!text.contains("NaN"), text);
    }
}
