package nn.bench;

import nn.layers.Network;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One training epoch of each {@link Case}; samples per second = examples per epoch / time per
 * epoch (the report divides). Training goes on from epoch to epoch, as it would in a notebook.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TrainingBenchmark {
    @Param
    public Case problem;

    private Sgd sgd;
    private Network start;
    private Network net;
    private HandWritten hand;

    @Setup(Level.Trial)
    public void setUp() {
        sgd = Sgd.of(problem);
        start = problem.network();
        net = start;
        hand = problem.handWritten();
    }

    /** Every iteration starts from the same weights (nothing is allocated here: -prof gc counts it). */
    @Setup(Level.Iteration)
    public void restart() {
        net = start;
        hand.restart();
    }

    /** One epoch of the library. */
    @Benchmark
    public Network library() {
        net = sgd.epoch(net);
        return net;
    }

    /** One epoch of the plain hand-written loop ({@link HandWritten}), the reference. */
    @Benchmark
    public HandWritten handWritten() {
        hand.epoch();
        return hand;
    }
}
