package nn.tables;

import nn.util.Check;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.Arrays;

/** Small constructors for tablesaw tables and their HTML form. */
public final class Tables {
    private Tables() {
    }

    /**
     * A table of text columns from rows, e.g. a comparison table:
     * {@code Tables.ofRows("MCP vs perceptron", new String[] {"aspect", "MCP", "perceptron"}, rows)}.
     */
    public static Table ofRows(String title, String[] columns, String[]... rows) {
        Check.given("Tables.ofRows", "title", title, "columns", columns, "rows", rows);
        Check.argument(columns.length > 0, "table %s needs at least one column", title);
        Check.argument(java.util.Arrays.stream(columns).distinct().count() == columns.length, "table %s needs a different name for each column, but got %s",
                title, java.util.Arrays.toString(columns));
        StringColumn[] cols = new StringColumn[columns.length];
        for (int c = 0; c < columns.length; c++) {
            cols[c] = StringColumn.create(columns[c]);
        }
        for (int r = 0; r < rows.length; r++) {
            Check.argument(rows[r].length == columns.length, "table %s has %d columns %s but row %d has %d values: %s",
                    title, columns.length, Arrays.toString(columns), r + 1, rows[r].length, Arrays.toString(rows[r]));
            for (int c = 0; c < columns.length; c++) {
                cols[c].append(rows[r][c]);
            }
        }
        return Table.create(title, cols);
    }

    /**
     * The table as an HTML {@code <table>} with its name as caption; numbers right-aligned and
     * shown as {@link Table#print()} shows them. Attributes in single quotes and styles without
     * spaces: a notebook stores the HTML as a JSON string, where each double quote takes two bytes.
     */
    public static String html(Table table) {
        Check.given("Tables.html", "table", table);
        Check.notNull(table, "html", "a table");
        StringBuilder s = new StringBuilder("<table class='nn-table'>");
        if (table.name() != null && !table.name().isEmpty()) {
            s.append("<caption style='caption-side:top;text-align:left;font-weight:bold'>")
                    .append(escape(table.name())).append("</caption>");
        }
        s.append("<thead><tr>");
        for (Column<?> c : table.columns()) {
            s.append("<th>").append(escape(c.name())).append("</th>");
        }
        s.append("</tr></thead><tbody>");
        for (int r = 0; r < table.rowCount(); r++) {
            s.append("<tr>");
            for (Column<?> c : table.columns()) {
                boolean numeric = c instanceof tech.tablesaw.api.NumericColumn<?>;
                s.append(numeric ? "<td style='text-align:right'>" : "<td style='text-align:left'>")
                        .append(escape(c.getString(r))).append("</td>");
            }
            s.append("</tr>");
        }
        return s.append("</tbody></table>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
