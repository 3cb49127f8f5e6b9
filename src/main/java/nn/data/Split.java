package nn.data;

import nn.random.NumpyRandom;
import nn.util.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A seeded partition of the rows 0 … n−1 of a data set into training, validation and test rows.
 * The rows are shuffled with {@code new NumpyRandom(seed)} and cut; each part lists its row
 * numbers in increasing order (which rows, not in which order to visit them: the training loop
 * shuffles). A stratified split keeps each class's share the same in every part.
 *
 * <pre>{@code
 * Split s = Split.stratified(y, 0.2, 0.2, 42);    // 60% train, 20% validation, 20% test
 * double[][] xTrain = s.train(x);
 * int[] yTest = s.test(y);
 * }</pre>
 */
public final class Split {
    private final int n;
    private final long seed;
    private final boolean stratified;
    private final int[] train;
    private final int[] validation;
    private final int[] test;

    private Split(int n, long seed, boolean stratified, int[] train, int[] validation, int[] test) {
        this.n = n;
        this.seed = seed;
        this.stratified = stratified;
        this.train = train;
        this.validation = validation;
        this.test = test;
    }

    /** The most rows a split may have: 2²⁴ (its row numbers are shuffled in memory). */
    public static final int MAX_ROWS = 1 << 24;

    /** Training and test rows only; {@code testFraction} of the n rows (rounded) go to test. */
    public static Split trainTest(int n, double testFraction, long seed) {
        return of(n, 0, testFraction, seed);
    }

    /** Training, validation and test rows, the two fractions of n rounded to whole rows. */
    public static Split of(int n, double validationFraction, double testFraction, long seed) {
        Check.argument(n >= 2 && n <= MAX_ROWS, "a split needs 2 to %d rows but got %d", MAX_ROWS, n);
        checkFractions(validationFraction, testFraction);
        List<int[]> parts = cut(shuffled(range(n), new NumpyRandom(seed)), validationFraction, testFraction);
        return new Split(n, seed, false, parts.get(0), parts.get(1), parts.get(2));
    }

    /** Like {@link #of} but cut class by class, so each part has the classes in the same proportions. */
    public static Split stratified(int[] labels, double validationFraction, double testFraction, long seed) {
        Check.argument(labels != null && labels.length >= 2, "a split needs at least 2 labels");
        checkFractions(validationFraction, testFraction);
        NumpyRandom random = new NumpyRandom(seed);
        int[] classes = Arrays.stream(labels).distinct().sorted().toArray();
        int[][] parts = {new int[0], new int[0], new int[0]};
        for (int c : classes) {
            int[] rows = java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == c).toArray();
            List<int[]> cut = cut(shuffled(rows, random), validationFraction, testFraction);
            for (int p = 0; p < 3; p++) {
                parts[p] = concat(parts[p], cut.get(p));
            }
        }
        return new Split(labels.length, seed, true, sorted(parts[0]), sorted(parts[1]), sorted(parts[2]));
    }

    private static void checkFractions(double validation, double test) {
        Check.argument(validation >= 0 && test >= 0 && validation + test < 1,
                "a split needs validation and test fractions ≥ 0 that leave rows for training, but got validation %s and test %s", validation, test);
    }

    private static int[] range(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }

    private static int[] shuffled(int[] rows, NumpyRandom random) {
        return Shuffle.shuffled(rows, random);
    }

    private static List<int[]> cut(int[] rows, double validation, double test) {
        int nTest = (int) Math.round(test * rows.length);
        int nValidation = (int) Math.round(validation * rows.length);
        int nTrain = rows.length - nTest - nValidation;
        List<int[]> parts = new ArrayList<>();
        parts.add(sorted(Arrays.copyOfRange(rows, 0, nTrain)));
        parts.add(sorted(Arrays.copyOfRange(rows, nTrain, nTrain + nValidation)));
        parts.add(sorted(Arrays.copyOfRange(rows, nTrain + nValidation, rows.length)));
        return parts;
    }

    private static int[] sorted(int[] a) {
        int[] b = a.clone();
        Arrays.sort(b);
        return b;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** The training row numbers (a copy). */
    public int[] trainRows() {
        return train.clone();
    }

    /** The validation row numbers (a copy; empty for a train/test split). */
    public int[] validationRows() {
        return validation.clone();
    }

    /** The test row numbers (a copy). */
    public int[] testRows() {
        return test.clone();
    }

    /** The training rows of x (copies). */
    public double[][] train(double[][] x) {
        return rows(x, train);
    }

    /** The validation rows of x (copies). */
    public double[][] validation(double[][] x) {
        return rows(x, validation);
    }

    /** The test rows of x (copies). */
    public double[][] test(double[][] x) {
        return rows(x, test);
    }

    /** The training labels. */
    public int[] train(int[] y) {
        return rows(y, train);
    }

    /** The validation labels. */
    public int[] validation(int[] y) {
        return rows(y, validation);
    }

    /** The test labels. */
    public int[] test(int[] y) {
        return rows(y, test);
    }

    private double[][] rows(double[][] x, int[] which) {
        Check.argument(x != null && x.length == n, "this split is of %d rows but the data has %s", n, x == null ? "none (null)" : x.length);
        double[][] out = new double[which.length][];
        for (int i = 0; i < which.length; i++) {
            out[i] = Check.finite(Check.notNull(x[which[i]], "a split", "rows of data (row " + which[i] + " is null)"), "row " + which[i]).clone();
        }
        return out;
    }

    private int[] rows(int[] y, int[] which) {
        Check.argument(y != null && y.length == n, "this split is of %d rows but the labels have %s", n, y == null ? "none (null)" : y.length);
        return Arrays.stream(which).map(i -> y[i]).toArray();
    }

    @Override
    public String toString() {
        return "Split(" + (stratified ? "stratified, " : "") + "train " + train.length + ", validation " + validation.length
                + ", test " + test.length + " of " + n + " rows, seed=" + seed + ")";
    }
}
