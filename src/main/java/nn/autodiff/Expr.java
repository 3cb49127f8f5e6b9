package nn.autodiff;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Symbolic differentiation (符号微分): an expression is a tree, and its derivative is another tree
 * built by the rules of calculus, one rule per kind of node (each next to its node below), with
 * no number in sight:
 * <pre>
 *   c′ = 0,   x′ = 1,   (u + v)′ = u′ + v′,   (u·v)′ = u′·v + u·v′,   σ(u)′ = σ(u)·(1 − σ(u))·u′
 * </pre>
 * The rules copy u into the result, so nested expressions make derivatives that grow faster than
 * the expressions themselves ("expression swell"): {@link #size()} counts the tree's nodes,
 * {@link #distinctSize()} the different subexpressions among them.
 */
public sealed interface Expr {
    /** d/dx of this expression, by the rules, without simplification. */
    Expr derivative();

    /** The value at x. */
    double evaluate(double x);

    /** The subexpressions this node is made of. */
    List<Expr> parts();

    /** A constant. */
    record Const(double c) implements Expr {
        /** Checks the constant is a number. */
        public Const {
            nn.util.Check.finite(c, "a constant");
        }

        public Expr derivative() { return new Const(0); }                    // c′ = 0
        public double evaluate(double x) { return c; }
        public List<Expr> parts() { return List.of(); }
        @Override public String toString() { return c == Math.rint(c) ? String.valueOf((long) c) : String.valueOf(c); }
    }

    /** The variable x. */
    record Var() implements Expr {
        public Expr derivative() { return new Const(1); }                    // x′ = 1
        public double evaluate(double x) { return nn.util.Check.finite(x, "x"); }
        public List<Expr> parts() { return List.of(); }
        @Override public String toString() { return "x"; }
    }

    /** u + v. */
    record Sum(Expr u, Expr v) implements Expr {
        public Expr derivative() { return new Sum(u.derivative(), v.derivative()); }  // (u + v)′ = u′ + v′
        public double evaluate(double x) { return u.evaluate(x) + v.evaluate(x); }
        public List<Expr> parts() { return List.of(u, v); }
        @Override public String toString() { return "(" + u + " + " + v + ")"; }
    }

    /** u · v. */
    record Product(Expr u, Expr v) implements Expr {
        public Expr derivative() {                                           // (uv)′ = u′v + uv′
            return new Sum(new Product(u.derivative(), v), new Product(u, v.derivative()));
        }
        public double evaluate(double x) { return u.evaluate(x) * v.evaluate(x); }
        public List<Expr> parts() { return List.of(u, v); }
        @Override public String toString() { return u + "·" + v; }
    }

    /** σ(u) = 1 / (1 + e^(−u)). */
    record Sigmoid(Expr u) implements Expr {
        public Expr derivative() {                                           // σ(u)′ = σ(u)(1 − σ(u))·u′
            return new Product(new Product(this, new Sum(new Const(1), new Product(new Const(-1), this))), u.derivative());
        }
        public double evaluate(double x) { return 1 / (1 + Math.exp(-u.evaluate(x))); }
        public List<Expr> parts() { return List.of(u); }
        @Override public String toString() { return "σ(" + u + ")"; }
    }

    /** The variable x. */
    static Expr x() {
        return new Var();
    }

    /** σ(σ(…σ(x)…)), σ applied depth times (0 to 1000). */
    static Expr nestedSigmoid(int depth) {
        nn.util.Check.argument(depth >= 0 && depth <= 1000, "σ can be nested 0 to 1000 times here, not %d", depth);
        Expr e = x();
        for (int i = 0; i < depth; i++) {
            e = new Sigmoid(e);
        }
        return e;
    }

    /** How many nodes the tree has: what a program that evaluates the tree as written computes. */
    default long size() {
        long n = 1;
        for (Expr p : parts()) {
            n += p.size();
        }
        return n;
    }

    /** How many different subexpressions the tree has: its size if every repeated subtree were computed once. */
    default int distinctSize() {
        Set<Expr> seen = new HashSet<>();
        collect(this, seen);
        return seen.size();
    }

    private static void collect(Expr e, Set<Expr> seen) {
        if (seen.add(e)) {
            for (Expr p : e.parts()) {
                collect(p, seen);
            }
        }
    }
}
