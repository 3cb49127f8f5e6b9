package nn.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Arguments of plain types the way a student might type them: mostly ordinary values, often
 * edge cases (NaN, ±∞, huge and tiny numbers, −0, empty and null arrays, ragged matrices, indices
 * below 0 and far beyond the end).
 */
final class Plain {
    private Plain() {
    }

    /** Numbers no computation should swallow silently. */
    static final double[] EDGE_DOUBLES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE,
            1e300, -1e300, 1e-300, Double.MIN_VALUE, -0.0, 0, 1, -1, 0.5, 1e6};

    static Arbitrary<Double> doubles() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.doubles().between(-3, 3).ofScale(3)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(box(EDGE_DOUBLES))),
                net.jqwik.api.Tuple.of(2, Arbitraries.doubles().between(-1e6, 1e6)));
    }

    /** Entries of vectors: mostly ordinary, sometimes one edge case. */
    static Arbitrary<Double> entries() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.doubles().between(-3, 3).ofScale(3)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(box(EDGE_DOUBLES))));
    }

    /** Sizes, counts and indices: small ones, and edge cases (negative, zero, one past a small end, huge). */
    static Arbitrary<Integer> ints() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(-2, 6)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(Integer.MIN_VALUE, -1, 0, 1, 2, 10, 1000, Integer.MAX_VALUE)));
    }

    static Arbitrary<Long> longs() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(-2, 100)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(Long.MIN_VALUE, -1L, 0L, 42L, Long.MAX_VALUE)));
    }

    static Arbitrary<String> strings() {
        return Arbitraries.of("x", "", " ", "XOR", "a name with spaces", "σ(z)", "%s %d", "W¹[1,2]").injectNull(0.08);
    }

    static Arbitrary<double[]> vectors() {
        return entries().array(double[].class).ofMinSize(0).ofMaxSize(6).injectNull(0.06);
    }

    /** Rectangular matrices mostly; sometimes ragged, with a null row, empty, or null. */
    static Arbitrary<double[][]> matrices() {
        Arbitrary<double[][]> rectangular = Arbitraries.integers().between(1, 4).flatMap(cols ->
                entries().array(double[].class).ofSize(cols).array(double[][].class).ofMinSize(1).ofMaxSize(4));
        Arbitrary<double[][]> odd = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, entries().array(double[].class).ofMinSize(0).ofMaxSize(4).array(double[][].class).ofMinSize(0).ofMaxSize(4)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new double[][] {{1, 2}, null})),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new double[0][])));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, rectangular), net.jqwik.api.Tuple.of(2, odd)).injectNull(0.05);
    }

    static Arbitrary<double[][][]> tensors() {
        return matrices().array(double[][][].class).ofMinSize(0).ofMaxSize(3).injectNull(0.1);
    }

    /** Labels and class indices: mostly 0…3, sometimes negative or far out. */
    static Arbitrary<int[]> intVectors() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 3)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(-1, 10, Integer.MAX_VALUE, Integer.MIN_VALUE)))
                .array(int[].class).ofMinSize(0).ofMaxSize(8).injectNull(0.06);
    }

    static Arbitrary<String[]> stringArrays() {
        return strings().array(String[].class).ofMinSize(0).ofMaxSize(4).injectNull(0.1);
    }

    private static Double[] box(double[] values) {
        Double[] b = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = values[i];
        }
        return b;
    }
}
