import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Runs a Jupyter Java kernel of the IJava family and ends its JVM as soon as the kernel is done.
 *
 * <pre>java [JVM options] -cp jjava.jar:workbook-kernel.jar WorkbookKernel org.dflib.jjava.distro.JJava connection.json</pre>
 *
 * The first argument is the kernel's main class, the rest go to it. A kernel's main method returns
 * when Jupyter has shut it down; JJava 1.0a8 then leaves the thread pool that ran the cells alive
 * (non-daemon threads kept for 60 s), so its JVM would wait until Jupyter kills it, 2.5 s later,
 * on every restart. This ends the JVM when the main method returns.
 *
 * <p>It also answers the next request sooner. The kernel's shell and control channels each run a
 * loop (threads {@code Shell-0}, {@code Shell-1}) that looks for a message without waiting, handles
 * it, then sleeps 50 ms whatever happened: a cell that follows another therefore waits up to 50 ms
 * before the kernel even reads it (75 ms round trip for a cell that takes 22 ms), about 50 ms of
 * every one of the workbook's 455 cells. {@link Prompt} wraps each loop's body: for one second
 * after the loop handled a message it sleeps 1 ms instead, so a run of cells goes on at once; an
 * idle kernel sleeps the kernel's own 50 ms, as before. Where a kernel's loop is not built this way,
 * nothing changes.
 *
 * <p>With JJava 1.0a8 it runs the kernel through {@code WorkbookJJava} (built beside JJava), JJava's
 * main with the sockets opened before the start-up's first JShell compile, so that the client's own
 * wait after kernel_info overlaps it (kernel ready about 0.25 s sooner). Written by
 * environment/kernelspec.py into the kernel's directory.
 */
public final class WorkbookKernel {
    private static final String JJAVA = "org.dflib.jjava.distro.JJava";

    private WorkbookKernel() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: WorkbookKernel <kernel main class> <kernel arguments...>");
        }
        Thread watcher = new Thread(WorkbookKernel::promptShellLoops, "workbook-prompt-shell-loops");
        watcher.setDaemon(true);
        watcher.start();
        String[] kernelArgs = Arrays.copyOfRange(args, 1, args.length);
        try {
            if (!(JJAVA.equals(args[0]) && answeredFirst(kernelArgs))) {
                Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) kernelArgs);
            }
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        System.exit(0);
    }

    /**
     * Runs JJava through {@code WorkbookJJava}, which answers Jupyter before JJava's start-up has run,
     * when it was built (beside JJava) and copies the JJava on the class path: true when it ran the kernel.
     */
    private static boolean answeredFirst(String[] kernelArgs) throws Throwable {
        Method run;
        try {
            run = Class.forName("WorkbookJJava").getDeclaredMethod("run", String[].class);
        } catch (ReflectiveOperationException | LinkageError e) {
            return false;
        }
        return (Boolean) run.invoke(null, (Object) kernelArgs);
    }

    /** Waits (up to a minute) for the kernel's two shell loops to start and wraps their bodies. */
    private static void promptShellLoops() {
        Set<Thread> done = new HashSet<>();
        long end = System.nanoTime() + 60_000_000_000L;
        try {
            while (done.size() < 2 && System.nanoTime() < end) {
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (t.getName().startsWith("Shell-") && !done.contains(t) && Prompt.wrap(t)) {
                        done.add(t);
                    }
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A loop's body that sleeps 1 ms instead of the kernel's pause for a second after it handled a message. */
    static final class Prompt implements LongSupplier {
        /** A body that takes longer than this handled a message (looking for none takes microseconds). */
        static final long HANDLED_NANOS = 200_000;
        static final long BUSY_NANOS = 1_000_000_000;
        static final long BUSY_SLEEP_MS = 1;

        private final LongSupplier body;
        private long busyUntil = System.nanoTime();

        Prompt(LongSupplier body) {
            this.body = body;
        }

        @Override
        public long getAsLong() {
            long start = System.nanoTime();
            long sleep = body.getAsLong(); // the kernel's pause: 50 ms; 0 or less keeps its meaning
            long now = System.nanoTime();
            if (now - start > HANDLED_NANOS) {
                busyUntil = now + BUSY_NANOS;
            }
            return sleep > BUSY_SLEEP_MS && now - busyUntil < 0 ? BUSY_SLEEP_MS : sleep;
        }

        /** Wraps the body of a kernel loop that keeps it as a {@code LongSupplier loopBody}; false where there is none. */
        static boolean wrap(Thread loop) {
            for (Class<?> c = loop.getClass(); c != Thread.class && c != null; c = c.getSuperclass()) {
                try {
                    Field f = c.getDeclaredField("loopBody");
                    if (f.getType() != LongSupplier.class) {
                        return false;
                    }
                    f.setAccessible(true);
                    LongSupplier body = (LongSupplier) f.get(loop);
                    if (!(body instanceof Prompt)) {
                        f.set(loop, new Prompt(body));
                    }
                    return true;
                } catch (NoSuchFieldException e) {
                    // look in the superclass
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return false;
                }
            }
            return false;
        }
    }
}
