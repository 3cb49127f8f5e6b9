package nn.plots;

import org.knowm.xchart.internal.chartpart.Chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A rendered chart. It is a {@link BufferedImage}, which the Jupyter Java kernels display as a
 * PNG; its {@code toString} is a short description, so the text form of a notebook cell stays the
 * same on every run.
 */
public final class Figure extends BufferedImage {
    static {
        // Charts are drawn off-screen: no display is needed, on a laptop, a server or Binder.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final String title;

    private Figure(int width, int height, String title) {
        super(width, height, BufferedImage.TYPE_INT_RGB);
        this.title = title;
    }

    /** Paints {@code chart} at its own size into a new figure. */
    public static Figure of(Chart<?, ?> chart) {
        Figure f = new Figure(chart.getWidth(), chart.getHeight(), chart.getTitle());
        Graphics2D g = f.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        return f;
    }

    /**
     * A figure drawn directly with Java2D (e.g. a network diagram): {@code painter} paints on a
     * white, antialiased canvas of the given size.
     */
    public static Figure draw(int width, int height, String title, java.util.function.Consumer<Graphics2D> painter) {
        Figure f = new Figure(width, height, title);
        Graphics2D g = f.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        return f;
    }

    /**
     * Small multiples: the charts painted into one figure, row by row, {@code columns} to a row
     * (each cell as large as the largest chart), on a white background.
     */
    public static Figure grid(String title, int columns, java.util.List<? extends Chart<?, ?>> charts) {
        nn.util.Check.argument(charts != null && !charts.isEmpty(), "a grid of charts needs at least one chart");
        nn.util.Check.argument(columns > 0, "a grid of charts needs at least one column but got %d", columns);
        int cellW = charts.stream().mapToInt(Chart::getWidth).max().orElseThrow();
        int cellH = charts.stream().mapToInt(Chart::getHeight).max().orElseThrow();
        int cols = Math.min(columns, charts.size());
        int rows = (charts.size() + cols - 1) / cols;
        Figure f = new Figure(cols * cellW, rows * cellH, title);
        Graphics2D g = f.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, f.getWidth(), f.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (int k = 0; k < charts.size(); k++) {
                Chart<?, ?> chart = charts.get(k);
                Graphics2D cell = (Graphics2D) g.create((k % cols) * cellW, (k / cols) * cellH, chart.getWidth(), chart.getHeight());
                try {
                    chart.paint(cell, chart.getWidth(), chart.getHeight());
                } finally {
                    cell.dispose();
                }
            }
        } finally {
            g.dispose();
        }
        return f;
    }

    /** The chart's title. */
    public String title() {
        return title;
    }

    @Override
    public String toString() {
        return "Figure(\"" + title + "\", " + getWidth() + "×" + getHeight() + ")";
    }
}
