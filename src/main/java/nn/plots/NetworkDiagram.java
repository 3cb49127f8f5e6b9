package nn.plots;

import nn.util.Check;

import nn.layers.Dense;
import nn.layers.ForwardPass;
import nn.i18n.Language;
import nn.layers.Network;
import nn.util.Fmt;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A picture of a small network: one column of nodes per layer, an edge for every weight, blue
 * for a positive weight and red for a negative one, thicker for a larger |w|. Edges are labelled
 * with their weights and nodes with their biases; drawn from a forward pass, nodes also show
 * their values (the input x, then each aˡ).
 */
public final class NetworkDiagram {
    private static final int COLUMN = 300, ROW = 96, RADIUS = 30, TOP = 86, SIDE = 90, SPACE = 8;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font VALUE = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    private NetworkDiagram() {
    }

    /** The network with its weights and biases. */
    public static Figure of(Network network, String title) {
        Check.given("NetworkDiagram.of", "network", network, "title", title);
        return draw(network, null, title);
    }

    /** The network of {@code pass} with the values of the input and of every neuron. */
    public static Figure of(ForwardPass pass, String title) {
        Check.given("NetworkDiagram.of", "pass", pass, "title", title);
        Check.notNull(pass, "a network diagram", "a forward pass");
        return draw(pass.network(), pass, title);
    }

    private static Figure draw(Network net, ForwardPass pass, String title) {
        Check.notNull(net, "a network diagram", "a network");
        Check.notNull(title, "a network diagram", "a title");
        int columns = net.depth() + 1;
        int rows = net.inputs();
        for (Dense d : net.layers()) {
            rows = Math.max(rows, d.outputs());
        }
        int width = 2 * SIDE + (columns - 1) * COLUMN, height = TOP + rows * ROW + 40;
        int maxRows = rows;
        return Figure.draw(width, height, title, g -> {
            g.setColor(Color.BLACK);
            g.setFont(TITLE);
            centre(g, title, width / 2.0, 28);
            double maxW = 1e-12;
            for (Dense d : net.layers()) {
                for (int i = 0; i < d.outputs(); i++) {
                    for (int j = 0; j < d.inputs(); j++) {
                        maxW = Math.max(maxW, Math.abs(d.weight(i, j)));
                    }
                }
            }
            // edges first, so nodes are drawn on top
            for (int l = 1; l <= net.depth(); l++) {
                Dense d = net.layer(l);
                for (int i = 0; i < d.outputs(); i++) {
                    for (int j = 0; j < d.inputs(); j++) {
                        double w = d.weight(i, j);
                        g.setColor(w >= 0 ? Plots.ON : Plots.OFF);
                        g.setStroke(new BasicStroke((float) (0.8 + 5.5 * Math.abs(w) / maxW)));
                        g.draw(new Line2D.Double(x(l - 1), y(j, d.inputs(), maxRows), x(l), y(i, d.outputs(), maxRows)));
                    }
                }
            }
            // weight labels where they overlap no other label, node or bias
            List<Rectangle2D> taken = new ArrayList<>();
            for (int l = 0; l <= net.depth(); l++) {
                int n = l == 0 ? net.inputs() : net.layer(l).outputs();
                for (int i = 0; i < n; i++) {
                    taken.add(new Rectangle2D.Double(x(l) - RADIUS, y(i, n, maxRows) - RADIUS, 2 * RADIUS, 2 * RADIUS + (l == 0 ? 0 : 22)));
                }
            }
            g.setFont(LABEL);
            for (int l = 1; l <= net.depth(); l++) {
                Dense d = net.layer(l);
                if (d.parameterCount() > 48) {
                    continue; // too many labels to read
                }
                for (int i = 0; i < d.outputs(); i++) {
                    for (int j = 0; j < d.inputs(); j++) {
                        double first = d.inputs() == 1 || d.outputs() == 1 ? 0.5 : 0.27 + 0.46 * j / (d.inputs() - 1.0);
                        String text = Fmt.num(d.weight(i, j), 3);
                        Rectangle2D box = place(g, text, x(l - 1), y(j, d.inputs(), maxRows), x(l), y(i, d.outputs(), maxRows), first, taken);
                        taken.add(box);
                        boxed(g, text, box.getCenterX(), box.getCenterY(), d.weight(i, j) >= 0 ? Plots.ON : Plots.OFF);
                    }
                }
            }
            for (int l = 0; l <= net.depth(); l++) {
                int n = l == 0 ? net.inputs() : net.layer(l).outputs();
                g.setFont(LABEL);
                g.setColor(Color.DARK_GRAY);
                centre(g, l == 0 ? "input x" : (l == net.depth() ? "output " : "hidden ") + "layer " + l + " (" + net.layer(l).function().name() + ")",
                        x(l), TOP - 40);
                double[] values = pass == null ? null : pass.a(l);
                for (int i = 0; i < n; i++) {
                    node(g, x(l), y(i, n, maxRows), values == null ? (l == 0 ? "x" + sub(i + 1) : "") : Fmt.num(values[i], 4),
                            l == 0 ? null : "b = " + Fmt.num(net.layer(l).bias(i), 3), l == 0);
                }
            }
        });
    }

    private static double x(int column) {
        return SIDE + column * COLUMN;
    }

    private static double y(int i, int n, int maxRows) {
        return TOP + (maxRows - n) * ROW / 2.0 + i * ROW + ROW / 2.0 - 10;
    }

    private static void node(Graphics2D g, double cx, double cy, String value, String bias, boolean input) {
        Ellipse2D circle = new Ellipse2D.Double(cx - RADIUS, cy - RADIUS, 2 * RADIUS, 2 * RADIUS);
        g.setColor(input ? new Color(0xf2, 0xf2, 0xf2) : new Color(0xff, 0xf4, 0xd6));
        g.fill(circle);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1.6f));
        g.draw(circle);
        g.setFont(VALUE);
        g.setColor(Color.BLACK);
        centre(g, value, cx, cy + 4);
        if (bias != null) {
            g.setFont(LABEL);
            g.setColor(Color.DARK_GRAY);
            centre(g, bias, cx, cy + RADIUS + 15);
        }
    }

    /**
     * Where on the edge (x0, y0)–(x1, y1) a label goes: the first of the places t = first, first ± 0.06,
     * first ± 0.12, … (within 0.2…0.8 of the edge) whose box keeps SPACE pixels from every box taken;
     * else the one that overlaps them least.
     */
    static Rectangle2D place(Graphics2D g, String text, double x0, double y0, double x1, double y1, double first,
                                     List<Rectangle2D> taken) {
        FontMetrics m = g.getFontMetrics();
        double w = m.stringWidth(Language.text(text)) + 6, h = m.getAscent() + 2;
        Rectangle2D best = null;
        double least = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= 16; k++) {
            double t = first + (k % 2 == 0 ? 1 : -1) * 0.03 * ((k + 1) / 2 * 2);
            if (t < 0.2 || t > 0.8) {
                continue;
            }
            Rectangle2D box = new Rectangle2D.Double(x0 + t * (x1 - x0) - w / 2, y0 + t * (y1 - y0) - h / 2, w, h);
            Rectangle2D apart = new Rectangle2D.Double(box.getX() - SPACE, box.getY() - SPACE, w + 2 * SPACE, h + 2 * SPACE);
            double overlap = 0;
            for (Rectangle2D other : taken) {
                Rectangle2D both = apart.createIntersection(other);
                overlap += both.isEmpty() ? 0 : both.getWidth() * both.getHeight();
            }
            if (overlap == 0) {
                return box;
            }
            if (overlap < least) {
                least = overlap;
                best = box;
            }
        }
        return best;
    }

    private static void boxed(Graphics2D g, String text, double cx, double cy, Color colour) {
        g.setFont(LABEL);
        FontMetrics m = g.getFontMetrics();
        int w = m.stringWidth(Language.text(text)) + 6, h = m.getAscent() + 2;
        g.setColor(new Color(255, 255, 255, 225));
        g.fillRect((int) Math.round(cx - w / 2.0), (int) Math.round(cy - h / 2.0), w, h);
        g.setColor(colour.darker());
        centre(g, text, cx, cy + m.getAscent() / 2.0 - 2);
    }

    private static void centre(Graphics2D g, String english, double cx, double baseline) {
        String text = Language.text(english);
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (float) (cx - m.stringWidth(text) / 2.0), (float) baseline);
    }

    private static String sub(int n) {
        return String.valueOf((char) ('₀' + n));
    }
}
