"""The README's commands on every Python and JDK this machine has, as a student runs them.

A student's account is an ordinary one: when the tests run as root (as CI does), a user is made
for this module and removed at its end; otherwise they run as the current user. The user gets a
fresh copy of the workbook and a plain PATH (no pyenv shims), so `python3` is the system's own
(Debian 12: Python 3.11.2). Then, one after the other on that copy:

  * the system's python3, JDK 17 from PATH: lab.sh sets up from nothing, says in one sentence what
    it found; a second run sets up nothing; lesson 01 runs with its committed outputs (execute.sh);
    nbgrader generates the assignment and autogrades the instructor's version to full marks
    (course.sh), the path that broke on Python 3.12;
  * a set-up killed half way, then Python 3.13 on JDK 25 (JAVA_HOME): the half-made .venv is
    removed and made again; lesson and assignment as above;
  * Python 3.12 on JDK 17: the .venv made by 3.13 is replaced; lesson and assignment as above;
  * Python 3.10, a JAVA_HOME without java, a Java runtime without javac: one sentence each,
    nothing changed.

Pythons under /root/.pyenv (not readable by other accounts) are lent to the user as hard-linked
copies whose interpreter finds its libpython relative to itself (patchelf; installed with apt-get
as root when missing). The user's pip cache is shared by the runs, and the user's Maven repository
starts as a copy of the current user's, so each download happens once.
"""
import glob
import json
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid

import pytest

from test_binder import copy_of_the_workbook

pwd = pytest.importorskip("pwd", reason="the set-up matrix makes POSIX accounts (Linux, macOS)")

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "environment"))
import launcher  # noqa: E402

LESSON = "source/01-mcp-neuron.ipynb"  # the instructor's source; execute.sh runs its student edition
JDK_25 = pathlib.Path("/usr/lib/jvm/temurin-25-jdk-amd64")
PLAIN_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
AS_ROOT = os.geteuid() == 0
PASSED_ON = ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_TRUSTED_HOST", "http_proxy", "https_proxy",
             "HTTP_PROXY", "HTTPS_PROXY", "no_proxy", "NO_PROXY")


def find_python(minor: str) -> str | None:
    """A Python 3.minor on this machine (in /usr/bin, installed by pyenv for root, or on PATH),
    as the path of the interpreter itself (not of a pyenv shim)."""
    names = [f"/usr/bin/python{minor}", f"/usr/local/bin/python{minor}"]
    names += sorted(glob.glob(f"/root/.pyenv/versions/{minor}.*/bin/python{minor}"), reverse=True)
    names.append(shutil.which(f"python{minor}"))
    for name in names:
        if not name or not os.access(name, os.X_OK):
            continue
        probe = subprocess.run([name, "-c", "import os, sys; print(os.path.realpath(sys.executable))"],
                               capture_output=True, text=True)
        if probe.returncode == 0:
            return probe.stdout.strip()
    return None


class Student:
    """The ordinary user the commands run as, with a home, caches and a copy of the workbook."""

    def __init__(self, base: pathlib.Path):
        self.base = base
        if AS_ROOT:
            self.name = "wb" + uuid.uuid4().hex[:10]
            self.home = base / "home"
            subprocess.run(["useradd", "--create-home", "--home-dir", str(self.home), "--shell", "/bin/bash",
                            "--user-group", self.name], check=True)
        else:
            self.name = pwd.getpwuid(os.getuid()).pw_name
            self.home = pathlib.Path.home()
        record = pwd.getpwnam(self.name)
        self.uid, self.gid = record.pw_uid, record.pw_gid
        self.workbook = copy_of_the_workbook(base / "workbook")
        self.pythons = base / "pythons"
        self.pythons.mkdir()
        if AS_ROOT:
            seed = pathlib.Path.home() / ".m2"
            if seed.is_dir():
                shutil.copytree(seed, self.home / ".m2", symlinks=True)
            for path in (base, self.home, self.workbook):
                subprocess.run(["chown", "-R", f"{self.uid}:{self.gid}", str(path)], check=True)
            os.chmod(base, 0o755)

    def remove(self):
        if AS_ROOT:
            subprocess.run(["userdel", "--remove", self.name], capture_output=True)
        shutil.rmtree(self.base, ignore_errors=True)

    def python(self, minor: str) -> str | None:
        """A Python 3.minor this user can run (a lent copy of one under /root), or None."""
        found = find_python(minor)
        if found is None or not found.startswith("/root/") or not AS_ROOT:
            return found
        prefix = pathlib.Path(found).parents[1]
        copy = self.pythons / prefix.name
        if not copy.exists():
            shutil.copytree(prefix, copy, symlinks=True, copy_function=os.link)
            binary = copy / "bin" / pathlib.Path(found).name
            real = binary.resolve()
            real.unlink()
            shutil.copy2(prefix / "bin" / real.name, real)
            subprocess.run([patchelf(), "--set-rpath", "$ORIGIN/../lib", str(real)], check=True)
        return str(copy / "bin" / pathlib.Path(found).name)

    def env(self, **extra: str) -> dict:
        env = {"PATH": PLAIN_PATH, "HOME": str(self.home), "USER": self.name, "LOGNAME": self.name,
               "LANG": "C.UTF-8", "PIP_CACHE_DIR": str(self.base / "pip-cache")}
        if not AS_ROOT:
            env["PATH"] = os.environ["PATH"]
        env.update({k: os.environ[k] for k in PASSED_ON if k in os.environ})
        env.update(extra)
        return env

    def run(self, *argv: str, env: dict, cwd: pathlib.Path | None = None, timeout: int = 1200):
        as_user = dict(user=self.uid, group=self.gid, extra_groups=[]) if AS_ROOT else {}
        return subprocess.run(list(argv), cwd=cwd or self.workbook, env=env, capture_output=True, text=True,
                              timeout=timeout, **as_user)

    def start(self, *argv: str, env: dict):
        as_user = dict(user=self.uid, group=self.gid, extra_groups=[]) if AS_ROOT else {}
        return subprocess.Popen(list(argv), cwd=self.workbook, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, start_new_session=True, **as_user)


def patchelf() -> str:
    found = shutil.which("patchelf")
    if found is None:
        subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", "patchelf"],
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"), capture_output=True)
        found = shutil.which("patchelf")
    assert found, "patchelf is needed to lend root's pyenv Pythons to the test user (apt-get install patchelf)"
    return found


@pytest.fixture(scope="module")
def student():
    base = pathlib.Path(tempfile.mkdtemp(prefix="workbook-setup-"))
    user = Student(base)
    try:
        yield user
    finally:
        user.remove()


def workbook_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("[workbook]")]


def stamp(student) -> dict:
    return json.loads((student.workbook / ".venv" / launcher.STAMP).read_text())


def lab_version(student, env) -> subprocess.CompletedProcess:
    run = student.run("environment/lab.sh", "--version", env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip().splitlines()[-1].startswith("4."), run.stdout
    return run


def assert_lesson_and_assignment_work(student, env):
    """Lesson 01's student edition runs with its committed outputs; an assignment made from its
    source is generated, and the instructor's answers are autograded to full marks."""
    run = student.run("environment/execute.sh", LESSON, env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "outputs unchanged" in run.stdout, run.stdout + run.stderr

    course = student.base / f"course-{uuid.uuid4().hex[:6]}"
    for argv in (["environment/course.sh", str(course), "ps1", LESSON],
                 ["environment/course.sh", str(course), "nbgrader", "generate_assignment", "ps1"]):
        run = student.run(*argv, env=env)
        assert run.returncode == 0, run.stdout + run.stderr
    submitted = course / "submitted" / "instructor" / "ps1"
    student.run("mkdir", "-p", str(submitted), env=env)
    student.run("cp", LESSON, str(submitted), env=env)
    for args in (["autograde", "ps1"], ["export"]):
        run = student.run("environment/course.sh", str(course), "nbgrader", *args, env=env)
        assert run.returncode == 0, run.stdout + run.stderr
        assert "pkg_resources" not in run.stderr and "Traceback" not in run.stderr, run.stderr
    grades = (course / "grades.csv").read_text().splitlines()
    header, row = grades[0].split(","), grades[1].split(",")
    score, max_score = float(row[header.index("score")]), float(row[header.index("max_score")])
    assert max_score > 0 and score == max_score, grades


def test_the_system_python3_as_an_ordinary_user_sets_up_runs_a_lesson_and_grades_it(student):
    env = student.env()
    first = lab_version(student, env)
    said = workbook_lines(first.stderr)
    python = subprocess.run([shutil.which("python3", path=env["PATH"]), "--version"], capture_output=True,
                            text=True).stdout.split()[1]
    assert said[0].startswith(f"[workbook] found Python {python} (") and " and JDK 17" in said[0], said
    assert "the workbook needs Python 3.11, 3.12 or 3.13 and a JDK 17 or newer" in said[0], said
    assert stamp(student)["python_version"] == python
    assert (student.workbook / "lib" / "nn-workbook.jar").is_file()

    again = lab_version(student, env)
    assert workbook_lines(again.stderr) == [], f"the second run should set up nothing:\n{again.stderr}"
    assert_lesson_and_assignment_work(student, env)


def test_a_setup_killed_half_way_is_made_again_and_python_3_13_works_on_jdk_25(student):
    python = student.python("3.13")
    if python is None:
        pytest.skip("no Python 3.13 on this machine")
    if not (JDK_25 / "bin" / "javac").exists():
        pytest.skip(f"no JDK 25 at {JDK_25}")
    env = student.env(WORKBOOK_PYTHON=python, JAVA_HOME=str(JDK_25))
    venv = student.workbook / ".venv"
    proc = student.start("environment/lab.sh", "--version", env=env)
    try:
        deadline = time.monotonic() + 300
        while not (venv / "pyvenv.cfg").exists() or (venv / launcher.STAMP).exists():
            assert proc.poll() is None, proc.stdout.read()
            assert time.monotonic() < deadline, "the set-up did not start a new .venv within 300 s"
            time.sleep(0.2)
        time.sleep(2)  # pip is at work now
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert venv.is_dir() and not (venv / launcher.STAMP).exists(), "the kill should leave a half-made .venv"

    run = lab_version(student, env)
    said = workbook_lines(run.stderr)
    assert said[0].startswith("[workbook] found Python 3.13.") and " and JDK 25" in said[0], said
    assert any("removing" in line and "it is unfinished" in line for line in said), said
    assert stamp(student)["python_version"].startswith("3.13.")
    assert_lesson_and_assignment_work(student, env)


def test_python_3_12_replaces_a_venv_made_by_another_python(student):
    python = student.python("3.12")
    if python is None:
        pytest.skip("no Python 3.12 on this machine")
    before = stamp(student)["python_version"]
    env = student.env(WORKBOOK_PYTHON=python)
    said = workbook_lines(lab_version(student, env).stderr)
    assert said[0].startswith("[workbook] found Python 3.12.") and " and JDK 17" in said[0], said
    assert any(f"it was made by Python {before}" in line for line in said), said
    assert stamp(student)["python_version"].startswith("3.12.")
    assert_lesson_and_assignment_work(student, env)


def refused(student, env) -> str:
    """The one line a command that must refuse prints; checks that it changed nothing."""
    venv = student.workbook / ".venv"
    before = (venv / launcher.STAMP).read_text() if (venv / launcher.STAMP).exists() else None
    run = student.run("environment/lab.sh", "--version", env=env)
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.stdout == "" and len(run.stderr.strip().splitlines()) == 1, run.stderr
    after = (venv / launcher.STAMP).read_text() if (venv / launcher.STAMP).exists() else None
    assert after == before, ".venv changed although the command refused to run"
    return run.stderr.strip()


def test_a_python_older_than_3_11_gets_one_sentence(student):
    python = student.python("3.10")
    if python is None:
        pytest.skip("no Python 3.10 on this machine")
    line = refused(student, student.env(WORKBOOK_PYTHON=python))
    assert line.startswith("[workbook] error: found Python 3.10.") and python in line, line
    assert "the workbook needs Python 3.11, 3.12 or 3.13" in line, line


def test_a_jdk_that_is_missing_or_only_a_runtime_gets_one_sentence(student):
    line = refused(student, student.env(JAVA_HOME="/nonexistent/jdk"))
    assert line.startswith("[workbook] error: JAVA_HOME is /nonexistent/jdk but it has no bin/java"), line
    assert "the workbook needs a JDK 17 or newer" in line, line

    # a real Java 17 runtime without the compiler, as a JRE is
    jre = student.base / "jre-17"
    jlink = pathlib.Path(os.path.realpath(shutil.which("javac"))).parent / "jlink"
    subprocess.run([str(jlink), "--add-modules", "java.base", "--output", str(jre)], check=True)
    line = refused(student, student.env(JAVA_HOME=str(jre)))
    assert line.startswith("[workbook] error: found Java 17") and "a Java runtime without javac" in line, line


# What cannot run here (Windows) is kept to the twins' few lines around the same launcher.py.

@pytest.mark.parametrize("command", ["lab", "test", "execute", "course"])
def test_each_windows_script_runs_the_same_launcher_command_as_its_bash_twin(command):
    cmd = (ROOT / "environment" / f"{command}.cmd").read_bytes()
    assert b"\n" not in cmd.replace(b"\r\n", b""), f"{command}.cmd must keep CRLF line ends for cmd.exe"
    assert f'call "%~dp0launcher.cmd" {command} %*' in cmd.decode()
    assert f"workbook_launch {command} " in (ROOT / "environment" / f"{command}.sh").read_text()
    assert command in launcher.COMMANDS


def test_on_windows_the_launcher_uses_the_scripts_folder_and_mvnw_cmd(monkeypatch):
    monkeypatch.setattr(launcher, "WINDOWS", True)
    assert launcher.venv_program("venv", "python") == os.path.join("venv", "Scripts", "python.exe")
    assert launcher.maven_wrapper() == [str(ROOT / "mvnw.cmd")] and (ROOT / "mvnw.cmd").is_file()
    text = (ROOT / "environment" / "launcher.cmd").read_text()
    assert '"%WORKBOOK_PYTHON%" "%LAUNCHER%" %*' in text and 'py -3 "%LAUNCHER%" %*' in text
