package nn;

import nn.plots.Figure;
import nn.show.Kernel;
import nn.show.Markdown;
import nn.show.Source;
import nn.tables.Tables;
import tech.tablesaw.api.Table;

import java.util.Optional;

/**
 * The first call of every notebook. It teaches the kernel to show tablesaw tables as HTML tables,
 * {@link Markdown} values (formulas with numbers) and {@link Source} excerpts (the library's own code)
 * as rendered Markdown and {@link Figure}s as SVG,
 * and reports that the library is loaded:
 * <pre>
 *   %classpath ../lib/*
 *   nn.Workbook.setup()
 * </pre>
 * Without it (or in a kernel that refuses the renderers) tables show as text and figures as PNG:
 * a figure is an image, which both kernels show as PNG by default.
 */
public final class Workbook {
    /** The library's version, from the jar's manifest ("dev" when run from classes). */
    public static final String VERSION = Optional.ofNullable(Workbook.class.getPackage().getImplementationVersion()).orElse("dev");

    private static boolean registered;

    private Workbook() {
    }

    /**
     * Registers the HTML form of tables and figures and the Markdown form of formulas with the
     * running kernel (once, however often it is called) and returns a one-line status. Outside a
     * kernel tables stay plain text.
     */
    public static synchronized String setup() {
        Optional<Kernel> kernel = Kernel.current();
        if (kernel.isPresent() && !registered) {
            try {
                kernel.get().register(Table.class, "text/html", Tables::html);
                kernel.get().register(Markdown.class, "text/markdown", Markdown::markdown);
                kernel.get().register(Source.class, "text/markdown", Source::markdown);
                kernel.get().register(Figure.class, "text/html", Figure::html);
                registered = true;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return "nn-workbook " + VERSION + " loaded; tables show as text and figures as PNG images (" + kernel.get().name()
                        + " did not accept the HTML renderer: " + e + ")";
            }
        }
        return "nn-workbook " + VERSION + " loaded: " + (registered ? "tables show as HTML, figures as SVG" : "tables show as text, figures as PNG images");
    }
}
