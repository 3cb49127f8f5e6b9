package nn.perceptron;

import nn.data.LogicData;
import nn.data.Separable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("Perceptron tables")
class PerceptronTablesTest {
    final Training and = Perceptron.zero(2, 1).train(LogicData.and(), 100);

    @Test
    @DisplayName("the update table has one row per update with the numbers of the rule")
    void updates() {
        Table t = PerceptronTables.updates(and);
        assertEquals(and.updates().size(), t.rowCount());
        assertEquals(List.of("update", "epoch", "row", "x", "t", "y", "z = wᵀx + b", "w before", "b before", "w after", "b after"), t.columnNames());
        assertEquals("[1, 1]", t.stringColumn("w after").get(1));
        assertEquals(0.0, t.doubleColumn("b after").getDouble(1));
        assertEquals(-1, t.intColumn("y").get(1));
    }

    @Test
    @DisplayName("mistakes per epoch sum to the number of updates")
    void mistakes() {
        Table t = PerceptronTables.mistakes(and);
        assertEquals(and.epochs(), t.rowCount());
        assertEquals(and.updates().size(), (int) t.intColumn("mistakes").sum());
    }

    @Test
    @DisplayName("the distance table gives (wᵀx + b)/‖w‖ for every point")
    void distances() {
        Perceptron p = Perceptron.of(new double[] {3, 4}, -5, 1);
        Table t = PerceptronTables.distances(p, LogicData.and());
        assertEquals(List.of(-1.0, -0.2, -0.4, 0.4), t.doubleColumn("distance (wᵀx + b)/‖w‖").asList());
        assertEquals(List.of("yes", "yes", "yes", "yes"), t.stringColumn("y = t?").asList());
    }

    @Test
    @DisplayName("the run and bound tables have one row per run")
    void runsAndBounds() {
        Separable s = Separable.generate(30, 0.1, 4);
        Training run = Perceptron.zero(2, 1).train(s.data(), 1000);
        assertEquals(2, PerceptronTables.runs("runs", and, run).rowCount());
        Table b = PerceptronTables.novikoff("bounds", List.of(run), List.of(Novikoff.of(s.data(), s.w(), s.b())));
        assertEquals("yes", b.stringColumn("updates ≤ (R/γ)²?").get(0));
        assertEquals("table t needs one bound per run but got 1 runs and 0 bounds",
                assertThrows(IllegalArgumentException.class, () -> PerceptronTables.novikoff("t", List.of(run), List.of())).getMessage());
    }
}
