package nn.neurons;

import nn.util.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A feed-forward circuit of McCulloch–Pitts neurons: each layer reads the outputs of the layer
 * before it. Two layers are enough for XOR ({@link Gates#xor()}), which no single neuron computes.
 */
public final class Circuit {
    private final String name;
    private final int inputs;
    private final List<List<McCullochPitts>> layers;
    private final List<List<String>> labels;

    private Circuit(String name, int inputs, List<List<McCullochPitts>> layers, List<List<String>> labels) {
        this.name = name;
        this.inputs = inputs;
        this.layers = layers;
        this.labels = labels;
    }

    /** Starts a circuit that reads {@code inputs} binary inputs. */
    public static Builder builder(int inputs) {
        return new Builder(inputs);
    }

    /** Builds a circuit layer by layer; each layer's neurons must read the previous layer's width. */
    public static final class Builder {
        private final int inputs;
        private final List<List<McCullochPitts>> layers = new ArrayList<>();
        private final List<List<String>> labels = new ArrayList<>();

        private Builder(int inputs) {
            Check.argument(inputs > 0, "a circuit needs at least one input but got %d", inputs);
            this.inputs = inputs;
        }

        /** Adds a layer; {@code labels[i]} names neuron i in tables (e.g. {@code "h1 = OR"}). */
        public Builder layer(String[] names, McCullochPitts... neurons) {
            Check.argument(names != null && neurons != null && java.util.Arrays.stream(neurons).allMatch(java.util.Objects::nonNull),
                    "layer %d needs names and neurons, not null", layers.size() + 1);
            Check.argument(neurons.length > 0, "layer %d has no neurons", layers.size() + 1);
            Check.argument(names.length == neurons.length, "layer %d has %d neurons but %d names",
                    layers.size() + 1, neurons.length, names.length);
            int width = layers.isEmpty() ? inputs : layers.get(layers.size() - 1).size();
            for (int i = 0; i < neurons.length; i++) {
                Check.argument(neurons[i].inputs() == width,
                        "layer %d, neuron %d (%s) reads %d inputs but the layer before it has %d outputs",
                        layers.size() + 1, i + 1, names[i], neurons[i].inputs(), width);
            }
            layers.add(List.of(neurons));
            labels.add(List.of(names));
            return this;
        }

        public Circuit build(String name) {
            Check.argument(!layers.isEmpty(), "circuit %s has no layers", name);
            return new Circuit(name, inputs, List.copyOf(layers), List.copyOf(labels));
        }
    }

    /** Every layer's output for input x: element 0 is x itself, the last is the circuit's output. */
    public List<int[]> trace(int... x) {
        // the messages are built only on failure: a truth table asks this for every row
        if (x == null) {
            Check.notNull(x, "circuit " + name, "an input");
        }
        if (x.length != inputs) {
            Check.argument(false, "circuit %s has %d inputs but got %d values: %s", name, inputs, x.length, Arrays.toString(x));
        }
        BinaryInputs.index(x); // checks that x is binary and names the bad position
        List<int[]> values = new ArrayList<>();
        values.add(x.clone());
        int[] a = x.clone();
        for (List<McCullochPitts> layer : layers) {
            int[] next = new int[layer.size()];
            for (int j = 0; j < next.length; j++) {
                next[j] = layer.get(j).fire(a);
            }
            values.add(next);
            a = next;
        }
        return values;
    }

    /** The circuit's output for input x. */
    public int[] fire(int... x) {
        List<int[]> t = trace(x);
        return t.get(t.size() - 1);
    }

    public String name() {
        return name;
    }

    public int inputs() {
        return inputs;
    }

    /** The neurons, layer by layer. */
    public List<List<McCullochPitts>> layers() {
        return layers;
    }

    /** The neuron names, layer by layer. */
    public List<List<String>> labels() {
        return labels;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Circuit " + name + " [" + inputs + " inputs");
        for (int l = 0; l < layers.size(); l++) {
            s.append(" → ").append(String.join(", ", labels.get(l)));
        }
        s.append("]");
        for (int l = 0; l < layers.size(); l++) {
            for (int j = 0; j < layers.get(l).size(); j++) {
                s.append("\n  ").append(labels.get(l).get(j)).append(": ").append(layers.get(l).get(j));
            }
        }
        return s.toString();
    }
}
