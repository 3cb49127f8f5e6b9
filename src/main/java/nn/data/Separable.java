package nn.data;

import nn.util.Check;
import nn.util.Fmt;

import java.util.Random;

/**
 * A seeded generator of linearly separable points in the square [−1, 1]², with a known
 * separating line and a gap around it. It draws a line w*ᵀx + b* = 0 with a unit normal w*
 * (random direction, b* in [−0.25, 0.25]), then draws points uniformly in the square, keeps only
 * those at distance at least {@code margin} from the line, and labels them t = sign(w*ᵀx + b*),
 * until half the points (rounded up) have t = +1 and the rest t = −1.
 * <pre>
 *   Separable s = Separable.generate(40, 0.1, 7);   // 40 points, no point closer than 0.1 to the line
 *   s.data();  s.w();  s.b();                       // the data and the line that separates it
 * </pre>
 * The same seed always gives the same points.
 */
public final class Separable {
    private static final int MAX_DRAWS = 1_000_000;

    private final BinaryData data;
    private final double[] w;
    private final double b;
    private final double margin;
    private final long seed;

    private Separable(BinaryData data, double[] w, double b, double margin, long seed) {
        this.data = data;
        this.w = w;
        this.b = b;
        this.margin = margin;
        this.seed = seed;
    }

    /** {@code n} points (n ≥ 2) at distance at least {@code margin} (0 &lt; margin ≤ 0.5) from a random line. */
    public static Separable generate(int n, double margin, long seed) {
        Check.argument(n >= 2, "separable data needs at least 2 points (one per class) but n = %d", n);
        Check.argument(margin > 0 && margin <= 0.5, "the margin of separable data in [−1, 1]² must be in (0, 0.5] but was %s", margin);
        Random random = new Random(seed);
        double angle = 2 * Math.PI * random.nextDouble();
        double[] w = {Math.cos(angle), Math.sin(angle)};
        double b = -0.25 + 0.5 * random.nextDouble();
        int plusWanted = (n + 1) / 2;
        int minusWanted = n / 2;
        double[][] x = new double[n][];
        int[] t = new int[n];
        int filled = 0;
        for (int draw = 0; draw < MAX_DRAWS && filled < n; draw++) {
            double[] p = {-1 + 2 * random.nextDouble(), -1 + 2 * random.nextDouble()};
            double z = w[0] * p[0] + w[1] * p[1] + b;
            if (Math.abs(z) < margin) {
                continue;
            }
            int label = z > 0 ? 1 : -1;
            if (label == 1 ? plusWanted == 0 : minusWanted == 0) {
                continue;
            }
            if (label == 1) {
                plusWanted--;
            } else {
                minusWanted--;
            }
            x[filled] = p;
            t[filled++] = label;
        }
        Check.argument(filled == n, "could not draw %d points with margin %s in [−1, 1]² (seed %d)", n, margin, seed);
        String name = "separable (n=" + n + ", margin " + Fmt.num(margin) + ", seed " + seed + ")";
        return new Separable(BinaryData.of(name, x, t), w, b, margin, seed);
    }

    /** The points and their targets. */
    public BinaryData data() {
        return data;
    }

    /** A copy of the unit normal w* of the line that generated the labels. */
    public double[] w() {
        return w.clone();
    }

    /** The bias b* of that line. */
    public double b() {
        return b;
    }

    /** The margin asked for: no point is closer than this to the line. */
    public double margin() {
        return margin;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The distance from the line to the nearest point, min |w*ᵀxᵢ + b*| (at least {@link #margin()}). */
    public double actualMargin() {
        double min = Double.POSITIVE_INFINITY;
        for (double[] p : data.points()) {
            min = Math.min(min, Math.abs(w[0] * p[0] + w[1] * p[1] + b));
        }
        return min;
    }

    /** E.g. {@code Separable(40 points in [−1, 1]², margin 0.1, seed 7, line 0.6x₁ + 0.8x₂ + 0.1 = 0)}. */
    @Override
    public String toString() {
        return "Separable(" + data.size() + " points in [−1, 1]², margin " + Fmt.num(margin) + ", seed " + seed
                + ", line " + Fmt.linear(new double[] {Fmt.round(w[0], 4), Fmt.round(w[1], 4)}, new String[] {"x₁", "x₂"})
                + (b < 0 ? " − " : " + ") + Fmt.num(Math.abs(b), 4) + " = 0)";
    }
}
