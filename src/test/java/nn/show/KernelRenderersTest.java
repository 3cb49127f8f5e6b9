package nn.show;

import nn.neurons.Gates;
import nn.neurons.TruthTables;
import nn.tables.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The HTML renderer for tables, registered by reflection with the real {@code Renderer} of each
 * kernel family: JJava's ({@code org.dflib.jjava.jupyter}) and the base kernel that IJava 1.3.0 is
 * built on ({@code io.github.spencerpark.jupyter}, version 2.3.0).
 */
@DisplayName("Tables render as HTML through each kernel's own renderer")
class KernelRenderersTest {
    private final Table table = TruthTables.of(Gates.and(), "AND");

    @Test
    @DisplayName("JJava")
    void jjava() throws Exception {
        var renderer = new org.dflib.jjava.jupyter.kernel.display.Renderer();
        Kernel.register(renderer, Kernel.JJAVA_DISPLAY, Table.class, "text/html", Tables::html);
        var data = renderer.render(table);
        assertEquals(Tables.html(table), data.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_HTML));
        assertEquals(table.toString(), data.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));
    }

    @Test
    @DisplayName("IJava (jupyter-jvm-basekernel 2.3.0)")
    void ijava() throws Exception {
        var renderer = new io.github.spencerpark.jupyter.kernel.display.Renderer();
        Kernel.register(renderer, Kernel.IJAVA_DISPLAY, Table.class, "text/html", Tables::html);
        var data = renderer.render(table);
        assertEquals(Tables.html(table), data.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_HTML));
        assertEquals(table.toString(), data.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));
    }
}
