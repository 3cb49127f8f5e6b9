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
     * A figure of the given size painted by {@code painter} on a white background, for pictures
     * that are not charts (e.g. digit images).
     */
    public static Figure drawn(String title, int width, int height, java.util.function.Consumer<Graphics2D> painter) {
        nn.util.Check.argument(width > 0 && height > 0, "a figure needs a positive size but got %d×%d", width, height);
        Figure f = new Figure(width, height, title);
        Graphics2D g = f.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        return f;
    }

    /**
     * Small multiples: {@code panels} painted row by row, {@code columns} to a row, in cells as
     * large as the largest panel, under a bold {@code title} (none if it is empty).
     */
    public static Figure grid(String title, int columns, java.util.List<? extends java.awt.image.BufferedImage> panels) {
        nn.util.Check.argument(columns >= 1, "a grid of figures needs at least one column but got %d", columns);
        nn.util.Check.argument(panels != null && !panels.isEmpty(), "a grid of figures needs at least one panel");
        int cellW = panels.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
        int cellH = panels.stream().mapToInt(BufferedImage::getHeight).max().orElse(1);
        int cols = Math.min(columns, panels.size());
        int rows = (panels.size() + cols - 1) / cols;
        int top = title == null || title.isEmpty() ? 0 : 36;
        return drawn(title == null ? "" : title, cols * cellW, top + rows * cellH, g -> {
            if (top > 0) {
                g.setColor(java.awt.Color.BLACK);
                g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 16));
                int w = g.getFontMetrics().stringWidth(title);
                g.drawString(title, Math.max(4, (cols * cellW - w) / 2), 24);
            }
            for (int i = 0; i < panels.size(); i++) {
                BufferedImage p = panels.get(i);
                int x = (i % cols) * cellW + (cellW - p.getWidth()) / 2;
                int y = top + (i / cols) * cellH + (cellH - p.getHeight()) / 2;
                g.drawImage(p, x, y, null);
            }
        });
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
