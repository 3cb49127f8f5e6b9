"""SGD with NumPy, written the way the lectures write it (lecture 000's ``z1 = np.dot(w1, X) + b1``,
lecture 004's backpropagation in matrix form: delta = y_hat - y, dW = delta x^T, W^T delta,
sigma'(z) * ...).  W has shape (m, n): row i holds the weights into neuron i.

Per-sample SGD runs one vector at a time; mini-batch SGD stacks the batch as rows of a matrix
(B x n) and uses matrix products, the way NumPy code batches.
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)


def softmax(z):
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


class Net:
    """A network of sigmoid layers whose last layer is sigmoid (squared error C0 = sum (a - y)^2)
    or softmax (cross-entropy, whose delta at the output is y_hat - y)."""

    def __init__(self, problem):
        self.W = [np.array(w, dtype=np.float64) for w in problem["W"]]
        self.b = [np.array(b, dtype=np.float64) for b in problem["b"]]
        self.softmax_output = problem["functions"][-1] == "softmax"
        self.eta = problem["eta"]

    def backprop(self, x, y):
        """Gradients of the loss for one example x with target y."""
        # feedforward: keep every z and every activation
        activation, activations, zs = x, [x], []
        for l, (W, b) in enumerate(zip(self.W, self.b)):
            z = np.dot(W, activation) + b
            zs.append(z)
            last = l == len(self.W) - 1
            activation = softmax(z) if last and self.softmax_output else sigmoid(z)
            activations.append(activation)
        # backward pass: delta of the output layer, then down the layers
        if self.softmax_output:
            delta = activations[-1] - y
        else:
            delta = 2 * (activations[-1] - y) * sigmoid_prime(zs[-1])
        nabla_W, nabla_b = [None] * len(self.W), [None] * len(self.W)
        for l in range(len(self.W) - 1, -1, -1):
            nabla_W[l] = np.outer(delta, activations[l])
            nabla_b[l] = delta
            if l > 0:
                delta = np.dot(self.W[l].T, delta) * sigmoid_prime(zs[l - 1])
        return nabla_W, nabla_b

    def backprop_batch(self, X, Y):
        """Mean gradients over a batch: X is B x n, one example per row."""
        A, As, Zs = X, [X], []
        for l, (W, b) in enumerate(zip(self.W, self.b)):
            Z = A @ W.T + b
            Zs.append(Z)
            last = l == len(self.W) - 1
            A = softmax(Z) if last and self.softmax_output else sigmoid(Z)
            As.append(A)
        B = X.shape[0]
        if self.softmax_output:
            Delta = (As[-1] - Y) / B
        else:
            Delta = 2 * (As[-1] - Y) * sigmoid_prime(Zs[-1]) / B
        nabla_W, nabla_b = [None] * len(self.W), [None] * len(self.W)
        for l in range(len(self.W) - 1, -1, -1):
            nabla_W[l] = Delta.T @ As[l]
            nabla_b[l] = Delta.sum(axis=0)
            if l > 0:
                Delta = (Delta @ self.W[l]) * sigmoid_prime(Zs[l - 1])
        return nabla_W, nabla_b

    def update(self, nabla_W, nabla_b):
        for l in range(len(self.W)):
            self.W[l] = self.W[l] - self.eta * nabla_W[l]
            self.b[l] = self.b[l] - self.eta * nabla_b[l]

    def weights(self):
        return [W.copy() for W in self.W], [b.copy() for b in self.b]


def trainer(problem):
    """(epoch function, weights function) for one case of problems.json."""
    net = Net(problem)
    X = np.array(problem["X"], dtype=np.float64)
    T = np.array(problem["T"], dtype=np.float64)
    batch = problem["batch"]

    def epoch():
        if batch == 1:
            for x, y in zip(X, T):
                net.update(*net.backprop(x, y))
        else:
            for start in range(0, len(X), batch):
                net.update(*net.backprop_batch(X[start:start + batch], T[start:start + batch]))

    return epoch, net.weights
