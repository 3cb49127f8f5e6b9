package nn.random;

/**
 * The float logarithm, sine and cosine of PyTorch's AVX kernels ({@code avx_mathfun.h}, after
 * Cephes' logf and sinf by S. Moshier): range reduction and short polynomials, evaluated with the
 * fused multiply–adds the compiler makes of them (GCC fuses each product into the sum that uses
 * it, first product first). They agree with the exact functions to about 1 unit in the last
 * place but not bit for bit, which is why {@link TorchRandom} needs them.
 */
final class Cephes {
    private Cephes() {
    }

    private static final float SQRTHF = 0.707106781186547524f;
    private static final float[] LOG_P = {7.0376836292E-2f, -1.1514610310E-1f, 1.1676998740E-1f, -1.2420140846E-1f,
            1.4249322787E-1f, -1.6668057665E-1f, 2.0000714765E-1f, -2.4999993993E-1f, 3.3333331174E-1f};
    private static final float LOG_Q1 = -2.12194440e-4f, LOG_Q2 = 0.693359375f;

    /** ln x for x in (0, 1], as {@code log256_ps}. */
    static float log(float x) {
        int bits = Float.floatToRawIntBits(Math.max(x, Float.MIN_NORMAL));
        float e = (float) ((bits >>> 23) - 0x7f) + 1f;                  // exponent + 1
        float m = Float.intBitsToFloat(bits & ~0x7f800000 | Float.floatToRawIntBits(0.5f)); // mantissa in [0.5, 1)
        if (m < SQRTHF) {                                              // x < √½: use 2m − 1 and e − 1
            e -= 1f;
            m = m - 1f + m;
        } else {
            m = m - 1f;
        }
        float z = m * m;
        float y = LOG_P[0];
        for (int i = 1; i < LOG_P.length; i++) {
            y = Math.fma(y, m, LOG_P[i]);
        }
        y = y * m;
        y = Math.fma(y, z, e * LOG_Q1);
        y = Math.fma(-z, 0.5f, y);
        return Math.fma(e, LOG_Q2, m + y);
    }

    private static final float DP1 = -0.78515625f, DP2 = -2.4187564849853515625e-4f, DP3 = -3.77489497744594108e-8f;
    private static final float SIN_P0 = -1.9515295891E-4f, SIN_P1 = 8.3321608736E-3f, SIN_P2 = -1.6666654611E-1f;
    private static final float COS_P0 = 2.443315711809948E-005f, COS_P1 = -1.388731625493765E-003f, COS_P2 = 4.166664568298827E-002f;
    private static final float FOPI = 1.27323954473516f;               // 4/π

    /** {sin x, cos x}, as {@code sincos256_ps}. */
    static float[] sincos(float x) {
        int signSin = Float.floatToRawIntBits(x) & 0x80000000;
        x = Math.abs(x);
        int j = (int) (x * FOPI);                                      // octant, rounded up to even
        j = (j + 1) & ~1;
        float y = j;
        signSin ^= (j & 4) << 29;
        boolean sinePolynomial = (j & 2) == 0;
        int signCos = (~(j - 2) & 4) << 29;
        x = Math.fma(y, DP1, x);                                       // x − jπ/4 in three parts
        x = Math.fma(y, DP2, x);
        x = Math.fma(y, DP3, x);
        float z = x * x;
        float c = Math.fma(COS_P0, z, COS_P1);
        c = Math.fma(c, z, COS_P2);
        c = c * z;
        c = Math.fma(c, z, -(z * 0.5f));
        c = c + 1f;
        float s = Math.fma(SIN_P0, z, SIN_P1);
        s = Math.fma(s, z, SIN_P2);
        s = s * z;
        s = Math.fma(s, x, x);
        float sin = sinePolynomial ? s : c, cos = sinePolynomial ? c : s;
        return new float[] {Float.intBitsToFloat(Float.floatToRawIntBits(sin) ^ signSin),
                Float.intBitsToFloat(Float.floatToRawIntBits(cos) ^ signCos)};
    }
}
