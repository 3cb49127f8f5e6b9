package nn.show;

import nn.neurons.Gates;
import nn.neurons.TruthTables;
import nn.plots.Figure;
import nn.plots.Plots;
import nn.tables.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The HTML renderers for tables and figures, registered by reflection with the real
 * {@code Renderer} of each kernel family: JJava's ({@code org.dflib.jjava.jupyter}) and the base
 * kernel that IJava 1.3.0 is built on ({@code io.github.spencerpark.jupyter}, version 2.3.0); and
 * the kernels' own image renderer, which shows a figure as PNG where nothing is registered.
 */
@DisplayName("Tables and figures render through each kernel's own renderer")
class KernelRenderersTest {
    private final Table table = TruthTables.of(Gates.and(), "AND");
    private final Figure figure = Plots.gate(Gates.and(), "AND");

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
    @DisplayName("JJava: a figure as SVG in HTML once registered, as PNG by the kernel's default before")
    void jjavaFigure() throws Exception {
        var renderer = new org.dflib.jjava.jupyter.kernel.display.Renderer();
        org.dflib.jjava.jupyter.kernel.display.common.Image.registerAll(renderer);
        var before = renderer.render(figure);
        assertPng(before.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.IMAGE_PNG));
        Kernel.register(renderer, Kernel.JJAVA_DISPLAY, Figure.class, "text/html", Figure::html);
        var after = renderer.render(figure);
        assertEquals(figure.html(), after.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_HTML));
        assertEquals(figure.toString(), after.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));
        assertNull(after.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.IMAGE_PNG), "one form only");
    }

    @Test
    @DisplayName("IJava: a figure as SVG in HTML once registered, as PNG by the kernel's default before")
    void ijavaFigure() throws Exception {
        var renderer = new io.github.spencerpark.jupyter.kernel.display.Renderer();
        io.github.spencerpark.jupyter.kernel.display.common.Image.registerAll(renderer);
        var before = renderer.render(figure);
        assertPng(before.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.IMAGE_PNG));
        Kernel.register(renderer, Kernel.IJAVA_DISPLAY, Figure.class, "text/html", Figure::html);
        var after = renderer.render(figure);
        assertEquals(figure.html(), after.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_HTML));
        assertEquals(figure.toString(), after.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));
        assertNull(after.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.IMAGE_PNG), "one form only");
    }

    /** A base64 PNG of the figure's size. */
    private void assertPng(Object base64) throws Exception {
        assertNotNull(base64, "the kernel's image renderer shows a figure as PNG");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64.toString())));
        assertEquals(figure.getWidth(), png.getWidth());
        assertEquals(figure.getHeight(), png.getHeight());
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
