package nn.perceptron;

import nn.data.BinaryData;
import nn.util.Fmt;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The perceptron's numbers as tables a notebook shows: its updates, its mistakes per epoch, its distances. */
public final class PerceptronTables {
    private PerceptronTables() {
    }

    /** One row per update: which point, its target t and prediction y, z = wᵀx + b, and w and b before and after. */
    public static Table updates(Training training) {
        IntColumn number = IntColumn.create("update"), epoch = IntColumn.create("epoch"), row = IntColumn.create("row");
        StringColumn x = StringColumn.create("x"), t = StringColumn.create("t"), y = StringColumn.create("y");
        DoubleColumn z = DoubleColumn.create("z = wᵀx + b");
        StringColumn wBefore = StringColumn.create("w before"), wAfter = StringColumn.create("w after");
        DoubleColumn bBefore = DoubleColumn.create("b before"), bAfter = DoubleColumn.create("b after");
        for (Update u : training.updates()) {
            number.append(u.number());
            epoch.append(u.epoch());
            row.append(u.row());
            x.append(Fmt.vec(u.x()));
            t.append(Update.label(u.target()));
            y.append(Update.label(u.prediction()));
            z.append(u.z());
            wBefore.append(Fmt.vec(u.before().weights()));
            bBefore.append(u.before().bias());
            wAfter.append(Fmt.vec(u.after().weights()));
            bAfter.append(u.after().bias());
        }
        return Table.create("updates of the perceptron on " + training.data().name() + " (η = " + Fmt.num(training.start().eta()) + ")",
                number, epoch, row, x, t, y, z, wBefore, bBefore, wAfter, bAfter);
    }

    /** Epoch number and the mistakes (= updates) made in it. */
    public static Table mistakes(Training training) {
        int[] m = training.mistakesPerEpoch();
        IntColumn epoch = IntColumn.create("epoch");
        for (int k = 1; k <= m.length; k++) {
            epoch.append(k);
        }
        return Table.create("mistakes per epoch on " + training.data().name(), epoch, IntColumn.create("mistakes", m));
    }

    /**
     * One row per point: its features, target t, z = wᵀx + b, output y, signed distance
     * (wᵀx + b)/‖w‖ to the boundary, and whether y = t.
     */
    public static Table distances(Perceptron p, BinaryData data) {
        Table table = data.table();
        table.setName("signed distances to the boundary of " + p);
        DoubleColumn z = DoubleColumn.create("z = wᵀx + b"), d = DoubleColumn.create("distance (wᵀx + b)/‖w‖");
        StringColumn y = StringColumn.create("y"), ok = StringColumn.create("y = t?");
        for (int i = 0; i < data.size(); i++) {
            double[] x = data.x(i);
            z.append(p.net(x));
            d.append(Fmt.round(p.distance(x), 4));
            y.append(Update.label(p.predict(x)));
            ok.append(p.predict(x) == data.t(i) ? "yes" : "NO");
        }
        IntColumn t = (IntColumn) table.column("t");
        StringColumn tText = StringColumn.create("t");
        t.forEach(v -> tText.append(Update.label(v)));
        table.replaceColumn("t", tText);
        return table.addColumns(z, y, d, ok);
    }
}
