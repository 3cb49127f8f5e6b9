package nn.neurons;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The McCulloch–Pitts neuron")
class McCullochPittsTest {

    static Stream<Arguments> gates() {
        // truth tables written out by hand, rows 00, 01, 10, 11
        return Stream.of(
                Arguments.of("AND", Gates.and(), new int[] {0, 0, 0, 1}),
                Arguments.of("OR", Gates.or(), new int[] {0, 1, 1, 1}),
                Arguments.of("NAND", Gates.nand(), new int[] {1, 1, 1, 0}),
                Arguments.of("NOR", Gates.nor(), new int[] {1, 0, 0, 0}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gates")
    @DisplayName("two-input gates give their truth tables")
    void gatesGiveTheirTruthTables(String name, McCullochPitts gate, int[] expected) {
        int[][] inputs = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[k], gate.fire(inputs[k]), name + " on " + java.util.Arrays.toString(inputs[k]));
        }
    }

    @Test
    @DisplayName("NOT fires only when its input is off")
    void notGate() {
        assertEquals(1, Gates.not().fire(0));
        assertEquals(0, Gates.not().fire(1));
    }

    @Test
    @DisplayName("lecture 000's rule fires at z = 0 exactly, lecture 004's does not")
    void rulesDifferAtTheThreshold() {
        McCullochPitts atLeast = McCullochPitts.of(new double[] {1, 1}, 2, Rule.AT_LEAST);
        McCullochPitts above = McCullochPitts.of(new double[] {1, 1}, 2, Rule.ABOVE);
        assertEquals(0.0, atLeast.net(1, 1));
        assertEquals(1, atLeast.fire(1, 1));
        assertEquals(0, above.fire(1, 1));
    }

    @Test
    @DisplayName("lecture 004's AND (Σx > 1) is lecture 000's AND (Σx − 2 ≥ 0)")
    void theTwoConventionsDescribeTheSameNeuron() {
        McCullochPitts lecture004 = McCullochPitts.counting(2, 1);
        assertTrue(lecture004.computesSameAs(Gates.and()));
        assertEquals(-1.0, lecture004.bias());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gates")
    @DisplayName("switching the rule moves θ and keeps the truth table")
    void withRuleKeepsTheTruthTable(String name, McCullochPitts gate, int[] expected) {
        McCullochPitts strict = gate.withRule(Rule.ABOVE);
        assertEquals(Rule.ABOVE, strict.rule());
        assertTrue(strict.computesSameAs(gate), name);
        assertTrue(strict.withRule(Rule.AT_LEAST).computesSameAs(gate), name);
        assertEquals(gate.theta() - 1, strict.theta(), 1e-12, name + ": with integer weights θ moves down by one");
    }

    @Test
    @DisplayName("a neuron that never fires keeps never firing when its rule changes")
    void neverFiringNeuron() {
        McCullochPitts never = McCullochPitts.of(new double[] {1, 1}, 5);
        assertTrue(never.withRule(Rule.ABOVE).computesSameAs(never));
    }

    @Test
    @DisplayName("explain shows the computation with every number filled in")
    void explain() {
        assertEquals("Σwx = 1·1 + 1·1 = 2,  z = Σwx − θ = 2 − 2 = 0 ≥ 0,  so y = 1", Gates.and().explain(1, 1));
        assertEquals("Σwx = (−1)·1 + (−1)·0 = −1,  z = Σwx − θ = −1 − (−1) = 0 ≥ 0,  so y = 1", Gates.nand().explain(1, 0));
        assertEquals("Σwx = 1·1 + 1·1 = 2,  z = Σwx − θ = 2 − 2 = 0 ≤ 0,  so y = 0",
                McCullochPitts.of(new double[] {1, 1}, 2, Rule.ABOVE).explain(1, 1));
    }

    @Test
    @DisplayName("the table of both rules moves every gate's θ and keeps its truth table")
    void bothRulesTable() {
        Table t = TruthTables.bothRules(Gates.all());
        assertEquals(5, t.rowCount());
        assertArrayEquals(new double[] {2, 1, 0, -1, 0}, t.doubleColumn("θ for ≥ (lecture 000)").asDoubleArray());
        assertArrayEquals(new double[] {1, 0, -1, -2, -1}, t.doubleColumn("θ for > (lecture 004)").asDoubleArray());
        assertEquals(List.of("yes", "yes", "yes", "yes", "yes"), t.stringColumn("same truth table?").asList());
    }

    @Test
    @DisplayName("toString reads like the maths")
    void readableToString() {
        assertEquals("MCP(w=[1, 1], θ=2, fires when Σwx − θ ≥ 0)", Gates.and().toString());
        assertEquals("1\\,x_{1} + 1\\,x_{2} - 2 \\geq 0", Gates.and().toLatex());
    }

    @Test
    @DisplayName("the truth table is a tablesaw table with inputs, sums and output")
    void truthTable() {
        Table t = TruthTables.of(Gates.and(), "AND");
        assertEquals(List.of("x1", "x2", "Σwx", "Σwx − θ", "y"), t.columnNames());
        assertEquals(4, t.rowCount());
        assertArrayEquals(new int[] {0, 0, 0, 1}, t.intColumn("y").asIntArray());
        assertArrayEquals(new double[] {-2, -1, -1, 0}, t.doubleColumn("Σwx − θ").asDoubleArray());
    }

    @Nested
    @DisplayName("bad input")
    class BadInput {
        @Test
        @DisplayName("a non-binary input names the value and its position")
        void nonBinaryInput() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gates.and().fire(1, 2));
            assertEquals("MCP neuron inputs must be 0 or 1, but x2 = 2 (input [1, 2])", e.getMessage());
        }

        @Test
        @DisplayName("a wrong number of inputs names both counts and the weights")
        void wrongNumberOfInputs() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gates.and().fire(1, 0, 1));
            assertEquals("this MCP neuron has 2 inputs (w = [1, 1]) but got 3 values: [1, 0, 1]", e.getMessage());
        }

        @Test
        @DisplayName("a NaN weight or threshold is refused when the neuron is made")
        void nanParameters() {
            IllegalArgumentException w = assertThrows(IllegalArgumentException.class,
                    () -> McCullochPitts.of(new double[] {1, Double.NaN}, 1));
            assertEquals("w[1] must be a finite number but was NaN (w = [1.0, NaN])", w.getMessage());
            IllegalArgumentException t = assertThrows(IllegalArgumentException.class,
                    () -> McCullochPitts.of(new double[] {1, 1}, Double.POSITIVE_INFINITY));
            assertEquals("threshold θ must be a finite number but was Infinity", t.getMessage());
        }

        @Test
        @DisplayName("a neuron without weights is refused")
        void noWeights() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> McCullochPitts.of(new double[0], 0));
            assertEquals("an MCP neuron needs at least one weight", e.getMessage());
        }

        @Test
        @DisplayName("the input array is copied, so changing it later changes nothing")
        void weightsAreCopied() {
            double[] w = {1, 1};
            McCullochPitts and = McCullochPitts.of(w, 2);
            w[0] = -5;
            assertEquals(1, and.fire(1, 1));
            assertFalse(and.weights() == and.weights());
        }
    }
}
