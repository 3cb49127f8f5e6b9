import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.dflib.jjava.jupyter.kernel.util.PathsHandler;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.kernel.JavaKernel;
import org.dflib.jjava.kernel.magics.JarsMagic;
import org.dflib.jjava.kernel.magics.LoadMagic;
import org.dflib.jjava.kernel.magics.TimeMagic;
import org.dflib.jjava.maven.MavenDependencyResolver;
import org.dflib.jjava.maven.magics.AddMavenDependencyMagic;
import org.dflib.jjava.maven.magics.LoadFromPomCellMagic;
import org.dflib.jjava.maven.magics.LoadFromPomLineMagic;
import org.dflib.jjava.maven.magics.MavenMagic;
import org.dflib.jjava.maven.magics.MavenRepoMagic;

/**
 * JJava 1.0a8's main ({@code org.dflib.jjava.distro.JJava}), the same kernel built the same way, with
 * one change of order: it answers Jupyter before its start-up code has run.
 *
 * <p>JJava's main builds the kernel, runs its start-up (the first JShell evaluation, the notebook
 * helpers' static imports: JShell's first compile, about 0.25 s), and only then opens its sockets.
 * Meanwhile the client has nothing to do: once the kernel answers kernel_info, a Jupyter client
 * still waits for a quiet IOPub channel (0.2 s in jupyter_client) before it sends the first cell.
 * Here the kernel opens its sockets first and runs its start-up while the client waits; a request
 * that needs JShell (execute, complete, inspect, is_complete, history) waits until the start-up has
 * run, so no cell ever runs before it, as with JJava's own main. Run by {@link WorkbookKernel} for
 * JJava {@link #VERSION} only; another JJava runs its own main.
 *
 * <p>Its {@code %classpath} is JJava's but for what the kernel already has ({@link ClasspathOnce}).
 */
final class WorkbookJJava {
    static final String VERSION = "1.0-a8";
    private static final String POM = "META-INF/maven/org.dflib.jjava/jjava-distro/pom.properties";
    private static final String DISTRO = "org.dflib.jjava.distro.";

    private WorkbookJJava() {
    }

    /** The JJava on the class path, when it is the version this class copies; null otherwise. */
    static Properties pom() {
        Properties pom = new Properties();
        try (var in = JavaKernel.class.getClassLoader().getResourceAsStream(POM)) {
            if (in == null) {
                return null;
            }
            pom.load(in);
        } catch (Exception e) {
            return null;
        }
        return VERSION.equals(pom.getProperty("version")) ? pom : null;
    }

    /** Runs the kernel as JJava's main does, answering first; false (and nothing done) for another JJava. */
    @SuppressWarnings("removal") // two of JJava 1.0a8's magics, registered as its main does
    static boolean run(String[] args) throws Exception {
        Properties pom = pom();
        if (pom == null) {
            return false;
        }
        if (args.length < 1) {
            throw new IllegalArgumentException("Missing connection file argument");
        }
        Path connectionFile = Paths.get(args[0]);
        if (!Files.isRegularFile(connectionFile)) {
            throw new IllegalArgumentException("Connection file '" + connectionFile + "' isn't a file.");
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", "[%4$.1s %1$tF %1$tT.%1$tL %3$s] %5$s%n");
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(connectionFile));
        JupyterConnection connection = new JupyterConnection(properties);

        MavenDependencyResolver maven = new MavenDependencyResolver();
        TimeMagic time = new TimeMagic();
        Object timeout = env("JJava$Timeout", "parseOrDefault", String.class).invoke(null, System.getenv("JJAVA_TIMEOUT"));
        @SuppressWarnings("unchecked")
        List<String> compilerOpts = (List<String>) env("Env", "compilerOpts").invoke(null);
        JavaKernel kernel = JavaKernel.builder()
                .name("JJava")
                .version((String) pom.getOrDefault("version", ""))
                .extensionsEnabled((Boolean) env("Env", "extensionsEnabled").invoke(null))
                .compilerOpts(compilerOpts)
                .timeout((Long) field(timeout, "time"), (TimeUnit) field(timeout, "timeUnit"))
                .lineMagic("load", new LoadMagic())
                .lineMagic("classpath", new ClasspathOnce())
                .lineMagic("time", time)
                .lineMagic("maven", new MavenMagic(maven))
                .lineMagic("mavenRepo", new MavenRepoMagic(maven))
                .lineMagic("loadFromPOM", new LoadFromPomLineMagic(maven))
                .lineMagic("jars", new JarsMagic())
                .lineMagic("addMavenDependency", new AddMavenDependencyMagic(maven))
                .cellMagic("loadFromPOM", new LoadFromPomCellMagic(maven))
                .cellMagic("time", time)
                .build();

        // JJava's order from here: onStartup, class path, start-up snippets, then the sockets
        kernel.becomeHandlerForConnection(connection);
        CountDownLatch started = new CountDownLatch(1);
        waitFor(started, connection, MessageType.EXECUTE_REQUEST);
        waitFor(started, connection, MessageType.INSPECT_REQUEST);
        waitFor(started, connection, MessageType.COMPLETE_REQUEST);
        waitFor(started, connection, MessageType.IS_COMPLETE_REQUEST);
        waitFor(started, connection, MessageType.HISTORY_REQUEST);
        connection.connect();
        try {
            kernel.onStartup();
            kernel.addToClasspath((String) env("Env", "extraClasspath").invoke(null));
            @SuppressWarnings("unchecked")
            List<String> snippets = (List<String>) env("Env", "startupSnippets").invoke(null);
            snippets.forEach(s -> kernel.evalBuilder(s).resolveMagics().eval());
        } catch (Throwable e) {
            // JJava's main would end here, before it opened its sockets: the kernel does not start
            e.printStackTrace();
            System.exit(1);
        }
        started.countDown();
        connection.waitUntilClose();
        return true;
    }

    /**
     * JJava's {@code %classpath} (the same globs, relative to the notebook's folder), leaving out what the
     * kernel already has: the jars on its class path, which are the workbook's lib/ (start.py puts them
     * there, so that the class-data archive holds the library) and any a {@code %classpath} added before,
     * and files that are neither a folder nor a jar (lib/'s README). A lesson's {@code %classpath ../lib/*}
     * then adds nothing, where adding lib/ again would cost JShell about 0.1 s to set its compiler up
     * anew; what is not there yet is added as JJava adds it.
     */
    static final class ClasspathOnce implements LineMagic<Void, JavaKernel> {
        @Override
        public Void eval(JavaKernel kernel, List<String> args) {
            Set<Path> known = new HashSet<>();
            for (String entry : PathsHandler.split(System.getProperty("java.class.path"))) {
                Path real = real(Paths.get(entry));
                if (real != null) {
                    known.add(real);
                }
            }
            List<Path> added = new ArrayList<>();
            for (Path p : PathsHandler.splitAndResolveGlobs(String.join(File.pathSeparator, args))) {
                Path real = real(p);
                if (real == null) {
                    added.add(p); // a path that does not exist goes to JJava, as it would without this magic
                } else if ((Files.isDirectory(real) || real.getFileName().toString().endsWith(".jar")) && known.add(real)) {
                    added.add(p);
                }
            }
            kernel.addToClasspath(PathsHandler.joinPaths(added));
            return null;
        }

        private static Path real(Path p) {
            try {
                return p.toRealPath();
            } catch (IOException | SecurityException e) {
                return null;
            }
        }
    }

    /** Makes the handler of a request type wait until the kernel's start-up has run. */
    private static <T> void waitFor(CountDownLatch started, JupyterConnection connection, MessageType<T> type) {
        ShellHandler<T> handler = connection.getHandler(type);
        if (handler == null) {
            return;
        }
        connection.setHandler(type, (env, message) -> {
            try {
                started.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            handler.handle(env, message);
        });
    }

    /** A package-private static method of JJava's distribution (its environment variables, its time-out). */
    private static Method env(String className, String name, Class<?>... parameters) throws ReflectiveOperationException {
        Method m = Class.forName(DISTRO + className).getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return m;
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        Field f = o.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }
}
