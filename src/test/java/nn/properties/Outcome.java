package nn.properties;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a call left behind: a readable form of a value, the state of an object deep down (to see
 * that a call that threw changed nothing), and the first non-finite number inside a result.
 */
final class Outcome {
    private Outcome() {
    }

    private static final int DEPTH = 6;

    /** A short readable form of an argument, for a failure report. */
    static String show(Object v) {
        if (v == null) {
            return "null";
        }
        if (v.getClass().isArray()) {
            if (v instanceof double[] d) {
                return "new double[] " + java.util.Arrays.toString(d).replace('[', '{').replace(']', '}');
            }
            if (v instanceof int[] d) {
                return "new int[] " + java.util.Arrays.toString(d).replace('[', '{').replace(']', '}');
            }
            if (v instanceof Object[] o) {
                StringBuilder s = new StringBuilder("{");
                for (int i = 0; i < o.length; i++) {
                    s.append(i > 0 ? ", " : "").append(show(o[i]));
                }
                return s.append("}").toString();
            }
        }
        if (v instanceof String s) {
            return '"' + s + '"';
        }
        String s = String.valueOf(v);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** The state of {@code o}: its fields, deep down through the library's objects, arrays and collections. */
    static String state(Object o) {
        StringBuilder s = new StringBuilder();
        state(o, s, new IdentityHashMap<>(), 0);
        return s.toString();
    }

    private static void state(Object o, StringBuilder s, IdentityHashMap<Object, Boolean> seen, int depth) {
        if (o == null || o instanceof Number || o instanceof CharSequence || o instanceof Boolean || o instanceof Character || o instanceof Enum<?>) {
            s.append(o).append(';');
            return;
        }
        if (depth > DEPTH || seen.put(o, true) != null) {
            s.append('^').append(';');
            return;
        }
        Class<?> c = o.getClass();
        if (c.isArray()) {
            s.append('[');
            for (int i = 0, n = Array.getLength(o); i < n; i++) {
                state(Array.get(o, i), s, seen, depth + 1);
            }
            s.append(']');
        } else if (o instanceof Collection<?> col) {
            s.append('(');
            for (Object x : new ArrayList<>(col)) {
                state(x, s, seen, depth + 1);
            }
            s.append(')');
        } else if (o instanceof Map<?, ?> m) {
            s.append('{');
            for (Map.Entry<?, ?> e : new ArrayList<>(m.entrySet())) {
                state(e.getKey(), s, seen, depth + 1);
                state(e.getValue(), s, seen, depth + 1);
            }
            s.append('}');
        } else if (PublicApi.isLibrary(c) || c.getName().startsWith("nn.")) {
            s.append(c.getSimpleName()).append('{');
            for (Field f : fields(c)) {
                s.append(f.getName()).append('=');
                state(read(f, o), s, seen, depth + 1);
            }
            s.append('}');
        } else {
            s.append(c.getName()).append('@').append(System.identityHashCode(o)).append(';');
        }
    }

    /** Where inside {@code result} a NaN or ±∞ sits, if anywhere (library objects, arrays, collections, boxed numbers). */
    static Optional<String> nonFinite(Object result) {
        return nonFinite(result, "result", new IdentityHashMap<>(), 0);
    }

    private static Optional<String> nonFinite(Object o, String path, IdentityHashMap<Object, Boolean> seen, int depth) {
        if (o == null) {
            return Optional.empty();
        }
        if (o instanceof Double d) {
            return Double.isFinite(d) ? Optional.empty() : Optional.of(path + " = " + d);
        }
        if (o instanceof Float f) {
            return Float.isFinite(f) ? Optional.empty() : Optional.of(path + " = " + f);
        }
        if (depth > DEPTH || o instanceof CharSequence || o instanceof Number || seen.put(o, true) != null) {
            return Optional.empty();
        }
        Class<?> c = o.getClass();
        if (c.isArray()) {
            for (int i = 0, n = Array.getLength(o); i < n; i++) {
                Optional<String> f = nonFinite(Array.get(o, i), path + "[" + i + "]", seen, depth + 1);
                if (f.isPresent()) {
                    return f;
                }
            }
        } else if (o instanceof Collection<?> col) {
            int i = 0;
            for (Object x : new ArrayList<>(col)) {
                Optional<String> f = nonFinite(x, path + ".get(" + i++ + ")", seen, depth + 1);
                if (f.isPresent()) {
                    return f;
                }
            }
        } else if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : new ArrayList<>(m.entrySet())) {
                Optional<String> f = nonFinite(e.getValue(), path + ".get(" + e.getKey() + ")", seen, depth + 1);
                if (f.isPresent()) {
                    return f;
                }
            }
        } else if (c.getName().startsWith("nn.") && !c.getName().startsWith("nn.plots.")) { // a chart's drawing data is no result (NaN breaks its lines)
            for (Field f : fields(c)) {
                Optional<String> x = nonFinite(read(f, o), path + "." + f.getName(), seen, depth + 1);
                if (x.isPresent()) {
                    return x;
                }
            }
        }
        return Optional.empty();
    }

    private static final Map<Class<?>, List<Field>> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Field> fields(Class<?> c) {
        return FIELDS.computeIfAbsent(c, k -> {
            List<Field> all = new ArrayList<>();
            for (Class<?> x = k; x != null && x.getName().startsWith("nn."); x = x.getSuperclass()) {
                for (Field f : x.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && f.trySetAccessible()) {
                        all.add(f);
                    }
                }
            }
            return all;
        });
    }

    private static Object read(Field f, Object o) {
        try {
            return f.get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
