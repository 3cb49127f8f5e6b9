import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * Runs a Jupyter Java kernel of the IJava family and ends its JVM as soon as the kernel is done.
 *
 * <pre>java [JVM options] -cp jjava.jar:workbook-kernel.jar WorkbookKernel org.dflib.jjava.distro.JJava connection.json</pre>
 *
 * The first argument is the kernel's main class, the rest go to it. A kernel's main method returns
 * when Jupyter has shut it down; JJava 1.0a8 then leaves the thread pool that ran the cells alive
 * (non-daemon threads kept for 60 s), so its JVM would wait until Jupyter kills it, 2.5 s later,
 * on every restart. This ends the JVM when the main method returns. Written by
 * environment/kernelspec.py into the kernel's directory.
 */
public final class WorkbookKernel {
    private WorkbookKernel() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: WorkbookKernel <kernel main class> <kernel arguments...>");
        }
        try {
            Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        System.exit(0);
    }
}
