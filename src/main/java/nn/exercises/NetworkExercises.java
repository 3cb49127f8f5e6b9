package nn.exercises;

import nn.activations.Activations;
import nn.grading.Exercise;
import nn.layers.Dense;
import nn.layers.Network;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Exercises on what a network computes: the forward pass a = f(Wa + b), layer by layer, and a
 * bump built by hand from two sigmoid neurons (the building block of universal approximation).
 */
public final class NetworkExercises {
    private NetworkExercises() {
    }

    /** A student's 1-2-1 network whose output is a bump of the given height between a and b, with steepness k. */
    @FunctionalInterface
    public interface Bump {
        Network bump(double a, double b, double height, double k);
    }

    /**
     * The forward pass a⁰ = x, zˡ = Wˡaˡ⁻¹ + bˡ, aˡ = fˡ(zˡ) for l = 1 … L, written out; the flags
     * make the typical mistakes: no bias, no activation between layers, none at the output.
     */
    static double[] forward(Network net, double[] x, boolean bias, boolean hidden, boolean output) {
        double[] a = x;
        for (int l = 1; l <= net.depth(); l++) {
            Dense layer = net.layer(l);
            double[][] w = layer.weights();
            double[] z = bias ? layer.biases() : new double[layer.outputs()];
            for (int i = 0; i < z.length; i++) {
                for (int j = 0; j < a.length; j++) {
                    z[i] += w[i][j] * a[j];
                }
            }
            boolean activate = l < net.depth() ? hidden : output;
            a = activate ? layer.function().apply(z) : z;
        }
        return a;
    }

    private static Network net(Dense... layers) {
        return Network.of(layers);
    }

    /** A 2-3-1 network, ReLU then sigmoid (the ReLU layer of lesson 06, section 1). */
    private static final Network RELU_SIGMOID = net(
            Dense.of(new double[][] {{1, -1}, {0.5, 2}, {-1, 0}}, new double[] {0, -1, 0.5}, Activations.RELU),
            Dense.of(new double[][] {{1, -0.5, 2}}, new double[] {0.5}, Activations.SIGMOID));
    /** One tanh layer with two inputs. */
    private static final Network ONE_TANH = net(Dense.of(new double[][] {{0.5, -1}}, new double[] {0.25}, Activations.TANH));
    /** A 3-2-2 network, tanh then sigmoid. */
    private static final Network TANH_SIGMOID = net(
            Dense.of(new double[][] {{0.2, -0.4, 0.1}, {-0.3, 0.5, 0.6}}, new double[] {0.1, -0.2}, Activations.TANH),
            Dense.of(new double[][] {{1, -1}, {0.5, 2}}, new double[] {0, 0.3}, Activations.SIGMOID));

    /** Exercise 1 of lesson 06: the forward pass of a whole network, a = f(Wa + b) layer by layer. */
    public static final Exercise<BiFunction<Network, double[], double[]>> FORWARD =
            Exercise.<BiFunction<Network, double[], double[]>>of("exercise 1: the forward pass", (net, x) -> net.predict(x))
                    .input("the 2-3-1 network ReLU → sigmoid with W¹ = [[1, -1], [0.5, 2], [-1, 0]], b¹ = [0, -1, 0.5], "
                            + "W² = [[1, -0.5, 2]], b² = [0.5], x = [2, 1]", f -> f.apply(RELU_SIGMOID, new double[] {2, 1}))
                    .input("one tanh layer with W = [[0.5, -1]], b = [0.25], x = [1, 2]", f -> f.apply(ONE_TANH, new double[] {1, 2}))
                    .hiddenInput("the 3-2-2 network tanh → sigmoid with W¹ = [[0.2, -0.4, 0.1], [-0.3, 0.5, 0.6]], b¹ = [0.1, -0.2], "
                            + "W² = [[1, -1], [0.5, 2]], b² = [0, 0.3], x = [1, -2, 0.5]", f -> f.apply(TANH_SIGMOID, new double[] {1, -2, 0.5}))
                    .mistake("the bias is missing: each layer computes z = Wa + b, then a = f(z)",
                            (net, x) -> forward(net, x, false, true, true))
                    .mistake("the hidden layers pass z on instead of a = f(z): every layer applies its activation, not only the last",
                            (net, x) -> forward(net, x, true, false, true))
                    .mistake("the output layer's activation is missing: the answer returns z of the last layer, the network's output is a = f(z)",
                            (net, x) -> forward(net, x, true, true, false))
                    .build();

    /** σ(k(x − a))·h − σ(k(x − b))·h as a 1-2-1 network, with the weights the flags get wrong. */
    static Network bump(double a, double b, double h, double k, double biasScale, double biasSign, double first, double second) {
        return Network.builder(1)
                .dense(new double[][] {{k}, {k}}, new double[] {-biasSign * biasScale * a, -biasSign * biasScale * b}, Activations.SIGMOID)
                .dense(new double[][] {{first * h, second * h}}, new double[] {0}, Activations.IDENTITY)
                .build();
    }

    private static double[] at(Network net, double... xs) {
        double[] y = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            y[i] = net.predict(xs[i])[0];
        }
        return y;
    }

    /** Exercise 1 of lesson 14: h·σ(k(x − a)) − h·σ(k(x − b)), a 1-2-1 network. */
    public static final Exercise<Bump> BUMP = Exercise.<Bump>of("exercise 1: a bump from two sigmoids",
                    (a, b, h, k) -> bump(a, b, h, k, k, 1, 1, -1))
            .input("a = 1, b = 2, height 1, k = 10, the outputs at x = 0, 1, 1.5, 2, 3",
                    f -> at(f.bump(1, 2, 1, 10), 0, 1, 1.5, 2, 3))
            .input("a = -1, b = 0.5, height 2, k = 50, the outputs at x = -2, -1, 0, 0.5, 1",
                    f -> at(f.bump(-1, 0.5, 2, 50), -2, -1, 0, 0.5, 1))
            .hiddenInput("a = 0, b = 3, height -0.5, k = 5, the outputs at x = -1, 0, 1.5, 3, 4",
                    f -> at(f.bump(0, 3, -0.5, 5), -1, 0, 1.5, 3, 4))
            .mistake("the bias must be −k·a, not −a: σ(k(x − a)) = σ(kx − ka), and with the bias −a the step sits at x = a/k",
                    (a, b, h, k) -> bump(a, b, h, k, 1, 1, 1, -1))
            .mistake("the biases have the wrong sign: σ(kx + ka) steps at x = −a; the bias of the step at a is −k·a",
                    (a, b, h, k) -> bump(a, b, h, k, k, -1, 1, -1))
            .mistake("the output weights must be +h and −h: a bump is the difference of two steps, not their sum",
                    (a, b, h, k) -> bump(a, b, h, k, k, 1, 1, 1))
            .mistake("the steps are subtracted the wrong way round: h·σ(k(x − a)) − h·σ(k(x − b)) rises at a and falls at b; "
                    + "the answer makes a dip of depth h", (a, b, h, k) -> bump(a, b, h, k, k, 1, -1, 1))
            .mistake("the height is missing: the output weights are +h and −h, not +1 and −1",
                    (a, b, h, k) -> bump(a, b, 1, k, k, 1, 1, -1))
            .build();

    /** Every exercise of this class, in order. */
    public static List<Exercise<?>> all() {
        return List.of(FORWARD, BUMP);
    }
}
