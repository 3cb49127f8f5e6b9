"""Writes torch-values.txt, the expected values of TorchRandomTest, with the real PyTorch.

Run once, by hand, in a throw-away virtual environment (the test command never installs PyTorch):

    python3 -m venv /tmp/torchvenv && /tmp/torchvenv/bin/pip install torch==2.15.0
    /tmp/torchvenv/bin/python make_torch_values.py > torch-values.txt

Each line is a name, then float32 values as the hexadecimal of their bits (Float.floatToIntBits).
PyTorch's CPU kernels are compiled for several instruction sets and it picks the best at run time;
the environment variable ATEN_CPU_CAPABILITY pins one. The script runs itself with the portable
kernel (default) and the AVX2 kernel (avx2), which uses polynomial approximations of log, sin and
cos for tensors of 16 or more normal numbers and fused multiply-adds, checks that the AVX-512
kernel gives the same bits as the AVX2 one, and writes both sets of values.
"""
import math
import os
import struct
import subprocess
import sys

import torch


def bits(t):
    return " ".join(format(struct.unpack("<I", struct.pack("<f", v))[0], "08x") for v in t.reshape(-1).tolist())


def cases():
    out = []
    torch.manual_seed(42)  # lecture 000's PyTorch block, in its order
    X = torch.arange(10, dtype=torch.float32)
    W1 = torch.randn(4, 10); b1 = torch.randn(4); W2 = torch.randn(2, 4); b2 = torch.randn(2)
    z1 = torch.matmul(W1, X) + b1; a1 = torch.relu(z1); z2 = torch.matmul(W2, a1) + b2; a2 = torch.sigmoid(z2)
    out += [("lecture.W1", W1), ("lecture.b1", b1), ("lecture.W2", W2), ("lecture.b2", b2),
            ("lecture.z1", z1), ("lecture.a1", a1), ("lecture.z2", z2), ("lecture.a2", a2)]
    # the lecture's nn.Sequential block, run right after (it sets no seed of its own)
    model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 1), torch.nn.Sigmoid())
    model_complex = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 1), torch.nn.Sigmoid())
    with torch.no_grad():
        outputs = torch.cat([model(torch.randn(1, 4)).reshape(-1), model_complex(torch.randn(1, 4)).reshape(-1)])
    out.append(("sequential.outputs", outputs))
    torch.manual_seed(0)  # both normal paths: 16 and more (vectorised), fewer (one pair at a time, the second kept)
    out += [("seed0.randn16", torch.randn(16)), ("seed0.randn17", torch.randn(17)), ("seed0.randn3", torch.randn(3)),
            ("seed0.randn1", torch.randn(1)), ("seed0.randn33", torch.randn(3, 11)), ("seed0.randn5", torch.randn(5))]
    torch.manual_seed(123456789012)  # a seed above 2^32: the generator keeps its low 32 bits
    out += [("seedbig.randn6", torch.randn(6)), ("seedbig.randn20", torch.randn(20))]
    torch.manual_seed(7)  # nn.Linear's default initialisation: W ~ U(-1/sqrt(in), 1/sqrt(in)) via kaiming_uniform_(a=sqrt(5)), b likewise
    l1 = torch.nn.Linear(4, 8); l2 = torch.nn.Linear(8, 1)
    out += [("linear.fc1.weight", l1.weight.detach()), ("linear.fc1.bias", l1.bias.detach()),
            ("linear.fc2.weight", l2.weight.detach()), ("linear.fc2.bias", l2.bias.detach())]
    return out


def lines():
    return [f"{name} {bits(t)}" for name, t in cases()]


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--lines":
        print("\n".join(lines()))
        sys.exit(0)

    def run(capability):
        env = dict(os.environ, ATEN_CPU_CAPABILITY=capability)
        out = subprocess.run([sys.executable, __file__, "--lines"], env=env, capture_output=True, text=True, check=True).stdout
        return [line for line in out.split("\n") if line]

    portable, avx2, avx512 = run("default"), run("avx2"), run("avx512")
    changed = sum(x != y for a, b in zip(portable, avx2) for x, y in zip(a.split()[1:], b.split()[1:]))
    total = sum(len(a.split()) - 1 for a in portable)
    print(f"# torch {torch.__version__}; written by make_torch_values.py (see its docstring for the command)")
    print(f"# kernels: portable = ATEN_CPU_CAPABILITY=default, avx = ATEN_CPU_CAPABILITY=avx2; avx512 gives the same bits as avx2: {avx2 == avx512}")
    print(f"# the avx kernel changes {changed} of {total} values against the portable one (in their last bits)")
    for line in portable:
        print("portable." + line)
    for line in avx2:
        print("avx." + line)
