package nn.bench;

import nn.train.Training;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One training epoch of each {@link Case}, by the library's training loop and by the plain
 * hand-written loop ({@link HandWritten}) in the same run; samples per second = examples per epoch
 * / time per epoch (the report divides). Training goes on from epoch to epoch, as it would in a
 * notebook; nothing is set up per iteration, so {@code -prof gc} counts only what an epoch allocates.
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

    private Training library;
    private HandWritten hand;

    @Setup(Level.Trial)
    public void setUp() {
        library = Sgd.of(problem).start(problem.network());
        hand = problem.handWritten();
    }

    /** One epoch of the library's training loop. */
    @Benchmark
    public double library() {
        return library.updates();
    }

    /** One epoch of the plain hand-written loop ({@link HandWritten}), the reference. */
    @Benchmark
    public HandWritten handWritten() {
        hand.epoch();
        return hand;
    }
}
