package nn.grading;

import nn.util.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One exercise: the answer a student writes has type {@code F} (usually a small functional
 * interface), and the exercise knows the library's reference answer, the inputs to try and the
 * typical mistakes. For example, for σ'(z):
 * <pre>{@code
 * Exercise.of("exercise 4: σ'(z)", z -> s(z) * (1 - s(z)))
 *     .input("z = 2", f -> f.applyAsDouble(2))
 *     .mistake("σ' was applied to the activation a = σ(z) instead of to z", z -> s(s(z)) * (1 - s(s(z))))
 *     .build();
 * }</pre>
 * {@link #check} tries the visible inputs, {@link #checkAll} the hidden ones too; both fail with a
 * {@link WrongAnswer} naming the input, the expected value, the given one and the likely mistake.
 */
public final class Exercise<F> {
    /** Relative tolerance (absolute below 1) for answers that are real numbers. */
    public static final double TOLERANCE = 1e-9;

    private record Case<F>(String input, Function<F, ?> run, boolean hidden) {
    }

    private record Mistake<F>(String explanation, F answer) {
    }

    private final String title;
    private final F reference;
    private final List<Case<F>> cases;
    private final List<Mistake<F>> mistakes;
    private final double tolerance;

    private Exercise(Builder<F> b) {
        this.title = b.title;
        this.reference = b.reference;
        this.cases = List.copyOf(b.cases);
        this.mistakes = List.copyOf(b.mistakes);
        this.tolerance = b.tolerance;
        Check.argument(cases.stream().anyMatch(c -> !c.hidden()), "%s needs at least one visible input", title);
    }

    /** Starts an exercise with its title (shown in every message) and the reference answer. */
    public static <F> Builder<F> of(String title, F reference) {
        Check.argument(title != null && !title.isBlank(), "an exercise needs a title");
        Check.argument(reference != null, "%s needs a reference answer", title);
        return new Builder<>(title, reference);
    }

    /** The library's reference answer. */
    public F reference() {
        return reference;
    }

    /** The known mistakes, each explanation with a wrong answer that makes it (for tests and teachers). */
    public java.util.Map<String, F> knownMistakes() {
        java.util.Map<String, F> m = new java.util.LinkedHashMap<>();
        mistakes.forEach(k -> m.put(k.explanation(), k.answer()));
        return m;
    }

    /** Checks the answer on the visible inputs; returns a confirmation or throws. */
    public Passed check(F answer) {
        return run(answer, cases.stream().filter(c -> !c.hidden()).toList());
    }

    /** Checks the answer on every input, hidden ones included (the hidden tests of the assignment). */
    public Passed checkAll(F answer) {
        return run(answer, cases);
    }

    /**
     * The answer when it passes every input, otherwise the reference answer, so the cells that
     * follow an exercise run on. Prints which of the two the next cells use, and why.
     */
    public F orReference(F answer) {
        try {
            checkAll(answer);
            System.out.println("✓ " + title + ": the cells below use your answer");
            return answer;
        } catch (UnsupportedOperationException e) {
            System.out.println(title + " is not answered yet: the cells below use the library's reference implementation instead");
        } catch (WrongAnswer e) {
            System.out.println(title + " is not right yet: the cells below use the library's reference implementation instead");
        }
        return reference;
    }

    private Passed run(F answer, List<Case<F>> tried) {
        if (answer == null) {
            throw new WrongAnswer(title + ": there is no answer (null)", null);
        }
        for (Case<F> c : tried) {
            Object want = c.run().apply(reference);
            Object got;
            try {
                got = c.run().apply(answer);
            } catch (UnsupportedOperationException e) {
                throw new UnsupportedOperationException(title + ": " + e.getMessage());
            } catch (RuntimeException e) {
                throw new WrongAnswer(title + ": for " + c.input() + " your answer threw "
                        + e.getClass().getSimpleName() + ": " + e.getMessage(), null);
            }
            if (!Values.same(want, got, tolerance)) {
                String mistake = likelyMistake(answer);
                throw new WrongAnswer(title + ": for " + c.input() + " the answer should be " + Values.show(want)
                        + " but yours gives " + Values.show(got) + "."
                        + (mistake == null ? "" : " Likely mistake: " + mistake + "."), mistake);
            }
        }
        return new Passed(title, tried.size());
    }

    /** The first known mistake that gives the same results as the answer on every input. */
    private String likelyMistake(F answer) {
        for (Mistake<F> m : mistakes) {
            boolean all = true;
            for (Case<F> c : cases) {
                try {
                    all = Values.same(c.run().apply(m.answer()), c.run().apply(answer), tolerance);
                } catch (RuntimeException e) {
                    all = false;
                }
                if (!all) {
                    break;
                }
            }
            if (all) {
                return m.explanation();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        long hidden = cases.stream().filter(Case::hidden).count();
        return title + " (" + (cases.size() - hidden) + " visible and " + hidden + " hidden inputs, "
                + mistakes.size() + " known mistakes)";
    }

    /** What a passing check shows: {@code ✓ exercise 1: … is right on all 4 inputs tried}. */
    public record Passed(String title, int inputs) {
        @Override
        public String toString() {
            return "✓ " + title + " is right on all " + inputs + " inputs tried";
        }
    }

    /** Collects the inputs and mistakes of an {@link Exercise}. */
    public static final class Builder<F> {
        private final String title;
        private final F reference;
        private final List<Case<F>> cases = new ArrayList<>();
        private final List<Mistake<F>> mistakes = new ArrayList<>();
        private double tolerance = TOLERANCE;

        private Builder(String title, F reference) {
            this.title = title;
            this.reference = reference;
        }

        /** An input every check tries, described as the student would read it ({@code "z = 2"}). */
        public Builder<F> input(String input, Function<F, ?> run) {
            cases.add(new Case<>(input, run, false));
            return this;
        }

        /** An input only {@link Exercise#checkAll} tries. */
        public Builder<F> hiddenInput(String input, Function<F, ?> run) {
            cases.add(new Case<>(input, run, true));
            return this;
        }

        /** A typical wrong answer and what to tell a student whose answer behaves exactly like it. */
        public Builder<F> mistake(String explanation, F wrong) {
            mistakes.add(new Mistake<>(explanation, wrong));
            return this;
        }

        /** A relative tolerance other than {@link Exercise#TOLERANCE}. */
        public Builder<F> tolerance(double tolerance) {
            this.tolerance = Check.positive(tolerance, "the tolerance of " + title);
            return this;
        }

        /** The exercise. */
        public Exercise<F> build() {
            return new Exercise<>(this);
        }
    }
}
