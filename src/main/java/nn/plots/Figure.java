package nn.plots;

import nn.i18n.Language;
import nn.util.Check;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.RenderedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A figure: a chart, several charts side by side, or a picture drawn with Java2D. It keeps how it
 * is drawn, so it can be shown two ways:
 * <ul>
 *   <li>as SVG ({@link #svg()}), sharp at any zoom; {@link nn.Workbook#setup()} has the kernel show
 *       every figure this way ({@link #html()});</li>
 *   <li>as an image ({@link #image()}, painted on first use): a figure is a {@link RenderedImage},
 *       which both Java kernels show as a PNG wherever nothing else is registered.</li>
 * </ul>
 * Its {@code toString} is a short description, so the text form of a notebook cell stays the same
 * on every run.
 */
public final class Figure extends PaintedImage {
    static {
        // Charts are drawn off-screen: no display is needed, on a laptop, a server or Binder.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Height of the bold heading above a grid of panels. */
    static final int HEADING = 34;

    private final String title;
    private final Language language;
    private final Consumer<Graphics2D> painter;

    private Figure(int width, int height, String title, Language language, Consumer<Graphics2D> painter) {
        super(width, height);
        this.title = title;
        this.language = language;
        this.painter = painter;
    }

    /**
     * Paints {@code chart} at its own size into a new figure, its title, axis titles and legend in
     * the language of the edition ({@link Language}); the figure's {@link #title()} stays as given.
     */
    public static Figure of(Chart<?, ?> chart) {
        Check.given("Figure.of", "chart", chart);
        Check.argument(chart.getTitle() != null, "a chart needs a title (it may be empty \"\"), not null");
        return draw(chart.getWidth(), chart.getHeight(), chart.getTitle(), g -> inLanguage(chart, () -> chart.paint(g, chart.getWidth(), chart.getHeight())));
    }

    /** Runs {@code paint} with the chart's words in the language in use, then puts them back. */
    private static void inLanguage(Chart<?, ?> chart, Runnable paint) {
        if (Language.current() == Language.ENGLISH) {
            paint.run();
            return;
        }
        String title = chart.getTitle(), x = chart.getXAxisTitle(), y = chart.getYAxisTitle();
        Map<Series, String> labels = new HashMap<>();
        chart.getSeriesMap().values().stream().filter(Series::isShowInLegend).forEach(s -> labels.put(s, s.getLabel())); // a hidden series' name is never drawn
        try {
            chart.setTitle(Language.text(title));
            chart.setXAxisTitle(Language.text(x));
            chart.setYAxisTitle(Language.text(y));
            labels.forEach((s, label) -> s.setLabel(Language.text(label)));
            paint.run();
        } finally {
            chart.setTitle(title);
            chart.setXAxisTitle(x);
            chart.setYAxisTitle(y);
            labels.forEach(Series::setLabel);
        }
    }

    /**
     * A figure drawn directly with Java2D (e.g. a network diagram or digit images): {@code painter}
     * paints on a white, antialiased canvas of the given size (once for the image, once for the SVG).
     */
    public static Figure draw(int width, int height, String title, Consumer<Graphics2D> painter) {
        Check.given("Figure.draw", "painter", painter);
        Check.argument(width > 0 && height > 0 && width <= 10_000 && height <= 10_000,
                "a figure needs a size from 1×1 to 10 000×10 000 pixels but got %d×%d", width, height);
        Language language = Language.current(); // painted later (image, SVG): in the language of the moment it was made
        return new Figure(width, height, title == null ? "" : title, language, g -> {
            Language before = Language.use(language);
            try {
                painter.accept(g);
            } finally {
                Language.use(before);
            }
        });
    }

    /**
     * Small multiples: the charts painted row by row, {@code columns} to a row, each in a cell as
     * large as the largest chart, under {@code title} (drawn as a heading when it is not empty).
     */
    public static Figure grid(String title, int columns, Chart<?, ?>... charts) {
        Check.given("Figure.grid", "charts", charts);
        Check.argument(charts.length > 0 && columns > 0, "a grid of charts needs at least one chart and one column, but got %d charts in %d columns",
                charts.length, columns);
        return tiles(title, columns, Arrays.stream(charts).map(Figure::of).toList());
    }

    /** {@link #grid(String, int, Chart[])} for a list of charts (small multiples built in a loop). */
    public static Figure grid(String title, int columns, List<? extends Chart<?, ?>> charts) {
        Check.given("Figure.grid", "charts", charts);
        Check.argument(charts != null, "a grid of charts needs a list of charts, not null");
        return grid(title, columns, charts.toArray(new Chart<?, ?>[0]));
    }

    /**
     * Small multiples of figures (or other images): row by row, {@code columns} to a row, each
     * centred in a cell as large as the largest, under {@code title} (drawn as a heading when it is
     * not empty).
     */
    public static Figure tiles(String title, int columns, List<? extends RenderedImage> panels) {
        Check.given("Figure.tiles", "panels", panels);
        Check.argument(columns >= 1, "a grid of figures needs at least one column but got %d", columns);
        Check.argument(panels != null && !panels.isEmpty(), "a grid of figures needs at least one panel");
        int cellW = panels.stream().mapToInt(RenderedImage::getWidth).max().orElse(1);
        int cellH = panels.stream().mapToInt(RenderedImage::getHeight).max().orElse(1);
        int cols = Math.min(columns, panels.size());
        int rows = (panels.size() + cols - 1) / cols;
        int top = title == null || title.isEmpty() ? 0 : HEADING;
        return draw(cols * cellW, top + rows * cellH, title, g -> {
            if (top > 0) {
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
                String heading = Language.text(title);
                int w = g.getFontMetrics().stringWidth(heading);
                g.drawString(heading, Math.max(4, (cols * cellW - w) / 2), 24);
            }
            for (int i = 0; i < panels.size(); i++) {
                RenderedImage p = panels.get(i);
                int x = (i % cols) * cellW + (cellW - p.getWidth()) / 2;
                int y = top + (i / cols) * cellH + (cellH - p.getHeight()) / 2;
                if (p instanceof Figure f) { // drawn again in place, so it stays vector in the SVG
                    Graphics2D panel = (Graphics2D) g.create(x, y, f.getWidth(), f.getHeight());
                    try {
                        f.paint(panel);
                    } finally {
                        panel.dispose();
                    }
                } else {
                    g.drawRenderedImage(p, AffineTransform.getTranslateInstance(x, y));
                }
            }
        });
    }

    /** Paints the figure at the origin of {@code g}: a white, antialiased canvas, then the drawing. */
    @Override
    void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        painter.accept(g);
    }

    /** The figure as an SVG document (its shapes and text as vector paths, images inside it as PNG). */
    public String svg() {
        return Svg.of(getWidth(), getHeight(), this::paint);
    }

    /**
     * What a notebook shows: an HTML {@code img} of the SVG. As HTML it shows in every Jupyter
     * front end, also in a notebook that JupyterLab does not trust (a bare {@code image/svg+xml}
     * output shows there only once the notebook is trusted). Its text alternative is the title in
     * the language the figure was made in, as a screen reader should read it.
     */
    public String html() {
        return "<img width='" + getWidth() + "' height='" + getHeight() + "' alt='" + attribute(language.translate(title)) + "' src=\"data:image/svg+xml,"
                + dataUri(svg()) + "\"/>";
    }

    /**
     * {@code text} for a data URI in a double-quoted HTML attribute: %, #, &amp;, double quotes,
     * control characters and non-ASCII are escaped; everything else (SVG's single quotes, its
     * angle brackets) stays as it is.
     */
    static String dataUri(String text) {
        StringBuilder sb = new StringBuilder(text.length() + text.length() / 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && c != '%' && c != '#' && c != '"' && c != '&') {
                sb.append((char) c);
            } else if (c == ' ') {
                sb.append(' ');
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The figure's title. */
    public String title() {
        return title;
    }

    @Override
    public String toString() {
        return "Figure(\"" + title + "\", " + getWidth() + "×" + getHeight() + ")";
    }
}
