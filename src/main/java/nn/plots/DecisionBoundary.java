package nn.plots;

import nn.data.Samples;
import nn.layers.Network;
import nn.i18n.Language;
import nn.util.Check;
import nn.util.Fmt;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * What a two-input classifier predicts everywhere: a heat map of the network's output over the
 * plane (red near 0, white at 0.5, blue near 1) with the line where it crosses 0.5, and the data
 * points on top. For several networks (e.g. snapshots during training) the maps stand side by side.
 */
public final class DecisionBoundary {
    private static final int SIZE = 300, GAP = 24, TOP = 58, MARGIN = 20;
    /** Grid points across a panel: for the shading (smoothed between them) and for the 0.5 line. */
    private static final int HEAT = 75, LINE = 150;

    private DecisionBoundary() {
    }

    /** One heat map. */
    public static Figure of(Network network, Samples data, String title) {
        Check.given("DecisionBoundary.of", "network", network, "data", data, "title", title);
        return panels(List.of(network), List.of(""), data, title);
    }

    /** Heat maps side by side, one per network, each with its own caption, under one title. */
    public static Figure panels(List<Network> networks, List<String> captions, Samples data, String title) {
        Check.given("DecisionBoundary.panels", "networks", networks, "captions", captions, "data", data, "title", title);
        Check.argument(!networks.isEmpty() && networks.size() == captions.size(), "need one caption per network, got %d networks and %d captions",
                networks.size(), captions.size());
        for (Network n : networks) {
            Check.argument(n.inputs() == 2, "a decision-boundary plot needs a network with 2 inputs, but %s has %d", n, n.inputs());
        }
        double[] box = bounds(data);
        int width = Math.max(2 * MARGIN + networks.size() * SIZE + (networks.size() - 1) * GAP, 460), height = TOP + SIZE + 54;
        return Figure.draw(width, height, title, g -> {
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            centre(g, title, width / 2.0, 24);
            for (int p = 0; p < networks.size(); p++) {
                int left = (width - networks.size() * SIZE - (networks.size() - 1) * GAP) / 2 + p * (SIZE + GAP);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
                g.setColor(Color.DARK_GRAY);
                centre(g, captions.get(p), left + SIZE / 2.0, TOP - 10);
                panel(g, networks.get(p), data, box, left, TOP);
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.setColor(Color.DARK_GRAY);
            centre(g, "x₁ across from " + Fmt.num(box[0], 2) + " to " + Fmt.num(box[1], 2) + ", x₂ up from " + Fmt.num(box[2], 2) + " to "
                    + Fmt.num(box[3], 2), width / 2.0, TOP + SIZE + 24);
            centre(g, "blue: output near 1,  red: output near 0,  black line: output = 0.5", width / 2.0, TOP + SIZE + 42);
        });
    }

    private static void panel(Graphics2D g, Network net, Samples data, double[] box, int left, int top) {
        DoubleBinaryOperator output = (x1, x2) -> {
            double[] out = net.predict(x1, x2);
            return out.length == 1 ? out[0] : out[1];
        };
        // the shading: the output at the centres of a HEAT × HEAT grid, smoothed in between
        BufferedImage heat = new BufferedImage(HEAT, HEAT, BufferedImage.TYPE_INT_RGB);
        for (int py = 0; py < HEAT; py++) {
            for (int px = 0; px < HEAT; px++) {
                double x1 = box[0] + (px + 0.5) / HEAT * (box[1] - box[0]);
                double x2 = box[3] - (py + 0.5) / HEAT * (box[3] - box[2]);
                heat.setRGB(px, py, shade(output.applyAsDouble(x1, x2)).getRGB());
            }
        }
        Graphics2D smooth = (Graphics2D) g.create();
        smooth.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        smooth.drawImage(heat, left, top, SIZE, SIZE, null);
        smooth.dispose();
        // the line where the output crosses 0.5, traced through a finer grid
        double[][] line = Contours.of(output, box[0], box[1], box[2], box[3], LINE, 0.5);
        Path2D path = new Path2D.Double();
        boolean start = true;
        for (int k = 0; k < line[0].length; k++) { // lines, each followed by a NaN point
            if (Double.isNaN(line[0][k])) {
                start = true;
                continue;
            }
            double sx = left + (line[0][k] - box[0]) / (box[1] - box[0]) * SIZE, sy = top + (box[3] - line[1][k]) / (box[3] - box[2]) * SIZE;
            if (start) {
                path.moveTo(sx, sy);
            } else {
                path.lineTo(sx, sy);
            }
            start = false;
        }
        Graphics2D clipped = (Graphics2D) g.create(left, top, SIZE, SIZE);
        clipped.translate(-left, -top);
        clipped.setColor(new Color(0x33, 0x33, 0x33));
        clipped.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        clipped.draw(path);
        clipped.dispose();
        for (int i = 0; i < data.size(); i++) {
            double[] x = data.input(i);
            double sx = left + (x[0] - box[0]) / (box[1] - box[0]) * SIZE, sy = top + (box[3] - x[1]) / (box[3] - box[2]) * SIZE;
            Ellipse2D dot = new Ellipse2D.Double(sx - 4.5, sy - 4.5, 9, 9);
            g.setColor(data.label(i) == 1 ? Plots.ON : Plots.OFF);
            g.fill(dot);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1.2f));
            g.draw(dot);
        }
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(left, top, SIZE, SIZE);
    }

    /** Red (0) through white (0.5) to blue (1), pale so that the points stand out; 127 steps each way. */
    private static Color shade(double p) {
        double t = Math.max(0, Math.min(1, p));
        Color end = t >= 0.5 ? Plots.ON : Plots.OFF;
        double s = Math.round(Math.abs(t - 0.5) * 2 * 127) / 127.0 * 0.55;
        return new Color(mix(255, end.getRed(), s), mix(255, end.getGreen(), s), mix(255, end.getBlue(), s));
    }

    private static int mix(int a, int b, double s) {
        return (int) Math.round(a + (b - a) * s);
    }

    /**
     * {x min, x max, y min, y max} of the data, padded so points are not on the edge, and square: the
     * shorter side widened about its middle, so that a unit is as long across the panel as up it and
     * the boundary's shape is the data's.
     */
    static double[] bounds(Samples data) {
        Check.argument(data.inputSize() == 2, "a decision-boundary plot needs data with 2 inputs, but %s has %d", data.name(), data.inputSize());
        double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < data.size(); i++) {
            double[] x = data.input(i);
            b[0] = Math.min(b[0], x[0]);
            b[1] = Math.max(b[1], x[0]);
            b[2] = Math.min(b[2], x[1]);
            b[3] = Math.max(b[3], x[1]);
        }
        double half = (1.3 * Math.max(b[1] - b[0], b[3] - b[2]) + 0.2) / 2;
        double cx = (b[0] + b[1]) / 2, cy = (b[2] + b[3]) / 2;
        return new double[] {cx - half, cx + half, cy - half, cy + half};
    }

    private static void centre(Graphics2D g, String english, double cx, double baseline) {
        String text = Language.text(english);
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (float) (cx - m.stringWidth(text) / 2.0), (float) baseline);
    }
}
