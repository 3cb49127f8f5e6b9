package nn.tables;

import nn.util.Check;
import nn.util.Fmt;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A matrix or vectors as a table (to 6 significant digits), rows and columns numbered from 1 as in the lectures. */
public final class Matrices {
    private Matrices() {
    }

    /** The matrix m as a table: one row per row of m, columns 1 … n. */
    public static Table table(String title, double[][] m) {
        Check.given("Matrices.table", "title", title, "m", m);
        Check.argument(m != null && m.length > 0 && m[0].length > 0, "table %s needs a non-empty matrix", title);
        StringColumn row = StringColumn.create("row");
        DoubleColumn[] cols = new DoubleColumn[m[0].length];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = DoubleColumn.create("column " + (j + 1));
        }
        for (int i = 0; i < m.length; i++) {
            Check.argument(m[i].length == cols.length, "table %s: row %d has %d entries, row 1 has %d", title, i + 1, m[i].length, cols.length);
            row.append(String.valueOf(i + 1));
            for (int j = 0; j < cols.length; j++) {
                cols[j].append(Fmt.round(m[i][j], 6));
            }
        }
        Table t = Table.create(title, row);
        return t.addColumns(cols);
    }

    /** Named column vectors side by side, e.g. {@code vectors("δ²", new String[] {"ŷ", "y", "ŷ − y"}, yhat, y, d)}. */
    public static Table vectors(String title, String[] names, double[]... vectors) {
        Check.given("Matrices.vectors", "title", title, "names", names, "vectors", vectors);
        Check.argument(names != null && vectors != null && java.util.Arrays.stream(vectors).allMatch(java.util.Objects::nonNull),
                "table %s needs names and vectors, not null", title);
        Check.argument(java.util.Arrays.stream(names).distinct().count() == names.length, "table %s needs a different name for each vector, but got %s",
                title, java.util.Arrays.toString(names));
        Check.argument(names.length == vectors.length && vectors.length > 0, "table %s needs one name per vector, got %d names and %d vectors",
                title, names.length, vectors.length);
        StringColumn row = StringColumn.create("i");
        for (int i = 0; i < vectors[0].length; i++) {
            row.append(String.valueOf(i + 1));
        }
        Table t = Table.create(title, row);
        for (int k = 0; k < vectors.length; k++) {
            Check.argument(vectors[k].length == vectors[0].length, "table %s: %s has %d entries, %s has %d", title, names[k], vectors[k].length,
                    names[0], vectors[0].length);
            DoubleColumn c = DoubleColumn.create(names[k]);
            for (double v : vectors[k]) {
                c.append(Fmt.round(v, 6));
            }
            t.addColumns(c);
        }
        return t;
    }
}
