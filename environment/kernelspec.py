"""The workbook's Java kernel: its kernelspec, with the JVM's options, and its class-data archive.

    python environment/kernelspec.py            # write the kernel "java" of this Python environment
    python environment/kernelspec.py --show     # print the installed kernelspec

Run with the Python of the environment that holds the kernel (.venv/bin/python; on Binder the
image's python3). `pip install jjava` (or IJava's installer) puts the kernel "java" into
<environment>/share/jupyter/kernels/java; this rewrites its kernel.json so that Jupyter starts the
kernel's JVM itself, with OPTIONS below. lab.sh, the tests, Binder and a course server all start
the kernel through this kernelspec, so they all run the same kernel.

It also makes a class-data sharing archive (workbook.jsa, beside kernel.json): the classes that
starting the kernel and running lesson 00 load (the kernel, JShell and javac, the library, tablesaw,
XChart), stored parsed and verified so that the next kernels map them instead of loading them
again. It is made again when the JDK, lib/, the kernel or the options change (workbook.json keeps
what it was made from); a JVM that cannot use it (another JDK) starts without it.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
WRAPPER_SOURCE = ROOT / "environment" / "kernel" / "WorkbookKernel.java"
WRAPPER = "workbook-kernel.jar"
ARCHIVE = "workbook.jsa"
STAMP = "workbook.json"
LESSON = ROOT / "notebooks" / "00-start-here.ipynb"

# The kernel JVM's options; benchmark/RESULTS.md has the measurements behind each.
OPTIONS = [
    # The quick compiler only (C1): a notebook is many short cells, and the optimising compiler
    # (C2) spends about as much CPU compiling as the cells run; long loops run ~1.5x slower.
    "-XX:TieredStopAtLevel=1",
    # One collector thread and the smallest footprint; a lesson's live data is under 100 MB.
    "-XX:+UseSerialGC",
    # Start with a small heap and let it grow to what the lesson needs (by default the JVM
    # starts with 1/64 of the machine's memory and fills its young generation before collecting).
    "-Xms32m",
    # The ceiling: a cell that runs away fails with OutOfMemoryError in that cell, and the kernel
    # and the machine stay usable.
    "-Xmx1g",
]
# What JJava's own launcher adds to the kernel's command line (JShell's internals are opened to it).
KERNEL_OPTIONS = ["--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED"]


def say(message: str) -> None:
    print(f"[workbook] {message}", file=sys.stderr, flush=True)


def spec_dir() -> pathlib.Path:
    """The kernel "java" that this Python environment holds (where pip installed it)."""
    d = pathlib.Path(sys.prefix) / "share" / "jupyter" / "kernels" / "java"
    if not (d / "kernel.json").is_file():
        sys.exit(f"[workbook] error: no Jupyter kernel 'java' in {sys.prefix} "
                 f"(install environment/requirements.txt into it: it holds the JJava kernel)")
    return d


def kernel_jar(d: pathlib.Path) -> tuple[pathlib.Path, str]:
    """The kernel's own jar in its directory (JJava's jjava.jar or IJava's ijava-1.3.0.jar) and its main class."""
    found = []
    for jar in sorted(d.glob("*.jar")):
        if jar.name in (WRAPPER, "jjava-launcher.jar"):
            continue
        with zipfile.ZipFile(jar) as z:
            manifest = z.read("META-INF/MANIFEST.MF").decode() if "META-INF/MANIFEST.MF" in z.namelist() else ""
        main = [line.split(":", 1)[1].strip() for line in manifest.splitlines() if line.startswith("Main-Class:")]
        if main:
            found.append((jar, main[0]))
    if len(found) != 1:
        sys.exit(f"[workbook] error: expected one kernel jar with a Main-Class in {d}, found {[j.name for j, _ in found]}")
    return found[0]


def sha256(path: pathlib.Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def java_version() -> str:
    java = shutil.which("java")
    if java is None:
        sys.exit("[workbook] error: no 'java' on PATH: the kernel needs a JDK 17 or newer")
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.strip()
    return f"{os.path.realpath(java)}: {out}"


def build_wrapper(d: pathlib.Path) -> None:
    """Compiles WorkbookKernel.java into the kernel's directory (once per change of its source)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["javac", "--release", "17", "-d", tmp, str(WRAPPER_SOURCE)], check=True)
        with zipfile.ZipFile(d / WRAPPER, "w") as z:
            z.write(pathlib.Path(tmp) / "WorkbookKernel.class", "WorkbookKernel.class")


def argv(d: pathlib.Path, jar: pathlib.Path, main: str, extra: list[str], resource_dir: str = "{resource_dir}") -> list[str]:
    classpath = os.pathsep.join(f"{resource_dir}/{name}" for name in (jar.name, WRAPPER))
    return ["java", *OPTIONS, *extra, *KERNEL_OPTIONS, "-cp", classpath, "WorkbookKernel", main, "{connection_file}"]


def write_spec(d: pathlib.Path, jar: pathlib.Path, main: str, archive: bool) -> None:
    old = json.loads((d / "kernel.json").read_text())
    spec = {
        "argv": argv(d, jar, main, [f"-XX:SharedArchiveFile={{resource_dir}}/{ARCHIVE}"] if archive else []),
        "display_name": old.get("display_name", "Java"),
        "language": "java",
        "interrupt_mode": old.get("interrupt_mode", "message"),
        "env": old.get("env", {}),
        "metadata": {**old.get("metadata", {}), "workbook": {"written_by": "environment/kernelspec.py", "options": OPTIONS}},
    }
    text = json.dumps(spec, indent=2) + "\n"
    if (d / "kernel.json").read_text() != text:
        (d / "kernel.json").write_text(text)


def make_archive(d: pathlib.Path, jar: pathlib.Path, main: str) -> bool:
    """Runs lesson 00 on a kernel that writes the archive when it ends; True when the archive is there."""
    import nbformat
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    target = d / ARCHIVE
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # the same class path, written out, as the kernel will have when Jupyter starts it
        spec = {"argv": argv(d, jar, main, [f"-XX:ArchiveClassesAtExit={target}"], resource_dir=str(d)),
                "display_name": "archive", "language": "java"}
        (pathlib.Path(tmp) / "java").mkdir()
        (pathlib.Path(tmp) / "java" / "kernel.json").write_text(json.dumps(spec))
        km = KernelManager(kernel_name="java", kernel_spec_manager=KernelSpecManager(kernel_dirs=[tmp]),
                           shutdown_wait_time=300)  # the JVM writes the archive as it ends
        nb = nbformat.read(LESSON, as_version=4)
        client = NotebookClient(nb, km=km, timeout=300, startup_timeout=120, allow_errors=False,
                                resources={"metadata": {"path": str(LESSON.parent)}})
        with open(d / "workbook.jsa.log", "w") as log:
            try:
                client.execute(cwd=str(LESSON.parent), stdout=log, stderr=log)
            finally:
                if km.has_kernel:
                    km.shutdown_kernel()
    return target.is_file() and target.stat().st_size > 0


def install(lib: pathlib.Path) -> None:
    d = spec_dir()
    jar, main = kernel_jar(d)
    if not (d / WRAPPER).is_file() or read_stamp(d).get("wrapper_source") != sha256(WRAPPER_SOURCE):
        build_wrapper(d)
    jars = sorted(lib.glob("*.jar"))
    # what the archive is made from; the JVM also refuses it when its class path's jars changed
    stamp = {"wrapper_source": sha256(WRAPPER_SOURCE), "java": java_version(), "options": OPTIONS, "lesson": sha256(LESSON),
             "class_path": {p.name: [sha256(p), p.stat().st_mtime_ns] for p in (jar, d / WRAPPER)},
             "lib": {j.name: sha256(j) for j in jars}}
    archive = stamp == read_stamp(d) and (d / ARCHIVE).is_file()
    if not archive and jars:
        write_spec(d, jar, main, archive=False)
        say("making the kernel's class-data archive (runs lesson 00 once)")
        archive = make_archive(d, jar, main)
        if not archive:
            say(f"note: no class-data archive was made (see {d / 'workbook.jsa.log'}); the kernel starts without one")
    elif not jars:
        say("the kernel 'java' has no class-data archive yet: lib/ is not built")
    (d / STAMP).write_text(json.dumps(stamp if archive else {"wrapper_source": stamp["wrapper_source"]}, indent=1) + "\n")
    write_spec(d, jar, main, archive)


def read_stamp(d: pathlib.Path) -> dict:
    try:
        return json.loads((d / STAMP).read_text())
    except (OSError, ValueError):
        return {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the installed kernelspec")
    parser.add_argument("--lib", type=pathlib.Path, default=ROOT / "lib")
    args = parser.parse_args()
    if args.show:
        print((spec_dir() / "kernel.json").read_text())
        return
    install(args.lib)


if __name__ == "__main__":
    main()
