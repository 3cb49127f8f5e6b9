"""SGD with PyTorch on the CPU in float64, written the way PyTorch is used: ``nn.Sequential`` of
``nn.Linear`` and ``nn.Sigmoid``, autograd's ``loss.backward()`` and ``torch.optim.SGD``.  The same
initial weights (``nn.Linear.weight`` has shape (m, n) like W), the same loss, the same order.
"""
import torch
from torch import nn


def trainer(problem):
    """(epoch function, weights function) for one case of problems.json."""
    torch.set_default_dtype(torch.float64)
    layers = []
    for l, (W, b) in enumerate(zip(problem["W"], problem["b"])):
        linear = nn.Linear(len(W[0]), len(W), dtype=torch.float64)
        with torch.no_grad():
            linear.weight.copy_(torch.tensor(W, dtype=torch.float64))
            linear.bias.copy_(torch.tensor(b, dtype=torch.float64))
        layers.append(linear)
        if problem["functions"][l] == "sigmoid":
            layers.append(nn.Sigmoid())
        # a softmax output stays inside the loss: cross_entropy takes the scores z
    model = nn.Sequential(*layers)
    optimizer = torch.optim.SGD(model.parameters(), lr=problem["eta"])
    X = torch.tensor(problem["X"], dtype=torch.float64)
    T = torch.tensor(problem["T"], dtype=torch.float64)
    batch = problem["batch"]
    if problem["loss"] == "cross_entropy":
        def loss_fn(out, t):  # mean over the batch of -sum t log softmax(z)
            return nn.functional.cross_entropy(out, t)
    else:
        def loss_fn(out, t):  # C0 = sum (a - y)^2, per example
            return ((out - t) ** 2).sum()

    def epoch():
        for start in range(0, len(X), batch):
            x, t = X[start:start + batch], T[start:start + batch]
            optimizer.zero_grad()
            loss_fn(model(x), t).backward()
            optimizer.step()

    def weights():
        linears = [m for m in model if isinstance(m, nn.Linear)]
        return ([m.weight.detach().numpy().copy() for m in linears],
                [m.bias.detach().numpy().copy() for m in linears])

    return epoch, weights
