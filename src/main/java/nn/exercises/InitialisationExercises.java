package nn.exercises;

import nn.grading.Exercise;
import nn.init.Init;

import java.util.List;

/**
 * Exercises on weight initialisation (权重初始化): the standard deviation of the normal scheme
 * lecture 000 recommends, Xavier/Glorot for tanh and sigmoid, He for ReLU.
 */
public final class InitialisationExercises {
    private InitialisationExercises() {
    }

    /** A student's standard deviation of the initial weights of a layer with n_in inputs and n_out outputs. */
    @FunctionalInterface
    public interface InitStd {
        double std(int nIn, int nOut, boolean relu);
    }

    /** Exercise 1 of lesson 12: √(2/n_in) (He) for ReLU, √(2/(n_in + n_out)) (Xavier) otherwise. */
    public static final Exercise<InitStd> STD = Exercise.<InitStd>of("exercise 1: the standard deviation of Xavier and He",
                    (nIn, nOut, relu) -> (relu ? Init.HE_NORMAL : Init.XAVIER_NORMAL).std(nIn, nOut))
            .input("n_in = 100, n_out = 50, ReLU", f -> f.std(100, 50, true))
            .input("n_in = 100, n_out = 50, tanh", f -> f.std(100, 50, false))
            .input("n_in = 3, n_out = 2, tanh", f -> f.std(3, 2, false))
            .hiddenInput("n_in = 784, n_out = 256, ReLU", f -> f.std(784, 256, true))
            .hiddenInput("n_in = 1, n_out = 1, sigmoid", f -> f.std(1, 1, false))
            .mistake("this is the variance Var[W], not the standard deviation: σ = √Var[W] (randn() · σ draws from N(0, Var[W]))",
                    (nIn, nOut, relu) -> relu ? 2.0 / nIn : 2.0 / (nIn + nOut))
            .mistake("integer division: with int operands 2 / n_in is rounded down (to 0 once n_in > 2) in Java; write 2.0 / n_in",
                    (nIn, nOut, relu) -> Math.sqrt(relu ? 2 / nIn : 2 / (nIn + nOut)))
            .mistake("Xavier and He are swapped: He's 2/n_in is for ReLU, which zeroes half of z; Xavier's 2/(n_in + n_out) for tanh and sigmoid",
                    (nIn, nOut, relu) -> Math.sqrt(relu ? 2.0 / (nIn + nOut) : 2.0 / nIn))
            .mistake("the factor 2 is missing: Xavier's variance is 2/(n_in + n_out) (the mean of 1/n_in and 1/n_out), He's 2/n_in "
                    + "(ReLU zeroes half of z)", (nIn, nOut, relu) -> Math.sqrt(relu ? 1.0 / nIn : 1.0 / (nIn + nOut)))
            .build();

    /** Every exercise of this class, in order. */
    public static List<Exercise<?>> all() {
        return List.of(STD);
    }
}
