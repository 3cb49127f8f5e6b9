package nn.activations;

import nn.util.Check;

import nn.util.Fmt;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * A table of measured facts about activations: the values at z = −1000, 0 and 1000 (where each
 * one saturates, and that none overflows), the slope at 0 and the largest slope on [−10, 10].
 */
public final class ActivationTable {
    private ActivationTable() {
    }

    /** One row per activation; every number computed by calling the activation. */
    public static Table of(List<Activation> fs) {
        Check.given("ActivationTable.of", "fs", fs);
        Check.notNull(fs, "an activation table", "a list of activations");
        fs.forEach(f -> Check.notNull(f, "an activation table", "activations (one is null)"));
        StringColumn name = StringColumn.create("activation");
        StringColumn low = StringColumn.create("f(−1000)");
        StringColumn zero = StringColumn.create("f(0)");
        StringColumn high = StringColumn.create("f(1000)");
        StringColumn slope = StringColumn.create("f'(0)");
        StringColumn steepest = StringColumn.create("max f' on [−10, 10]");
        for (Activation f : fs) {
            name.append(f.name());
            low.append(Fmt.num(f.apply(-1000), 4));
            zero.append(Fmt.num(f.apply(0), 4));
            high.append(Fmt.num(f.apply(1000), 4));
            slope.append(Fmt.num(f.derivative(0), 4));
            steepest.append(Fmt.num(maxSlope(f), 4));
        }
        return Table.create("activations measured", name, low, zero, high, slope, steepest);
    }

    /** The largest f'(z) on z = −10, −9.999, …, 10. */
    public static double maxSlope(Activation f) {
        Check.given("ActivationTable.maxSlope", "f", f);
        Check.notNull(f, "maxSlope", "an activation");
        double best = Double.NEGATIVE_INFINITY;
        for (int i = -10000; i <= 10000; i++) {
            best = Math.max(best, f.derivative(i / 1000.0));
        }
        return best;
    }
}
