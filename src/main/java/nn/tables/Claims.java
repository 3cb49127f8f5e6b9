package nn.tables;

import nn.util.Check;
import nn.util.Fmt;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A lecture's printed numbers beside the computed ones. Each claim is the text the lecture prints
 * (e.g. {@code "-0.0287"}, or {@code "1.4422e-11"} as PyTorch prints small numbers); it agrees when
 * the computed value, rounded to as many decimals as the lecture printed, gives the same number (with half a unit of the last printed digit of slack). The
 * table shows the computed value with two more significant digits than the lecture printed.
 * <pre>
 *   Claims.titled("lecture 002, forward pass").claim("a²", "0.589", pass.output()[0]).table()
 * </pre>
 */
public final class Claims {
    /** One printed number and the computed one. */
    public record Claim(String quantity, String printed, double computed) {
        /** Checks the printed value is a number as printed (e.g. "0.7109" or "−0.04") and the computed one is finite. */
        public Claim {
            Check.argument(printed != null && printed.replace('−', '-').trim().matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?"),
                    "the claim about %s needs the number the lecture printed, such as \"0.7109\", but got \"%s\"", quantity, printed);
            Check.finite(computed, "the computed value of " + quantity);
        }

        /** True when the computed value rounds to the printed one. */
        public boolean agrees() {
            BigDecimal p = new BigDecimal(printed.replace('−', '-').trim());
            double halfUnit = 0.5 * Math.pow(10, -Math.max(p.scale(), 0));
            return Math.abs(computed - p.doubleValue()) <= halfUnit * (1 + 1e-9);
        }

        /** How many significant digits the lecture printed. */
        int significantDigits() {
            return new BigDecimal(printed.replace('−', '-').trim()).precision();
        }

        /** The computed value minus the printed one. */
        public double difference() {
            return computed - new BigDecimal(printed.replace('−', '-').trim()).doubleValue();
        }
    }

    private final String title;
    private final List<Claim> claims = new ArrayList<>();

    private Claims(String title) {
        this.title = title;
    }

    /** An empty list of claims with a title for its table. */
    public static Claims titled(String title) {
        return new Claims(title);
    }

    /** Adds a claim: the quantity's name, the number as the lecture prints it, and our value. */
    public Claims claim(String quantity, String printed, double computed) {
        Check.argument(printed != null && printed.replace('−', '-').trim().matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?"),
                "a printed claim must be a decimal number like -0.0287 or 1.4422e-11, not %s", printed);
        claims.add(new Claim(quantity, printed, computed));
        return this;
    }

    /** The claims in the order added. */
    public List<Claim> claims() {
        return List.copyOf(claims);
    }

    /** How many claims disagree with the computed values. */
    public long disagreements() {
        return claims.stream().filter(c -> !c.agrees()).count();
    }

    /** The table: quantity, the lecture's number, the computed number, and a verdict. */
    public Table table() {
        StringColumn q = StringColumn.create("quantity"), p = StringColumn.create("lecture prints"),
                c = StringColumn.create("computed"), v = StringColumn.create("verdict");
        for (Claim claim : claims) {
            q.append(claim.quantity());
            p.append(claim.printed());
            c.append(Fmt.num(claim.computed(), Math.max(6, claim.significantDigits() + 2)));
            v.append(claim.agrees() ? "✓ agrees to the printed digits" : "✗ off by " + Fmt.num(claim.difference(), 3));
        }
        return Table.create(title, q, p, c, v);
    }

    @Override
    public String toString() {
        return title + ": " + claims.size() + " claims, " + disagreements() + " disagree";
    }
}
