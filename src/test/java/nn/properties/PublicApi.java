package nn.properties;

import nn.util.Check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The library's public API, read from its compiled classes: every public class of the {@code nn}
 * packages, and every public method and constructor a notebook can call on them (methods inherited
 * from the JDK's {@code Object}, {@code Enum} and {@code Record} aside, {@code toString} included).
 */
final class PublicApi {
    private PublicApi() {
    }

    /** What talks to a running Jupyter kernel: nothing to call outside one. */
    private static final Set<String> KERNEL_ONLY = Set.of("nn.show.Kernel", "nn.Workbook",
            "nn.util.Check"); // the checks themselves: Check.argument(false, message) throws by design

    /** Every public class of the library, by name. */
    static final List<Class<?>> CLASSES = classes();

    /** Every public method and constructor of those classes, in a fixed order. */
    static final List<Executable> CALLS = calls();

    static boolean isLibrary(Class<?> c) {
        return c.getName().startsWith("nn.") && c.getProtectionDomain().getCodeSource() != null
                && c.getProtectionDomain().getCodeSource().equals(Check.class.getProtectionDomain().getCodeSource());
    }

    private static List<Class<?>> classes() {
        try {
            Path root = Path.of(Check.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> found = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String name = root.relativize(p).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                    Class<?> c = Class.forName(name, false, PublicApi.class.getClassLoader());
                    if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass() && !c.isSynthetic()
                            && !name.endsWith("package-info") && KERNEL_ONLY.stream().noneMatch(name::startsWith)) {
                        found.add(c);
                    }
                }
            }
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Executable> calls() {
        java.util.Set<Executable> all = new java.util.LinkedHashSet<>();
        for (Class<?> c : CLASSES) {
            for (Constructor<?> k : c.getConstructors()) {
                if (!Modifier.isAbstract(c.getModifiers())) {
                    all.add(k);
                }
            }
            for (Method m : c.getMethods()) {
                Class<?> owner = m.getDeclaringClass();
                boolean fromJdk = owner == Object.class || owner == Enum.class || owner == Record.class || owner.getName().startsWith("java.");
                boolean enumHelper = c.isEnum() && (m.getName().equals("valueOf") || m.getName().equals("values")); // written by the compiler
                if (m.isSynthetic() || m.isBridge() || enumHelper || (fromJdk && !m.getName().equals("toString"))) {
                    continue;
                }
                if (Modifier.isStatic(m.getModifiers()) && owner != c) {
                    continue;
                }
                all.add(m);
            }
        }
        return all.stream().sorted(Comparator.comparing(PublicApi::signature)).toList();
    }

    /** E.g. {@code nn.layers.Network.predict(double[])}. */
    static String signature(Executable e) {
        StringBuilder s = new StringBuilder(e.getDeclaringClass().getName());
        s.append('.').append(e instanceof Constructor ? "new" : e.getName()).append('(');
        Class<?>[] types = e.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            s.append(i > 0 ? ", " : "").append(types[i].getSimpleName());
        }
        return s.append(')').toString();
    }
}
