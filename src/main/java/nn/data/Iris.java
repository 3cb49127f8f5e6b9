package nn.data;

import nn.util.Check;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fisher's iris data (1936): 150 flowers, 50 of each species (setosa, versicolor, virginica),
 * four measurements in cm. The file ships inside the library (see {@code nn/data/README.md} for
 * its source) and is read as UTF-8. Setosa is linearly separable from the other two species;
 * versicolor and virginica overlap.
 */
public final class Iris {
    /** The four measurement columns, in the file's order. */
    public static final List<String> FEATURES = List.of("sepal_length", "sepal_width", "petal_length", "petal_width");
    /** The three species. */
    public static final List<String> SPECIES = List.of("setosa", "versicolor", "virginica");

    private static final String RESOURCE = "/nn/data/iris.csv";

    private Iris() {
    }

    /** All 150 rows as a table with columns sepal_length, sepal_width, petal_length, petal_width, species. */
    public static Table table() {
        try (InputStream in = Iris.class.getResourceAsStream(RESOURCE)) {
            Check.argument(in != null, "the iris data %s is missing from the class path", RESOURCE);
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return Table.read().usingOptions(CsvReadOptions.builder(reader).tableName("iris")
                    .columnTypes(new ColumnType[] {ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.STRING}));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the iris data " + RESOURCE, e);
        }
    }

    /**
     * Two species on the chosen measurements, as perceptron data: the first species gets t = +1,
     * the second t = −1, rows in the file's order. E.g. {@code pair("setosa", "versicolor",
     * "sepal_length", "petal_length")} has 100 points in 2-D.
     */
    public static BinaryData pair(String plus, String minus, String... features) {
        checkSpecies(plus);
        checkSpecies(minus);
        Check.argument(features != null, "iris pair needs at least one of the features %s", FEATURES);
        Check.argument(!plus.equals(minus), "iris pair needs two different species but got %s twice", plus);
        Check.argument(features.length > 0, "iris pair needs at least one of the features %s", FEATURES);
        for (String f : features) {
            Check.argument(f != null && FEATURES.contains(f), "iris has no feature \"%s\"; the features are %s", f, String.join(", ", FEATURES));
        }
        Table all = table();
        Table rows = all.where(all.stringColumn("species").isIn(plus, minus));
        double[][] x = new double[rows.rowCount()][features.length];
        int[] t = new int[rows.rowCount()];
        for (int i = 0; i < rows.rowCount(); i++) {
            for (int j = 0; j < features.length; j++) {
                x[i][j] = rows.doubleColumn(features[j]).getDouble(i);
            }
            t[i] = rows.stringColumn("species").get(i).equals(plus) ? 1 : -1;
        }
        return BinaryData.of("iris " + plus + " (+1) vs " + minus + " (−1)", features, x, t);
    }

    private static void checkSpecies(String s) {
        Check.argument(s != null && SPECIES.contains(s), "iris has no species \"%s\"; the species are %s", s, String.join(", ", SPECIES));
    }
}
