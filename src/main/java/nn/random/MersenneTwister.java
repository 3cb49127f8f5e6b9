package nn.random;

/**
 * MT19937, the Mersenne Twister (Matsumoto and Nishimura 1998), seeded with a 32-bit number as
 * its authors' {@code init_genrand} does. NumPy's legacy generator and PyTorch's CPU generator
 * are both this generator; they differ only in how they turn its 32-bit outputs into numbers.
 */
final class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;

    private final int[] mt = new int[N];
    private int pos;

    MersenneTwister(long seed32) {
        long s = seed32 & 0xffffffffL;
        for (int i = 0; i < N; i++) {
            mt[i] = (int) s;
            s = (1812433253L * (s ^ (s >>> 30)) + i + 1) & 0xffffffffL;
        }
        pos = N;
    }

    /** The next 32 random bits (the tempered output). */
    int nextInt32() {
        if (pos == N) {
            twist();
        }
        int y = mt[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (mt[i] & 0x80000000) | (mt[(i + 1) % N] & 0x7fffffff);
            int next = mt[(i + M) % N] ^ (y >>> 1);
            mt[i] = (y & 1) == 0 ? next : next ^ 0x9908b0df;
        }
        pos = 0;
    }
}
