"""Starts the workbook's Java kernel: the JVM, with the kernel's options, in place of this process.

Jupyter runs this (kernel.json's argv, written by environment/kernelspec.py, which copies it into
the kernel's folder) with the connection file. It reads workbook-kernel.json beside it (the JVM's
options, the kernel's jar and main class, the workbook's lib/), adds the class-data archive made for
the `java` on PATH if there is one and the class path is still the one it was made with, then the
options in JJAVA_JVM_OPTS (the variable JJava's own launcher reads; they come last, so they win, e.g.
a course server's -Xmx; an initial heap above a smaller -Xmx given there is lowered to it), and
replaces itself with
    java OPTIONS -cp KERNEL_JAR:workbook-kernel.jar:LIB/*.jar WorkbookKernel KERNEL_MAIN CONNECTION_FILE
lib/'s jars are on the JVM's class path so that the archive holds the library's classes too (a JDK 17
archive holds only classes of the JVM's own class path, not those a cell's `%classpath` adds); the
lessons' `%classpath ../lib/*` then finds them there and adds nothing (WorkbookJJava).
Standard library only, started with -I -S: it costs a few milliseconds, where a launcher JVM
costs a JVM start and its memory for as long as the kernel runs.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def jdk_key(java):
    """Names the JDK that `java` belongs to: its folder and the runtime version in its release file."""
    home = os.path.dirname(os.path.dirname(os.path.realpath(java)))
    version = ""
    try:
        with open(os.path.join(home, "release")) as f:
            version = "".join(line for line in f if line.startswith("JAVA_RUNTIME_VERSION="))
    except OSError:
        pass
    return hashlib.sha256((home + "\n" + version).encode()).hexdigest()[:12]


def jdk_feature(java):
    """The feature release (17, 21, 25, ...) of the JDK that `java` belongs to, from its release file; 0 if unknown."""
    home = os.path.dirname(os.path.dirname(os.path.realpath(java)))
    try:
        with open(os.path.join(home, "release")) as f:
            for line in f:
                if line.startswith("JAVA_VERSION="):
                    return int(line.split("=", 1)[1].strip().strip('"').split(".")[0].split("-")[0])
    except (OSError, ValueError):
        pass
    return 0


# From JDK 23 on, a library's use of sun.misc.Unsafe's memory access prints a warning on the
# kernel's terminal (JEP 471/498): tablesaw's class-path scanner, classgraph, calls
# Unsafe::invokeCleaner when it releases a jar it read. The option allows it quietly; JDKs before
# 23 do not know it and would refuse to start.
UNSAFE_ALLOWED = ("--sun-misc-unsafe-memory-access=allow", 23)


# With the archive, JDK 25 prints three lines tagged [error][cds] on the kernel's terminal at every
# start: the JDK's own archived module graph cannot be used because the kernel opens jdk.jshell
# (--add-opens, which JJava needs). It is no error: the JVM goes on and uses the archive's classes.
# This silences the messages tagged exactly "cds"; an archive it cannot use ([cds,dynamic]) still warns.
ARCHIVE_QUIET = "-Xlog:cds=off"


def heap_bytes(size):
    """The bytes of a JVM heap size such as 128m, 1g or 1048576 (k, m, g, t in either case); None if it is no size."""
    units = {"k": 2 ** 10, "m": 2 ** 20, "g": 2 ** 30, "t": 2 ** 40}
    number, unit = (size[:-1], units[size[-1].lower()]) if size and size[-1].lower() in units else (size, 1)
    return int(number) * unit if number.isdigit() else None


def fitted_heap(options):
    """options, with the initial heap (-Xms) lowered to the ceiling (-Xmx) when a later ceiling is below it: a
    course server or a student may give a small -Xmx in JJAVA_JVM_OPTS, and a JVM whose initial heap is above its
    ceiling refuses to start."""
    def last(prefix):
        sizes = [o[len(prefix):] for o in options if o.startswith(prefix) and heap_bytes(o[len(prefix):]) is not None]
        return sizes[-1] if sizes else None
    initial, ceiling = last("-Xms"), last("-Xmx")
    if initial is not None and ceiling is not None and heap_bytes(initial) > heap_bytes(ceiling):
        return options + ["-Xms" + ceiling]
    return options


def fitted_compilers(options, given):
    """options, without the kernelspec's one compiler thread (-XX:CICompilerCount=1) when the options given after
    them (JJAVA_JVM_OPTS) choose the compilers (-XX:TieredStopAtLevel=..., -XX:[+-]TieredCompilation) and not their
    threads: with both compilers a JVM needs at least two threads and refuses to start with one, so the JVM then
    counts them itself."""
    chooses = any(o.startswith(("-XX:TieredStopAtLevel=", "-XX:+TieredCompilation", "-XX:-TieredCompilation")) for o in given)
    if chooses and not any(o.startswith("-XX:CICompilerCount=") for o in given):
        return [o for o in options if not o.startswith("-XX:CICompilerCount=")]
    return options


def class_path(spec, folder=HERE):
    """The kernel's jar and the wrapper beside it, then the jars in the workbook's lib/ (sorted by name)."""
    jars = [os.path.join(folder, name) for name in (spec["jar"], "workbook-kernel.jar")]
    lib = spec.get("lib")
    if lib and os.path.isdir(lib):
        jars += [os.path.join(lib, name) for name in sorted(os.listdir(lib)) if name.endswith(".jar")]
    return jars


def files(paths):
    """Each file's path, size and time: what the JVM checks of its class path before it uses an archive."""
    found = []
    for p in paths:
        try:
            s = os.stat(p)
        except OSError:
            found.append([p, None, None])
        else:
            found.append([p, s.st_size, s.st_mtime_ns])
    return found


def archive_path(folder, java):
    """The class-data archive in the kernel's folder for the JDK that `java` belongs to (kernelspec.py makes it)."""
    return os.path.join(folder, "workbook-%s.jsa" % jdk_key(java))


def stamp_path(archive):
    """The archive's stamp beside it: what it was made from (kernelspec.py writes it once the archive is made)."""
    return os.path.splitext(archive)[0] + ".json"


def archive_fits(archive, jars):
    """True when the archive was made with this class path, its jars unchanged since (its stamp beside it says so);
    a JVM would otherwise refuse it with a warning and start slower."""
    try:
        with open(stamp_path(archive)) as f:
            return json.load(f).get("class_path") == files(jars)
    except (OSError, ValueError, AttributeError):
        return False


def command(connection_file, environ, folder=HERE, err=sys.stderr):
    """The JVM's command line for the kernel in `folder` (this script's, once installed)."""
    with open(os.path.join(folder, "workbook-kernel.json")) as f:
        spec = json.load(f)
    java = shutil.which("java", path=environ.get("PATH")) or "java"
    archive = archive_path(folder, java)
    jars = class_path(spec, folder)
    options = list(spec["options"])
    if jdk_feature(java) >= UNSAFE_ALLOWED[1]:
        options.append(UNSAFE_ALLOWED[0])
    if os.path.isfile(archive):
        if archive_fits(archive, jars):
            options += ["-XX:SharedArchiveFile=" + archive, ARCHIVE_QUIET]
        else:
            print("[workbook] lib/ or the kernel changed since the kernel's class-data archive was made: the kernel "
                  "starts without it, more slowly (environment/lab.sh makes it again)", file=err, flush=True)
    given = environ.get("JJAVA_JVM_OPTS", "").split()
    options = fitted_heap(fitted_compilers(options, given) + given)
    return [java] + options + spec["kernel_options"] + ["-cp", os.pathsep.join(jars), "WorkbookKernel", spec["main"], connection_file]


def main():
    argv = command(sys.argv[1], os.environ)
    if os.name == "posix":
        os.execvp(argv[0], argv)  # the JVM takes this process's place: Jupyter's signals reach it
    sys.exit(subprocess.call(argv))


if __name__ == "__main__":
    main()
