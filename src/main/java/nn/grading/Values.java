package nn.grading;

import nn.util.Fmt;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Comparing and showing the values answers give: numbers, vectors, matrices and anything with equals. */
final class Values {
    private Values() {
    }

    /**
     * Whether {@code got} equals {@code want}: numbers and arrays of doubles within a relative
     * tolerance (absolute below 1), integers, booleans, strings and other objects exactly.
     */
    static boolean same(Object want, Object got, double tolerance) {
        if (want instanceof double[][] w && got instanceof double[][] g) {
            if (w.length != g.length) {
                return false;
            }
            for (int i = 0; i < w.length; i++) {
                if (!same(w[i], g[i], tolerance)) {
                    return false;
                }
            }
            return true;
        }
        if (want instanceof double[] w && got instanceof double[] g) {
            if (w.length != g.length) {
                return false;
            }
            for (int i = 0; i < w.length; i++) {
                if (!close(w[i], g[i], tolerance)) {
                    return false;
                }
            }
            return true;
        }
        if (want instanceof int[] w && got instanceof int[] g) {
            return Arrays.equals(w, g);
        }
        if ((want instanceof Double || want instanceof Float) && got instanceof Number g) {
            return close(((Number) want).doubleValue(), g.doubleValue(), tolerance);
        }
        if (want instanceof Number w && (got instanceof Double || got instanceof Float)) {
            return close(w.doubleValue(), ((Number) got).doubleValue(), tolerance);
        }
        if (want instanceof Number w && got instanceof Number g) {
            return w.longValue() == g.longValue();
        }
        return want == null ? got == null : want.equals(got);
    }

    private static boolean close(double want, double got, double tolerance) {
        if (Double.isNaN(want) || Double.isNaN(got)) {
            return Double.isNaN(want) && Double.isNaN(got);
        }
        return Math.abs(want - got) <= tolerance * Math.max(1, Math.abs(want));
    }

    /** A value as a student reads it: {@code 0.25}, {@code [1, -0.5]}, {@code [[1, 2], [3, 4]]}. */
    static String show(Object value) {
        if (value instanceof double[][] m) {
            return Arrays.stream(m).map(Fmt::vec).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof double[] v) {
            return Fmt.vec(v);
        }
        if (value instanceof int[] v) {
            return Fmt.vec(v);
        }
        if (value instanceof Double || value instanceof Float) {
            return Fmt.num(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }
}
