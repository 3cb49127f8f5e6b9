package nn.properties;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;

/**
 * A student's own function for any functional interface the library takes (a
 * {@code DoubleUnaryOperator}, an exercise's answer, a progress listener): one that behaves, one
 * that returns NaN, one that returns null and one that throws.
 */
final class Functions {
    private Functions() {
    }

    enum Behaviour { ORDINARY, NAN, NULL, THROWS }

    static boolean isFunctional(Class<?> c) {
        return c.isInterface() && abstractMethods(c) == 1;
    }

    private static long abstractMethods(Class<?> c) {
        return Arrays.stream(c.getMethods()).filter(m -> Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m)).count();
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    static Object ordinary(Class<?> type) {
        return of(type, Behaviour.ORDINARY);
    }

    /** A proxy implementing {@code type} with the given behaviour; toString names it. */
    static Object of(Class<?> type, Behaviour behaviour) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> "a student's " + type.getSimpleName() + " (" + behaviour.name().toLowerCase() + ")";
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> proxy == args[0];
                };
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            return answer(method.getReturnType(), args == null ? new Object[0] : args, behaviour);
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object answer(Class<?> r, Object[] args, Behaviour b) {
        if (b == Behaviour.THROWS) {
            throw new RuntimeException("a student's function failed");
        }
        if (r == void.class) {
            return null;
        }
        double first = Arrays.stream(args).filter(a -> a instanceof Number).mapToDouble(a -> ((Number) a).doubleValue()).findFirst().orElse(0.5);
        double x = b == Behaviour.NAN ? Double.NaN : Math.tanh(first);
        if (r == double.class || r == Double.class) {
            return x;
        }
        if (r == int.class || r == Integer.class) {
            return b == Behaviour.NAN ? -7 : first >= 0 ? 1 : -1;
        }
        if (r == long.class) {
            return 1L;
        }
        if (r == boolean.class || r == Boolean.class) {
            return first >= 0;
        }
        if (b == Behaviour.NULL) {
            return null;
        }
        if (r == double[].class) {
            for (Object a : args) {
                if (a instanceof double[] v) {
                    double[] out = v.clone();
                    Arrays.setAll(out, i -> b == Behaviour.NAN ? Double.NaN : Math.tanh(v[i]));
                    return out;
                }
            }
            return new double[] {x};
        }
        if (r == String.class) {
            return "answer";
        }
        return null;
    }
}
