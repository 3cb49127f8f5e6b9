package nn.show;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.function.Function;

/**
 * The running Jupyter kernel, found by name: JJava ({@code org.dflib.jjava}) or IJava
 * ({@code io.github.spencerpark}). Both share the base kernel's rendering API (a {@code Renderer}
 * with registrations, {@code DisplayData} with {@code putHTML}), only in different packages.
 */
public final class Kernel {
    /** The kernels we know: how to reach the running instance, and the base package of the display API. */
    private enum Family {
        JJAVA("JJava", "org.dflib.jjava.jupyter.kernel.BaseKernel", "notebookKernel", "org.dflib.jjava.jupyter.kernel.display"),
        IJAVA("IJava", "io.github.spencerpark.ijava.IJava", "getKernelInstance", "io.github.spencerpark.jupyter.kernel.display");

        final String label;
        final String holder;
        final String getter;
        final String displayPackage;

        Family(String label, String holder, String getter, String displayPackage) {
            this.label = label;
            this.holder = holder;
            this.getter = getter;
            this.displayPackage = displayPackage;
        }
    }

    /** The display packages of JJava and of IJava, for tests that use each kernel's real renderer. */
    static final String JJAVA_DISPLAY = Family.JJAVA.displayPackage;
    static final String IJAVA_DISPLAY = Family.IJAVA.displayPackage;

    private final Family family;
    private final Object instance;

    private Kernel(Family family, Object instance) {
        this.family = family;
        this.instance = instance;
    }

    /** The kernel this code runs in, if it is one of the IJava family. */
    public static Optional<Kernel> current() {
        for (Family f : Family.values()) {
            for (ClassLoader cl : new ClassLoader[] {Kernel.class.getClassLoader(), Thread.currentThread().getContextClassLoader()}) {
                try {
                    Class<?> holder = Class.forName(f.holder, false, cl);
                    Object k = holder.getMethod(f.getter).invoke(null);
                    if (k != null) {
                        return Optional.of(new Kernel(f, k));
                    }
                } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                    // not this kernel: try the next one
                }
            }
        }
        return Optional.empty();
    }

    /** "JJava" or "IJava". */
    public String name() {
        return family.label;
    }

    /**
     * Makes the kernel show every value of {@code type} (and its subclasses) with the given MIME
     * type, e.g. tablesaw tables as {@code text/html}; the plain-text form stays {@code toString()}.
     */
    public <T> void register(Class<T> type, String mime, Function<? super T, String> render) throws ReflectiveOperationException {
        Object renderer = instance.getClass().getMethod("getRenderer").invoke(instance);
        register(renderer, family.displayPackage, type, mime, render);
    }

    /**
     * Registers {@code render} for {@code type} with a kernel {@code Renderer} of the display API
     * in {@code displayPackage}; only names that both kernel families share are used.
     */
    static <T> void register(Object renderer, String displayPackage, Class<T> type, String mime,
                             Function<? super T, String> render) throws ReflectiveOperationException {
        ClassLoader loader = renderer.getClass().getClassLoader();
        Object registration = renderer.getClass().getMethod("createRegistration", Class.class).invoke(renderer, type);
        Class<?> mimeType = Class.forName(displayPackage + ".mime.MIMEType", true, loader);
        Object mimes = Array.newInstance(mimeType, 1);
        Array.set(mimes, 0, mimeType.getMethod("parse", String.class).invoke(null, mime));
        registration.getClass().getMethod("preferring", mimes.getClass()).invoke(registration, mimes);

        Class<?> renderFunction = Class.forName(displayPackage + ".RenderFunction", true, loader);
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "render" -> {
                Object out = args[1].getClass().getMethod("getOutputContainer").invoke(args[1]);
                Method putData = out.getClass().getMethod("putData", String.class, Object.class);
                putData.invoke(out, mime, render.apply(type.cast(args[0])));
                yield null;
            }
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            case "toString" -> "render " + type.getSimpleName() + " as " + mime;
            default -> throw new UnsupportedOperationException(method.getName());
        };
        Object function = Proxy.newProxyInstance(loader, new Class<?>[] {renderFunction}, handler);
        registration.getClass().getMethod("register", renderFunction).invoke(registration, function);
    }

    @Override
    public String toString() {
        return "Kernel(" + family.label + ")";
    }
}
