"""Compares checkouts of the workbook lesson by lesson, interleaved, so that a machine that speeds up
or slows down during the run (other work, heat) weighs on every checkout alike:

    python3 benchmark/interleave.py --rounds 2 BEFORE AFTER [AFTER:JJAVA_JVM_OPTS=-Xms256m ...]

Each CHECKOUT is a folder with the workbook set up in it (`.venv`, `lib/`, the kernel and its
class-data archive: `python3 environment/launcher.py setup jdk venv kernel lib` there), optionally
followed by `:NAME=VALUE,...`, environment variables for its kernels (JJAVA_JVM_OPTS comes last on the
kernel's command line and wins; PATH chooses the JDK). In each round every lesson is run once for
every checkout, the checkouts' order rotating from lesson to lesson; a run is one restart-and-run-all
on a fresh kernel, kernel start included, done by the checkout's own `benchmark/workbook.py` (its
`run`) with the checkout's own Python. Prints each lesson's median and runs per checkout, the
kernel's memory after the lesson (the larger RSS), and the sums; writes every run to --out.
Any Python 3.9+ runs it; only the standard library.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import pathlib
import statistics
import subprocess
import sys
import time


def one(checkout: pathlib.Path, lesson: str) -> None:
    """In the checkout's own Python: one run of one lesson by the checkout's benchmark code, as a JSON line."""
    import asyncio
    spec = importlib.util.spec_from_file_location("workbook_benchmark", checkout / "benchmark" / "workbook.py")
    wb = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(wb)
    r = asyncio.run(wb.run(wb.fresh(checkout / "notebooks" / lesson), [wb.HEAP]))
    print(json.dumps({k: r[k] for k in ("total", "kernel_ready", "rss", "cpu", "heap", "cells")}))


def parse(config: str) -> tuple[pathlib.Path, dict[str, str]]:
    folder, _, variables = config.partition(":")
    env = dict(v.split("=", 1) for v in variables.split(",") if v)
    return pathlib.Path(folder).resolve(), env


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        one(pathlib.Path(sys.argv[2]), sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkouts", nargs="+", help="CHECKOUT[:NAME=VALUE,...]")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--lessons", default="", help="the lessons' numbers, e.g. 01,10 (default: all)")
    parser.add_argument("--out", default="interleaved.json")
    args = parser.parse_args()
    configs = args.checkouts
    first = parse(configs[0])[0]
    lessons = sorted(p.name for p in (first / "notebooks").glob("[0-9]*.ipynb"))
    if args.lessons:
        lessons = [name for name in lessons if name[:2] in args.lessons.split(",")]
    runs: dict[str, dict[str, list]] = {c: {name: [] for name in lessons} for c in configs}
    start = time.time()
    for r in range(args.rounds):
        for i, name in enumerate(lessons):
            k = (r + i) % len(configs)
            for config in configs[k:] + configs[:k]:
                folder, variables = parse(config)
                done = subprocess.run([str(folder / ".venv" / "bin" / "python"), str(pathlib.Path(__file__).resolve()), "--one", str(folder), name],
                                      env={**os.environ, **variables}, capture_output=True, text=True, timeout=300)
                if done.returncode:
                    sys.exit(f"{config}, {name}: the run failed\n{done.stderr[-3000:]}")
                runs[config][name].append(json.loads(done.stdout.strip().splitlines()[-1]))
                json.dump(runs, open(args.out, "w"))
        print(f"round {r + 1} of {args.rounds} done after {time.time() - start:.0f} s", flush=True)
    width = 34
    print("lesson".ljust(width) + "".join(c[-30:].rjust(32) for c in configs))
    for name in lessons:
        row = name.removesuffix(".ipynb").ljust(width)
        for config in configs:
            xs = runs[config][name]
            each = "/".join(f"{x['total']:.2f}" for x in xs)
            row += f"{statistics.median(x['total'] for x in xs):.2f} ({each}) {max(x['rss'] for x in xs) / 2 ** 20:.0f}M".rjust(32)
        print(row)
    for label, key in (("whole workbook (sum of medians)", "total"), ("kernel CPU", "cpu"), ("kernel ready", "kernel_ready")):
        print(label.ljust(width) + "".join(f"{sum(statistics.median(x[key] for x in runs[c][n]) for n in lessons):32.2f}" for c in configs))


if __name__ == "__main__":
    main()
