package nn.grading;

import nn.util.Check;

import java.util.List;

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

    private final String title;
    private final F reference;
    private final List<Case<F>> cases;
    private final List<Mistake<F>> mistakes;
    private final double tolerance;

    Exercise(String title, F reference, List<Case<F>> cases, List<Mistake<F>> mistakes, double tolerance) {
        this.title = title;
        this.reference = reference;
        this.cases = List.copyOf(cases);
        this.mistakes = List.copyOf(mistakes);
        this.tolerance = tolerance;
        Check.argument(cases.stream().anyMatch(c -> !c.hidden()), "%s needs at least one visible input", title);
    }

    /** Starts an exercise with its title (shown in every message) and the reference answer. */
    public static <F> ExerciseBuilder<F> of(String title, F reference) {
        Check.argument(title != null && !title.isBlank(), "an exercise needs a title");
        Check.argument(reference != null, "%s needs a reference answer", title);
        return new ExerciseBuilder<>(title, reference);
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
                String mistake = likelyMistake(answer);
                throw new WrongAnswer(title + ": for " + c.input() + " your answer threw "
                        + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + (mistake == null ? "" : ". Likely mistake: " + mistake + "."), mistake);
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
                all = sameBehaviour(c, m.answer(), answer);
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

    /** Same result, or both throw (a transposed W on a non-square matrix, say). */
    private boolean sameBehaviour(Case<F> c, F one, F other) {
        Object a;
        try {
            a = c.run().apply(one);
        } catch (RuntimeException e) {
            a = e;
        }
        Object b;
        try {
            b = c.run().apply(other);
        } catch (RuntimeException e) {
            b = e;
        }
        if (a instanceof RuntimeException || b instanceof RuntimeException) {
            return a instanceof RuntimeException && b instanceof RuntimeException;
        }
        return Values.same(a, b, tolerance);
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
}
