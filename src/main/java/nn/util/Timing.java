package nn.util;

/**
 * Two ways of computing the same thing, timed live: each runs a few times to warm up, then
 * {@code repeats} times, and its time is the median. Times vary from run to run and machine to
 * machine, so the text of a timing says only which way is faster ({@code … is faster than …: yes}),
 * the same on every run; the times themselves are drawn by {@code nn.plots.TimingChart}, a
 * picture.
 */
public final class Timing {
    private final String first;
    private final String second;
    private final double firstSeconds;
    private final double secondSeconds;

    private Timing(String first, double firstSeconds, String second, double secondSeconds) {
        this.first = first;
        this.second = second;
        this.firstSeconds = firstSeconds;
        this.secondSeconds = secondSeconds;
    }

    /** Times {@code first} and {@code second}, alternating, {@code repeats} times each after as many warm-up runs. */
    public static Timing compare(String first, Runnable a, String second, Runnable b, int repeats) {
        Check.argument(first != null && second != null && a != null && b != null, "a timing needs two names and two computations");
        Check.argument(repeats >= 1, "a timing needs at least 1 repeat, not %d", repeats);
        Check.argument(repeats <= 100_000, "a timing takes at most 100 000 repeats, not %d", repeats);
        for (int i = 0; i < repeats; i++) {
            Interrupt.check("a timing");
            a.run();
            b.run();
        }
        long[] ta = new long[repeats], tb = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            Interrupt.check("a timing");
            ta[i] = time(a);
            tb[i] = time(b);
        }
        return new Timing(first, median(ta) * 1e-9, second, median(tb) * 1e-9);
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return System.nanoTime() - start;
    }

    private static double median(long[] t) {
        long[] s = t.clone();
        java.util.Arrays.sort(s);
        double m = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
        return Math.max(m, 1); // a clock tick at least, so that a ratio of times is a number
    }

    /** The name of the first computation. */
    public String first() {
        return first;
    }

    /** The name of the second computation. */
    public String second() {
        return second;
    }

    /** The median time of the first, in seconds. */
    public double firstSeconds() {
        return firstSeconds;
    }

    /** The median time of the second, in seconds. */
    public double secondSeconds() {
        return secondSeconds;
    }

    /** How many times faster the second is than the first (first time ÷ second time). */
    public double speedup() {
        return firstSeconds / secondSeconds;
    }

    /** {@code one batch in matrix form is faster than 32 examples one by one: yes}, the same on every run. */
    @Override
    public String toString() {
        return second + " is faster than " + first + ": " + (secondSeconds < firstSeconds ? "yes" : "no");
    }
}
