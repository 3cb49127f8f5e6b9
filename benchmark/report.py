"""Turns the benchmark's measurements into the table of ratios (Markdown, printed).

    python report.py problems.json jmh.json python.json [workbook.json]

Java: JMH's average time of one epoch, of the library's training loop and of the plain hand-written
loop (the reference for what this JVM can do), with the bytes the library allocates per epoch
(JMH's -prof gc, gc.alloc.rate.norm) divided by the examples of an epoch.  NumPy and PyTorch: the median over repeats of the time of
one epoch (python/run.py).  samples/s = examples per epoch / seconds per epoch.
Peak floating-point rate: cores x clock x 16 double-precision operations per cycle (two 256-bit
fused multiply-add pipes: 2 x 4 lanes x 2 operations; AMD Zen 4 runs AVX-512 on the same two pipes
in two halves), with the clock /proc/cpuinfo reports (the nominal one: a boost clock is higher).
"""
import json
import os
import platform
import subprocess
import sys

FLOPS_PER_CYCLE = 16


def machine():
    info = {}
    for line in open("/proc/cpuinfo"):
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key in ("model name", "cpu MHz", "flags") and key not in info:
            info[key] = value
    cores = os.cpu_count()
    ghz = float(info.get("cpu MHz", "0")) / 1000
    memory = int(open("/proc/meminfo").readline().split()[1]) * 1024
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return {"cpu": info.get("model name", "?"), "cores": cores, "ghz": ghz, "memory_gib": memory / 2**30,
            "avx512": "avx512f" in info.get("flags", ""), "java": java[1] if len(java) > 1 else java[0],
            "os": platform.platform(), "core_peak": ghz * 1e9 * FLOPS_PER_CYCLE, "peak": cores * ghz * 1e9 * FLOPS_PER_CYCLE,
            "load": open("/proc/loadavg").read().split()[:3]}


def main():
    problems = {p["case"]: p for p in json.load(open(sys.argv[1]))}
    jmh = {}  # (benchmark method, case) -> result
    for r in json.load(open(sys.argv[2])):
        jmh[(r["benchmark"].rsplit(".", 1)[1], r["params"]["problem"])] = r
    py = json.load(open(sys.argv[3]))
    m = machine()
    print(f"Machine: {m['cpu']}, {m['cores']} cores at {m['ghz']:.2f} GHz, {m['memory_gib']:.0f} GiB; {m['java']}; "
          f"Python {py['versions']['python']}, NumPy {py['versions']['numpy']}, PyTorch {py['versions']['torch']} (CPU, float64); "
          f"one thread each. Load average (1, 5, 15 min) at the start: {os.environ.get('BENCH_LOAD_START', '?')}, "
          f"at the end: {' '.join(m['load'])}.")
    print()
    print("| case | library (samples/s) | hand-written loop (samples/s) | library / hand-written | NumPy (samples/s) | PyTorch (samples/s) "
          "| library / NumPy | library / PyTorch | library allocates per example | weights after 3 epochs, max difference (NumPy, PyTorch) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    rates = {}
    ratio = lambda r: f"{r:.2f}×" if r < 1 else f"{r:.1f}×"
    for case, p in problems.items():
        n = len(p["X"])
        java = n / (jmh[("library", case)]["primaryMetric"]["score"] * 1e-6)  # score is microseconds per epoch
        hand = n / (jmh[("handWritten", case)]["primaryMetric"]["score"] * 1e-6)
        alloc = jmh[("library", case)].get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        numpy = py["cases"][case]["numpy"]
        torch = py["cases"][case].get("torch")
        rates[case] = (java, hand)
        torch_rate = f"{torch['samples_per_second']:,.0f}" if torch else "—"
        torch_ratio = ratio(java / torch["samples_per_second"]) if torch else "—"
        print(f"| {p['title']} | {java:,.0f} | {hand:,.0f} | {100 * java / hand:.0f} % | {numpy['samples_per_second']:,.0f} | {torch_rate} "
              f"| {ratio(java / numpy['samples_per_second'])} | {torch_ratio} "
              f"| {'—' if alloc is None else f'{alloc / n:.3f} B'} "
              f"| {numpy['max_weight_difference']:.1e}, {torch['max_weight_difference'] if torch else float('nan'):.1e} |")
    print()
    print("| largest case | FLOP per example | library | hand-written loop | NumPy | PyTorch | one core's peak | machine's peak |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for case in ("DIGITS_64_32_10", "DIGITS_64_32_10_BATCH32"):
        p = problems[case]
        f = p["flops_per_example"]
        cells = [rates[case][0] * f, rates[case][1] * f] + [py["cases"][case][k]["samples_per_second"] * f if k in py["cases"][case] else float("nan")
                                                            for k in ("numpy", "torch")]
        print(f"| {p['title']} | {f:,.0f} | " + " | ".join(f"{c / 1e9:.2f} GFLOP/s ({100 * c / m['core_peak']:.1f} %)" for c in cells)
              + f" | {m['core_peak'] / 1e9:.1f} GFLOP/s | {m['peak'] / 1e9:.1f} GFLOP/s |")
    if len(sys.argv) > 4:
        wb = json.load(open(sys.argv[4]))
        s = wb["startup"]
        print()
        print(f"Workbook (median of {wb['runs']} runs; the kernel's JVM options `JJAVA_JVM_OPTS` = `{wb.get('jvm_options') or '(none)'}`): kernel ready {s['kernel_ready']:.2f} s, "
              f"library loaded (`%classpath ../lib/*` and `nn.Workbook.setup()`) {s['library_loaded']:.2f} s after the kernel was "
              f"asked to start; a trivial cell (`1 + 1`) takes {s.get('trivial_cell', float('nan')):.3f} s; `lib/` is {wb['lib_bytes'] / 1e6:.1f} MB in {len(wb['lib_jars'])} jars"
              + "".join(f"; the notebooks in `{e}/` {b / 1e6:.2f} MB" for e, b in wb.get("notebook_bytes", {}).items()) + ".")
        print()
        print("| notebook | code cells | restart and run all, median (s) | runs (s) | of which kernel start (s) | sum of cell times (s) | kernel CPU time (s) "
              "| slowest cell (s) | kernel RSS after (MiB) | Java heap in use after GC (MiB) |")
        print("|---|---:|---:|---|---:|---:|---:|---|---:|---:|")
        for name, r in wb["notebooks"].items():
            slowest = max(zip(r["cell_seconds"], r["cell_first_lines"]))
            first = slowest[1].replace("|", "\\|")[:40]
            print(f"| {name} | {r['cells']} | {r['median']:.2f} | {', '.join(f'{t:.2f}' for t in r['all'])} "
                  f"| {r['kernel_ready']:.2f} | {sum(r['cell_seconds']):.2f} | {r.get('cpu', float('nan')):.2f} | {slowest[0]:.2f} `{first}` "
                  f"| {r['rss'] / 2**20:.0f} | {r['heap'] / 2**20:.0f} |")


if __name__ == "__main__":
    main()
