package nn;

import nn.plots.Figure;
import nn.show.Kernel;
import nn.show.Markdown;
import nn.tables.Tables;
import tech.tablesaw.api.Table;

import java.util.Optional;

/**
 * The first call of every notebook. It teaches the kernel to show tablesaw tables as HTML tables
 * and {@link Markdown} values (formulas with numbers) as rendered Markdown, and reports that the library is loaded:
 * <pre>
 *   %classpath ../lib/*
 *   nn.Workbook.setup()
 * </pre>
 * Figures ({@link Figure}) need nothing: they are images, which both kernels show as PNG.
 */
public final class Workbook {
    /** The library's version, from the jar's manifest ("dev" when run from classes). */
    public static final String VERSION = Optional.ofNullable(Workbook.class.getPackage().getImplementationVersion()).orElse("dev");

    private static boolean tablesRegistered;

    private Workbook() {
    }

    /**
     * Registers the HTML form of tables with the running kernel (once, however often it is
     * called) and returns a one-line status. Outside a kernel tables stay plain text.
     */
    public static synchronized String setup() {
        Optional<Kernel> kernel = Kernel.current();
        if (kernel.isPresent() && !tablesRegistered) {
            try {
                kernel.get().register(Table.class, "text/html", Tables::html);
                kernel.get().register(Markdown.class, "text/markdown", Markdown::markdown);
                tablesRegistered = true;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return "nn-workbook " + VERSION + " loaded; tables show as text (" + kernel.get().name()
                        + " did not accept the HTML renderer: " + e + ")";
            }
        }
        return "nn-workbook " + VERSION + " loaded: tables show as " + (tablesRegistered ? "HTML" : "text") + ", figures as PNG images";
    }
}
