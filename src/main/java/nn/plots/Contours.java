package nn.plots;

import java.util.function.DoubleBinaryOperator;

/**
 * Level curves f(x, y) = c by marching squares: the region is cut into n × n cells; where f − c
 * changes sign along a cell's edge, the crossing is found by linear interpolation, and the
 * crossings of each cell are joined by a segment. The segments come back as one polyline broken
 * by NaN points, which XChart draws as gaps.
 */
final class Contours {
    private Contours() {
    }

    /** {x[], y[]} of the segments of the level curve f = c. */
    static double[][] of(DoubleBinaryOperator f, double xLo, double xHi, double yLo, double yHi, int n, double c) {
        double[][] v = new double[n + 1][n + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                v[i][j] = f.applyAsDouble(x(xLo, xHi, n, i), x(yLo, yHi, n, j)) - c;
            }
        }
        java.util.List<double[]> points = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // corners in order around the cell: (i, j), (i+1, j), (i+1, j+1), (i, j+1)
                int[][] corner = {{i, j}, {i + 1, j}, {i + 1, j + 1}, {i, j + 1}};
                java.util.List<double[]> cross = new java.util.ArrayList<>();
                for (int e = 0; e < 4; e++) {
                    int[] p = corner[e];
                    int[] q = corner[(e + 1) % 4];
                    double vp = v[p[0]][p[1]];
                    double vq = v[q[0]][q[1]];
                    if (Double.isFinite(vp) && Double.isFinite(vq) && (vp < 0) != (vq < 0)) {
                        double t = vp / (vp - vq);
                        cross.add(new double[] {x(xLo, xHi, n, p[0] + t * (q[0] - p[0])), x(yLo, yHi, n, p[1] + t * (q[1] - p[1]))});
                    }
                }
                for (int k = 0; k + 1 < cross.size(); k += 2) { // 2 crossings, or 4 at a saddle
                    points.add(cross.get(k));
                    points.add(cross.get(k + 1));
                    points.add(new double[] {Double.NaN, Double.NaN});
                }
            }
        }
        double[][] xy = new double[2][points.size()];
        for (int k = 0; k < points.size(); k++) {
            xy[0][k] = points.get(k)[0];
            xy[1][k] = points.get(k)[1];
        }
        return xy;
    }

    private static double x(double lo, double hi, int n, double i) {
        return lo + (hi - lo) * i / n;
    }
}
