"""The course hub under a class's load (environment/hub-load.sh; results in benchmark/RESULTS.md).

For each class size N: a fresh hub on localhost with N new student accounts; all N log in through
the hub's login page at once and their servers start; then all N run lesson 01 at once, every
code cell in order, through the server's sessions API and the kernel's websocket, as JupyterLab's
"Run All" does. Measured per student: the server's start, the time from asking for the kernel to
the lesson's first output and to its last cell, the kernel's and the server's memory (RSS) at the
end; and the load average. The lesson is the student edition each student has in their home, so its
unanswered exercises fail their checks (by design) and the cells after them run on. Everything is taken down after each N. Localhost only; bounded by
--students (at most 24 students) and --timeout per lesson.
"""
from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import datetime
import json
import os
import pathlib
import pwd
import statistics
import sys
import time
import uuid

import nbformat
from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from harness import ROOT, course_hub  # noqa: E402

LESSON = "notebooks/01-mcp-neuron.ipynb"
MAX_STUDENTS = 24
TARGET_SECONDS = 10.0


def loadavg() -> str:
    return " ".join(pathlib.Path("/proc/loadavg").read_text().split()[:3])


def usage(name: str) -> dict[str, float]:
    """The resident memory (MiB) and CPU time so far (s) of the user's Java kernel(s) and server."""
    uid = pwd.getpwnam(name).pw_uid
    tick = os.sysconf("SC_CLK_TCK")
    found = {"kernel": 0.0, "server": 0.0, "kernel_cpu": 0.0, "server_cpu": 0.0}
    for proc in pathlib.Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if proc.stat().st_uid != uid:
                continue
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            status = (proc / "status").read_text()
            stat = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        kb = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
        cpu = (int(stat[11]) + int(stat[12])) / tick  # utime + stime
        role = "kernel" if "jjava" in cmd else "server" if "jupyterhub-singleuser" in cmd else None
        if role:
            found[role] += kb / 1024
            found[role + "_cpu"] += cpu
    return found


async def run_lesson(user, cells: list[str], timeout: float) -> dict:
    """Runs the lesson's code cells in a new kernel of the user's server; times what the user sees."""
    server_cpu_before = usage(user.name)["server_cpu"]
    asked = time.monotonic()
    session = await asyncio.to_thread(user.post, "api/sessions", json={
        "path": LESSON, "name": LESSON.split("/")[-1], "type": "notebook", "kernel": {"name": "java"}})
    kernel = session["kernel"]["id"]
    ws_url = user.server_url.replace("http", "ws", 1) + f"api/kernels/{kernel}/channels"
    ws = await websocket_connect(HTTPRequest(ws_url, headers={"Authorization": f"token {user.token}"}))
    first_output = None
    errors, unanswered = [], []
    sid = uuid.uuid4().hex
    try:
        for code in cells:
            msg_id = uuid.uuid4().hex
            ws.write_message(json.dumps({
                "header": {"msg_id": msg_id, "username": user.name, "session": sid, "msg_type": "execute_request",
                           "version": "5.3", "date": datetime.datetime.now(datetime.timezone.utc).isoformat()},
                "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                            "allow_stdin": False, "stop_on_error": True}}))
            while True:
                left = timeout - (time.monotonic() - asked)
                raw = await asyncio.wait_for(ws.read_message(), max(left, 0.001))
                if raw is None:
                    raise RuntimeError(f"{user.name}: the kernel's websocket closed")
                msg = json.loads(raw)
                if msg.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                kind = msg["msg_type"]
                if kind in ("stream", "display_data", "execute_result", "error") and first_output is None:
                    first_output = time.monotonic() - asked
                if kind == "error" or (kind == "stream" and msg["content"]["name"] == "stderr"):
                    text = msg["content"].get("evalue") or msg["content"].get("text", "")[:200]
                    # the student edition's unanswered exercises fail their checks by design
                    (unanswered if "not answered yet" in text else errors).append(text)
                if kind == "status" and msg["content"]["execution_state"] == "idle":
                    break
        done = time.monotonic() - asked
    finally:
        ws.close()
    memory = usage(user.name)
    await asyncio.to_thread(user.call, "DELETE", f"api/sessions/{session['id']}")
    return {"student": user.name, "first_output_s": round(first_output or float("nan"), 2),
            "lesson_s": round(done, 2), "errors": errors, "unanswered_exercises": len(unanswered), "kernel_rss_mib": round(memory["kernel"]),
            "server_rss_mib": round(memory["server"]), "kernel_cpu_s": round(memory["kernel_cpu"], 2),
            "server_cpu_s": round(memory["server_cpu"] - server_cpu_before, 2)}


def one_class(n: int, timeout: float) -> dict:
    nb = nbformat.read(ROOT / LESSON, as_version=4)
    cells = [c.source for c in nb.cells if c.cell_type == "code"]
    print(f"[load] {n} students: starting a hub (load average {loadavg()})", file=sys.stderr, flush=True)
    with course_hub(instructors=0, students=n) as hub:
        before = loadavg()
        t0 = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(n) as pool:
            users = list(pool.map(hub.login, hub.students))
            list(pool.map(lambda u: u.request_start(), users))
            starts = list(pool.map(lambda u: u.wait_ready(t0), users))
        print(f"[load] {n} servers ready in {max(starts):.1f} s; running the lesson in all at once",
              file=sys.stderr, flush=True)

        async def everyone():
            return await asyncio.gather(*(run_lesson(u, cells, timeout) for u in users))

        results = asyncio.run(everyone())
        after = loadavg()
        for r, s in zip(results, starts):
            r["server_start_s"] = round(s, 2)
    lesson = [r["lesson_s"] for r in results]
    return {"students": n, "code_cells": len(cells), "load_before": before, "load_after": after,
            "server_start_max_s": max(starts), "first_output_median_s": statistics.median(r["first_output_s"] for r in results),
            "lesson_median_s": statistics.median(lesson), "lesson_max_s": max(lesson),
            "kernel_rss_mib_max": max(r["kernel_rss_mib"] for r in results),
            "server_rss_mib_max": max(r["server_rss_mib"] for r in results),
            "cpu_per_lesson_median_s": statistics.median(r["kernel_cpu_s"] + r["server_cpu_s"] for r in results),
            "errors": sum(len(r["errors"]) for r in results), "per_student": results}


def table(runs: list[dict]) -> str:
    lines = ["| students at once | servers ready (max, s) | first output (median, s) | lesson 01 (median, s) | "
             "lesson 01 (slowest, s) | CPU per lesson (median, s) | kernel RSS (max, MiB) | server RSS (max, MiB) | "
             "errors | load before → after |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in runs:
        lines.append(f"| {r['students']} | {r['server_start_max_s']:.1f} | {r['first_output_median_s']:.1f} | "
                     f"{r['lesson_median_s']:.1f} | {r['lesson_max_s']:.1f} | {r['cpu_per_lesson_median_s']:.1f} | "
                     f"{r['kernel_rss_mib_max']} | "
                     f"{r['server_rss_mib_max']} | {r['errors']} | {r['load_before']} → {r['load_after']} |")
    fits = [r["students"] for r in runs if r["lesson_max_s"] <= TARGET_SECONDS and not r["errors"]]
    per_student = max(r["kernel_rss_mib_max"] + r["server_rss_mib_max"] for r in runs)
    total_mib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**20
    cpu = statistics.median(r["cpu_per_lesson_median_s"] for r in runs)
    cores = os.cpu_count()
    lines.append("")
    lines.append(f"One student's lesson costs {cpu:.1f} s of CPU (kernel and server, median): {cores} idle cores finish "
                 f"at most {int(cores * TARGET_SECONDS // cpu)} lessons started together within {TARGET_SECONDS:.0f} s.")
    lines.append(f"Largest class measured with every lesson under {TARGET_SECONDS:.0f} s, all starting at once: "
                 f"{max(fits) if fits else 'none'} of {[r['students'] for r in runs]} (2 cores: CPU is the limit). "
                 f"Memory: at most {per_student} MiB per student (server + one kernel), so "
                 f"{total_mib / 1024:.0f} GiB holds about {int(total_mib * 0.9 // per_student)} students' servers with a kernel each.")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", default="1,2,4,6", help="class sizes to try, e.g. 1,2,4,6 (each at most 24)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds allowed for one student's lesson")
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "benchmark" / "out" / "hub-load.json")
    args = parser.parse_args()
    sizes = [int(n) for n in args.students.split(",")]
    if any(n < 1 or n > MAX_STUDENTS for n in sizes):
        parser.error(f"class sizes between 1 and {MAX_STUDENTS}")
    runs = []
    for n in sizes:
        runs.append(one_class(n, args.timeout))
        print(table(runs[-1:]).splitlines()[2], file=sys.stderr, flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"lesson": LESSON, "cpus": os.cpu_count(), "runs": runs}, indent=2))
    print(table(runs))
    print(f"\n(raw measurements: {args.out})")


if __name__ == "__main__":
    main()
