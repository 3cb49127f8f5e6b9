package nn.neurons;

import nn.util.Check;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/** Truth tables as tablesaw tables, computed by running the neuron or circuit on every input. */
public final class TruthTables {
    private TruthTables() {
    }

    /** Columns x1…xn, Σwx, z = Σwx − θ and the output y, one row per binary input. */
    public static Table of(McCullochPitts neuron, String title) {
        Check.given("TruthTables.of", "neuron", neuron, "title", title);
        int n = neuron.inputs();
        Table t = Table.create(title);
        List<int[]> rows = BinaryInputs.all(n);
        for (int i = 0; i < n; i++) {
            IntColumn xi = IntColumn.create("x" + (i + 1));
            for (int[] x : rows) {
                xi.append(x[i]);
            }
            t.addColumns(xi);
        }
        DoubleColumn sum = DoubleColumn.create("Σwx");
        DoubleColumn z = DoubleColumn.create("Σwx − θ");
        IntColumn y = IntColumn.create("y");
        for (int[] x : rows) {
            sum.append(neuron.sum(x));
            z.append(neuron.net(x));
            y.append(neuron.fire(x));
        }
        return t.addColumns(sum, z, y);
    }

    /** Inputs, every hidden neuron's output (named by its label) and the output, one row per input. */
    public static Table of(Circuit circuit) {
        Check.given("TruthTables.of", "circuit", circuit);
        Table t = Table.create("truth table of " + circuit.name());
        List<int[]> rows = BinaryInputs.all(circuit.inputs());
        List<List<int[]>> traces = rows.stream().map(circuit::trace).toList();
        for (int i = 0; i < circuit.inputs(); i++) {
            t.addColumns(column("x" + (i + 1), traces, 0, i));
        }
        for (int l = 0; l < circuit.layers().size(); l++) {
            for (int j = 0; j < circuit.layers().get(l).size(); j++) {
                t.addColumns(column(circuit.labels().get(l).get(j), traces, l + 1, j));
            }
        }
        return t;
    }

    /** A function's truth table beside a neuron's output, with a column that marks disagreements. */
    public static Table compare(BooleanFunction target, McCullochPitts neuron) {
        Check.given("TruthTables.compare", "target", target, "neuron", neuron);
        Table t = of(neuron, target.name() + " vs " + neuron);
        IntColumn wanted = IntColumn.create("target");
        StringColumn ok = StringColumn.create("correct?");
        for (int[] x : BinaryInputs.all(target.inputs())) {
            wanted.append(target.apply(x));
            ok.append(target.apply(x) == neuron.fire(x) ? "yes" : "NO");
        }
        return t.addColumns(wanted, ok);
    }

    /**
     * Each named neuron written in both conventions: lecture 000's (fire when Σwx − θ ≥ 0) and
     * lecture 004's (fire when Σwx − θ &gt; 0), with θ moved by {@link McCullochPitts#withRule(Rule)},
     * and whether the two give the same output on every input.
     */
    public static Table bothRules(java.util.Map<String, McCullochPitts> neurons) {
        Check.given("TruthTables.bothRules", "neurons", neurons);
        StringColumn name = StringColumn.create("neuron");
        StringColumn weights = StringColumn.create("w");
        DoubleColumn atLeast = DoubleColumn.create("θ for ≥ (lecture 000)");
        DoubleColumn above = DoubleColumn.create("θ for > (lecture 004)");
        StringColumn same = StringColumn.create("same truth table?");
        neurons.forEach((n, m) -> {
            McCullochPitts a = m.withRule(Rule.AT_LEAST);
            McCullochPitts b = m.withRule(Rule.ABOVE);
            name.append(n);
            weights.append(nn.util.Fmt.vec(m.weights()));
            atLeast.append(a.theta());
            above.append(b.theta());
            same.append(a.computesSameAs(b) ? "yes" : "NO");
        });
        return Table.create("one neuron, two ways to write its threshold", name, weights, atLeast, above, same);
    }

    private static IntColumn column(String name, List<List<int[]>> traces, int layer, int index) {
        IntColumn c = IntColumn.create(name);
        for (List<int[]> trace : traces) {
            c.append(trace.get(layer)[index]);
        }
        return c;
    }
}
