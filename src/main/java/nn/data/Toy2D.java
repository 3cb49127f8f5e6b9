package nn.data;

import nn.random.NumpyRandom;
import nn.util.Check;

/**
 * Two-dimensional problems that no straight line solves, generated from an explicit seed:
 * XOR's four corners, two interleaving moons and two concentric circles. Targets are 0 or 1.
 */
public final class Toy2D {
    private Toy2D() {
    }

    /** The four inputs of XOR (异或) with targets x₁ ⊕ x₂. */
    public static Samples xor() {
        return Samples.of("XOR", new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});
    }

    /**
     * Two interleaving half circles (as scikit-learn's {@code make_moons}): n/2 points on the upper
     * moon (cos θ, sin θ), class 0, and n/2 on the lower one (1 − cos θ, 0.5 − sin θ), class 1,
     * θ evenly spaced in [0, π], plus Gaussian noise of standard deviation {@code noise}.
     */
    public static Samples moons(int n, double noise, long seed) {
        check(n, noise);
        NumpyRandom random = new NumpyRandom(seed);
        double[][] x = new double[n][], t = new double[n][];
        int half = n / 2;
        for (int i = 0; i < n; i++) {
            boolean lower = i >= half;
            int k = lower ? i - half : i, m = lower ? n - half : half;
            double theta = m == 1 ? 0 : Math.PI * k / (m - 1);
            x[i] = lower ? new double[] {1 - Math.cos(theta), 0.5 - Math.sin(theta)} : new double[] {Math.cos(theta), Math.sin(theta)};
            t[i] = new double[] {lower ? 1 : 0};
        }
        return Samples.of("two moons (n=" + n + ", noise=" + noise + ", seed " + seed + ")", noisy(x, noise, random), t);
    }

    /** Two concentric circles: radius 1 (class 0) and radius {@code factor} (class 1), plus noise. */
    public static Samples circles(int n, double factor, double noise, long seed) {
        check(n, noise);
        Check.argument(factor > 0 && factor < 1, "the inner circle's radius factor must be between 0 and 1, not %s", factor);
        NumpyRandom random = new NumpyRandom(seed);
        double[][] x = new double[n][], t = new double[n][];
        int half = n / 2;
        for (int i = 0; i < n; i++) {
            boolean inner = i >= half;
            int k = inner ? i - half : i, m = inner ? n - half : half;
            double theta = 2 * Math.PI * k / m, r = inner ? factor : 1;
            x[i] = new double[] {r * Math.cos(theta), r * Math.sin(theta)};
            t[i] = new double[] {inner ? 1 : 0};
        }
        return Samples.of("circles (n=" + n + ", noise=" + noise + ", seed " + seed + ")", noisy(x, noise, random), t);
    }

    private static double[][] noisy(double[][] x, double noise, NumpyRandom random) {
        for (double[] p : x) {
            p[0] += noise * random.randn();
            p[1] += noise * random.randn();
        }
        return x;
    }

    private static void check(int n, double noise) {
        Check.argument(n >= 4, "a 2-D data set needs at least 4 points, not %d", n);
        Check.argument(noise >= 0 && Double.isFinite(noise), "noise must be a standard deviation ≥ 0, not %s", noise);
    }
}
