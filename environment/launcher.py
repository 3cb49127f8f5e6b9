"""The workbook's set-up and commands, the same on Linux, macOS and Windows.

The README's commands only find a Python 3 and run this file with a command name:

    environment/lab.sh      environment\\lab.cmd       -> launcher.py lab [--edition zh] [JupyterLab options]
    environment/test.sh     environment\\test.cmd      -> launcher.py test [pytest options]
    environment/execute.sh  environment\\execute.cmd   -> launcher.py execute [notebooks]
    environment/course.sh   environment\\course.cmd    -> launcher.py course COURSE ...
    environment/translate.sh environment\\translate.cmd -> launcher.py translate COMMAND [LESSON...]
    environment/book.sh     environment\\book.cmd      -> launcher.py book [OUTPUT]
    environment/lock.sh                                -> launcher.py lock

Each command first sets up what is missing, step by step, and a second run is immediate:

  1. check   a supported Python (SUPPORTED_PYTHONS) and a JDK 17 or newer are found: one sentence
             says what was found and what is needed, before anything is installed;
  2. venv    .venv/ holds environment/requirements.txt, JupyterLab and the JJava kernel included.
             Its stamp (.venv/workbook-setup.json) is written last: a .venv without it, or made by
             another Python or for other requirements, is removed and built again;
  3. lib     lib/, the library jar and its runtime jars, built with the Maven wrapper when a
             source is newer than the jar;
  4. kernel  the Java kernel "java" inside .venv, its JVM options and class-data archive written
             by environment/kernelspec.py (the one place that adjusts it);
  5. browser (test only) Chromium, a Chinese font and playwright-core for the browser test.

Standard library only. The file can be read by any Python 3.6 or newer, so that an older one
still gets the sentence saying which Python is needed.
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENVIRONMENT = os.path.join(ROOT, "environment")
REQUIREMENTS = os.path.join(ENVIRONMENT, "requirements.txt")
VENV = os.environ.get("WORKBOOK_VENV") or os.path.join(ROOT, ".venv")
STAMP = "workbook-setup.json"
SUPPORTED_PYTHONS = ((3, 11), (3, 12), (3, 13))  # each one tried by environment/tests/test_setup.py
JAVA_MIN = 17
PIP = "pip==25.3"
UV = "uv==0.13.8"  # only for `lock`: resolves requirements.in for every supported Python at once
WINDOWS = os.name == "nt"


class SetupError(Exception):
    """One sentence for the user: what was found, what is needed."""


def say(message):
    print("[workbook] " + message, file=sys.stderr, flush=True)


def versions_text(versions):
    names = ["%d.%d" % v for v in versions]
    return ", ".join(names[:-1]) + " or " + names[-1]


# ---------------------------------------------------------------------------------------------
# Platform: where a virtual environment keeps its programs, how the Maven wrapper is called.

def venv_program(venv, name):
    """A program inside a virtual environment: .venv/bin/NAME, or .venv\\Scripts\\NAME.exe."""
    if WINDOWS:
        return os.path.join(venv, "Scripts", name + ".exe")
    return os.path.join(venv, "bin", name)


def maven_wrapper():
    return [os.path.join(ROOT, "mvnw.cmd")] if WINDOWS else [os.path.join(ROOT, "mvnw")]


def run_quietly(argv, env=None, cwd=None):
    """Runs a program; returns (exit code, its output), or (None, why) if it cannot start."""
    try:
        done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=cwd,
                              universal_newlines=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, str(e)
    return done.returncode, done.stdout


def replace_process(argv, env, cwd):
    """Runs argv in place of this process (on Windows: waits for it and exits with its code)."""
    os.chdir(cwd)
    if WINDOWS:
        sys.exit(subprocess.call(argv, env=env))
    os.execve(argv[0], argv, env)


# ---------------------------------------------------------------------------------------------
# Step 1: the Python and the JDK.

PROBE = ("import os, sys\n"
         "try:\n import venv, ensurepip\n ok = 1\nexcept ImportError:\n ok = 0\n"
         "print('%d.%d.%d %d %s' % (sys.version_info[:3] + (ok, os.path.realpath(sys.executable))))")


class Python:
    def __init__(self, command, version, has_venv, executable):
        self.command, self.version, self.has_venv, self.executable = command, version, has_venv, executable

    @property
    def supported(self):
        return self.version[:2] in SUPPORTED_PYTHONS

    @property
    def name(self):
        return "Python %d.%d.%d (%s)" % (self.version + (self.executable,))


def probe_python(command):
    """What a Python command is: its version, whether it has venv and pip, its real executable."""
    code, out = run_quietly(command + ["-c", PROBE])
    if code != 0:
        return None
    match = re.search(r"^(\d+)\.(\d+)\.(\d+) ([01]) (.+)$", out.strip().splitlines()[-1] if out.strip() else "")
    if not match:
        return None
    version = tuple(int(g) for g in match.group(1, 2, 3))
    return Python(command, version, match.group(4) == "1", match.group(5))


def python_candidates():
    """Commands that may be a Python, in order of preference: WORKBOOK_PYTHON alone if it is set,
    else the Python running this file, then the supported versions by name, newest first."""
    chosen = os.environ.get("WORKBOOK_PYTHON")
    if chosen:
        return [[chosen]]
    found = [[sys.executable]]
    for major, minor in reversed(SUPPORTED_PYTHONS):
        if WINDOWS:
            if shutil.which("py"):
                found.append(["py", "-%d.%d" % (major, minor)])
        elif shutil.which("python%d.%d" % (major, minor)):
            found.append([shutil.which("python%d.%d" % (major, minor))])
    for name in ("python3", "python"):
        if shutil.which(name):
            found.append([shutil.which(name)])
    return found


def find_python():
    """The Python that makes .venv, or a SetupError saying what was found and what is needed."""
    seen, tried = set(), []
    for command in python_candidates():
        python = probe_python(command)
        if python is None or python.executable in seen:
            continue
        seen.add(python.executable)
        if python.supported and python.has_venv:
            return python
        tried.append(python)
    needed = "the workbook needs Python %s with the venv module" % versions_text(SUPPORTED_PYTHONS)
    where = "WORKBOOK_PYTHON=%s" % os.environ["WORKBOOK_PYTHON"] if os.environ.get("WORKBOOK_PYTHON") else "PATH"
    if not tried:
        raise SetupError("no Python was found at %s; %s (https://www.python.org/downloads/)" % (where, needed))
    no_venv = [p for p in tried if p.supported]
    if no_venv:
        p = no_venv[0]
        raise SetupError("%s has no venv module with pip (ensurepip); %s: on Debian or Ubuntu install it with "
                         "'sudo apt install python%d.%d-venv'" % ((p.name, needed) + p.version[:2]))
    hint = "point WORKBOOK_PYTHON at one" if os.environ.get("WORKBOOK_PYTHON") else "set WORKBOOK_PYTHON to one"
    raise SetupError("found %s; %s: install one (https://www.python.org/downloads/) or %s"
                     % (" and ".join(p.name for p in tried), needed, hint))


class Jdk:
    def __init__(self, home, version, java):
        self.home, self.version, self.java = home, version, java

    @property
    def name(self):
        return "JDK %s (%s)" % (self.version, self.home)


def find_jdk():
    """The JDK the kernel and Maven use: JAVA_HOME's if it is set, else the java on PATH."""
    exe = ".exe" if WINDOWS else ""
    needed = "the workbook needs a JDK %d or newer (for example Temurin or OpenJDK %d)" % (JAVA_MIN, JAVA_MIN)
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        java = os.path.join(java_home, "bin", "java" + exe)
        if not os.path.isfile(java):
            raise SetupError("JAVA_HOME is %s but it has no bin%sjava%s; %s: point JAVA_HOME at one, or unset it "
                             "to use the java on PATH" % (java_home, os.sep, exe, needed))
    else:
        java = shutil.which("java")
        if java is None:
            raise SetupError("no java on PATH and no JAVA_HOME; %s" % needed)
    code, out = run_quietly([java, "-XshowSettings:properties", "-version"])
    props = dict(re.findall(r"^\s*(java\.(?:specification\.version|version|home)) = (.*)$", out or "", re.M))
    spec = props.get("java.specification.version", "")
    if code != 0 or not spec:
        last = (out or "").strip().splitlines()[-1:] or ["no output"]
        raise SetupError("%s does not run (%s); %s" % (java, last[0], needed))
    home = props.get("java.home", os.path.dirname(os.path.dirname(os.path.realpath(java))))
    found = "Java %s at %s" % (props.get("java.version", spec), home)
    if int(spec.split(".")[0] if not spec.startswith("1.") else spec.split(".")[1]) < JAVA_MIN:
        raise SetupError("found %s; %s: install one, then put it first on PATH or set JAVA_HOME to it" % (found, needed))
    if not os.path.isfile(os.path.join(home, "bin", "javac" + exe)):
        raise SetupError("found %s, a Java runtime without javac; the kernel compiles every cell, so the "
                         "workbook needs a full JDK %d or newer (for example Temurin or OpenJDK %d)"
                         % (found, JAVA_MIN, JAVA_MIN))
    return Jdk(home, props.get("java.version", spec), java)


def tool_environment(jdk):
    """The environment every program of the workbook runs in."""
    env = dict(os.environ)
    # the kernels installed in .venv come before any user-wide kernel of the same name
    env["JUPYTER_PREFER_ENV_PATH"] = "1"
    if jdk is not None:
        # the kernel runs "java" from PATH and Maven uses JAVA_HOME: both get the JDK found here
        env["JAVA_HOME"] = jdk.home
        env["PATH"] = os.path.join(jdk.home, "bin") + os.pathsep + env.get("PATH", "")
    return env


# ---------------------------------------------------------------------------------------------
# Step 2: .venv

def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def wanted_stamp(python):
    return {"requirements": sha256(REQUIREMENTS), "pip": PIP, "python": python.executable,
            "python_version": "%d.%d.%d" % python.version}


def read_stamp():
    try:
        with open(os.path.join(VENV, STAMP)) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def venv_is_ready(python):
    return os.path.isfile(venv_program(VENV, "python")) and read_stamp() == wanted_stamp(python)


def why_rebuild(python):
    stamp = read_stamp()
    if stamp is None and os.path.isfile(os.path.join(VENV, ".requirements.sha256")):
        return "it was made by an earlier version of the workbook's set-up"
    if stamp is None or not os.path.isfile(venv_program(VENV, "python")):
        return "it is unfinished (an earlier set-up stopped before the end)"
    if stamp.get("python") != python.executable or stamp.get("python_version") != "%d.%d.%d" % python.version:
        return "it was made by Python %s (%s), not by the %s chosen now" % (
            stamp.get("python_version"), stamp.get("python"), python.name)
    return "environment/requirements.txt changed since it was made"


def remove_tree(path):
    def retry_writable(function, failed, _):
        os.chmod(failed, 0o700)
        function(failed)
    shutil.rmtree(path, onerror=retry_writable)


def make_venv(python, env):
    if os.path.lexists(VENV):
        say("removing %s and building it again: %s" % (VENV, why_rebuild(python)))
        remove_tree(VENV)
    say("setting up the Python environment %s (JupyterLab, the JJava kernel, nbclient, nbgrader; pinned)" % VENV)
    venv_python = venv_program(VENV, "python")
    pip = [venv_python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    for argv in ([python.executable, "-m", "venv", VENV], pip + ["--upgrade", PIP], pip + ["-r", REQUIREMENTS]):
        if subprocess.call(argv, env=env) != 0:
            raise SetupError("'%s' failed (see above); the next run starts %s again from the beginning"
                             % (" ".join(argv[:4]), VENV))
    register_kernel(env, archive=False)  # the archive waits for lib/ (step 3)
    # written last: only a complete environment has it
    with open(os.path.join(VENV, STAMP), "w") as f:
        json.dump(wanted_stamp(python), f, indent=1)


# ---------------------------------------------------------------------------------------------
# Step 4: the Java kernel

KERNEL_CHECK = r"""
import os, sys
from jupyter_client.kernelspec import KernelSpecManager
venv = os.path.realpath(sys.prefix)
where = KernelSpecManager().find_kernel_specs().get("java")
if where is None:
    sys.exit("[workbook] error: no Jupyter kernel named 'java' is installed in " + venv)
if not os.path.realpath(where).startswith(venv + os.sep):
    print("[workbook] note: the 'java' kernel in use is " + where + " (not the one in .venv)", file=sys.stderr)
"""


def register_kernel(env, archive=True):
    """The one place where the set-up registers or adjusts the Java kernel "java".

    Installing the jjava package (environment/requirements.txt) writes the kernel into
    .venv/share/jupyter/kernels/java; this checks that Jupyter finds it there first, then
    environment/kernelspec.py writes the kernel's JVM options into its kernelspec and makes its
    class-data archive once lib/ is built (again when lib/ or the JDK changes)."""
    if subprocess.call([venv_program(VENV, "python"), "-c", KERNEL_CHECK], env=env) != 0:
        raise SetupError("the Java kernel is missing from %s: delete that folder and run the command again" % VENV)
    write = [venv_program(VENV, "python"), os.path.join(ENVIRONMENT, "kernelspec.py")] + ([] if archive else ["--no-archive"])
    if subprocess.call(write, env=env) != 0:
        raise SetupError("writing the Java kernel's kernelspec into %s failed (see above)" % VENV)


# ---------------------------------------------------------------------------------------------
# Step 3: lib/

def lib_is_current():
    jar = os.path.join(ROOT, "lib", "nn-workbook.jar")
    if not os.path.isfile(jar):
        return False
    built = os.path.getmtime(jar)
    sources = [os.path.join(ROOT, "pom.xml")]
    for folder, _, files in os.walk(os.path.join(ROOT, "src", "main")):
        sources.extend(os.path.join(folder, f) for f in files)
    return all(os.path.getmtime(s) <= built for s in sources)


def build_lib(env):
    say("building lib/ (the library jar and its runtime jars) with the Maven wrapper")
    if subprocess.call(maven_wrapper() + ["-B", "-q", "-ntp", "package", "-DskipTests"], env=env, cwd=ROOT) != 0:
        raise SetupError("building lib/ with the Maven wrapper failed (see above)")


# ---------------------------------------------------------------------------------------------
# Step 5: the browser test's tools

def is_root():
    return hasattr(os, "geteuid") and os.geteuid() == 0


def browser(env):
    """Debian's chromium, a font with Chinese glyphs and playwright-core (environment/browser).
    Installs what is missing where it can (apt-get as root, as CI runs; npm ci); otherwise says
    why the browser test will be skipped."""
    chromium = os.environ.get("WORKBOOK_CHROMIUM", "/usr/bin/chromium")
    want_apt = []
    if not os.access(chromium, os.X_OK):
        want_apt.append("chromium")
    _, fonts = run_quietly(["fc-list", ":lang=zh"])
    if not (fonts or "").strip() or "No such file" in (fonts or ""):
        want_apt.append("fonts-wqy-zenhei")
    if want_apt and is_root() and shutil.which("apt-get"):
        say("installing %s for the browser test (apt-get)" % " ".join(want_apt))
        apt = dict(env, DEBIAN_FRONTEND="noninteractive")
        install = ["apt-get", "install", "-y", "-q", "--no-install-recommends"] + want_apt
        if run_quietly(install, env=apt)[0] != 0:
            if run_quietly(["apt-get", "update", "-q"], env=apt)[0] != 0 or run_quietly(install, env=apt)[0] != 0:
                say("apt-get could not install %s: without chromium the browser test will be skipped" % " ".join(want_apt))
    elif not os.access(chromium, os.X_OK):
        say("no %s (install Debian's chromium, e.g. sudo apt-get install chromium): the browser test will be skipped"
            % chromium)
    code, node = run_quietly(["node", "-p", "process.versions.node.split('.')[0]"])
    npm = shutil.which("npm")
    if code != 0 or int(node.strip() or 0) < 20 or npm is None:
        say("the browser test needs Node.js 20 or newer with npm (found: %s): it will be skipped"
            % (run_quietly(["node", "--version"])[1].strip() if code == 0 else "none"))
        return
    folder = os.path.join(ENVIRONMENT, "browser")
    stamp = os.path.join(folder, "node_modules", ".package-lock.sha256")
    want = sha256(os.path.join(folder, "package-lock.json"))
    try:
        with open(stamp) as f:
            if f.read().strip() == want:
                return
    except OSError:
        pass
    say("installing playwright-core for the browser test (npm ci)")
    if run_quietly([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], env=env, cwd=folder)[0] == 0:
        with open(stamp, "w") as f:
            f.write(want + "\n")
    else:
        say("npm ci failed in environment/browser: the browser test will be skipped")


# ---------------------------------------------------------------------------------------------
# The commands

def setup(steps):
    """Does the steps that are missing; returns the environment for the workbook's programs."""
    python = find_python()
    jdk = find_jdk() if "jdk" in steps else None
    env = tool_environment(jdk)
    todo = [s for s, ready in (("venv", lambda: venv_is_ready(python)), ("lib", lib_is_current))
            if s in steps and not ready()]
    what = {"venv": os.path.basename(VENV) + "/", "lib": "lib/"}
    if todo:
        say("found %s%s; the workbook needs Python %s%s: setting up %s"
            % (python.name, " and " + jdk.name if jdk else "", versions_text(SUPPORTED_PYTHONS),
               " and a JDK %d or newer" % JAVA_MIN if jdk else "", " and ".join(what[s] for s in todo)))
    if "venv" in todo:
        make_venv(python, env)
    if "lib" in todo:
        build_lib(env)
    if "kernel" in steps:  # after lib/: the kernel's class-data archive holds the library's classes
        register_kernel(env)
    if "browser" in steps:
        browser(env)
    return env


EDITIONS = {"en": "notebooks", "zh": "notebooks-zh"}  # the lessons in English and in Chinese (简体中文)


def edition(args):
    """The edition chosen by --edition LANG (or WORKBOOK_EDITION), and the other arguments."""
    chosen, rest, k = os.environ.get("WORKBOOK_EDITION") or "en", [], 0
    while k < len(args):
        if args[k] == "--edition" and k + 1 < len(args):
            chosen, k = args[k + 1], k + 2
            continue
        if args[k].startswith("--edition="):
            chosen = args[k].split("=", 1)[1]
        else:
            rest.append(args[k])
        k += 1
    if chosen not in EDITIONS:
        raise SetupError("there is no edition '%s': choose --edition en (English) or --edition zh (简体中文)" % chosen)
    return chosen, rest


def lab(args):
    """Starts JupyterLab on notebooks/ (or, with --edition zh, on the Chinese notebooks-zh/) with the Java kernel."""
    chosen, args = edition(args)
    env = setup(("jdk", "venv", "kernel", "lib"))
    notebooks = os.path.join(ROOT, EDITIONS[chosen])
    # containers and CI machines often run as root, which Jupyter refuses without this flag
    extra = ["--allow-root"] if is_root() else []
    replace_process([venv_program(VENV, "jupyter"), "lab", "--ServerApp.root_dir=" + notebooks] + extra + args,
                    env, notebooks)


def test(args):
    """The library's JUnit 5 tests (./mvnw verify, which also rebuilds lib/), then pytest."""
    env = setup(("jdk", "venv", "kernel", "browser"))
    say("library tests (JUnit 5) and lib/")
    if subprocess.call(maven_wrapper() + ["-B", "-ntp", "verify"], env=env, cwd=ROOT) != 0:
        sys.exit(1)
    register_kernel(env)  # the class-data archive for the lib/ just built
    say("notebooks, executed in the Java kernel")
    replace_process([venv_program(VENV, "python"), "-m", "pytest", "-p", "no:cacheprovider",
                     os.path.join("environment", "tests")] + args, env, ROOT)


def execute(args):
    """Makes the student editions from source/ and executes them in place (environment/notebooks.py
    --write; paths relative to the workbook's folder)."""
    env = setup(("jdk", "venv", "kernel", "lib"))
    replace_process([venv_program(VENV, "python"), os.path.join(ENVIRONMENT, "notebooks.py"), "--write"] + args,
                    env, ROOT)


def course(args):
    """An nbgrader course folder from the graded lessons, or an nbgrader command run in one."""
    if len(args) < 2:
        raise SetupError("usage: environment/course.sh COURSE_DIR ASSIGNMENT [NOTEBOOK...] | COURSE_DIR nbgrader ARGS...")
    env = setup(("jdk", "venv", "kernel", "lib"))
    folder = os.path.abspath(args[0])
    if args[1] == "nbgrader":
        # nbgrader runs the tools of its environment (alembic) by name
        env["PATH"] = os.path.dirname(venv_program(VENV, "nbgrader")) + os.pathsep + env["PATH"]
        replace_process([venv_program(VENV, "nbgrader")] + args[2:], env, folder)
    replace_process([venv_program(VENV, "python"), os.path.join(ENVIRONMENT, "workbook_nbgrader.py"), folder]
                    + args[1:], env, os.getcwd())


def translate(args):
    """The Chinese edition's translations: check, stale, accept, pending, build (environment/translations.py)."""
    env = setup(("venv",))
    replace_process([venv_program(VENV, "python"), os.path.join(ENVIRONMENT, "translations.py")] + args, env, ROOT)


def book(args):
    """The static book of both editions (environment/book/build.py), in its own environment .venv-book/."""
    python = find_python()
    env = tool_environment(None)
    folder = os.path.join(ENVIRONMENT, "book")
    venv = os.path.join(ROOT, ".venv-book")
    requirements = os.path.join(folder, "requirements.txt")
    stamp = os.path.join(venv, STAMP)
    want = {"requirements": sha256(requirements), "python": python.executable}
    try:
        with open(stamp) as f:
            ready = json.load(f) == want
    except (OSError, ValueError):
        ready = False
    if not ready:
        if os.path.lexists(venv):
            remove_tree(venv)
        say("setting up the book's Python environment %s (Sphinx, MyST-NB, the book theme, MathJax; pinned)" % venv)
        pip = [venv_program(venv, "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        for argv in ([python.executable, "-m", "venv", venv], pip + ["--upgrade", PIP], pip + ["-r", requirements]):
            if subprocess.call(argv, env=env) != 0:
                raise SetupError("'%s' failed (see above); the next run starts %s again" % (" ".join(argv[:4]), venv))
        with open(stamp, "w") as f:
            json.dump(want, f, indent=1)
    replace_process([venv_program(venv, "python"), os.path.join(folder, "build.py")] + args, env, ROOT)


def lock(args):
    """Regenerates environment/requirements.txt from requirements.in, for every supported Python
    and platform at once (uv's universal resolution, from PyPI), in a throw-away environment; then
    .venv from it and the Python packages' notice, environment/THIRD-PARTY.txt.
    With --book, the static book's environment/book/requirements.txt instead."""
    import tempfile

    book = "--book" in args
    args = [a for a in args if a != "--book"]
    folder = os.path.join(ENVIRONMENT, "book") if book else ENVIRONMENT
    requirements = os.path.join(folder, "requirements.txt")
    python = find_python()
    with tempfile.TemporaryDirectory() as tmp:
        venv = os.path.join(tmp, "venv")
        subprocess.check_call([python.executable, "-m", "venv", venv])
        subprocess.check_call([venv_program(venv, "python"), "-m", "pip", "install", "--quiet",
                               "--disable-pip-version-check", UV])
        # the current pins are kept wherever they still fit (uv reads its output file as preferences)
        out = os.path.join(tmp, "requirements.txt")
        shutil.copy(requirements, out)
        lowest = "%d.%d" % SUPPORTED_PYTHONS[0]
        subprocess.check_call([venv_program(venv, "uv"), "pip", "compile", "--quiet", "--universal",
                               "--python-version", lowest, "--no-header", "--no-annotate", "-o", out,
                               os.path.join(folder, "requirements.in")] + args)
        with open(out) as f:
            pins = f.read()
    with open(requirements, "w", newline="\n") as f:
        if book:
            f.write("# Generated by environment/lock.sh --book from environment/book/requirements.in (%s pip compile\n"
                    "# --universal): the static book's Python packages, pinned, for Python %s on Linux,\n"
                    "# macOS and Windows. Do not edit by hand.\n" % (UV, versions_text(SUPPORTED_PYTHONS)))
        else:
            f.write("# Generated by environment/lock.sh from requirements.in (%s pip compile --universal): every\n"
                    "# Python package the workbook uses, pinned, for Python %s on Linux, macOS and Windows;\n"
                    "# a marker after ';' limits a pin to where it applies. Do not edit by hand.\n"
                    % (UV, versions_text(SUPPORTED_PYTHONS)))
        f.write(pins)
    count = sum(1 for line in pins.splitlines() if line and not line.startswith("#"))
    say("wrote %s (%d pins)" % (requirements, count))
    if book:
        return
    # the Python packages' notice follows the new pins: .venv is remade from them (the stamp no longer
    # matches), then notices.py reads their licences from it and rewrites environment/THIRD-PARTY.txt
    env = setup(("venv",))
    subprocess.check_call([venv_program(VENV, "python"), os.path.join(ENVIRONMENT, "notices.py")], env=env)


def python_command(args):
    """Prints the Python that makes .venv (for scripts that make an environment of their own)."""
    print(find_python().executable)


def setup_command(args):
    """Only the set-up steps named (jdk venv kernel lib browser): what environment/setup.sh's functions call."""
    unknown = [a for a in args if a not in ("jdk", "venv", "kernel", "lib", "browser")]
    if unknown or not args:
        raise SetupError("usage: launcher.py setup STEP... with steps jdk, venv, kernel, lib, browser")
    setup(tuple(args))


def env_command(args):
    """Prints the variables the workbook sets for its tools, as shell assignments (for setup.sh)."""
    print("export JUPYTER_PREFER_ENV_PATH=1")


COMMANDS = {"lab": lab, "test": test, "execute": execute, "course": course, "translate": translate, "book": book, "lock": lock,
            "python": python_command, "setup": setup_command, "env": env_command}


def main(argv):
    if not argv or argv[0] not in COMMANDS:
        say("usage: launcher.py %s [ARGUMENTS...]" % "|".join(COMMANDS))
        return 2
    try:
        COMMANDS[argv[0]](argv[1:])
    except SetupError as e:
        say("error: %s" % e)
        return 1
    except KeyboardInterrupt:
        say("interrupted: what was left unfinished is set up again from the beginning by the next run")
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
