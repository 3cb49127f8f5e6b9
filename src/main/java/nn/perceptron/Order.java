package nn.perceptron;

import java.util.Random;

/**
 * The order in which training visits the points in each epoch: the data's own order every time,
 * or a fresh random permutation each epoch drawn from a seeded generator (the same seed gives the
 * same permutations).
 */
public final class Order {
    /** Rows 0, 1, …, n − 1 in every epoch. */
    public static final Order FIXED = new Order(null);

    private final Long seed;

    private Order(Long seed) {
        this.seed = seed;
    }

    /** A new random order every epoch, from a generator seeded with {@code seed}. */
    public static Order shuffled(long seed) {
        return new Order(seed);
    }

    /** Whether the order is the same in every epoch. */
    public boolean isFixed() {
        return seed == null;
    }

    /** A source of per-epoch orders for n points; call {@link Epochs#next()} once per epoch. */
    Epochs epochs(int n) {
        Random random = seed == null ? null : new Random(seed);
        return () -> {
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = i;
            }
            if (random != null) { // Fisher–Yates shuffle
                for (int i = n - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int tmp = rows[i];
                    rows[i] = rows[j];
                    rows[j] = tmp;
                }
            }
            return rows;
        };
    }

    /** The rows of one epoch after another. */
    interface Epochs {
        int[] next();
    }

    @Override
    public String toString() {
        return seed == null ? "fixed order" : "shuffled each epoch (seed " + seed + ")";
    }
}
