package nn.plots;

import nn.util.Check;

import nn.autodiff.Value;
import nn.util.Fmt;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A computational graph (计算图) of {@link Value}s, drawn left to right from the leaves to the
 * output: each node shows its operation or name, its value and, after {@code backward()}, its
 * gradient ∂out/∂node. Named leaves (parameters) are blue, unnamed ones (constants and inputs)
 * grey, the output red.
 */
public final class ComputationGraph {
    private static final int BOX_W = 112, BOX_H = 40, COLUMN = 140, ROW = 52, TOP = 62, SIDE = 24;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final Color PARAMETER = new Color(0xdd, 0xea, 0xf6), CONSTANT = new Color(0xee, 0xee, 0xee),
            GRADIENT = new Color(0xb0, 0x3a, 0x2e);

    private ComputationGraph() {
    }

    /** The graph that computed {@code output}, with every node's value and gradient. */
    public static Figure of(Value output, String title) {
        Check.given("ComputationGraph.of", "output", output, "title", title);
        List<Value> order = output.graph();
        Map<Value, List<Value>> users = new HashMap<>();
        for (Value v : order) {
            for (Value in : v.inputs()) {
                users.computeIfAbsent(in, k -> new ArrayList<>()).add(v);
            }
        }
        // column: an operation one right of its furthest input; a leaf just left of its first user
        Map<Value, Integer> column = new HashMap<>();
        for (Value v : order) {
            int c = 0;
            for (Value in : v.inputs()) {
                c = Math.max(c, column.get(in) + 1);
            }
            column.put(v, c);
        }
        for (Value v : order) {
            if (v.inputs().isEmpty() && users.containsKey(v)) {
                column.put(v, users.get(v).stream().mapToInt(column::get).min().orElse(1) - 1);
            }
        }
        int columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<List<Value>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            byColumn.add(new ArrayList<>());
        }
        for (Value v : order) {
            byColumn.get(column.get(v)).add(v);
        }
        // rows: a few sweeps that place each node near the mean row of its neighbours
        Map<Value, Double> row = new HashMap<>();
        for (List<Value> col : byColumn) {
            for (int i = 0; i < col.size(); i++) {
                row.put(col.get(i), (double) i);
            }
        }
        for (int sweep = 0; sweep < 4; sweep++) {
            for (List<Value> col : byColumn) {
                Map<Value, Double> key = new HashMap<>();
                for (Value v : col) {
                    List<Value> near = new ArrayList<>(v.inputs());
                    near.addAll(users.getOrDefault(v, List.of()));
                    key.put(v, near.isEmpty() ? row.get(v) : near.stream().mapToDouble(row::get).average().orElse(0));
                }
                col.sort(Comparator.comparingDouble(key::get));
                for (int i = 0; i < col.size(); i++) {
                    row.put(col.get(i), (double) i);
                }
            }
        }
        int rows = byColumn.stream().mapToInt(List::size).max().orElse(1);
        int width = 2 * SIDE + (columns - 1) * COLUMN + BOX_W, height = TOP + rows * ROW + 20;
        Map<Value, double[]> at = new HashMap<>();
        for (List<Value> col : byColumn) {
            double offset = (rows - col.size()) * ROW / 2.0;
            for (Value v : col) {
                at.put(v, new double[] {SIDE + column.get(v) * COLUMN, TOP + offset + row.get(v) * ROW});
            }
        }
        return Figure.draw(width, height, title, g -> {
            g.setColor(Color.BLACK);
            g.setFont(TITLE);
            g.drawString(title, SIDE, 30);
            g.setFont(TEXT);
            g.drawString("each node: operation or name, value;  in red: the gradient ∂out/∂node", SIDE, 48);
            g.setStroke(new BasicStroke(1.1f));
            for (Value v : order) {
                for (Value in : v.inputs()) {
                    arrow(g, at.get(in)[0] + BOX_W, at.get(in)[1] + BOX_H / 2.0, at.get(v)[0], at.get(v)[1] + BOX_H / 2.0);
                }
            }
            for (Value v : order) {
                box(g, v, at.get(v)[0], at.get(v)[1], v == output);
            }
        });
    }

    private static void arrow(Graphics2D g, double x1, double y1, double x2, double y2) {
        g.setColor(new Color(0x88, 0x88, 0x88));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
        double a = Math.atan2(y2 - y1, x2 - x1);
        Path2D head = new Path2D.Double();
        head.moveTo(x2, y2);
        head.lineTo(x2 - 7 * Math.cos(a - 0.4), y2 - 7 * Math.sin(a - 0.4));
        head.lineTo(x2 - 7 * Math.cos(a + 0.4), y2 - 7 * Math.sin(a + 0.4));
        head.closePath();
        g.fill(head);
    }

    private static void box(Graphics2D g, Value v, double x, double y, boolean output) {
        RoundRectangle2D r = new RoundRectangle2D.Double(x, y, BOX_W, BOX_H, 10, 10);
        g.setColor(!v.op().isEmpty() ? Color.WHITE : v.label().isEmpty() ? CONSTANT : PARAMETER);
        g.fill(r);
        g.setColor(output ? GRADIENT : Color.DARK_GRAY);
        g.setStroke(new BasicStroke(output ? 2.2f : 1f));
        g.draw(r);
        String name = !v.op().isEmpty() ? v.op() : v.label();
        g.setFont(BOLD);
        g.setColor(Color.BLACK);
        g.drawString((name.isEmpty() ? "" : name + "  ") + Fmt.num(v.value(), 4), (float) x + 6, (float) y + 16);
        g.setFont(TEXT);
        g.setColor(GRADIENT);
        g.drawString("grad " + Fmt.num(v.grad(), 4), (float) x + 6, (float) y + 32);
    }
}
