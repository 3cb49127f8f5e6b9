package nn.show;

/**
 * Helpers for showing things in a notebook cell.
 */
public final class Show {
    private Show() {
    }

    /** Code that is expected to fail, written as a lambda: {@code () -> neuron.fire(1, 2)}. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /**
     * Runs {@code action} and returns the error it raised, so a notebook can show a library error
     * message as ordinary output (the rest of the notebook runs on). If nothing is thrown, the
     * result says so.
     */
    public static Caught error(Action action) {
        try {
            action.run();
            return new Caught(null);
        } catch (Exception e) {
            return new Caught(e);
        }
    }

    /** The outcome of {@link #error(Action)}: the exception, or none. */
    public record Caught(Exception exception) {
        /** The error message alone (empty when nothing was thrown). */
        public String message() {
            return exception == null ? "" : String.valueOf(exception.getMessage());
        }

        @Override
        public String toString() {
            return exception == null ? "no error was raised" : exception.getClass().getSimpleName() + ": " + exception.getMessage();
        }
    }
}
