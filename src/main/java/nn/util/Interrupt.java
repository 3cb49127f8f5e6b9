package nn.util;

import java.util.concurrent.CancellationException;

/**
 * Stopping a long loop when its thread is interrupted. A Jupyter kernel of the IJava family runs
 * each cell on a thread of its own and, when the student presses ■ (interrupt), interrupts that
 * thread and reports the cell as interrupted at once; a loop that never looks at the thread's
 * interrupt flag would go on computing in the background. The library's long loops (training,
 * epoch after epoch) call {@link #check} once per step, which costs a few nanoseconds.
 */
public final class Interrupt {
    private Interrupt() {
    }

    /**
     * Fails with a {@link CancellationException} naming {@code what} when the current thread has
     * been interrupted (the interrupt flag stays set, as for any code further up that looks at it).
     */
    public static void check(String what) {
        if (Thread.currentThread().isInterrupted()) {
            throw Check.fromCaller(new CancellationException(what + " was interrupted"));
        }
    }
}
