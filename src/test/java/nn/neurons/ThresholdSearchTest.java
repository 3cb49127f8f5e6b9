package nn.neurons;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Searching for single neurons")
class ThresholdSearchTest {
    private static final ThresholdSearch SEARCH =
            new ThresholdSearch(ThresholdSearch.grid(-2, 2, 0.5), ThresholdSearch.grid(-3, 3, 0.5));

    @Test
    @DisplayName("the search tries every weight combination with every threshold")
    void triesEveryCombination() {
        ThresholdSearch.Result r = SEARCH.find(BooleanFunction.XOR);
        assertEquals(9L * 9 * 13, r.tried());
    }

    @Test
    @DisplayName("no single MCP neuron computes XOR or XNOR")
    void noNeuronComputesXor() {
        assertTrue(SEARCH.find(BooleanFunction.XOR).found().isEmpty());
        assertTrue(SEARCH.find(BooleanFunction.XNOR).found().isEmpty());
    }

    @Test
    @DisplayName("every neuron the search finds for AND really computes AND, and the hand-made one is among them")
    void findsAnd() {
        List<McCullochPitts> found = SEARCH.find(BooleanFunction.AND).found();
        assertFalse(found.isEmpty());
        for (McCullochPitts m : found) {
            for (int[] x : BinaryInputs.all(2)) {
                assertEquals(x[0] & x[1], m.fire(x), m + " on " + java.util.Arrays.toString(x));
            }
        }
        assertTrue(found.contains(Gates.and()));
    }

    @Test
    @DisplayName("14 of the 16 two-input functions have a neuron on the grid; XOR and XNOR do not")
    void survey() {
        Table t = SEARCH.survey(BooleanFunction.allOfTwoInputs());
        assertEquals(16, t.rowCount());
        int without = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.intColumn("neurons found").getInt(r) == 0) {
                without++;
                String name = t.stringColumn("function").get(r);
                assertTrue(name.endsWith("XOR") || name.endsWith("XNOR"), name);
            }
        }
        assertEquals(2, without);
    }

    @Test
    @DisplayName("the XOR circuit of OR, NAND and AND computes XOR, with the hidden values it should have")
    void xorCircuit() {
        Circuit xor = Gates.xor();
        for (int[] x : BinaryInputs.all(2)) {
            List<int[]> trace = xor.trace(x);
            assertArrayEquals(new int[] {x[0] | x[1], 1 - (x[0] & x[1])}, trace.get(1));
            assertArrayEquals(new int[] {x[0] ^ x[1]}, xor.fire(x));
        }
        Table t = TruthTables.of(xor);
        assertEquals(List.of("x1", "x2", "h1 = OR", "h2 = NAND", "y = AND"), t.columnNames());
    }

    @Test
    @DisplayName("a circuit refuses a layer that reads the wrong number of inputs")
    void circuitShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Circuit.builder(2).layer(new String[] {"n"}, Gates.not()));
        assertEquals("layer 1, neuron 1 (n) reads 1 inputs but the layer before it has 2 outputs", e.getMessage());
    }

    @Test
    @DisplayName("a grid must run upwards with a positive step")
    void gridArguments() {
        assertArrayEquals(new double[] {0, 0.5, 1}, ThresholdSearch.grid(0, 1, 0.5));
        assertEquals("grid step must be a positive finite number but was 0.0",
                assertThrows(IllegalArgumentException.class, () -> ThresholdSearch.grid(0, 1, 0)).getMessage());
        assertEquals("a grid runs upwards, but from = 1 > to = 0",
                assertThrows(IllegalArgumentException.class, () -> ThresholdSearch.grid(1, 0, 0.5)).getMessage());
    }

    @Test
    @DisplayName("Boolean functions check their truth tables")
    void booleanFunctions() {
        assertArrayEquals(new int[] {0, 1, 1, 0}, BooleanFunction.XOR.outputs());
        assertEquals(16, BooleanFunction.allOfTwoInputs().size());
        assertEquals("XOR takes 2 inputs but got 1: [1]",
                assertThrows(IllegalArgumentException.class, () -> BooleanFunction.XOR.apply(1)).getMessage());
        assertEquals("a truth table has 2, 4, 8, … rows but F has 3 values",
                assertThrows(IllegalArgumentException.class, () -> BooleanFunction.fromOutputs("F", 0, 1, 1)).getMessage());
    }
}
