package nn.show;

import nn.Workbook;
import nn.neurons.Gates;
import nn.neurons.TruthTables;
import nn.tables.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Showing results")
class ShowTest {
    @Test
    @DisplayName("a caught error shows its type and message, and no error says so")
    void caughtErrors() {
        Show.Caught c = Show.error(() -> Gates.and().fire(1, 2));
        assertEquals("IllegalArgumentException: MCP neuron inputs must be 0 or 1, but x2 = 2 (input [1, 2])", c.toString());
        Show.Caught none = Show.error(() -> Gates.and().fire(1, 1));
        assertNull(none.exception());
        assertEquals("no error was raised", none.toString());
    }

    @Test
    @DisplayName("outside a kernel, setup leaves tables as text")
    void setupOutsideAKernel() {
        assertTrue(Kernel.current().isEmpty());
        assertTrue(Workbook.setup().endsWith("tables show as text, figures as PNG images"), Workbook.setup());
    }

    @Test
    @DisplayName("the HTML form of a table escapes text and right-aligns numbers")
    void htmlTable() {
        String html = Tables.html(TruthTables.of(Gates.and(), "AND <gate>"));
        assertTrue(html.contains("<caption style='caption-side:top;text-align:left;font-weight:bold'>AND &lt;gate&gt;</caption>"), html);
        assertTrue(html.contains("<th>Σwx − θ</th>"), html);
        assertTrue(html.contains("<td style='text-align:right'>-2</td>"), html);
    }

    @Test
    @DisplayName("a table built from rows checks every row's length")
    void tablesFromRows() {
        assertEquals(2, Tables.ofRows("t", new String[] {"a", "b"}, new String[] {"1", "2"}, new String[] {"3", "4"}).rowCount());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tables.ofRows("t", new String[] {"a", "b"}, new String[] {"1"}));
        assertEquals("table t has 2 columns [a, b] but row 1 has 1 values: [1]", e.getMessage());
    }
}
