package nn.perceptron;

import nn.util.Check;

import nn.data.BinaryData;
import nn.util.Fmt;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The perceptron's numbers as tables a notebook shows: its updates, its mistakes per epoch, its distances. */
public final class PerceptronTables {
    private PerceptronTables() {
    }

    /** One row per update: which point, its target t and prediction y, z = wᵀx + b, and w and b before and after. */
    public static Table updates(Training training) {
        Check.given("PerceptronTables.updates", "training", training);
        IntColumn number = IntColumn.create("update"), epoch = IntColumn.create("epoch"), row = IntColumn.create("row");
        StringColumn x = StringColumn.create("x");
        IntColumn t = IntColumn.create("t"), y = IntColumn.create("y");
        DoubleColumn z = DoubleColumn.create("z = wᵀx + b");
        StringColumn wBefore = StringColumn.create("w before"), wAfter = StringColumn.create("w after");
        DoubleColumn bBefore = DoubleColumn.create("b before"), bAfter = DoubleColumn.create("b after");
        for (Update u : training.updates()) {
            number.append(u.number());
            epoch.append(u.epoch());
            row.append(u.row());
            x.append(Fmt.vec(u.x()));
            t.append(u.target());
            y.append(u.prediction());
            z.append(Fmt.round(u.z(), 6));
            wBefore.append(Fmt.vec(u.before().weights()));
            bBefore.append(Fmt.round(u.before().bias(), 6));
            wAfter.append(Fmt.vec(u.after().weights()));
            bAfter.append(Fmt.round(u.after().bias(), 6));
        }
        return Table.create("updates of the perceptron on " + training.data().name() + " (η = " + Fmt.num(training.start().eta()) + ")",
                number, epoch, row, x, t, y, z, wBefore, bBefore, wAfter, bAfter);
    }

    /** Epoch number and the mistakes (= updates) made in it. */
    public static Table mistakes(Training training) {
        Check.given("PerceptronTables.mistakes", "training", training);
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
        Check.given("PerceptronTables.distances", "p", p, "data", data);
        Table table = data.table();
        table.setName("signed distances to the boundary of " + p);
        DoubleColumn z = DoubleColumn.create("z = wᵀx + b"), d = DoubleColumn.create("distance (wᵀx + b)/‖w‖");
        IntColumn y = IntColumn.create("y");
        StringColumn ok = StringColumn.create("y = t?");
        for (int i = 0; i < data.size(); i++) {
            double[] x = data.x(i);
            z.append(Fmt.round(p.net(x), 6));
            d.append(Fmt.round(p.distance(x), 4));
            y.append(p.predict(x));
            ok.append(p.predict(x) == data.t(i) ? "yes" : "NO");
        }
        return table.addColumns(z, y, d, ok);
    }

    /** One row per training run: start, order, epochs run, updates made, whether it converged, and the result. */
    public static Table runs(String title, Training... runs) {
        Check.given("PerceptronTables.runs", "title", title, "runs", runs);
        StringColumn order = StringColumn.create("order"), start = StringColumn.create("start");
        IntColumn epochs = IntColumn.create("epochs");
        LongColumn updates = LongColumn.create("updates");
        StringColumn converged = StringColumn.create("converged?"), result = StringColumn.create("result");
        for (Training r : runs) {
            order.append(r.order().toString());
            start.append(r.start().toString());
            epochs.append(r.epochs());
            updates.append(r.updateCount());
            converged.append(r.converged() ? "yes" : "NO");
            result.append(r.result().toString());
        }
        return Table.create(title, start, order, epochs, updates, converged, result);
    }

    /** One row per run from zero with the bound of its data: R, γ, (R/γ)², the updates made, and whether they stayed within the bound. */
    public static Table novikoff(String title, java.util.List<Training> runs, java.util.List<Novikoff> bounds) {
        Check.given("PerceptronTables.novikoff", "title", title, "runs", runs, "bounds", bounds);
        nn.util.Check.argument(runs.size() == bounds.size(), "table %s needs one bound per run but got %d runs and %d bounds",
                title, runs.size(), bounds.size());
        StringColumn data = StringColumn.create("data"), within = StringColumn.create("updates ≤ (R/γ)²?");
        DoubleColumn r = DoubleColumn.create("R"), gamma = DoubleColumn.create("γ"), bound = DoubleColumn.create("(R/γ)²");
        LongColumn updates = LongColumn.create("updates");
        for (int k = 0; k < runs.size(); k++) {
            Novikoff n = bounds.get(k);
            data.append(runs.get(k).data().name());
            r.append(Fmt.round(n.r(), 4));
            gamma.append(Fmt.round(n.gamma(), 4));
            bound.append(Fmt.round(n.bound(), 6));
            updates.append(runs.get(k).updateCount());
            within.append(n.holdsFor(runs.get(k)) ? "yes" : "NO");
        }
        return Table.create(title, data, r, gamma, bound, updates, within);
    }
}
