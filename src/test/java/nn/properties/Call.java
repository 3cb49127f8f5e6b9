package nn.properties;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One call of a public method: the method, the object it is called on (a recipe of the pool, or
 * none) and its arguments (plain values, or recipes). {@link #run()} makes fresh objects, calls the
 * method on a thread of its own, the way a kernel runs a cell, and interrupts it if it takes too
 * long, the way a student presses ■.
 */
record Call(Executable method, Pool.Recipe receiver, List<Object> arguments) {
    /** A call running longer than this is interrupted. */
    static final long PATIENCE_MS = 3000;
    /** After the interrupt it must stop within this. */
    static final long STOP_MS = 2000;

    private static ExecutorService worker = newWorker();

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "property-call");
            t.setDaemon(true);
            return t;
        });
    }

    /** What happened: the object called on and the arguments as made, the result or what was thrown, and their state before and after. */
    record Run(Object target, Object[] values, Object result, Throwable thrown, String before, String after, boolean timedOut, boolean stopped) {
    }

    boolean isStatic() {
        return method instanceof Constructor || Modifier.isStatic(method.getModifiers());
    }

    /** The arguments as they are made for one run (recipes replayed, arrays copied). */
    private Object[] make() {
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(arguments.get(i));
        }
        return values;
    }

    static Object value(Object a) {
        if (a instanceof Pool.Recipe r) {
            return r.make().get();
        }
        if (a instanceof double[] d) {
            return d.clone();
        }
        if (a instanceof double[][] m) {
            return deepCopy(m);
        }
        if (a instanceof int[] d) {
            return d.clone();
        }
        if (a instanceof Supplier<?> s) {
            return s.get();
        }
        if (a instanceof ArrayOf arr) {
            Object c = java.lang.reflect.Array.newInstance(arr.component(), arr.parts().size());
            for (int i = 0; i < arr.parts().size(); i++) {
                java.lang.reflect.Array.set(c, i, value(arr.parts().get(i)));
            }
            return c;
        }
        if (a instanceof Object[] o && !(a instanceof String[])) {
            Object[] c = (Object[]) java.lang.reflect.Array.newInstance(o.getClass().getComponentType(), o.length);
            for (int i = 0; i < o.length; i++) {
                c[i] = value(o[i]);
            }
            return c;
        }
        if (a instanceof List<?> l) {
            return new java.util.ArrayList<>(l.stream().map(Call::value).toList());
        }
        return a;
    }

    private static Object deepCopy(Object a) {
        if (a instanceof double[] d) {
            return d.clone();
        }
        if (a instanceof Object[] o) {
            Object[] c = o.clone();
            for (int i = 0; i < c.length; i++) {
                c[i] = deepCopy(c[i]);
            }
            return c;
        }
        return a;
    }

    Run run() {
        Object target = isStatic() ? null : receiver.make().get();
        Object[] values = make();
        String before = Outcome.state(new Object[] {target, values});
        method.trySetAccessible(); // a public method of a package-private class, reached through a public type
        CountDownLatch done = new CountDownLatch(1);
        Future<Object> f = worker.submit(() -> {
            try {
                return method instanceof Constructor<?> k ? k.newInstance(values) : ((Method) method).invoke(target, values);
            } finally {
                done.countDown();
            }
        });
        Object result = null;
        Throwable thrown = null;
        boolean timedOut = false, stopped = true;
        try {
            result = f.get(PATIENCE_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            thrown = e.getCause() instanceof InvocationTargetException ite ? ite.getCause() : e.getCause();
        } catch (TimeoutException e) {
            timedOut = true;
            f.cancel(true);
            try {
                stopped = done.await(STOP_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
            }
            if (!stopped) {
                worker = newWorker(); // the old thread is stuck in the library: leave it, report it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String after = thrown == null ? before : Outcome.state(new Object[] {target, values});
        return new Run(target, values, result, thrown, before, after, timedOut, stopped);
    }

    /** An array argument whose entries are made for each run (objects of the pool, a student's functions). */
    record ArrayOf(Class<?> component, List<Object> parts) {
        @Override
        public String toString() {
            return "new " + component.getSimpleName() + "[] " + parts.toString().replace('[', '{').replace(']', '}');
        }
    }

    /** The call as a student would type it. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (method instanceof Constructor) {
            s.append("new ").append(method.getDeclaringClass().getSimpleName());
        } else {
            s.append(isStatic() ? method.getDeclaringClass().getSimpleName() : "(" + receiver + ")").append('.').append(method.getName());
        }
        s.append('(');
        for (int i = 0; i < arguments.size(); i++) {
            Object a = arguments.get(i);
            s.append(i > 0 ? ", " : "").append(a instanceof Pool.Recipe || a instanceof List<?> || a instanceof ArrayOf ? String.valueOf(a) : Outcome.show(a));
        }
        return s.append(')').toString();
    }
}
