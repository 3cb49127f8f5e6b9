package nn.grading;

import nn.util.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Collects the inputs and typical mistakes of an {@link Exercise}; start one with {@link Exercise#of}. */
public final class ExerciseBuilder<F> {
    private final String title;
    private final F reference;
    private final List<Case<F>> cases = new ArrayList<>();
    private final List<Mistake<F>> mistakes = new ArrayList<>();
    private double tolerance = Exercise.TOLERANCE;

    ExerciseBuilder(String title, F reference) {
        this.title = title;
        this.reference = reference;
    }

    /** An input every check tries, described as the student would read it ({@code "z = 2"}). */
    public ExerciseBuilder<F> input(String input, Function<F, ?> run) {
        cases.add(new Case<>(input, run, false));
        return this;
    }

    /** An input only {@link Exercise#checkAll} tries (the assignment's hidden tests). */
    public ExerciseBuilder<F> hiddenInput(String input, Function<F, ?> run) {
        cases.add(new Case<>(input, run, true));
        return this;
    }

    /** A typical wrong answer and what to tell a student whose answer behaves exactly like it. */
    public ExerciseBuilder<F> mistake(String explanation, F wrong) {
        mistakes.add(new Mistake<>(explanation, wrong));
        return this;
    }

    /** A relative tolerance other than {@link Exercise#TOLERANCE}. */
    public ExerciseBuilder<F> tolerance(double tolerance) {
        this.tolerance = Check.positive(tolerance, "the tolerance of " + title);
        return this;
    }

    /** The exercise. */
    public Exercise<F> build() {
        return new Exercise<>(title, reference, cases, mistakes, tolerance);
    }
}
