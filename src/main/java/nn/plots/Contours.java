package nn.plots;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * Level curves f(x, y) = c by marching squares: the region is cut into n × n cells; where f − c
 * changes sign along a cell's edge, the crossing is found by linear interpolation, and the
 * crossings of each cell are joined by a segment. Segments that meet are joined into lines, which
 * come back as one polyline broken by NaN points (XChart draws those as gaps).
 */
final class Contours {
    private Contours() {
    }

    /** {x[], y[]} of the lines of the level curve f = c, each followed by a NaN point. */
    static double[][] of(DoubleBinaryOperator f, double xLo, double xHi, double yLo, double yHi, int n, double c) {
        double[][] v = new double[n + 1][n + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                v[i][j] = f.applyAsDouble(x(xLo, xHi, n, i), x(yLo, yHi, n, j)) - c;
            }
        }
        // each crossing once, named by its edge: from corner (i, j) along x (0) or along y (1)
        Map<Long, double[]> crossing = new HashMap<>();
        List<long[]> segments = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // the cell's edges in order around it: bottom, right, top, left
                long[] edges = {edge(i, j, 0, n), edge(i + 1, j, 1, n), edge(i, j + 1, 0, n), edge(i, j, 1, n)};
                List<Long> cross = new ArrayList<>();
                for (long e : edges) {
                    int ei = (int) (e / 2 / (n + 1)), ej = (int) (e / 2 % (n + 1)), along = (int) (e % 2);
                    double vp = v[ei][ej], vq = along == 0 ? v[ei + 1][ej] : v[ei][ej + 1];
                    if (Double.isFinite(vp) && Double.isFinite(vq) && (vp < 0) != (vq < 0)) {
                        double t = vp / (vp - vq);
                        crossing.computeIfAbsent(e, k -> new double[] {x(xLo, xHi, n, ei + (along == 0 ? t : 0)), x(yLo, yHi, n, ej + (along == 1 ? t : 0))});
                        cross.add(e);
                    }
                }
                for (int k = 0; k + 1 < cross.size(); k += 2) { // 2 crossings, or 4 at a saddle
                    segments.add(new long[] {cross.get(k), cross.get(k + 1)});
                }
            }
        }
        List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
        for (List<Long> line : lines(segments)) {
            for (long e : line) {
                xs.add(crossing.get(e)[0]);
                ys.add(crossing.get(e)[1]);
            }
            xs.add(Double.NaN);
            ys.add(Double.NaN);
        }
        return new double[][] {xs.stream().mapToDouble(Double::doubleValue).toArray(), ys.stream().mapToDouble(Double::doubleValue).toArray()};
    }

    /** Segments (pairs of crossings) joined where they meet: open lines from an end, then closed ones. */
    private static List<List<Long>> lines(List<long[]> segments) {
        Map<Long, List<Integer>> at = new LinkedHashMap<>();
        for (int s = 0; s < segments.size(); s++) {
            for (long e : segments.get(s)) {
                at.computeIfAbsent(e, k -> new ArrayList<>()).add(s);
            }
        }
        boolean[] used = new boolean[segments.size()];
        List<List<Long>> lines = new ArrayList<>();
        for (boolean closed : new boolean[] {false, true}) {
            for (Map.Entry<Long, List<Integer>> start : at.entrySet()) {
                if (!closed && start.getValue().size() != 1) {
                    continue; // open lines start at an end, where only one segment meets
                }
                for (int s : start.getValue()) {
                    if (used[s]) {
                        continue;
                    }
                    List<Long> line = new ArrayList<>(List.of(start.getKey()));
                    long here = start.getKey();
                    for (int next = s; next >= 0; ) {
                        used[next] = true;
                        long[] seg = segments.get(next);
                        here = seg[0] == here ? seg[1] : seg[0];
                        line.add(here);
                        next = -1;
                        for (int t : at.get(here)) {
                            if (!used[t]) {
                                next = t;
                                break;
                            }
                        }
                    }
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static long edge(int i, int j, int along, int n) {
        return ((long) i * (n + 1) + j) * 2 + along;
    }

    private static double x(double lo, double hi, int n, double i) {
        return lo + (hi - lo) * i / n;
    }
}
