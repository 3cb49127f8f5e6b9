"""The Java kernel as the set-up installs it (environment/kernelspec.py): its kernelspec, the JVM's
options, the class-data archive, the heap ceiling, and a kernel that ends when Jupyter shuts it down."""
import asyncio
import io
import json
import os
import pathlib
import shutil
import subprocess
import sys
import zipfile

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
import kernelspec  # noqa: E402
import notebooks as nbs  # noqa: E402

SPEC = KernelSpecManager().get_kernel_spec("java")
HERE = pathlib.Path(SPEC.resource_dir)


def test_the_installed_kernelspec_starts_the_kernel_with_the_workbooks_options():
    assert pathlib.Path(SPEC.resource_dir).resolve().is_relative_to(pathlib.Path(sys.prefix).resolve()), \
        f"the kernel 'java' in use is {SPEC.resource_dir}, not the one in {sys.prefix}"
    assert SPEC.argv[1:] == ["-I", "-S", "{resource_dir}/start.py", "{connection_file}"], SPEC.argv
    assert os.path.samefile(SPEC.argv[0], sys.executable), "started by the environment's own Python"
    assert (HERE / "start.py").read_text() == (kernelspec.KERNEL / "start.py").read_text()
    written = json.loads((HERE / "workbook-kernel.json").read_text())
    assert written["options"] == kernelspec.OPTIONS and written["kernel_options"] == kernelspec.KERNEL_OPTIONS
    argv = kernelspec.start.command("c.json", {"PATH": os.environ["PATH"], "JJAVA_JVM_OPTS": "-Xmx512m"}, folder=str(HERE))
    assert argv[1:1 + len(kernelspec.OPTIONS)] == kernelspec.OPTIONS
    assert argv[argv.index("-Xmx512m") + 1:argv.index("-cp")] == kernelspec.KERNEL_OPTIONS, \
        "JJAVA_JVM_OPTS come after the workbook's options, so a course server's heap wins"
    assert argv[-3:] == ["WorkbookKernel", written["main"], "c.json"], argv
    assert written["lib"] == str(nbs.ROOT / "lib"), "the kernel's JVM has the workbook's lib/ on its class path"
    jars = sorted(str(p) for p in (nbs.ROOT / "lib").glob("*.jar"))
    assert argv[argv.index("-cp") + 1].split(os.pathsep) == [str(HERE / written["jar"]), str(HERE / "workbook-kernel.jar"), *jars]


def test_the_archive_is_given_only_while_the_class_path_is_the_one_it_was_made_with(tmp_path):
    """A JVM refuses an archive whose class path's jars changed since it was made (lib/ rebuilt), with a warning
    on the terminal, and starts slower; the start script gives it only when the stamp beside it still fits, and
    otherwise says why the kernel starts without it."""
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "b.jar").write_bytes(b"b")
    (lib / "a.jar").write_bytes(b"a")
    (lib / "README.md").write_text("not a jar")
    (tmp_path / "workbook-kernel.json").write_text(json.dumps(
        {"options": ["-Xmx1g"], "kernel_options": [], "jar": "k.jar", "main": "Main", "lib": str(lib)}))
    jars = [str(tmp_path / "k.jar"), str(tmp_path / "workbook-kernel.jar"), str(lib / "a.jar"), str(lib / "b.jar")]
    for jar in jars[:2]:
        pathlib.Path(jar).write_bytes(b"k")
    java = kernelspec.shutil.which("java")
    archive = tmp_path / f"workbook-{kernelspec.start.jdk_key(java)}.jsa"
    archive.write_bytes(b"")
    archive.with_suffix(".json").write_text(json.dumps({"class_path": kernelspec.start.files(jars)}))
    err = io.StringIO()
    argv = kernelspec.start.command("c.json", {"PATH": os.path.dirname(java)}, folder=str(tmp_path), err=err)
    assert argv[argv.index("-cp") + 1] == os.pathsep.join(jars) and f"-XX:SharedArchiveFile={archive}" in argv, argv
    assert err.getvalue() == ""
    os.utime(lib / "b.jar", ns=(0, 0))  # lib/ rebuilt
    argv = kernelspec.start.command("c.json", {"PATH": os.path.dirname(java)}, folder=str(tmp_path), err=err)
    assert not [a for a in argv if "SharedArchiveFile" in a] and argv[argv.index("-cp") + 1] == os.pathsep.join(jars), argv
    assert "lib/ or the kernel changed since the kernel's class-data archive was made" in err.getvalue()


@pytest.mark.parametrize("given, initial", [("-Xmx512m", "-Xms128m"), ("-Xmx1g", "-Xms128m"), ("-Xmx96m", "-Xms96m"),
                                            ("-Xmx100M", "-Xms100M"), ("-Xms64m -Xmx48m", "-Xms48m"), ("-Xmx67108864", "-Xms67108864")])
def test_a_heap_ceiling_below_the_kernels_initial_heap_lowers_the_initial_heap_so_that_the_kernel_starts(given, initial):
    """A course server or a student may give a small -Xmx in JJAVA_JVM_OPTS; a JVM whose initial heap (the
    kernelspec's -Xms) is above its ceiling refuses to start, so the start script lowers the initial heap to it."""
    argv = kernelspec.start.command("c.json", {"PATH": os.environ["PATH"], "JJAVA_JVM_OPTS": given}, folder=str(HERE))
    heap = [a for a in argv if a.startswith(("-Xms", "-Xmx"))]
    assert [a for a in heap if a.startswith("-Xms")][-1] == initial, heap
    started = subprocess.run([argv[0], *heap, "-version"], capture_output=True, text=True)
    assert started.returncode == 0, started.stderr
    refused = subprocess.run([argv[0], "-Xms128m", "-Xmx96m", "-version"], capture_output=True, text=True)
    assert refused.returncode != 0 and "Initial heap size" in refused.stdout + refused.stderr, "without the lowering the JVM would not start"


@pytest.mark.parametrize("given, threads", [("", "-XX:CICompilerCount=1"), ("-XX:TieredStopAtLevel=4", None),
                                            ("-XX:-TieredCompilation", None), ("-XX:+TieredCompilation", None),
                                            ("-XX:TieredStopAtLevel=4 -XX:CICompilerCount=3", "-XX:CICompilerCount=3"),
                                            ("-Xmx512m", "-XX:CICompilerCount=1")])
def test_options_that_choose_the_compilers_let_the_jvm_count_their_threads_so_that_the_kernel_starts(given, threads):
    """The kernelspec runs C1 alone on one compiler thread; a student or a course server who asks for both compilers
    in JJAVA_JVM_OPTS (-XX:TieredStopAtLevel=4) would get a JVM that refuses to start ("CICompilerCount (1) must be
    at least 2"), so the start script then leaves the count to the JVM, unless the same options give one."""
    argv = kernelspec.start.command("c.json", {"PATH": os.environ["PATH"], "JJAVA_JVM_OPTS": given}, folder=str(HERE))
    counts = [a for a in argv if a.startswith("-XX:CICompilerCount=")]
    assert (counts[-1] if counts else None) == threads, argv  # the JVM takes the last
    jit = [a for a in argv if a.startswith(("-XX:TieredStopAtLevel=", "-XX:CICompilerCount=", "-XX:+TieredCompilation",
                                            "-XX:-TieredCompilation", "-XX:CompileThresholdScaling="))]
    started = subprocess.run([argv[0], *jit, "-version"], capture_output=True, text=True)
    assert started.returncode == 0, started.stderr
    if given == "-XX:TieredStopAtLevel=4":
        refused = subprocess.run([argv[0], *kernelspec.OPTIONS, *given.split(), "-version"], capture_output=True, text=True)
        assert refused.returncode != 0 and "CICompilerCount" in refused.stdout + refused.stderr, "without this the JVM would not start"


@pytest.mark.parametrize("version, allowed", [("17.0.15", False), ("21.0.2", False), ("23", True), ("25.0.1", True)])
def test_from_jdk_23_on_the_kernel_allows_classgraphs_use_of_unsafe_without_a_warning(tmp_path, version, allowed):
    """JDK 23+ warn on the terminal when classgraph (tablesaw's class-path scan) calls Unsafe::invokeCleaner;
    the option that allows it quietly is given to those JDKs only (an older JVM refuses to start with it)."""
    home = tmp_path / f"jdk-{version}"
    (home / "bin").mkdir(parents=True)
    (home / "bin" / "java").write_text("#!/bin/sh\n")
    (home / "bin" / "java").chmod(0o755)
    (home / "release").write_text(f'IMPLEMENTOR="test"\nJAVA_VERSION="{version}"\n')
    argv = kernelspec.start.command("c.json", {"PATH": str(home / "bin")}, folder=str(HERE))
    assert argv[0] == str(home / "bin" / "java")
    assert ("--sun-misc-unsafe-memory-access=allow" in argv) == allowed, argv


def run(cells: list[str], kernels: pathlib.Path | None = None) -> tuple[list, object]:
    """Each cell's result or error on one fresh kernel, started as Jupyter starts it (the kernel "java" of this
    environment, or the one in the folder `kernels`); then the process, shut down."""
    async def go():
        km = AsyncKernelManager(kernel_name="java", **({"kernel_spec_manager": KernelSpecManager(kernel_dirs=[str(kernels)])}
                                                       if kernels else {}))
        await km.start_kernel(cwd=str(nbs.NOTEBOOKS))
        kc = km.client()
        kc.start_channels()
        out = []
        try:
            await kc.wait_for_ready(timeout=nbs.STARTUP_TIMEOUT)
            for code in cells:
                msg_id = kc.execute(code)
                result = None
                while True:
                    msg = await kc.get_iopub_msg(timeout=nbs.CELL_TIMEOUT)
                    if msg["parent_header"].get("msg_id") != msg_id:
                        continue
                    if msg["msg_type"] == "execute_result":
                        result = msg["content"]["data"]["text/plain"]
                    elif msg["msg_type"] == "error":  # its first line, as the notebook shows it
                        result = ("error", nbs.ANSI.sub("", msg["content"]["traceback"][0]))
                    elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                        break
                out.append(result)
        finally:
            process = km.provisioner.process
            await km.shutdown_kernel()
            kc.stop_channels()
        return out, process
    return asyncio.run(go())


def test_a_kernel_runs_with_them_and_a_runaway_cell_fails_alone_with_out_of_memory():
    archives = sorted(HERE.glob(f"workbook-{kernelspec.start.jdk_key(kernelspec.shutil.which('java'))}.jsa"))
    if not (nbs.ROOT / "lib" / "nn-workbook.jar").is_file():
        pytest.skip("lib/ is not built")
    out, process = run([
        "String.join(\" \", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())",
        "Runtime.getRuntime().maxMemory() >> 20",
        # 16 million longs (128 MB) at a time, up to 1000 of them: far more than the ceiling
        "long[][] hog = new long[1000][];\nfor (int i = 0; i < hog.length; i++) hog[i] = new long[16_000_000];",
        "hog = null;\n1 + 1",
    ])
    options, heap, oom, after = out
    for option in kernelspec.OPTIONS + kernelspec.KERNEL_OPTIONS:
        assert option in options, f"{option} missing from the kernel's JVM options: {options}"
    assert archives and f"-XX:SharedArchiveFile={archives[0]}" in options, \
        f"the set-up made a class-data archive for this JDK and the kernel uses it: {options}"
    assert 900 <= int(heap) <= 1024, f"the heap ceiling is 1 GiB, the JVM reports {heap} MiB"
    assert oom == ("error", "java.lang.OutOfMemoryError: Java heap space"), oom
    assert after == "2", "the kernel goes on after the runaway cell"
    assert process.returncode == 0, f"the JVM ended by itself when the kernel was shut down, not killed ({process.returncode})"


def test_the_kernels_shell_loops_read_the_next_request_at_once_after_a_message():
    """WorkbookKernel wraps the body of JJava's shell and control loops (threads Shell-0, Shell-1) so
    that they sleep 1 ms instead of 50 ms for a second after a message: the wrapper is in place."""
    if not (nbs.ROOT / "lib" / "nn-workbook.jar").is_file():
        pytest.skip("lib/ is not built")
    out, _ = run(["""
String bodies() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("Shell-"))
        .map(t -> {
            try {
                var f = t.getClass().getDeclaredField("loopBody");
                f.setAccessible(true);
                return f.get(t).getClass().getName();
            } catch (ReflectiveOperationException e) {
                return e.toString();
            }
        })
        .sorted().collect(java.util.stream.Collectors.joining(", "));
}
String seen = bodies();
for (int i = 0; i < 100 && !seen.equals("WorkbookKernel$Prompt, WorkbookKernel$Prompt"); i++) {
    Thread.sleep(20);
    seen = bodies();
}
seen"""])
    assert out == ["WorkbookKernel$Prompt, WorkbookKernel$Prompt"], out


def test_with_a_class_data_archive_the_kernel_starts_without_cds_messages_on_the_terminal(tmp_path):
    """JDK 25 reports at error level that its archived module graph cannot be used with the kernel's
    --add-opens; with an archive the kernel starts with that tag set silenced (JDK 17 accepts it too). A JDK
    whose archive was made before lib/ or the kernel last changed gets none from the start script (the test
    above checks that the set-up's archive for the JDK on PATH is in use)."""
    spec = json.loads((HERE / "workbook-kernel.json").read_text())
    for java in [kernelspec.shutil.which("java"), "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"]:
        if not java or not os.path.isfile(java):
            continue
        archive = kernelspec.start.archive_path(str(HERE), java)
        if not (os.path.isfile(archive) and kernelspec.start.archive_fits(archive, kernelspec.start.class_path(spec, str(HERE)))):
            continue
        argv = kernelspec.start.command("c.json", {"PATH": os.path.dirname(java)}, folder=str(HERE))
        assert kernelspec.start.ARCHIVE_QUIET in argv, argv
        options = argv[1:argv.index("-cp")]
        done = subprocess.run([argv[0], *options, "-version"], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert "[cds]" not in done.stdout + done.stderr, done.stdout + done.stderr


def test_the_kernel_answers_before_its_start_up_and_runs_no_cell_before_it():
    """WorkbookJJava runs JJava's main with its sockets opened before the start-up (JShell's first
    compile: the notebook helpers' static imports), so the client's wait for a quiet IOPub channel
    overlaps it; a cell sent at once, before the kernel is even ready, still runs after the start-up."""
    async def go():
        km = AsyncKernelManager(kernel_name="java")
        await km.start_kernel(cwd=str(nbs.NOTEBOOKS))
        kc = km.client()
        kc.start_channels()
        try:
            # at once, before kernel_info: display is one of the helpers the start-up imports
            msg_id = kc.execute('display("shown"); String.valueOf(Thread.getAllStackTraces().entrySet().stream()'
                                '.filter(e -> e.getKey().getName().equals("main")).flatMap(e -> java.util.Arrays.stream(e.getValue()))'
                                '.anyMatch(f -> f.getClassName().equals("WorkbookJJava")))')
            reply = await kc.get_shell_msg(timeout=nbs.STARTUP_TIMEOUT)
            assert reply["parent_header"]["msg_id"] == msg_id and reply["content"]["status"] == "ok", reply["content"]
            outputs = []
            while True:
                msg = await kc.get_iopub_msg(timeout=nbs.CELL_TIMEOUT)
                if msg["parent_header"].get("msg_id") != msg_id:
                    continue
                if msg["msg_type"] in ("display_data", "execute_result"):
                    outputs.append(msg["content"]["data"]["text/plain"])
                elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                    break
            return outputs
        finally:
            await km.shutdown_kernel()
            kc.stop_channels()
    assert asyncio.run(go()) == ["shown", "true"], "the cell ran after the start-up, on the kernel started by WorkbookJJava"


def test_the_kernels_compiler_takes_the_librarys_classes_never_its_source_files(tmp_path):
    """The jar carries the source files that nn.show.Source shows, under META-INF/sources/. Beside
    their classes (nn/linear/Affine.java next to nn/linear/Affine.class), javac, and with it the
    kernel's JShell, takes the source file when it is not older than the class, and a jar's times
    have 2 s steps: after a quick build, lessons failed with "cannot find symbol: class Affine".
    Here the kernel loads a copy of the jar whose source files are newer than its classes."""
    jar = nbs.ROOT / "lib" / "nn-workbook.jar"
    if not jar.is_file():
        pytest.skip("lib/ is not built")
    newer = tmp_path / "nn-workbook.jar"
    with zipfile.ZipFile(jar) as z, zipfile.ZipFile(newer, "w", zipfile.ZIP_DEFLATED) as out:
        names = z.namelist()
        for info in z.infolist():
            info.date_time = (2026, 1, 1, 0, 0, 2 if info.filename.endswith(".java") else 0)
            info.extra = b""  # no extended time stamps: the times above are the entries' only ones
            out.writestr(info, z.read(info.filename))
    assert [n for n in names if n.endswith(".java") and not n.startswith("META-INF/sources/")] == [], \
        "the jar has source files among its classes"
    assert "META-INF/sources/nn/linear/Affine.java" in names and "nn/linear/Affine.class" in names
    out, _ = run(["nn.linear.Affine.class.getProtectionDomain().getCodeSource().getLocation().getPath()",
                  "nn.linear.Affine.class.getName()",
                  "nn.activations.Activations.SIGMOID.name()",
                  'nn.show.Source.of(nn.linear.Affine.class).method("apply").file()'], kernel_with_lib(tmp_path, newer))
    assert out == [str(tmp_path / "kernel-lib" / newer.name), "nn.linear.Affine", "sigmoid", "nn/linear/Affine.java"], out


def kernel_with_lib(tmp_path: pathlib.Path, *jars: pathlib.Path) -> pathlib.Path:
    """A folder of kernels holding a copy of this environment's kernel "java" (without its class-data archives)
    whose JVM has these jars on its class path in place of lib/'s (as lessons meet the library on this kernel)."""
    lib = tmp_path / "kernel-lib"
    lib.mkdir()
    for jar in jars:
        shutil.copy(jar, lib / jar.name)
    copy = tmp_path / "kernels" / "java"
    shutil.copytree(HERE, copy, ignore=shutil.ignore_patterns("workbook-*.jsa", "workbook-*.log"))
    spec = json.loads((copy / "workbook-kernel.json").read_text())
    (copy / "workbook-kernel.json").write_text(json.dumps({**spec, "lib": str(lib)}))
    return copy.parent


def test_classpath_adds_only_what_the_kernel_has_not_got(tmp_path):
    """The kernel's JVM has lib/'s jars on its class path, so that its class-data archive holds the library; a
    lesson's `%classpath ../lib/*` then adds nothing (JShell would set its compiler up again), nor lib/'s
    README, and the library's classes are the JVM's own. A jar the kernel has not got is added as JJava adds
    it, its classes compile and run, and adding it again adds nothing."""
    if not (nbs.ROOT / "lib" / "nn-workbook.jar").is_file():
        pytest.skip("lib/ is not built")
    src = tmp_path / "src"
    src.mkdir()
    (src / "Hello.java").write_text('package hello; public class Hello { public static String hi() { return "hi"; } }')
    subprocess.run(["javac", "-d", str(src), str(src / "Hello.java")], check=True)
    extra = tmp_path / "extra"
    extra.mkdir()
    with zipfile.ZipFile(extra / "hello.jar", "w") as z:
        z.write(src / "hello" / "Hello.class", "hello/Hello.class")
    (extra / "NOTES.txt").write_text("not a jar")
    path = 'System.getProperty("java.class.path")'
    out, _ = run([path, "%classpath ../lib/*", path, "nn.Workbook.class.getClassLoader() == ClassLoader.getSystemClassLoader()",
                  f"%classpath {extra}/*", path, "hello.Hello.hi()", f"%classpath {extra}/hello.jar", path])
    before, _, after_lib, own, _, after_extra, hi, _, again = out
    assert all(f"{nbs.ROOT / 'lib' / jar}" in before for jar in ("nn-workbook.jar", "tablesaw-core-0.44.4.jar")), before
    assert after_lib == before, "nothing added: lib/'s jars are on the JVM's class path, and its README is no jar"
    assert own == "true", "the library's classes come from the JVM's class path (and so from the class-data archive)"
    assert after_extra == before + os.pathsep + str(extra / "hello.jar"), after_extra
    assert hi == "hi" and again == after_extra, (hi, again)


def test_a_lesson_that_fails_says_what_the_compiler_said_under_the_cell(tmp_path):
    """For a cell the compiler refuses, the kernel's execute reply (nbclient's message) holds only the
    kernel's Java stack; the failure also gives what the notebook shows under the cell."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1"), nbformat.v4.new_code_cell("nn.linear.Nope.class")])
    nb.metadata["kernelspec"] = {"name": "java", "display_name": "Java", "language": "java"}
    path = tmp_path / "refused.ipynb"
    nbformat.write(nb, path)
    with pytest.raises(nbs.NotebookFailure) as failure:
        nbs.execute(path)
    said = str(failure.value)
    assert "refused.ipynb: a cell raised an error" in said and "nn.linear.Nope.class" in said, said
    assert said.endswith("--- under the cell: CompilationException: [snippet: [nn.linear.Nope.class], status: REJECTED]\n"
                         "|   nn.linear.Nope.class\ncannot find symbol\n  symbol:   class Nope"), said
