package nn.data;

import nn.random.NumpyRandom;
import nn.util.Check;

/**
 * A random order of the rows 0 … n−1 by the Fisher–Yates shuffle, from an explicit generator:
 * for i = n−1 down to 1, swap a[i] with a[j], j = ⌊u·(i+1)⌋, u uniform in [0, 1). Used to cut
 * seeded splits and to visit the training rows in a new order every epoch.
 */
public final class Shuffle {
    private Shuffle() {
    }

    /** 0 … n−1 in a random order drawn from {@code random}. */
    public static int[] permutation(int n, NumpyRandom random) {
        Check.argument(n >= 0 && n <= 100_000_000, "a permutation needs 0 ≤ n ≤ 100 000 000 rows but got %d", n);
        return shuffled(java.util.stream.IntStream.range(0, n).toArray(), random);
    }

    /** A shuffled copy of {@code rows}. */
    public static int[] shuffled(int[] rows, NumpyRandom random) {
        Check.argument(random != null, "shuffling needs a random generator, e.g. new NumpyRandom(42)");
        Check.given("shuffling", "rows", rows);
        int[] a = rows.clone();
        inPlace(a, random);
        return a;
    }

    /** Shuffles {@code rows} itself (nothing is allocated: the training loop does this every epoch). */
    public static void inPlace(int[] rows, NumpyRandom random) {
        if (random == null || rows == null) {
            Check.argument(false, "shuffling needs rows and a random generator (e.g. new NumpyRandom(42)), not null");
        }
        for (int i = rows.length - 1; i > 0; i--) {
            int j = (int) (random.rand() * (i + 1));
            int t = rows[i];
            rows[i] = rows[j];
            rows[j] = t;
        }
    }
}
