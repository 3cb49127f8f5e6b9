package nn.metrics;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("The confusion matrix")
class ConfusionMatrixTest {
    final int[] actual = {0, 0, 1, 1, 1, 2, 2, 2, 2};
    final int[] predicted = {0, 1, 1, 1, 2, 2, 2, 2, 0};
    final ConfusionMatrix cm = ConfusionMatrix.of(actual, predicted, 3);

    @Test
    @DisplayName("counts each (actual, predicted) pair")
    void counts() {
        assertEquals(1, cm.count(0, 0));
        assertEquals(1, cm.count(0, 1));
        assertEquals(2, cm.count(1, 1));
        assertEquals(1, cm.count(1, 2));
        assertEquals(3, cm.count(2, 2));
        assertEquals(1, cm.count(2, 0));
        assertEquals(0, cm.count(2, 1));
        assertEquals(9, cm.total());
    }

    @Test
    @DisplayName("has accuracy trace/N, the share of correct predictions")
    void accuracy() {
        assertEquals(6.0 / 9, cm.accuracy(), 1e-15);
        assertEquals(ConfusionMatrix.accuracy(actual, predicted), cm.accuracy(), 1e-15);
        assertEquals(0.75, cm.recall(2), 1e-15);
        assertArrayEquals(new int[] {1, 4, 8}, ConfusionMatrix.misclassified(actual, predicted));
    }

    @Test
    @DisplayName("is a table with one row per actual class and a column per predicted class")
    void table() {
        Table t = cm.table();
        assertEquals(3, t.rowCount());
        assertEquals(5, t.columnCount());
        assertEquals("[actual, →0, →1, →2, recall]", t.columnNames().toString());
        assertEquals("1", t.getString(2, "→0"));
        assertEquals("0.667", t.getString(1, "recall"));
        assertEquals("Confusion matrix (rows: actual class; column →k: predicted as k), accuracy 0.6667", t.name());
        assertEquals("ConfusionMatrix(3 classes, 9 examples, accuracy=0.6667)", cm.toString());
    }

    @Test
    @DisplayName("refuses labels and predictions of different lengths or outside the classes")
    void errors() {
        assertEquals("a confusion matrix needs as many predictions as labels but got 2 labels and 1 predictions",
                assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[2], new int[1], 3)).getMessage());
        assertEquals("example 1 has label 0 and prediction 3, but the classes are 0 to 2",
                assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[2], new int[] {0, 3}, 3)).getMessage());
    }
}
