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
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
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
     * Paints several charts into one figure, row by row, {@code columns} to a row, each in a cell as
     * large as the largest chart, under {@code title} (drawn as a heading when it is not empty).
     */
    public static Figure grid(String title, int columns, Chart<?, ?>... charts) {
        nn.util.Check.argument(charts.length > 0 && columns > 0, "a grid of charts needs at least one chart and one column, but got %d charts in %d columns",
                charts.length, columns);
        int cellWidth = 0;
        int cellHeight = 0;
        for (Chart<?, ?> c : charts) {
            cellWidth = Math.max(cellWidth, c.getWidth());
            cellHeight = Math.max(cellHeight, c.getHeight());
        }
        int cols = Math.min(columns, charts.length);
        int rows = (charts.length + cols - 1) / cols;
        int heading = title == null || title.isEmpty() ? 0 : 34;
        Figure f = new Figure(cols * cellWidth, heading + rows * cellHeight, title == null ? "" : title);
        Graphics2D g = f.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, f.getWidth(), f.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            if (heading > 0) {
                g.setColor(java.awt.Color.BLACK);
                g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 16));
                int w = g.getFontMetrics().stringWidth(title);
                g.drawString(title, (f.getWidth() - w) / 2, 24);
            }
            for (int i = 0; i < charts.length; i++) {
                Graphics2D cell = (Graphics2D) g.create((i % cols) * cellWidth, heading + (i / cols) * cellHeight, cellWidth, cellHeight);
                try {
                    charts[i].paint(cell, charts[i].getWidth(), charts[i].getHeight());
                } finally {
                    cell.dispose();
                }
            }
        } finally {
            g.dispose();
        }
        return f;
    }

    /** {@link #grid(String, int, Chart[])} for a list of charts (small multiples built in a loop). */
    public static Figure grid(String title, int columns, java.util.List<? extends Chart<?, ?>> charts) {
        nn.util.Check.argument(charts != null, "a grid of charts needs a list of charts, not null");
        return grid(title, columns, charts.toArray(new Chart<?, ?>[0]));
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
