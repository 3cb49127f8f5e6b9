"""The workbook's Java kernel: its kernelspec, with the JVM's options, and its class-data archive.

    python environment/kernelspec.py            # write the kernel "java" of this Python environment
    python environment/kernelspec.py --show     # print what is installed
    python environment/kernelspec.py --no-archive   # the kernelspec only (before lib/ is built)

Run it with the Python of the environment that holds the kernel (.venv's; on Binder the image's).
`pip install jjava` (or IJava's installer) puts the kernel "java" into
<environment>/share/jupyter/kernels/java; this rewrites its kernel.json so that Jupyter starts the
kernel's JVM through environment/kernel/start.py (copied beside it) with OPTIONS below. lab.sh, the
tests, Binder and a course server all start the kernel through this kernelspec, so they all run the
same kernel; JJAVA_JVM_OPTS, if set, adds to the options (a course server's smaller heap).

It also makes a class-data sharing archive for the `java` on PATH: the classes that starting the
kernel and running ARCHIVE_LESSONS load (the kernel, JShell and javac, the library, tablesaw, XChart,
Java's drawing and image code), stored parsed and verified, so that later kernels map them instead
of loading them again. The kernel's JVM has lib/'s jars on its class path (start.py) so that the
library's classes are archived too. The archive is made again when lib/, the kernel, the options or
those lessons change; each JDK has its own, and a kernel whose class path changed since (lib/ rebuilt)
starts without it until the set-up makes it again.
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
KERNEL = ROOT / "environment" / "kernel"
# The lessons whose cells the archive is made from, run one after another on one kernel: lesson 00, and
# lessons that between them reach what the others use (reading the data sets, each kind of figure,
# tables, training with a live display, the digits). A lesson then loads only a few classes outside the
# archive (lesson 10: 2 from lib/'s jars and 2 from the JDK, against 120 and about 300 with lesson 00
# alone; benchmark/RESULTS.md); making it takes about 23 s on a 2-core machine.
ARCHIVE_LESSONS = [ROOT / "notebooks" / name for name in
                   ("00-start-here.ipynb", "02-perceptron.ipynb", "03-activation-functions.ipynb",
                    "10-training-loop.ipynb", "15-digits.ipynb")]
WRAPPER = "workbook-kernel.jar"
sys.path.insert(0, str(KERNEL))
import start  # noqa: E402  (the kernel's start script: the same JDK key here as when it runs)

# The kernel JVM's options; benchmark/RESULTS.md has the measurements behind each.
OPTIONS = [
    # The quick compiler only (C1): a notebook is many short cells, and the optimising compiler
    # (C2) spends about as much CPU compiling as the cells run; long loops run ~1.5x slower.
    "-XX:TieredStopAtLevel=1",
    # ... on one compiler thread. With the quick compiler alone the JVM runs up to two of them, and
    # on a 2-core machine (Binder, a course server's share) the second takes the core that the
    # cell's own thread needs while JShell compiles: the whole workbook 53.2 -> 49.9 s.
    "-XX:CICompilerCount=1",
    # ... which compiles a method after half as many calls and loops as by default: the one thread
    # keeps up, and JShell's compiler and the lessons' code leave the interpreter sooner
    # (49.0 -> 45.5 s, 3 rounds; lower still gave no clear gain for more CPU).
    "-XX:CompileThresholdScaling=0.5",
    # One collector thread and the smallest footprint; a lesson's live data is under 100 MB.
    "-XX:+UseSerialGC",
    # Start with a heap that holds the kernel's start-up (JShell, javac and the library: about 45 MB
    # that live for good) and grow it from there to what the lesson needs. With less (32 MB) the
    # old generation filled twice while JShell started, two full collections and a growing heap in
    # every lesson's first second; by default the JVM starts with 1/64 of the machine's memory ...
    "-Xms128m",
    # ... and keep the young generation small: a lesson's objects die young or live for good, so
    # the collections stay cheap, and the memory a kernel holds after a lesson is its data.
    "-XX:MaxNewSize=32m",
    # The ceiling: a cell that runs away fails with OutOfMemoryError in that cell, and the kernel
    # and the machine stay usable.
    "-Xmx1g",
]
# What JJava's own launcher adds to the kernel's command line: JShell's internals opened to it.
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
    """The kernel's own jar in its folder (JJava's jjava.jar or IJava's ijava-1.3.0.jar) and its main class."""
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


def write_if_changed(path: pathlib.Path, text: str) -> bool:
    if path.is_file() and path.read_text() == text:
        return False
    path.write_text(text)
    return True


def install_kernel(d: pathlib.Path, lib: pathlib.Path) -> None:
    """kernel.json, the start script, its options, lib/ and the main that ends the JVM with the kernel."""
    jar, main = kernel_jar(d)
    old = json.loads((d / "kernel.json").read_text())
    spec = {
        "argv": [sys.executable, "-I", "-S", "{resource_dir}/start.py", "{connection_file}"],
        "display_name": old.get("display_name", "Java"),
        "language": "java",
        "interrupt_mode": old.get("interrupt_mode", "message"),
        "env": old.get("env", {}),
        "metadata": {**old.get("metadata", {}), "workbook": "written by environment/kernelspec.py"},
    }
    write_if_changed(d / "kernel.json", json.dumps(spec, indent=2) + "\n")
    write_if_changed(d / "start.py", (KERNEL / "start.py").read_text())
    options = {"options": OPTIONS, "kernel_options": KERNEL_OPTIONS, "jar": jar.name, "main": main,
               "lib": str(lib.resolve())}
    write_if_changed(d / "workbook-kernel.json", json.dumps(options, indent=1) + "\n")
    # WorkbookKernel, and beside JJava its copy of JJava's main that answers first (WorkbookJJava.java)
    sources = [KERNEL / "WorkbookKernel.java"]
    with zipfile.ZipFile(jar) as z:
        if "org/dflib/jjava/distro/JJava.class" in z.namelist():
            sources.append(KERNEL / "WorkbookJJava.java")
    digest = hashlib.sha256("".join(sha256(p) for p in sources + [jar]).encode()).hexdigest()
    built = d / "workbook-kernel.source.sha256"
    if not (d / WRAPPER).is_file() or not built.is_file() or built.read_text().strip() != digest:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["javac", "--release", "17", "-cp", str(jar), "-d", tmp, *map(str, sources)], check=True)
            with zipfile.ZipFile(d / WRAPPER, "w") as z:
                for cls in sorted(pathlib.Path(tmp).glob("*.class")):  # WorkbookKernel, WorkbookJJava and their nested classes
                    z.write(cls, cls.name)
        built.write_text(digest + "\n")


def archive_stamp(d: pathlib.Path) -> dict:
    """What an archive is made from. The class path's files with their sizes and times, as the JVM checks them
    (it refuses an archive whose jars changed since): start.py compares them before it gives the archive."""
    java = shutil.which("java")
    spec = json.loads((d / "workbook-kernel.json").read_text())
    return {"java": os.path.realpath(java) if java else None, "options": OPTIONS,
            "lessons": {p.name: sha256(p) for p in ARCHIVE_LESSONS},
            "class_path": start.files(start.class_path(spec, str(d)))}


def make_archive(d: pathlib.Path, archive: pathlib.Path) -> bool:
    """Runs the cells of ARCHIVE_LESSONS on one kernel, told to write the archive as it ends; True when it did."""
    import nbformat
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    archive.unlink(missing_ok=True)
    # the kernel exactly as Jupyter starts it, but for what it adds to the options
    env = dict(os.environ, JJAVA_JVM_OPTS=f"-XX:ArchiveClassesAtExit={archive}")
    km = KernelManager(kernel_name="java", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(d.parent)]),
                       shutdown_wait_time=300)  # the JVM writes the archive as it ends
    first, *rest = ARCHIVE_LESSONS
    nb = nbformat.read(first, as_version=4)
    for lesson in rest:  # one kernel runs them all, one lesson's cells after another's
        nb.cells += nbformat.read(lesson, as_version=4).cells
    client = NotebookClient(nb, km=km, timeout=300, startup_timeout=120, allow_errors=True,
                            resources={"metadata": {"path": str(first.parent)}})
    with open(archive.with_suffix(".log"), "w") as log:
        try:
            client.execute(cwd=str(first.parent), env=env, stdout=log, stderr=log)
        finally:
            if km.has_kernel:
                km.shutdown_kernel()
    return archive.is_file() and archive.stat().st_size > 0


def install(lib: pathlib.Path, with_archive: bool = True) -> None:
    d = spec_dir()
    install_kernel(d, lib)
    if not with_archive:
        return
    java = shutil.which("java")
    if java is None:
        say("no 'java' on PATH: the kernel has no class-data archive")
        return
    archive = pathlib.Path(start.archive_path(str(d), java))
    stamp_file = pathlib.Path(start.stamp_path(str(archive)))
    stamp = archive_stamp(d)
    if archive.is_file() and stamp_file.is_file() and json.loads(stamp_file.read_text()) == stamp:
        return
    if not any(lib.glob("*.jar")):
        say("the kernel has no class-data archive yet: lib/ is not built")
        return
    say(f"making the kernel's class-data archive for this JDK (runs lessons {', '.join(p.name[:2] for p in ARCHIVE_LESSONS)} once)")
    stamp_file.unlink(missing_ok=True)
    if make_archive(d, archive):
        stamp_file.write_text(json.dumps(stamp, indent=1) + "\n")
    else:
        say(f"note: no class-data archive was made (see {archive.with_suffix('.log')}); the kernel starts without one")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the installed kernelspec")
    parser.add_argument("--lib", type=pathlib.Path, default=ROOT / "lib")
    parser.add_argument("--no-archive", action="store_true", help="write the kernelspec only")
    args = parser.parse_args()
    if args.show:
        d = spec_dir()
        print((d / "kernel.json").read_text() + (d / "workbook-kernel.json").read_text())
        print("archives:", ", ".join(p.name for p in sorted(d.glob("workbook-*.jsa"))) or "none")
        return
    install(args.lib, with_archive=not args.no_archive)


if __name__ == "__main__":
    main()
