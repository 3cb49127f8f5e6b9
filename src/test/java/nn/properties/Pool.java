package nn.properties;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Objects of the library's types to call methods on and to pass as arguments, made by the library
 * itself (feedback-directed, as Randoop does): starting from its public constants, random public
 * methods are called with ordinary arguments, and every call that returns an object of a
 * library type adds a {@link Recipe} for it. A recipe replays its calls to make a fresh object
 * each time, so a test never sees an object changed by an earlier test, and every run of the
 * tests builds the same pool.
 */
final class Pool {
    /** How to make one object: a description a student could type, and the calls that make it. */
    record Recipe(Class<?> type, String description, Supplier<Object> make) {
        @Override
        public String toString() {
            return description;
        }
    }

    /** At most this many recipes per type, the first ones found. */
    private static final int PER_TYPE = 12;

    private final Map<Class<?>, List<Recipe>> byType = new LinkedHashMap<>();

    /** The recipes for {@code type}: objects of it or of its subtypes. */
    List<Recipe> of(Class<?> type) {
        List<Recipe> r = new ArrayList<>();
        byType.forEach((t, list) -> {
            if (type.isAssignableFrom(t)) {
                list.forEach(x -> {
                    if (!r.contains(x)) {
                        r.add(x);
                    }
                });
            }
        });
        return r;
    }

    /** The types with at least one recipe. */
    java.util.Set<Class<?>> types() {
        return byType.keySet();
    }

    int size() {
        return byType.values().stream().mapToInt(List::size).sum();
    }

    /** The pool: the library's constants, then {@code attempts} random calls on what is already there. */
    static Pool build(long seed, int attempts) {
        Pool pool = new Pool();
        for (Class<?> c : PublicApi.CLASSES) {
            for (Field f : c.getFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) && Modifier.isFinal(m) && !f.getType().isPrimitive() && keeps(f.getType())) {
                    pool.add(f.getType(), c.getSimpleName() + "." + f.getName(), () -> get(f));
                }
            }
        }
        Seeds.all().forEach((text, make) -> {
            Object made = make.get();
            pool.add(made.getClass(), text, make);
            for (Class<?> i : made.getClass().getInterfaces()) {
                if (keeps(i)) {
                    pool.add(i, text, make);
                }
            }
            if (made instanceof java.util.List<?> list && !list.isEmpty()) {
                for (int k = 0; k < Math.min(list.size(), 3); k++) {
                    int at = k;
                    Object e = list.get(k);
                    if (e != null && keeps(e.getClass())) {
                        pool.add(e.getClass(), text + ".get(" + k + ")", () -> ((java.util.List<?>) make.get()).get(at));
                    }
                }
            }
        });
        Random random = new Random(seed);
        // charts and figures come from the seeds only: drawing one takes milliseconds, and a recipe is replayed for every test
        List<Executable> producers = PublicApi.CALLS.stream()
                .filter(e -> keeps(returns(e)) && !e.getDeclaringClass().getPackageName().equals("nn.plots") && !returns(e).getName().startsWith("nn.plots."))
                .toList();
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            for (int k = 0; k < attempts; k++) {
                pool.attempt(producers.get(random.nextInt(producers.size())), random);
            }
        } finally {
            System.setOut(out);
        }
        return pool;
    }

    private void attempt(Executable e, Random random) {
        boolean isStatic = e instanceof Constructor || Modifier.isStatic(e.getModifiers());
        Recipe receiver = null;
        if (!isStatic) {
            List<Recipe> rs = of(e.getDeclaringClass());
            if (rs.isEmpty()) {
                return;
            }
            receiver = rs.get(random.nextInt(rs.size()));
        }
        Type[] types = e.getGenericParameterTypes();
        Supplier<?>[] args = new Supplier<?>[types.length];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < types.length; i++) {
            args[i] = ordinary(types[i], random);
            if (args[i] == null) {
                return;
            }
            text.append(i > 0 ? ", " : "").append(describe(args[i]));
        }
        Recipe self = receiver;
        Supplier<Object> make = () -> {
            try {
                Object target = self == null ? null : self.make().get();
                Object[] values = new Object[args.length];
                for (int i = 0; i < args.length; i++) {
                    values[i] = args[i].get();
                }
                return e instanceof Constructor<?> k ? k.newInstance(values) : ((Method) e).invoke(target, values);
            } catch (InvocationTargetException x) {
                throw new IllegalStateException("a recipe failed on replay: " + x.getCause(), x.getCause());
            } catch (ReflectiveOperationException x) {
                throw new IllegalStateException(x);
            }
        };
        Object made;
        try {
            made = make.get();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError x) {
            return; // not an object the library makes from these arguments
        }
        if (made == null || !keeps(made.getClass()) && !keeps(returns(e))) {
            return;
        }
        String where = self == null ? e.getDeclaringClass().getSimpleName() : "(" + self.description() + ")";
        String description = where + "." + (e instanceof Constructor ? "new" : e.getName()) + "(" + text + ")";
        add(made.getClass(), description, make);
    }

    private void add(Class<?> type, String description, Supplier<Object> make) {
        List<Recipe> list = byType.computeIfAbsent(type, t -> new ArrayList<>());
        if (list.size() < PER_TYPE) {
            list.add(new Recipe(type, description, make));
        }
    }

    /** Objects of library types, of XChart charts and of tablesaw tables are kept; JDK values are made by the tests. */
    static boolean keeps(Class<?> type) {
        String n = type.getName();
        return !type.isPrimitive() && !type.isArray() && (n.startsWith("nn.") || n.startsWith("org.knowm.xchart.") || n.startsWith("tech.tablesaw.api."));
    }

    private static Class<?> returns(Executable e) {
        return e instanceof Method m ? m.getReturnType() : e.getDeclaringClass();
    }

    private static Object get(Field f) {
        try {
            return f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An ordinary argument of {@code type}, the kind a lesson passes: small positive sizes, numbers
     * of order 1, rectangular matrices, objects from the pool. Null when the pool cannot make one.
     */
    private Supplier<?> ordinary(Type type, Random r) {
        Class<?> c = raw(type);
        if (c == int.class || c == Integer.class) {
            int v = 1 + r.nextInt(4);
            return () -> v;
        }
        if (c == long.class || c == Long.class) {
            long v = r.nextInt(100);
            return () -> v;
        }
        if (c == double.class || c == Double.class) {
            double v = Math.round((r.nextDouble() * 2 - 1) * 100) / 100.0;
            return () -> v;
        }
        if (c == boolean.class) {
            boolean v = r.nextBoolean();
            return () -> v;
        }
        if (c == String.class) {
            String v = "s" + r.nextInt(10);
            return () -> v;
        }
        if (c == double[].class) {
            double[] v = vector(r, 1 + r.nextInt(4));
            return v::clone;
        }
        if (c == int[].class) {
            int[] v = new int[1 + r.nextInt(6)];
            for (int i = 0; i < v.length; i++) {
                v[i] = r.nextInt(3);
            }
            return v::clone;
        }
        if (c == double[][].class) {
            int rows = 1 + r.nextInt(4), cols = 1 + r.nextInt(4);
            double[][] m = new double[rows][];
            for (int i = 0; i < rows; i++) {
                m[i] = vector(r, cols);
            }
            return () -> java.util.Arrays.stream(m).map(double[]::clone).toArray(double[][]::new);
        }
        if (c == String[].class) {
            String[] v = new String[1 + r.nextInt(3)];
            for (int i = 0; i < v.length; i++) {
                v[i] = "f" + i;
            }
            return v::clone;
        }
        if (c == Object.class) {
            return () -> "x";
        }
        if (List.class.isAssignableFrom(c) || c.isArray()) {
            Class<?> element = c.isArray() ? c.getComponentType() : raw(((ParameterizedType) type).getActualTypeArguments()[0]);
            int n = 1 + r.nextInt(3);
            List<Supplier<?>> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Supplier<?> s = ordinary(element, r);
                if (s == null) {
                    return null;
                }
                parts.add(s);
            }
            return () -> {
                List<Object> made = new ArrayList<>();
                parts.forEach(p -> made.add(p.get()));
                if (!c.isArray()) {
                    return made;
                }
                Object a = Array.newInstance(element, made.size());
                for (int i = 0; i < made.size(); i++) {
                    Array.set(a, i, made.get(i));
                }
                return a;
            };
        }
        List<Recipe> rs = of(c);
        if (!rs.isEmpty()) {
            Recipe pick = rs.get(r.nextInt(rs.size()));
            return describedAs(pick.description(), pick.make());
        }
        if (c.isInterface() && Functions.isFunctional(c)) {
            Object f = Functions.ordinary(c);
            return () -> f;
        }
        return null;
    }

    private static double[] vector(Random r, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round((r.nextDouble() * 2 - 1) * 100) / 100.0;
        }
        return v;
    }

    static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    /** A supplier that shows {@code text} in a recipe's description. */
    private static Supplier<Object> describedAs(String text, Supplier<Object> s) {
        return new Supplier<>() {
            @Override
            public Object get() {
                return s.get();
            }

            @Override
            public String toString() {
                return text;
            }
        };
    }

    private static String describe(Supplier<?> s) {
        if (s.getClass().getName().contains("Pool$") && s.toString().indexOf('@') < 0) {
            return s.toString();
        }
        Object v = s.get();
        return Outcome.show(v);
    }

    /** Unused by the pool itself: a proxy's class name never reaches a description. */
    static boolean isProxy(Object o) {
        return o != null && Proxy.isProxyClass(o.getClass());
    }
}
