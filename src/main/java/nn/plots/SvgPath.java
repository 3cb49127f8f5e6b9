package nn.plots;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SVG path data, short: coordinates in whole tenths of a pixel (the SVG's view box counts ten
 * units to a pixel), each point written relative to the one before (rounded first, so errors do not add up), {@code h} and {@code v} for level and upright
 * lines, {@code t} for a quadratic curve that continues the one before it; a filled outline's curve
 * that is straight as written (within half a tenth) is a line, and a point of its polylines within
 * half a tenth of the line through its neighbours is dropped. A stroked polyline
 * drops the points that lie within {@link #TOLERANCE} of the line through their neighbours
 * (Ramer–Douglas–Peucker), so a smooth curve sampled every pixel becomes a few dozen segments.
 */
final class SvgPath {
    /** How far (in tenths of a pixel) a stroked polyline may move when points are dropped. */
    static final double TOLERANCE = 2.5;
    /** How far (in tenths) a filled outline's polyline may move when points are dropped: half a tenth, as rounding moves it. */
    static final double FILL_TOLERANCE = 0.5;

    /**
     * A part of a filled shape: an outline with the outlines inside it (its holes, as in "0" or
     * "8"), written relative to its first point, so the same glyph gives the same segments
     * wherever it stands.
     */
    record Part(long x, long y, String segments) {
        String d() {
            return "M" + num(x) + sep(y) + num(y) + segments;
        }
    }

    private final StringBuilder d = new StringBuilder();
    private final boolean simplify;
    private long x = Long.MIN_VALUE, y = Long.MIN_VALUE, startX, startY;
    private long controlX = Long.MIN_VALUE, controlY;       // of the last quadratic curve
    private final List<long[]> line = new ArrayList<>();    // a polyline not yet written, from the current point on

    /** Path data; {@code simplify} for strokes (a fill's outline keeps every point that is not within half a tenth of its neighbours' line). */
    SvgPath(boolean simplify) {
        this.simplify = simplify;
    }

    /** Starts a part; a stroke that starts where the last one ended (a series drawn segment by segment) goes on. */
    void moveTo(long nx, long ny, boolean goOn) {
        if (goOn && nx == x && ny == y) {
            return;
        }
        flush();
        controlX = Long.MIN_VALUE;
        d.append('M').append(num(nx)).append(sep(ny)).append(num(ny));
        x = startX = nx;
        y = startY = ny;
    }

    /** A move inside a part (to a hole), relative. */
    private void moveBy(long nx, long ny) {
        flush();
        controlX = Long.MIN_VALUE;
        long dx = nx - x, dy = ny - y;
        d.append('m').append(num(dx)).append(sep(dy)).append(num(dy));
        x = startX = nx;
        y = startY = ny;
    }

    void lineTo(long nx, long ny) {
        if (nx == x && ny == y) {
            return; // a line of no length
        }
        if (line.isEmpty()) {
            line.add(new long[] {x, y});
        }
        line.add(new long[] {nx, ny});
        controlX = Long.MIN_VALUE;
        x = nx;
        y = ny;
    }

    void curveTo(char kind, long... points) {
        flush();
        long ex = points[points.length - 2], ey = points[points.length - 1];
        if (kind == 'q' && controlX != Long.MIN_VALUE && Math.abs(2 * x - controlX - points[0]) <= 1
                && Math.abs(2 * y - controlY - points[1]) <= 1) {
            // its control point mirrors the last curve's (within a tenth): a "t" needs only the end
            d.append('t').append(num(ex - x)).append(sep(ey - y)).append(num(ey - y));
            controlX = 2 * x - controlX;
            controlY = 2 * y - controlY;
        } else {
            d.append(kind);
            for (int k = 0; k < points.length; k += 2) {
                long dx = points[k] - x, dy = points[k + 1] - y;
                d.append(k > 0 ? sep(dx) : "").append(num(dx)).append(sep(dy)).append(num(dy));
            }
            controlX = kind == 'q' ? points[0] : Long.MIN_VALUE;
            controlY = kind == 'q' ? points[1] : 0;
        }
        x = ex;
        y = ey;
    }

    void close() {
        flush();
        controlX = Long.MIN_VALUE;
        d.append('z');
        x = startX;
        y = startY;
    }

    /** Appends a stroked shape, part by part. */
    void stroke(Shape shape) {
        double[] p = new double[6];
        boolean first = true;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(p);
            switch (type) {
                case PathIterator.SEG_MOVETO -> moveTo(tenths(p[0]), tenths(p[1]), first);
                case PathIterator.SEG_LINETO -> lineTo(tenths(p[0]), tenths(p[1]));
                case PathIterator.SEG_QUADTO -> curveTo('q', tenths(p[0]), tenths(p[1]), tenths(p[2]), tenths(p[3]));
                case PathIterator.SEG_CUBICTO -> curveTo('c', tenths(p[0]), tenths(p[1]), tenths(p[2]), tenths(p[3]), tenths(p[4]), tenths(p[5]));
                default -> close();
            }
            first = false;
        }
    }

    /** Appends a filled part at its place. */
    void fill(Part part) {
        moveTo(part.x, part.y, false);
        d.append(part.segments);
        x = Long.MIN_VALUE; // where the part ends is not tracked; the next part starts with M
    }

    /** Writes the pending polyline: simplified for a stroke, then as h, v and l segments. */
    private void flush() {
        if (line.isEmpty()) {
            return;
        }
        List<long[]> points = simplified(line, simplify ? TOLERANCE : FILL_TOLERANCE);
        long[] from = points.get(0);
        for (long[] to : points.subList(1, points.size())) {
            long dx = to[0] - from[0], dy = to[1] - from[1];
            if (dy == 0) {
                d.append('h').append(num(dx));
            } else if (dx == 0) {
                d.append('v').append(num(dy));
            } else {
                d.append('l').append(num(dx)).append(sep(dy)).append(num(dy));
            }
            from = to;
        }
        line.clear();
    }

    /** The polyline without the points that lie within {@code tolerance} of the segment between the points kept around them. */
    static List<long[]> simplified(List<long[]> points, double tolerance) {
        boolean[] keep = new boolean[points.size()];
        keep[0] = keep[points.size() - 1] = true;
        ArrayList<int[]> todo = new ArrayList<>(List.of(new int[] {0, points.size() - 1}));
        while (!todo.isEmpty()) {
            int[] range = todo.remove(todo.size() - 1);
            int farthest = -1;
            double most = tolerance;
            for (int i = range[0] + 1; i < range[1]; i++) {
                double dist = distance(points.get(i), points.get(range[0]), points.get(range[1]));
                if (dist > most) {
                    most = dist;
                    farthest = i;
                }
            }
            if (farthest >= 0) {
                keep[farthest] = true;
                todo.add(new int[] {range[0], farthest});
                todo.add(new int[] {farthest, range[1]});
            }
        }
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (keep[i]) {
                out.add(points.get(i));
            }
        }
        return out;
    }

    /** Distance from p to the segment a–b (not the whole line: a polyline that turns back keeps its turn). */
    private static double distance(long[] p, long[] a, long[] b) {
        double vx = b[0] - a[0], vy = b[1] - a[1], wx = p[0] - a[0], wy = p[1] - a[1];
        double len2 = vx * vx + vy * vy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (wx * vx + wy * vy) / len2));
        return Math.hypot(wx - t * vx, wy - t * vy);
    }

    @Override
    public String toString() {
        flush();
        return d.toString();
    }

    /** The whole filled shape as one part (a text's outline, drawn again elsewhere, is one reference). */
    static Part whole(Shape shape) {
        List<List<double[]>> outlines = outlines(shape);
        return outlines.isEmpty() ? new Part(0, 0, "") : part(outlines);
    }

    /** The shape's outlines (subpaths), each a list of segments {type, x1, y1, x2, y2, x3, y3}. */
    private static List<List<double[]>> outlines(Shape shape) {
        List<List<double[]>> outlines = new ArrayList<>();
        double[] p = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(p);
            if (type == PathIterator.SEG_MOVETO) {
                outlines.add(new ArrayList<>());
            }
            if (!outlines.isEmpty()) {
                outlines.get(outlines.size() - 1).add(new double[] {type, p[0], p[1], p[2], p[3], p[4], p[5]});
            }
        }
        return outlines;
    }

    /** The parts of a filled shape (see {@link Part}); an outline inside the one before it, or around it, joins it. */
    static List<Part> parts(Shape shape) {
        List<List<double[]>> outlines = outlines(shape);
        List<Part> out = new ArrayList<>();
        List<List<double[]>> group = new ArrayList<>();
        double[] box = null;
        for (List<double[]> outline : outlines) {
            double[] b = box(outline);
            if (box != null && (inside(b, box) || inside(box, b))) {
                group.add(outline);
                box = inside(b, box) ? box : b;
            } else {
                if (!group.isEmpty()) {
                    out.add(part(group));
                }
                group = new ArrayList<>(List.of(outline));
                box = b;
            }
        }
        if (!group.isEmpty()) {
            out.add(part(group));
        }
        out.removeIf(part -> part.segments.isEmpty());
        return out;
    }

    /** Outlines written relative to the first one's start (exactly, then rounded), so a glyph's segments do not depend on where it stands. */
    private static Part part(List<List<double[]>> outlines) {
        double ox = outlines.get(0).get(0)[1], oy = outlines.get(0).get(0)[2];
        SvgPath w = new SvgPath(false);
        w.x = w.y = w.startX = w.startY = 0;
        for (List<double[]> outline : outlines) {
            for (double[] s : outline) {
                long[] c = new long[6];
                for (int k = 0; k < 6; k++) {
                    c[k] = Math.round((s[k + 1] - (k % 2 == 0 ? ox : oy)) * 10);
                }
                switch ((int) s[0]) {
                    case PathIterator.SEG_MOVETO -> {
                        if (c[0] != 0 || c[1] != 0 || outline != outlines.get(0)) {
                            w.moveBy(c[0], c[1]);
                        }
                    }
                    case PathIterator.SEG_LINETO -> w.lineTo(c[0], c[1]);
                    case PathIterator.SEG_QUADTO -> {
                        if (straight(s, w, ox, oy)) {
                            w.lineTo(c[2], c[3]);
                        } else {
                            w.curveTo('q', c[0], c[1], c[2], c[3]);
                        }
                    }
                    case PathIterator.SEG_CUBICTO -> {
                        if (straight(s, w, ox, oy)) {
                            w.lineTo(c[4], c[5]);
                        } else {
                            w.curveTo('c', c[0], c[1], c[2], c[3], c[4], c[5]);
                        }
                    }
                    default -> w.close();
                }
            }
        }
        return new Part(tenths(ox), tenths(oy), w.toString());
    }

    /**
     * Whether a curve from where the writer stands is a straight line as written: it lies within
     * half a tenth of its chord everywhere (the error of rounding its points to tenths), because its
     * control points lie near enough to the chord (a quadratic bends at most half as far as its
     * control point lies from the chord, a cubic at most three quarters as far). A font's outline
     * has many such curves where it means a straight edge (a Chinese character's strokes).
     * {@code s} is the segment {type, x1, y1, …} in pixels; {@code ox}, {@code oy} the origin of
     * the writer's coordinates, which are in tenths.
     */
    private static boolean straight(double[] s, SvgPath w, double ox, double oy) {
        int controls = s[0] == PathIterator.SEG_QUADTO ? 1 : 2;
        double most = 0.5 / (controls == 1 ? 0.5 : 0.75);
        double ax = w.x, ay = w.y, ex = (s[1 + 2 * controls] - ox) * 10, ey = (s[2 + 2 * controls] - oy) * 10;
        double vx = ex - ax, vy = ey - ay, len = Math.hypot(vx, vy);
        for (int k = 0; k < controls; k++) {
            double cx = (s[1 + 2 * k] - ox) * 10 - ax, cy = (s[2 + 2 * k] - oy) * 10 - ay;
            double along = len == 0 ? 0 : (cx * vx + cy * vy) / (len * len);
            double off = len == 0 ? Math.hypot(cx, cy) : Math.abs(cx * vy - cy * vx) / len;
            if (along < 0 || along > 1 || off > most) {
                return false;
            }
        }
        return true;
    }

    private static double[] box(List<double[]> outline) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] s : outline) {
            int points = s[0] == PathIterator.SEG_CLOSE ? 0 : s[0] == PathIterator.SEG_QUADTO ? 2 : s[0] == PathIterator.SEG_CUBICTO ? 3 : 1;
            for (int k = 0; k < points; k++) {
                b[0] = Math.min(b[0], s[1 + 2 * k]);
                b[1] = Math.min(b[1], s[2 + 2 * k]);
                b[2] = Math.max(b[2], s[1 + 2 * k]);
                b[3] = Math.max(b[3], s[2 + 2 * k]);
            }
        }
        return b;
    }

    private static boolean inside(double[] inner, double[] outer) {
        return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
    }

    /** The whole shape as path data (for a clip). */
    static String of(Shape shape) {
        SvgPath w = new SvgPath(false);
        parts(shape).forEach(w::fill);
        return w.toString();
    }

    /**
     * Path data as written here, shorter and drawing the same: a command letter that repeats the
     * one before it is left out where a minus sign separates the numbers anyway; and, when the
     * path is {@code filled} only (not stroked), the line that closes an outline is left to the
     * {@code z} that closes it too, and an outline of a move alone (a space's glyph) is dropped;
     * a move is written relative where that is shorter ({@link #relativeMoves}).
     */
    static String compact(String d, boolean filled) {
        List<Object[]> segments = new ArrayList<>(); // {command, long[] numbers}
        Matcher m = TOKEN.matcher(d);
        while (m.find()) {
            if (m.group(1) != null) {
                segments.add(new Object[] {m.group(1).charAt(0), new long[0]});
            } else {
                Object[] last = segments.get(segments.size() - 1);
                long[] nums = (long[]) last[1];
                long[] more = Arrays.copyOf(nums, nums.length + 1);
                more[nums.length] = Long.parseLong(m.group(2));
                last[1] = more;
            }
        }
        for (Object[] segment : segments) {
            if (((long[]) segment[1]).length != ARITY.getOrDefault((char) segment[0], -1)) {
                return d; // not path data as this class writes it: left as it is
            }
        }
        if (filled) {
            long[] at = new long[4]; // x, y, and where the outline started
            for (int i = 0; i < segments.size(); i++) {
                char c = (char) segments.get(i)[0];
                if (c == 'z') {
                    char before = (char) segments.get(i - 1)[0];
                    if ("hvl".indexOf(before) >= 0 && at[0] == at[2] && at[1] == at[3]) {
                        segments.remove(--i); // z draws that line itself
                    } else if (before == 'M' && (i + 1 == segments.size() || (char) segments.get(i + 1)[0] == 'M')) {
                        segments.remove(i--);
                        segments.remove(i--); // a move and a close: nothing to fill
                        continue; // a move or the end comes next
                    }
                }
                advance(at, c, (long[]) segments.get(i)[1]);
            }
        }
        relativeMoves(segments);
        StringBuilder out = new StringBuilder(d.length());
        char previous = 0;
        for (Object[] segment : segments) {
            char c = (char) segment[0];
            long[] n = (long[]) segment[1];
            if (!(c == previous && c != 'm' && c != 'M' && c != 'z' && n.length > 0 && n[0] < 0)) {
                out.append(c);
            }
            for (int k = 0; k < n.length; k++) {
                out.append(k > 0 ? sep(n[k]) : "").append(num(n[k]));
            }
            previous = c;
        }
        return out.toString();
    }

    /**
     * Each move after the first written relative to the point before it (after a {@code z}, the
     * start of the outline it closed) where that is shorter: the next glyph of a text is a few
     * pixels on, not a whole position.
     */
    private static void relativeMoves(List<Object[]> segments) {
        long[] at = new long[4];
        for (int i = 0; i < segments.size(); i++) {
            char c = (char) segments.get(i)[0];
            long[] n = (long[]) segments.get(i)[1];
            if (c == 'M' && i > 0) {
                long[] by = {n[0] - at[0], n[1] - at[1]};
                if (num(by[0]).length() + sep(by[1]).length() + num(by[1]).length() < num(n[0]).length() + sep(n[1]).length() + num(n[1]).length()) {
                    segments.set(i, new Object[] {'m', by});
                }
            }
            advance(at, c, n);
        }
    }

    /** Moves {@code at} (x, y, and where the outline started) past a segment. */
    private static void advance(long[] at, char c, long[] n) {
        switch (c) {
            case 'M' -> { at[0] = at[2] = n[0]; at[1] = at[3] = n[1]; }
            case 'm' -> { at[0] = at[2] = at[0] + n[0]; at[1] = at[3] = at[1] + n[1]; }
            case 'h' -> at[0] += n[0];
            case 'v' -> at[1] += n[0];
            case 'l', 't' -> { at[0] += n[0]; at[1] += n[1]; }
            case 'q' -> { at[0] += n[2]; at[1] += n[3]; }
            case 'c' -> { at[0] += n[4]; at[1] += n[5]; }
            default -> { at[0] = at[2]; at[1] = at[3]; } // z
        }
    }

    private static final Pattern TOKEN = Pattern.compile("([A-Za-z])|(-?\\d+)");
    private static final Map<Character, Integer> ARITY = Map.of('M', 2, 'm', 2, 'h', 1, 'v', 1, 'l', 2, 't', 2, 'q', 4, 'c', 6, 'z', 0);

    static long tenths(double v) {
        return Math.round(v * 10);
    }

    /** A length in tenths of a pixel, as the SVG writes it (its view box counts ten units to a pixel). */
    static String num(long tenths) {
        return Long.toString(tenths);
    }

    /** What goes between two numbers: nothing before a minus sign, else a space. */
    static String sep(long next) {
        return next < 0 ? "" : " ";
    }
}
