package nn.properties;

import nn.data.Digits;
import nn.data.LogicData;
import nn.data.Separable;
import nn.data.Toy2D;
import nn.check.GradientCheck;
import nn.init.Init;
import nn.layers.Network;
import nn.losses.Losses;
import nn.optim.Descent;
import nn.optim.Dropout;
import nn.optim.Objective;
import nn.optim.Optimizer;
import nn.perceptron.Perceptron;
import nn.show.Show;
import nn.tables.Claims;
import nn.layers.BatchPass;
import nn.train.StopCondition;
import nn.train.Trainer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static nn.activations.Activations.SIGMOID;
import static nn.activations.Activations.TANH;

/**
 * Objects a random call seldom makes on its own (a finished training run, a backward pass, a
 * data set of the right shape), made the way the lessons make them. The pool starts from these
 * and the library's constants.
 */
final class Seeds {
    private Seeds() {
    }

    private static Network net() {
        return Network.builder(2).dense(3, TANH).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(1)).build();
    }

    private static Network softmaxNet() {
        return Network.builder(2).dense(3, TANH).softmax(2).init(Init.HE_NORMAL.seeded(2)).build();
    }

    static Map<String, Supplier<Object>> all() {
        Map<String, Supplier<Object>> s = new LinkedHashMap<>();
        s.put("Network.builder(2).dense(3, TANH).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(1)).build()", Seeds::net);
        s.put("Network.builder(2).dense(3, TANH).softmax(2).init(Init.HE_NORMAL.seeded(2)).build()", Seeds::softmaxNet);
        s.put("net.forward(0.5, -1)", () -> net().forward(0.5, -1));
        s.put("net.backward(new double[] {0.5, -1}, new double[] {1}, MSE)", () -> net().backward(new double[] {0.5, -1}, new double[] {1}, Losses.MSE));
        s.put("softmaxNet.backward(new double[] {1, 2}, new double[] {0, 1}, CROSS_ENTROPY)",
                () -> softmaxNet().backward(new double[] {1, 2}, new double[] {0, 1}, Losses.CROSS_ENTROPY));
        s.put("GradientCheck.of(net, new double[] {0.5, -1}, new double[] {1}, MSE)",
                () -> GradientCheck.of(net(), new double[] {0.5, -1}, new double[] {1}, Losses.MSE));
        s.put("Trainer.gradientDescent(0.5, MSE).stopWhen(maxEpochs(5)).snapshotsAt(0, 5).train(net, Toy2D.xor())",
                () -> Trainer.gradientDescent(0.5, Losses.MSE).stopWhen(StopCondition.maxEpochs(5)).snapshotsAt(0, 5).train(net(), Toy2D.xor()));
        s.put("Trainer.of(Optimizer.adam(0.01), MSE).batchSize(2).stopWhen(maxEpochs(3), earlyStopping(2)).train(net, Toy2D.xor(), Toy2D.xor())",
                () -> Trainer.of(Optimizer.adam(0.01), Losses.MSE).batchSize(2).stopWhen(StopCondition.maxEpochs(3), StopCondition.earlyStopping(2))
                        .train(net(), Toy2D.xor(), Toy2D.xor()));
        s.put("Trainer.of(Optimizer.sgd(0.1), MSE).batchSize(2).dropout(0.5).start(net, Toy2D.xor(), null)",
                () -> Trainer.of(Optimizer.sgd(0.1), Losses.MSE).batchSize(2).dropout(0.5).start(net(), Toy2D.xor(), null));
        s.put("BatchPass.of(net, 4, MSE)", () -> BatchPass.of(net(), 4, Losses.MSE));
        s.put("Descent.run(Optimizer.momentum(0.05, 0.9), Objective.valley(), new double[] {1, 1}, 5)",
                () -> Descent.run(Optimizer.momentum(0.05, 0.9), Objective.valley(), new double[] {1, 1}, 5));
        s.put("Perceptron.zero(2, 1).train(LogicData.and(), 20)", () -> Perceptron.zero(2, 1).train(LogicData.and(), 20));
        s.put("Perceptron.zero(2, 1).train(LogicData.xor(), 20)", () -> Perceptron.zero(2, 1).train(LogicData.xor(), 20));
        s.put("Perceptron.zero(2, 1).train(LogicData.xor(), 20, 3)", () -> Perceptron.zero(2, 1).train(LogicData.xor(), 20, 3));
        s.put("Separable.generate(20, 0.1, 1)", () -> Separable.generate(20, 0.1, 1));
        s.put("Digits.load()", Digits::load);
        s.put("Claims.titled(\"lecture 002\").claim(\"z¹\", \"0.7109\", 0.71092)", () -> Claims.titled("lecture 002").claim("z¹", "0.7109", 0.71092));
        s.put("Show.error(() -> Perceptron.zero(0, 1))", () -> Show.error(() -> Perceptron.zero(0, 1)));
        s.put("Toy2D.moons(20, 0.1, 1)", () -> Toy2D.moons(20, 0.1, 1));
        s.put("Lines.chart(\"loss\", \"epoch\", \"L\")", () -> nn.plots.Lines.chart("loss", "epoch", "L"));
        s.put("Lines.chart(\"loss\", \"epoch\", \"L\").line(\"training\", new double[] {3, 2, 1.5})",
                () -> nn.plots.Lines.chart("loss", "epoch", "L").line("training", new double[] {3, 2, 1.5}));
        s.put("FunctionPlots.functionAndDerivative(SIGMOID, -5, 5)", () -> nn.plots.FunctionPlots.functionAndDerivative(SIGMOID, -5, 5));
        return s;
    }
}
