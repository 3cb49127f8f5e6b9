package nn.data;

import nn.util.Check;
import nn.util.Fmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Input standardisation x' = (x − μ)/σ, feature by feature, with μ and σ measured on the
 * training data only and then applied unchanged to validation and test data (measuring them on
 * the test data would leak it into training). σ is the population standard deviation (divide by
 * N, as NumPy's {@code std} and scikit-learn do).
 *
 * <p>A feature that is constant in the training data (σ = 0, e.g. a corner pixel of the digits
 * that is always white) cannot be divided by σ. It is handled explicitly: it is only centred
 * (σ taken as 1), so it becomes 0 in training, and it is listed in {@link #constantFeatures()}
 * and in {@code toString}.
 */
public final class Standardizer {
    private final double[] mean;
    private final double[] std;
    private final int[] constant;

    private Standardizer(double[] mean, double[] std, int[] constant) {
        this.mean = mean;
        this.std = std;
        this.constant = constant;
    }

    /** Measures μ and σ of every column of {@code train} (rows are examples). */
    public static Standardizer fit(double[][] train) {
        Check.argument(train != null && train.length >= 1 && train[0] != null && train[0].length >= 1,
                "standardisation needs at least one training row with one feature");
        int d = train[0].length;
        double[] mean = new double[d];
        double[] std = new double[d];
        for (int i = 0; i < train.length; i++) {
            Check.argument(train[i] != null, "standardisation needs rows of features, but row %d is null", i);
            Check.argument(train[i].length == d, "standardisation needs rows of equal length, but row 0 has %d features and row %d has %d", d, i, train[i].length);
            Check.finite(train[i], "training row " + i);
            for (int j = 0; j < d; j++) {
                mean[j] += train[i][j] / train.length;
            }
        }
        for (double[] row : train) {
            for (int j = 0; j < d; j++) {
                std[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / train.length;
            }
        }
        for (int j = 0; j < d; j++) {
            if (!Double.isFinite(std[j])) { // (x − μ)² beyond 1.8e308
                Check.argument(false, "standardisation cannot measure the spread of feature %d: its squared deviations overflow (mean %s)",
                        j, mean[j]);
            }
        }
        List<Integer> constant = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            std[j] = Math.sqrt(std[j]);
            if (std[j] <= 1e-12 * Math.max(1, Math.abs(mean[j]))) {
                constant.add(j);
                std[j] = 0;
            }
        }
        return new Standardizer(mean, std, constant.stream().mapToInt(Integer::intValue).toArray());
    }

    /** (x − μ)/σ for every row (new arrays); constant features are only centred. */
    public double[][] transform(double[][] x) {
        Check.notNull(x, "transform", "rows of features");
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = transform(x[i]);
        }
        return out;
    }

    /** (x − μ)/σ for one example (a new array). */
    public double[] transform(double[] x) {
        Check.finite(x, "x");
        Check.argument(x.length == mean.length, "this standardizer was fitted on %d features but got a row of %d", mean.length, x.length);
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - mean[j]) / (std[j] == 0 ? 1 : std[j]);
        }
        return z;
    }

    /** Back to the original units: z σ + μ. */
    public double[] inverse(double[] z) {
        Check.finite(z, "z");
        Check.argument(z.length == mean.length, "this standardizer was fitted on %d features but got a row of %d", mean.length, z.length);
        double[] x = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            x[j] = z[j] * (std[j] == 0 ? 1 : std[j]) + mean[j];
        }
        return x;
    }

    /** The training means μ (a copy). */
    public double[] means() {
        return mean.clone();
    }

    /** The training standard deviations σ (a copy; 0 for constant features). */
    public double[] stds() {
        return std.clone();
    }

    /** The features with σ = 0 in the training data, which are centred but not scaled. */
    public int[] constantFeatures() {
        return constant.clone();
    }

    @Override
    public String toString() {
        String s = "Standardizer(" + mean.length + " features, fitted on training data";
        if (mean.length <= 4) {
            s += ", μ=" + Fmt.vec(mean) + ", σ=" + Fmt.vec(std);
        }
        if (constant.length > 0) {
            s += "; " + constant.length + " constant feature" + (constant.length == 1 ? "" : "s") + " only centred: " + Fmt.vec(constant);
        }
        return s + ")";
    }
}
