package nn.data;

import nn.util.Check;
import nn.util.Fmt;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.Arrays;

/**
 * Points with two classes: row i is a feature vector xᵢ ∈ ℝᵈ with a target tᵢ ∈ {−1, +1}, the
 * form a perceptron learns from. For example the AND gate is the four corners of the unit square
 * with t = +1 only at (1, 1). Values are immutable; the factory checks everything once (no empty
 * data, one target per point, targets −1 or +1, finite features) so that learning never meets a
 * bad value.
 */
public final class BinaryData {
    private final String name;
    private final String[] features;
    private final double[][] x;
    private final int[] t;

    private BinaryData(String name, String[] features, double[][] x, int[] t) {
        Check.argument(name != null, "a data set needs a name");
        Check.argument(x != null && t != null, "data set %s needs features x and targets t, not null", name);
        Check.argument(x.length > 0, "data set %s is empty: it needs at least one point (x has 0 rows)", name);
        Check.argument(x.length == t.length,
                "data set %s has %d points in x but %d targets in t; every point needs exactly one target", name, x.length, t.length);
        Check.argument(features != null && features.length > 0, "data set %s needs at least one feature name", name);
        this.name = name;
        this.features = features.clone();
        this.x = new double[x.length][];
        this.t = t.clone();
        for (int i = 0; i < x.length; i++) {
            Check.argument(x[i] != null, "data set %s: row %d of x is null", name, i);
            Check.argument(x[i].length == features.length, "data set %s: row %d has %d features but there are %d (%s)",
                    name, i, x[i].length, features.length, String.join(", ", features));
            for (int j = 0; j < x[i].length; j++) {
                Check.argument(Double.isFinite(x[i][j]), "data set %s: feature %s of row %d is %s (x = %s); features must be finite numbers",
                        name, features[j], i, x[i][j], Arrays.toString(x[i]));
            }
            Check.argument(t[i] == -1 || t[i] == 1, "data set %s: target t = %d in row %d (x = %s) is not −1 or +1",
                    name, t[i], i, Fmt.vec(x[i]));
            this.x[i] = x[i].clone();
        }
    }

    /** Named data with named features; arrays are copied. */
    public static BinaryData of(String name, String[] features, double[][] x, int[] t) {
        return new BinaryData(name, features, x, t);
    }

    /** Data whose features are called x₁, x₂, … (as many as the first row has). */
    public static BinaryData of(String name, double[][] x, int[] t) {
        int d = x != null && x.length > 0 && x[0] != null ? x[0].length : 0;
        String[] names = new String[d];
        for (int j = 0; j < d; j++) {
            names[j] = "x" + subscript(j + 1);
        }
        return new BinaryData(name, d == 0 ? new String[] {"x₁"} : names, x, t);
    }

    /** The data set's name, e.g. {@code AND}. */
    public String name() {
        return name;
    }

    /** The number of points n. */
    public int size() {
        return x.length;
    }

    /** The number of features d. */
    public int dimension() {
        return features.length;
    }

    /** A copy of the feature names. */
    public String[] features() {
        return features.clone();
    }

    /** A copy of point i. */
    public double[] x(int i) {
        return x[Check.index(i, 0, x.length - 1, name, "points", "point")].clone();
    }

    /** The target of point i, −1 or +1. */
    public int t(int i) {
        return t[Check.index(i, 0, x.length - 1, name, "points", "point")];
    }

    /** A copy of all points, one row each. */
    public double[][] points() {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
    }

    /** A copy of all targets. */
    public int[] targets() {
        return t.clone();
    }

    /** How many points have target {@code label} (−1 or +1). */
    public int count(int label) {
        return (int) Arrays.stream(t).filter(v -> v == label).count();
    }

    /** The data as a table: a column per feature and the target t. */
    public Table table() {
        Table table = Table.create(name);
        for (int j = 0; j < features.length; j++) {
            DoubleColumn c = DoubleColumn.create(features[j]);
            for (double[] row : x) {
                c.append(row[j]);
            }
            table.addColumns(c);
        }
        return table.addColumns(IntColumn.create("t", t.clone()));
    }

    /** The same points with new targets t' = −t (the two classes swap). */
    public BinaryData flipped() {
        return new BinaryData(name, features, x, Arrays.stream(t).map(v -> -v).toArray());
    }

    static String subscript(int k) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(k).toCharArray()) {
            s.append((char) ('₀' + (c - '0')));
        }
        return s.toString();
    }

    /** E.g. {@code BinaryData(AND: 4 points in 2-D (x₁, x₂), 1 with t = +1, 3 with t = −1)}. */
    @Override
    public String toString() {
        return "BinaryData(" + name + ": " + size() + " points in " + dimension() + "-D (" + String.join(", ", features) + "), "
                + count(1) + " with t = +1, " + count(-1) + " with t = −1)";
    }
}
