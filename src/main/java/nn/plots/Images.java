package nn.plots;

import nn.i18n.Language;
import nn.util.Check;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Small square images drawn from their pixel values: handwritten digits (8×8, 0 = white to
 * 16 = black, as in {@link nn.data.Digits}) with captions, a layer's weights seen as images
 * (blue for positive, white for 0, red for negative, the colours of {@link NetworkDiagram}), one per
 * unit, and a confusion matrix as a heat map.
 */
public final class Images {
    private static final int CELL = 10;        // screen pixels per image pixel in a grid
    private static final int BIG_CELL = 24;    // … and for a single image
    private static final int CAPTION = 18;     // height of the caption strip
    private static final int GAP = 10;

    private Images() {
    }

    /** One digit, 64 values 0–16 row by row, with a caption (e.g. its label). */
    public static Figure digit(double[] pixels, String caption) {
        Check.given("Images.digit", "pixels", pixels, "caption", caption);
        return grid(caption, new double[][] {pixels}, new String[] {caption}, 1, BIG_CELL, v -> grey(v / 16.0));
    }

    /**
     * Several digits in a grid, {@code columns} to a row, each with its caption (e.g.
     * {@code "7"}, or {@code "7 → 1"} for a 7 the network took for a 1). Pixels are 0 (white)
     * to 16 (black).
     */
    public static Figure digits(String title, double[][] images, String[] captions, int columns) {
        Check.given("Images.digits", "images", images, "captions", captions);
        return grid(title, images, captions, columns, CELL, v -> grey(v / 16.0));
    }

    /**
     * The first {@code max} images whose prediction is wrong, each captioned
     * {@code "actual → predicted"} (e.g. {@code "9 → 3"}): what the network gets wrong, at a glance.
     * If none is wrong, the figure says so.
     */
    public static Figure misclassified(String title, double[][] pixels, int[] actual, int[] predicted, int max, int columns) {
        Check.given("Images.misclassified", "pixels", pixels, "actual", actual, "predicted", predicted);
        Check.argument(pixels.length == actual.length && actual.length == predicted.length,
                "misclassified needs one label and one prediction per image but got %d images, %d labels and %d predictions",
                pixels.length, actual.length, predicted.length);
        Check.argument(max >= 1, "misclassified needs to show at least 1 image but was asked for %d", max);
        java.util.List<double[]> images = new java.util.ArrayList<>();
        java.util.List<String> captions = new java.util.ArrayList<>();
        for (int i = 0; i < pixels.length && images.size() < max; i++) {
            if (actual[i] != predicted[i]) {
                images.add(pixels[i]);
                captions.add(actual[i] + " → " + predicted[i]);
            }
        }
        if (images.isEmpty()) {
            return Figure.draw(360, 60, title, g -> text(g, "no image is misclassified", 360, 0, 35, Font.PLAIN, 14));
        }
        return digits(title, images.toArray(new double[0][]), captions.toArray(new String[0]), columns);
    }

    /**
     * Each row of a weight matrix W (n_out × n_in, n_in a square number such as 64) as an
     * image: what input pattern excites unit k. The colour scale is symmetric, ±max|w| over all
     * of W: blue positive, white 0, red negative (as the edges of {@link NetworkDiagram}).
     */
    public static Figure weights(String title, double[][] w, int columns) {
        Check.given("Images.weights", "w", w);
        Check.argument(w.length >= 1, "a weight picture needs at least one row of W");
        double max = 1e-12;
        for (double[] row : w) {
            for (double x : row) {
                max = Math.max(max, Math.abs(x));
            }
        }
        String[] captions = new String[w.length];
        for (int k = 0; k < w.length; k++) {
            captions[k] = "unit " + (k + 1);
        }
        double scale = max;
        return grid(title, w, captions, columns, CELL, v -> diverging(v / scale));
    }

    /**
     * A confusion matrix as a heat map: row a, column p holds the count of examples of class a
     * predicted as p, written in the cell (empty where 0) and shaded by its share of row a, from
     * white (none) to blue (all of the row). The diagonal holds the right answers; a dark cell off
     * it is a mistake the network makes often.
     */
    public static Figure confusion(String title, nn.metrics.ConfusionMatrix m) {
        Check.given("Images.confusion", "title", title, "a confusion matrix", m);
        int k = m.classes(), box = k <= 12 ? 34 : 22, left = 70, top = 76, side = k * box;
        int width = Math.max(left + side + 20, textWidth(title, Font.BOLD, 15) + 60);
        return Figure.draw(width, top + side + 20, title, g -> {
            text(g, title, width, 0, 20, Font.BOLD, 15);
            text(g, "predicted", side, left, 42, Font.PLAIN, 13);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            String actual = Language.text("actual");
            g.drawString(actual, 8, top - 8);
            for (int a = 0; a < k; a++) {
                int row = 0;
                for (int p = 0; p < k; p++) {
                    row += m.count(a, p);
                }
                label(g, String.valueOf(a), left - 24, top + a * box, 20, box, Color.BLACK);
                label(g, String.valueOf(a), left + a * box, top - 22, box, 20, Color.BLACK);
                for (int p = 0; p < k; p++) {
                    int n = m.count(a, p);
                    double share = row == 0 ? 0 : n / (double) row;
                    g.setColor(shade(share));
                    g.fillRect(left + p * box, top + a * box, box, box);
                    if (n > 0) {
                        label(g, String.valueOf(n), left + p * box, top + a * box, box, box, share > 0.5 ? Color.WHITE : Color.BLACK);
                    }
                }
            }
            g.setColor(Color.LIGHT_GRAY);
            for (int i = 0; i <= k; i++) {
                g.drawLine(left, top + i * box, left + side, top + i * box);
                g.drawLine(left + i * box, top, left + i * box, top + side);
            }
        });
    }

    /** 0 → white, 1 → the blue of {@link Plots#ON}. */
    static Color shade(double t) {
        return towards(Plots.ON, Math.max(0, Math.min(1, t)));
    }

    /** White mixed with {@code end}: a = 0 is white, a = 1 is end. */
    private static Color towards(Color end, double a) {
        return new Color((int) Math.round(255 + a * (end.getRed() - 255)), (int) Math.round(255 + a * (end.getGreen() - 255)),
                (int) Math.round(255 + a * (end.getBlue() - 255)));
    }

    private static void label(Graphics2D g, String s, int x0, int y0, int w, int h, Color colour) {
        g.setColor(colour);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        java.awt.FontMetrics fm = g.getFontMetrics();
        g.drawString(s, x0 + (w - fm.stringWidth(s)) / 2f, y0 + (h + fm.getAscent() - fm.getDescent()) / 2f);
    }

    private interface Shade {
        Color of(double value);
    }

    private static Figure grid(String title, double[][] images, String[] captions, int columns, int cell, Shade shade) {
        Check.argument(images.length >= 1, "an image grid needs at least one image");
        Check.argument(images.length == captions.length, "an image grid got %d images but %d captions", images.length, captions.length);
        Check.argument(columns >= 1, "an image grid needs at least one column but got %d", columns);
        int side = (int) Math.round(Math.sqrt(images[0].length));
        for (int i = 0; i < images.length; i++) {
            Check.argument(images[i].length == side * side && side > 0,
                    "image %d has %d pixels, but every image must be square with as many pixels as the first (%d×%d)", i, images[i].length, side, side);
            Check.finite(images[i], "image " + i);
        }
        int cols = Math.min(columns, images.length);
        int rows = (images.length + cols - 1) / cols;
        int box = Math.max(side * cell, 64);
        int cellW = box + GAP;
        int cellH = box + CAPTION + GAP;
        int top = title == null || title.isEmpty() || images.length == 1 ? 0 : 30;
        return Figure.draw(cols * cellW + GAP, top + rows * cellH + GAP, title == null ? "" : title, g -> {
            if (top > 0) {
                text(g, title, cols * cellW + GAP, 0, 20, Font.BOLD, 15);
            }
            int px = box / side;
            for (int i = 0; i < images.length; i++) {
                int x0 = GAP + (i % cols) * cellW;
                int y0 = top + GAP + (i / cols) * cellH;
                text(g, captions[i], box, x0, y0 + 13, Font.PLAIN, 13);
                int iy = y0 + CAPTION;
                BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
                for (int r = 0; r < side; r++) {
                    for (int c = 0; c < side; c++) {
                        img.setRGB(c, r, shade.of(images[i][r * side + c]).getRGB());
                    }
                }
                g.drawImage(img, x0, iy, side * px, side * px, null); // each pixel a px × px square
                g.setColor(Color.LIGHT_GRAY);
                g.drawRect(x0, iy, side * px - 1, side * px - 1);
            }
        });
    }

    /** The width in pixels of a text in the edition's language. */
    private static int textWidth(String english, int style, int size) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            g.setFont(new Font(Font.SANS_SERIF, style, size));
            return g.getFontMetrics().stringWidth(Language.text(english));
        } finally {
            g.dispose();
        }
    }

    private static void text(Graphics2D g, String english, int width, int x0, int baseline, int style, int size) {
        String s = Language.text(english);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, style, size));
        int w = g.getFontMetrics().stringWidth(s);
        g.drawString(s, x0 + Math.max(0, (width - w) / 2), baseline);
    }

    /** 0 → white, 1 → black (clamped). */
    static Color grey(double t) {
        int v = (int) Math.round(255 * (1 - Math.max(0, Math.min(1, t))));
        return new Color(v, v, v);
    }

    /** −1 → red, 0 → white, +1 → blue (clamped): the signs' colours of every figure ({@link Plots#ON}, {@link Plots#OFF}). */
    static Color diverging(double t) {
        double u = Math.max(-1, Math.min(1, t));
        return towards(u < 0 ? Plots.OFF : Plots.ON, Math.abs(u));
    }
}
