package nn.random;

import nn.util.Check;

/**
 * PyTorch's CPU generator and its {@code torch.randn} in float32, number for number: the
 * Mersenne Twister MT19937 seeded as {@code torch.manual_seed(seed)} seeds it (with the seed's low
 * 32 bits), and PyTorch's two ways of turning its bits into normal numbers.
 * <ul>
 *   <li>Fewer than 16 numbers: Box–Muller in double precision, one pair at a time from two 53-bit
 *       uniforms u₁, u₂: r = √(−2 ln(1 − u₂)), θ = 2πu₁, the number r cos θ (rounded to float) and
 *       r sin θ kept for the next call.</li>
 *   <li>16 or more: first all n uniforms in float (24 random bits each), then Box–Muller in float
 *       on blocks of 16, pairing entry j with entry j + 8: r = √(−2 ln(1 − uⱼ)), θ = 2πuⱼ₊₈,
 *       entry j becomes r cos θ and entry j + 8 becomes r sin θ. When n is not a multiple of 16,
 *       the last 16 entries are drawn again and transformed again.</li>
 * </ul>
 * The second path computes ln, cos and sin in float, and PyTorch's CPU kernels do that in two
 * ways: with the C library ({@link Kernel#PORTABLE}, the kernel PyTorch uses where the processor
 * has no AVX2) or with polynomial approximations on x86 processors with AVX2 or AVX-512
 * ({@link Kernel#AVX}). They differ in the last bits of about a third of the numbers.
 *
 * <p>{@code new TorchRandom(42).randn(4, 10)} gives the 40 numbers of {@code torch.manual_seed(42);
 * torch.randn(4, 10)} on an x86 machine, bit for bit (checked against PyTorch 2.15 in
 * {@code TorchRandomTest}); with the portable kernel a few numbers may differ in their last bit.
 */
public final class TorchRandom {
    /** Which of PyTorch's CPU kernels turns 16 or more uniforms into normal numbers. */
    public enum Kernel {
        /**
         * The portable kernel: ln, cos and sin of the C library, which glibc rounds to within one unit
         * in the last place and Java to the nearest float, so a few values differ in their last bit.
         */
        PORTABLE,
        /** The AVX2 / AVX-512 kernel: Cephes polynomial approximations with fused multiply–adds. */
        AVX
    }

    private final long seed;
    private final Kernel kernel;
    private final MersenneTwister mt;
    private boolean hasNext;
    private double next;

    /** Seeds the generator as {@code torch.manual_seed(seed)} does, with the AVX kernel of x86 machines. */
    public TorchRandom(long seed) {
        this(seed, Kernel.AVX);
    }

    /** Seeds the generator as {@code torch.manual_seed(seed)} does, with the given kernel for 16 or more normals. */
    public TorchRandom(long seed, Kernel kernel) {
        Check.argument(kernel != null, "TorchRandom needs a kernel, PORTABLE or AVX");
        this.seed = seed;
        this.kernel = kernel;
        this.mt = new MersenneTwister(seed);
    }

    /** The seed given to {@code manual_seed}. */
    public long seed() {
        return seed;
    }

    /** 64 random bits: two 32-bit outputs, the first in the high half (PyTorch's {@code random64}). */
    private long random64() {
        long hi = mt.nextInt32() & 0xffffffffL;
        long lo = mt.nextInt32() & 0xffffffffL;
        return hi << 32 | lo;
    }

    /** A uniform double in [0, 1) from the low 53 bits of {@link #random64()}. */
    private double uniformDouble() {
        return (random64() & ((1L << 53) - 1)) * 0x1p-53;
    }

    /** A uniform float in [0, 1) from the low 24 bits of one 32-bit output. */
    private float uniformFloat() {
        return (mt.nextInt32() & ((1 << 24) - 1)) * 0x1p-24f;
    }

    /** One standard normal number, as PyTorch's scalar path draws it (Box–Muller in double, pairs cached). */
    private double normal() {
        if (hasNext) {
            hasNext = false;
            return next;
        }
        double u1 = uniformDouble();
        double u2 = uniformDouble();
        double r = Math.sqrt(-2.0 * Math.log1p(-u2));
        double theta = 2.0 * Math.PI * u1;
        next = r * Math.sin(theta);
        hasNext = true;
        return r * Math.cos(theta);
    }

    /** n standard normal numbers in float32, as {@code torch.randn(n)}. */
    public float[] randn(int n) {
        Check.argument(n >= 0, "randn needs a non-negative length but got %d", n);
        float[] data = new float[n];
        if (n < 16) {
            for (int i = 0; i < n; i++) {
                data[i] = (float) normal();
            }
            return data;
        }
        for (int i = 0; i < n; i++) {
            data[i] = uniformFloat();
        }
        for (int i = 0; i + 16 <= n; i += 16) {
            fill16(data, i);
        }
        if (n % 16 != 0) {              // the last 16 again: new uniforms, transformed again
            for (int i = n - 16; i < n; i++) {
                data[i] = uniformFloat();
            }
            fill16(data, n - 16);
        }
        return data;
    }

    /** A rows × cols matrix of standard normal float32 numbers, filled row by row as {@code torch.randn(rows, cols)}. */
    public float[][] randn(int rows, int cols) {
        Check.argument(rows >= 0 && cols >= 0, "randn needs non-negative dimensions but got %d×%d", rows, cols);
        float[] flat = randn(rows * cols);
        float[][] m = new float[rows][cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * cols, m[r], 0, cols);
        }
        return m;
    }

    /** n uniform float32 numbers in [from, to), as {@code tensor.uniform_(from, to)} on a float tensor. */
    public float[] uniform(int n, double from, double to) {
        Check.argument(n >= 0 && from <= to, "uniform needs n ≥ 0 and from ≤ to but got n = %d, [%s, %s)", n, from, to);
        Check.argument(Math.abs(from) <= Float.MAX_VALUE && Math.abs(to) <= Float.MAX_VALUE && Float.isFinite((float) to - (float) from),
                "uniform draws floats, so [from, to) must lie within ±%s, but it is [%s, %s)", Float.MAX_VALUE, from, to);
        float f = (float) from, t = (float) to;
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            float x = uniformFloat();
            v[i] = kernel == Kernel.AVX ? Math.fma(x, t - f, f) : x * (t - f) + f;
        }
        return v;
    }

    /** Box–Muller on data[i…i+15] in place: entries j and j + 8 make one pair. */
    private void fill16(float[] data, int i) {
        for (int j = i; j < i + 8; j++) {
            float u1 = 1 - data[j];                                    // [0, 1) → (0, 1] for the logarithm
            float u2 = data[j + 8];
            if (kernel == Kernel.PORTABLE) {
                float radius = (float) Math.sqrt(-2 * (float) Math.log(u1));
                float theta = (float) (2.0f * Math.PI * u2);
                data[j] = radius * (float) Math.cos(theta);
                data[j + 8] = radius * (float) Math.sin(theta);
            } else {
                float radius = (float) Math.sqrt(-2f * Cephes.log(u1));
                float theta = (float) (2.0 * Math.PI) * u2;
                float[] sc = Cephes.sincos(theta);
                data[j] = radius * sc[1];
                data[j + 8] = radius * sc[0];
            }
        }
    }

    @Override
    public String toString() {
        return "TorchRandom(seed=" + seed + (kernel == Kernel.AVX ? "" : ", kernel=" + kernel) + ")";
    }
}
