package nn.bench;

import nn.data.Samples;
import nn.layers.Dense;
import nn.layers.Network;
import nn.losses.Losses;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * Writes every {@link Case} as JSON for the Python references: the layer sizes and functions, the
 * initial weights, the data, η, the batch size, and the weights the library reaches after
 * {@link #CHECK_EPOCHS} epochs, which NumPy and PyTorch must reproduce. Numbers are written with
 * {@link Double#toString}, which reads back to the same double.
 * <pre>java -cp … nn.bench.Problems target/problems.json</pre>
 */
public final class Problems {
    /** Epochs trained before comparing the weights of the three implementations. */
    public static final int CHECK_EPOCHS = 3;

    private Problems() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "problems.json");
        StringJoiner cases = new StringJoiner(",\n", "[\n", "\n]\n");
        for (Case c : Case.values()) {
            cases.add(json(c));
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.print(cases);
        }
        System.out.println("wrote " + Case.values().length + " cases to " + out);
    }

    private static String json(Case c) {
        Network start = c.network();
        Samples data = c.data();
        Network trained = new Sgd(data, c.loss, c.eta, c.batch).train(start, CHECK_EPOCHS);
        HandWritten hand = c.handWritten();
        for (int e = 0; e < CHECK_EPOCHS; e++) {
            hand.epoch();
        }
        double difference = difference(trained, hand);
        System.out.printf(java.util.Locale.ROOT, "%-32s the hand-written loop's weights after %d epochs differ from the library's by %.1e%n",
                c.title, CHECK_EPOCHS, difference);
        if (!(difference < 1e-12)) {
            throw new IllegalStateException(c.title + ": the hand-written loop does not compute what the library computes (difference " + difference + ")");
        }
        StringJoiner sizes = new StringJoiner(", ", "[", "]"), functions = new StringJoiner(", ", "[", "]");
        sizes.add(String.valueOf(start.inputs()));
        for (Dense d : start.layers()) {
            sizes.add(String.valueOf(d.outputs()));
            functions.add('"' + d.function().name() + '"');
        }
        double[][] x = new double[data.size()][], t = new double[data.size()][];
        for (int i = 0; i < data.size(); i++) {
            x[i] = data.input(i);
            t[i] = data.target(i);
        }
        return "{\"case\": \"" + c.name() + "\", \"title\": \"" + c.title + "\", \"batch\": " + c.batch + ", \"eta\": " + c.eta
                + ", \"loss\": \"" + (c.loss == Losses.CROSS_ENTROPY ? "cross_entropy" : "squared_error") + "\""
                + ", \"sizes\": " + sizes + ", \"functions\": " + functions + ", \"flops_per_example\": " + c.flopsPerExample()
                + ",\n \"W\": " + weights(start) + ",\n \"b\": " + biases(start)
                + ",\n \"X\": " + matrix(x) + ",\n \"T\": " + matrix(t)
                + ",\n \"check_epochs\": " + CHECK_EPOCHS + ", \"W_after\": " + weights(trained) + ", \"b_after\": " + biases(trained) + "}";
    }

    /** The largest difference between any weight or bias of the library's network and the hand-written loop's. */
    static double difference(Network net, HandWritten hand) {
        double[][][] w = hand.weights();
        double[][] b = hand.biases();
        double worst = 0;
        for (int l = 1; l <= net.depth(); l++) {
            double[][] lw = net.layer(l).weights();
            double[] lb = net.layer(l).biases();
            for (int i = 0; i < lw.length; i++) {
                for (int j = 0; j < lw[i].length; j++) {
                    worst = Math.max(worst, Math.abs(lw[i][j] - w[l - 1][i][j]));
                }
                worst = Math.max(worst, Math.abs(lb[i] - b[l - 1][i]));
            }
        }
        return worst;
    }

    private static String weights(Network net) {
        StringJoiner s = new StringJoiner(", ", "[", "]");
        net.layers().forEach(d -> s.add(matrix(d.weights())));
        return s.toString();
    }

    private static String biases(Network net) {
        StringJoiner s = new StringJoiner(", ", "[", "]");
        net.layers().forEach(d -> s.add(vector(d.biases())));
        return s.toString();
    }

    private static String matrix(double[][] m) {
        StringJoiner s = new StringJoiner(", ", "[", "]");
        Arrays.stream(m).forEach(row -> s.add(vector(row)));
        return s.toString();
    }

    private static String vector(double[] v) {
        StringJoiner s = new StringJoiner(", ", "[", "]");
        Arrays.stream(v).forEach(x -> s.add(Double.toString(x)));
        return s.toString();
    }
}
