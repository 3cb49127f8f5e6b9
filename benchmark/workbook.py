"""Times the workbook as its users meet it, with the workbook's own Python environment (.venv):

  * kernel start to library loaded: a fresh Java kernel, then `%classpath ../lib/*` and
    `nn.Workbook.setup()`; the seconds until the kernel is ready and until the library is loaded;
  * each notebook's "restart and run all": a fresh kernel, every cell in order, kernel start
    included, as the median of several runs;
  * the kernel's memory after each notebook: the resident set size (RSS) of the kernel's process
    tree, and the Java heap in use after a full garbage collection;
  * what shutting the kernel down takes (a restart waits for it), and the JVM options in use;
  * the size of lib/, and of each edition's notebooks on disk (outputs and all).

    .venv/bin/python benchmark/workbook.py results.json [--runs 5] [notebooks...]
"""
from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import os
import pathlib
import runpy
import statistics
import time

import nbformat
import psutil
from nbclient import NotebookClient

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
HEAP = ("System.gc(); Runtime r = Runtime.getRuntime(); "
        "System.out.println(r.totalMemory() - r.freeMemory());")


def rss(pid: int) -> int:
    """Resident bytes of a process and all its children."""
    p = psutil.Process(pid)
    return sum(q.memory_info().rss for q in [p, *p.children(recursive=True)])


def cell_seconds(cell) -> float:
    """How long the kernel worked on a cell (nbclient records the kernel's timestamps)."""
    t = cell.metadata.get("execution", {})
    if "iopub.execute_input" not in t or "shell.execute_reply" not in t:
        return 0.0
    parse = datetime.datetime.fromisoformat
    return (parse(t["shell.execute_reply"].replace("Z", "+00:00")) - parse(t["iopub.execute_input"].replace("Z", "+00:00"))).total_seconds()


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process and all its children so far."""
    p = psutil.Process(pid)
    return sum(sum(q.cpu_times()[:2]) for q in [p, *p.children(recursive=True)])


def output_text(cell) -> str:
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")


async def run(nb: nbformat.NotebookNode, after: list[str]) -> dict:
    """Runs every cell of nb on a fresh kernel (started inside the timing), then the cells in
    `after`, untimed, in the same kernel; returns the times and the kernel's memory."""
    client = NotebookClient(nb, kernel_name="java", timeout=600, startup_timeout=120, allow_errors=False,
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    start = time.perf_counter()
    client.km = client.create_kernel_manager()
    await client.async_start_new_kernel(cwd=str(NOTEBOOKS))
    process = client.km.provisioner.process
    result = {}
    try:
        await client.async_start_new_kernel_client()
        ready = time.perf_counter()
        walls = []
        for i, cell in enumerate(nb.cells):
            t = time.perf_counter()
            await client.async_execute_cell(cell, i)
            if cell.cell_type == "code":
                walls.append(time.perf_counter() - t)
        done = time.perf_counter()
        cpu = cpu_seconds(client.km.provisioner.process.pid)
        cells = [(cell_seconds(cell), cell.source.splitlines()[0] if cell.source else "")
                 for cell in nb.cells if cell.cell_type == "code"]
        extra = [nbformat.v4.new_code_cell(source) for source in after]
        first = len(nb.cells)
        nb.cells.extend(extra)
        for i, cell in enumerate(extra):
            await client.async_execute_cell(cell, first + i)
        pid = client.km.provisioner.process.pid
        result = {"kernel_ready": ready - start, "total": done - start, "rss": rss(pid), "cells": cells, "walls": walls, "cpu": cpu,
                  "heap": int(output_text(extra[-1]).strip().splitlines()[-1]) if after else None}
    finally:
        # what a restart costs before the new kernel starts: asking the kernel to shut down until its process is gone
        stop = time.perf_counter()
        await client._async_cleanup_kernel()
        result["shutdown"] = time.perf_counter() - stop
        result["exit_code"] = process.returncode
    return result


def kernel_options() -> str:
    """The JVM options the kernel "java" starts with: the kernelspec's (environment/kernelspec.py),
    the class-data archive for the java on PATH, then JJAVA_JVM_OPTS; or JJava's launcher's."""
    from jupyter_client.kernelspec import KernelSpecManager
    folder = pathlib.Path(KernelSpecManager().get_kernel_spec("java").resource_dir)
    if not (folder / "workbook-kernel.json").is_file():
        return "JJava's launcher, JJAVA_JVM_OPTS = " + os.environ.get("JJAVA_JVM_OPTS", "")
    argv = runpy.run_path(str(folder / "start.py"))["command"]("connection.json", os.environ, str(folder))
    return " ".join(a for a in argv[1:argv.index("-cp")] if not a.startswith("--add-opens") and "jdk.jshell" not in a)


def fresh(path: pathlib.Path) -> nbformat.NotebookNode:
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    return nb


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("notebooks", nargs="*", type=pathlib.Path)
    args = parser.parse_args()
    paths = [p.resolve() for p in args.notebooks] or sorted(NOTEBOOKS.glob("[0-9]*.ipynb"))
    results = {"runs": args.runs, "jvm_options": kernel_options(), "lib_bytes": sum(f.stat().st_size for f in (ROOT / "lib").glob("*.jar")),
               "lib_jars": {f.name: f.stat().st_size for f in sorted((ROOT / "lib").glob("*.jar"))},
               "notebook_bytes": {edition: sum(f.stat().st_size for f in (ROOT / edition).glob("*.ipynb"))
                                  for edition in ("notebooks", "notebooks-zh") if (ROOT / edition).is_dir()}}

    # kernel start to library loaded
    # then five trivial cells: what the kernel costs per cell, whatever the cell does
    startup = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("%classpath ../lib/*"),
                                              nbformat.v4.new_code_cell("nn.Workbook.setup();")]
                                       + [nbformat.v4.new_code_cell(f"{k} + 1") for k in range(5)])
    runs = [asyncio.run(run(fresh_copy(startup), [])) for _ in range(args.runs)]
    results["startup"] = {"kernel_ready": statistics.median(r["kernel_ready"] for r in runs),
                          "library_loaded": statistics.median(r["kernel_ready"] + r["cells"][0][0] + r["cells"][1][0] for r in runs),
                          "trivial_cell": statistics.median(c[0] for r in runs for c in r["cells"][2:]),
                          # a trivial cell as the notebook's client sees it: request to reply and idle
                          "trivial_cell_round_trip": statistics.median(w for r in runs for w in r["walls"][2:]),
                          "shutdown": statistics.median(r["shutdown"] for r in runs),
                          "all": runs}
    print(f"kernel ready after {results['startup']['kernel_ready']:.2f} s, "
          f"library loaded after {results['startup']['library_loaded']:.2f} s, a trivial cell takes "
          f"{results['startup']['trivial_cell']:.3f} s in the kernel and {results['startup']['trivial_cell_round_trip']:.3f} s "
          f"round trip, shutting the kernel down {results['startup']['shutdown']:.2f} s (medians of {args.runs})", flush=True)

    results["notebooks"] = {}
    for path in paths:
        runs = [asyncio.run(run(fresh(path), [HEAP])) for _ in range(args.runs)]
        r = {"median": statistics.median(x["total"] for x in runs), "all": [x["total"] for x in runs],
             "rss": statistics.median(x["rss"] for x in runs), "heap": statistics.median(x["heap"] for x in runs),
             "cells": sum(c.cell_type == "code" for c in fresh(path).cells),
             "kernel_ready": statistics.median(x["kernel_ready"] for x in runs),
             "cpu": statistics.median(x["cpu"] for x in runs),
             "shutdown": statistics.median(x["shutdown"] for x in runs),
             "exit_codes": sorted({x["exit_code"] for x in runs}, key=str),
             "cell_seconds": [statistics.median(x["cells"][k][0] for x in runs) for k in range(len(runs[0]["cells"]))],
             "cell_first_lines": [c[1] for c in runs[0]["cells"]]}
        slowest = sorted(zip(r["cell_seconds"], r["cell_first_lines"]), reverse=True)[:3]
        results["notebooks"][path.name] = r
        print(f"{path.name:36s} {r['median']:6.2f} s median (runs {', '.join(f'{t:.2f}' for t in r['all'])}), "
              f"kernel CPU {r['cpu']:.2f} s, kernel RSS {r['rss'] / 2**20:.0f} MiB, heap {r['heap'] / 2**20:.0f} MiB; kernel ready {r['kernel_ready']:.2f} s, "
              f"cells {sum(r['cell_seconds']):.2f} s, slowest: " + "; ".join(f"{t:.2f} s {line[:40]!r}" for t, line in slowest), flush=True)
    json.dump(results, open(args.out, "w"), indent=1)


def fresh_copy(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    return nbformat.from_dict(json.loads(json.dumps(nb)))


if __name__ == "__main__":
    main()
