package nn.random;

import nn.util.Check;

/**
 * The generator behind NumPy's legacy API ({@code np.random.seed}, {@code rand}, {@code randn}):
 * the Mersenne Twister MT19937, seeded as {@code np.random.seed(seed)} seeds it, with NumPy's
 * 53-bit doubles and its polar Box–Muller normals (which come in pairs; the second of a pair is
 * kept for the next call, as NumPy does).
 *
 * <p>{@code new NumpyRandom(42).randn(4, 3)} gives the same 12 numbers, in the same row-major
 * order, as {@code np.random.seed(42); np.random.randn(4, 3)}. It is not thread-safe: give each
 * experiment its own seeded instance.
 */
public final class NumpyRandom {
    private final long seed;
    private final MersenneTwister mt;
    private boolean hasGauss;
    private double gauss;

    /** Seeds the generator as {@code np.random.seed(seed)} does; the seed must lie in [0, 2³² − 1]. */
    public NumpyRandom(long seed) {
        Check.argument(seed >= 0 && seed <= 0xffffffffL, "a NumPy seed must be between 0 and 2^32 - 1 but was %d", seed);
        this.seed = seed;
        this.mt = new MersenneTwister(seed);
    }

    /** The seed this generator started from. */
    public long seed() {
        return seed;
    }

    /** A uniform double in [0, 1) with 53 random bits, as {@code np.random.rand()}. */
    public double rand() {
        long a = (mt.nextInt32() & 0xffffffffL) >>> 5;
        long b = (mt.nextInt32() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** A standard normal number, as {@code np.random.randn()}. */
    public double randn() {
        if (hasGauss) {
            hasGauss = false;
            return gauss;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * rand() - 1.0;
            x2 = 2.0 * rand() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** n standard normal numbers, as {@code np.random.randn(n)}. */
    public double[] randn(int n) {
        Check.argument(n >= 0, "randn needs a non-negative length but got %d", n);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = randn();
        }
        return v;
    }

    /** A rows × cols matrix of standard normal numbers, filled row by row as {@code np.random.randn(rows, cols)}. */
    public double[][] randn(int rows, int cols) {
        Check.argument(rows >= 0 && cols >= 0, "randn needs non-negative dimensions but got %d×%d", rows, cols);
        double[][] m = new double[rows][];
        for (int r = 0; r < rows; r++) {
            m[r] = randn(cols);
        }
        return m;
    }

    /** n uniform numbers in [0, 1), as {@code np.random.rand(n)}. */
    public double[] rand(int n) {
        Check.argument(n >= 0, "rand needs a non-negative length but got %d", n);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rand();
        }
        return v;
    }

    @Override
    public String toString() {
        return "NumpyRandom(seed=" + seed + ")";
    }
}
