"""Runs the NumPy and PyTorch references on every case of problems.json (written by the Java side,
nn.bench.Problems): first checks that each reaches the library's weights after the same epochs,
then measures samples per second.  Writes JSON.

    python run.py problems.json python-results.json [--quick]

Both references run on one thread (the library is single-threaded): threadpoolctl limits BLAS,
torch.set_num_threads(1) limits PyTorch.
"""
import json
import statistics
import sys
import time

import numpy as np
import threadpoolctl
import torch

import numpy_sgd
import torch_sgd

IMPLEMENTATIONS = {"numpy": numpy_sgd.trainer, "torch": torch_sgd.trainer}


def max_difference(weights, problem):
    W, b = weights
    return max(max(float(np.max(np.abs(w - np.array(w0)))) for w, w0 in zip(W, problem["W_after"])),
               max(float(np.max(np.abs(v - np.array(v0)))) for v, v0 in zip(b, problem["b_after"])))


def seconds_per_epoch(epoch, repeats, min_seconds):
    """Median over `repeats` measurements of the time of one epoch; each measurement runs whole
    epochs for at least `min_seconds`.  One epoch first, as warm-up."""
    epoch()
    times = []
    for _ in range(repeats):
        n, start = 0, time.perf_counter()
        while True:
            epoch()
            n += 1
            elapsed = time.perf_counter() - start
            if elapsed >= min_seconds:
                break
        times.append(elapsed / n)
    return statistics.median(times), times


def main():
    problems_file, out_file = sys.argv[1], sys.argv[2]
    quick = "--quick" in sys.argv
    repeats, min_seconds = (3, 0.2) if quick else (7, 1.0)
    torch.set_num_threads(1)
    problems = json.load(open(problems_file))
    results = {"versions": {"python": sys.version.split()[0], "numpy": np.__version__, "torch": torch.__version__},
               "torch_threads": torch.get_num_threads(), "cases": {}}
    with threadpoolctl.threadpool_limits(limits=1):
        results["threadpools"] = threadpoolctl.threadpool_info()
        for problem in problems:
            case = problem["case"]
            n = len(problem["X"])
            results["cases"][case] = {}
            for name, make in IMPLEMENTATIONS.items():
                epoch, weights = make(problem)
                for _ in range(problem["check_epochs"]):
                    epoch()
                difference = max_difference(weights(), problem)
                epoch, _ = make(problem)
                median, times = seconds_per_epoch(epoch, repeats, min_seconds)
                results["cases"][case][name] = {"seconds_per_epoch": median, "all": times, "samples_per_second": n / median,
                                                "max_weight_difference": difference}
                print(f"{name:6s} {problem['title']:32s} {n / median:12.0f} samples/s   "
                      f"weights after {problem['check_epochs']} epochs differ from the library's by {difference:.1e}",
                      flush=True)
    json.dump(results, open(out_file, "w"), indent=1)


if __name__ == "__main__":
    main()
