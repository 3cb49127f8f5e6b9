/**
 * Rosenblatt's perceptron (感知机, 1958), the first neuron that learns: the model
 * y = sign(wᵀx + b) and its learning rule ({@link nn.perceptron.Perceptron}), a training run with
 * every update recorded ({@link nn.perceptron.Training}, {@link nn.perceptron.Update}), Novikoff's
 * bound on the number of updates ({@link nn.perceptron.Novikoff}) and tables of it all
 * ({@link nn.perceptron.PerceptronTables}).
 */
package nn.perceptron;
