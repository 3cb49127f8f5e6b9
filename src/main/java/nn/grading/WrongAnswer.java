package nn.grading;

/**
 * A wrong answer to an exercise. The message says for which input, what was expected, what the
 * answer gave and, when the answer behaves exactly like a known mistake, which one. It is an
 * {@link AssertionError} so that nbgrader counts the test cell as failed.
 */
public final class WrongAnswer extends AssertionError {
    private final String mistake;

    WrongAnswer(String message, String mistake) {
        super(message);
        this.mistake = mistake;
    }

    /** No stack trace: the message is the whole feedback, and the student's cell is where it happened. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** The explanation of the known mistake the answer matches, or {@code null} when none does. */
    public String mistake() {
        return mistake;
    }
}
