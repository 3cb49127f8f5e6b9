/**
 * Gradient checking (梯度检验): every analytic gradient from backpropagation compared with a
 * central finite difference, so a wrong derivative or a wrong formula shows up as a large relative
 * error in a table.
 */
package nn.gradcheck;
