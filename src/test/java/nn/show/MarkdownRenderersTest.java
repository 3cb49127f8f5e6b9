package nn.show;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Markdown values (and excerpts of the library's code) render as text/markdown through each kernel's own renderer, with their text form as text/plain. */
@DisplayName("Markdown values render through each kernel's own renderer")
class MarkdownRenderersTest {
    private final Markdown md = Markdown.of("- $z^{1}_{1} = -0.9$", "  z¹₁ = −0.9");

    @Test
    @DisplayName("JJava")
    void jjava() throws Exception {
        var renderer = new org.dflib.jjava.jupyter.kernel.display.Renderer();
        Kernel.register(renderer, Kernel.JJAVA_DISPLAY, Markdown.class, "text/markdown", Markdown::markdown);
        var data = renderer.render(md);
        assertEquals(md.markdown(), data.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.parse("text/markdown")));
        assertEquals(md.toString(), data.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));
    }

    @Test
    @DisplayName("an excerpt of the library's code renders as Markdown, its numbered lines as text (JJava)")
    void source() throws Exception {
        var renderer = new org.dflib.jjava.jupyter.kernel.display.Renderer();
        Kernel.register(renderer, Kernel.JJAVA_DISPLAY, Source.class, "text/markdown", Source::markdown);
        Source update = Source.of(nn.optim.Momentum.class).method("update");
        var data = renderer.render(update);
        assertEquals(update.markdown(), data.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.parse("text/markdown")));
        assertEquals(update.toString(), data.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));
    }

    @Test
    @DisplayName("IJava (jupyter-jvm-basekernel 2.3.0)")
    void ijava() throws Exception {
        var renderer = new io.github.spencerpark.jupyter.kernel.display.Renderer();
        Kernel.register(renderer, Kernel.IJAVA_DISPLAY, Markdown.class, "text/markdown", Markdown::markdown);
        var data = renderer.render(md);
        assertEquals(md.markdown(), data.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.parse("text/markdown")));
        assertEquals(md.toString(), data.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));
    }
}
