package nn.autodiff;

import nn.util.Check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reverse-mode automatic differentiation (反向模式自动微分) on scalars, after Karpathy's micrograd.
 * Every operation makes a node of the computational graph (计算图) that remembers its inputs and
 * how to send a gradient back to them; each operation's backward rule sits beside its forward
 * rule. {@link #backward()} visits the graph once, output first, and leaves ∂out/∂v in every
 * node v: the gradient of all parameters for the cost of about one more forward pass.
 * <pre>
 *   Value w = Value.of(0.5, "w"), a = Value.of(0.28905, "a");
 *   Value z = w.times(a).plus(0.1);      // forward: builds the graph
 *   z.sigmoid().backward();              // backward: w.grad() = σ'(z)·a
 * </pre>
 */
public final class Value implements Scalar<Value> {
    private final double data;
    private final List<Value> inputs;
    private final String op;
    private final String label;
    private double grad;
    private Runnable backwardRule = () -> { };

    private Value(double data, String op, String label, Value... inputs) {
        if (!Double.isFinite(data)) { // every operation makes its result here
            Check.argument(false, "a value of the graph must be a finite number, but %s gives %s (an operation outside its domain, or an overflow)",
                    op.isEmpty() ? "the leaf " + label : "the operation " + op, data);
        }
        Check.argument(label != null && java.util.Arrays.stream(inputs).allMatch(java.util.Objects::nonNull), "a value of the graph needs a label "
                + "and its inputs, not null");
        this.data = data;
        this.op = op;
        this.label = label;
        this.inputs = List.of(inputs);
    }

    /** A leaf of the graph: an input or a parameter, named for the diagrams. */
    public static Value of(double data, String label) { return new Value(data, "", label); }

    /** An unnamed leaf. */
    public static Value of(double data) { return of(data, ""); }

    @Override public Value constant(double c) { return of(c); }

    @Override public Value constant(double c, String name) { return of(c, name); }

    @Override
    public Value plus(Value o) {
        Check.notNull(o, "+", "another value");
        Value out = new Value(data + o.data, "+", "", this, o);
        out.backwardRule = () -> { grad += out.grad; o.grad += out.grad; };              // ∂(u+v)/∂u = 1
        return out;
    }

    @Override
    public Value times(Value o) {
        Check.notNull(o, "×", "another value");
        Value out = new Value(data * o.data, "×", "", this, o);
        out.backwardRule = () -> { grad += o.data * out.grad; o.grad += data * out.grad; }; // ∂(uv)/∂u = v
        return out;
    }

    @Override
    public Value pow(double p) {
        Value out = new Value(Math.pow(data, p), "^" + (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)), "", this);
        out.backwardRule = () -> grad += p * Math.pow(data, p - 1) * out.grad;            // ∂uᵖ/∂u = p·uᵖ⁻¹
        return out;
    }

    @Override
    public Value exp() {
        Value out = new Value(Math.exp(data), "exp", "", this);
        out.backwardRule = () -> grad += out.data * out.grad;                           // ∂eᵘ/∂u = eᵘ
        return out;
    }

    @Override
    public Value tanh() {
        Value out = new Value(Math.tanh(data), "tanh", "", this);
        out.backwardRule = () -> grad += (1 - out.data * out.data) * out.grad;          // ∂tanh u/∂u = 1 − tanh²u
        return out;
    }

    @Override
    public Value sigmoid() {
        Value out = new Value(1 / (1 + Math.exp(-data)), "σ", "", this);
        out.backwardRule = () -> grad += out.data * (1 - out.data) * out.grad;          // ∂σ(u)/∂u = σ(u)(1 − σ(u))
        return out;
    }

    @Override
    public Value relu() {
        Value out = new Value(Math.max(0, data), "ReLU", "", this);
        out.backwardRule = () -> grad += (data > 0 ? 1 : 0) * out.grad;                 // ∂ReLU(u)/∂u = [u > 0]
        return out;
    }

    /**
     * Fills every node's {@link #grad()} with ∂this/∂node: (1) order the graph so that each node
     * comes after the nodes it was computed from; (2) set ∂this/∂this = 1 and apply each node's
     * backward rule in the reverse of that order (the chain rule, output to inputs).
     */
    public void backward() {
        List<Value> order = graph();
        order.forEach(v -> v.grad = 0);
        grad = 1;
        for (int i = order.size() - 1; i >= 0; i--) {
            order.get(i).backwardRule.run();
        }
    }

    /** The nodes this was computed from, inputs before the nodes that use them (a topological order), ending with this. */
    public List<Value> graph() {
        List<Value> order = new ArrayList<>();
        Set<Value> seen = new HashSet<>();
        Deque<Object[]> stack = new ArrayDeque<>();      // depth first without recursion: graphs may be deep
        stack.push(new Object[] {this, false});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            Value v = (Value) top[0];
            if ((Boolean) top[1]) {
                order.add(v);                            // all of v's inputs are in order already
            } else if (seen.add(v)) {
                stack.push(new Object[] {v, true});
                v.inputs.forEach(in -> stack.push(new Object[] {in, false}));
            }
        }
        return order;
    }

    /** The number this node holds. */
    @Override public double value() { return data; }

    /** ∂out/∂this after {@code out.backward()}. */
    public double grad() { return grad; }

    /** The operation that made this node ("+", "×", "σ", …), empty for a leaf. */
    public String op() { return op; }

    /** The name given to a leaf, empty otherwise. */
    public String label() { return label; }

    /** The nodes this one was computed from. */
    public List<Value> inputs() { return inputs; }

    @Override
    public String toString() {
        return "Value(" + (label.isEmpty() ? "" : label + ", ") + (op.isEmpty() ? "" : op + ", ")
                + "data=" + nn.util.Fmt.num(data) + ", grad=" + nn.util.Fmt.num(grad) + ")";
    }
}
