package nn.grading;

import java.util.function.Function;

/** One input an exercise tries: how a student reads it, how to run an answer on it, and whether it is hidden. */
record Case<F>(String input, Function<F, ?> run, boolean hidden) {
}
