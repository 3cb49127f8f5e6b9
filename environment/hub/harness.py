"""A course hub for tests and the load run: environment/hub.sh started on localhost with a fresh
state directory and accounts made for this run only, with random names and passwords, and
everything taken down again afterwards (the hub, every server it started, the accounts).

    with course_hub(instructors=1, students=3) as hub:
        teacher = hub.login(hub.instructors[0])     # through the hub's login page (PAM)
        teacher.start()                             # the user's server, through the hub's API
        teacher.post("formgrader/api/assignment/ps1/release")

Used by environment/tests/test_hub.py, environment/hub/load.py and the browser check.
"""
from __future__ import annotations

import atexit
import contextlib
import json
import os
import pathlib
import pwd
import re
import secrets
import shutil
import signal
import socket
import string
import subprocess
import tempfile
import time

import requests

ROOT = pathlib.Path(__file__).resolve().parents[2]
_readable_copy: list[pathlib.Path] = []


def hub_sh_path() -> pathlib.Path:
    """environment/hub.sh of a workbook that every account can read: this one, or, when it sits in
    a private folder (e.g. a clone in root's home), a clone of it in /tmp, made once per run."""
    probe = subprocess.run(["runuser", "-u", "nobody", "--", "test", "-r", str(ROOT / "environment" / "hub.sh")])
    if probe.returncode == 0:
        return ROOT / "environment" / "hub.sh"
    if not _readable_copy:
        copy = pathlib.Path(tempfile.mkdtemp(prefix="nn-workbook-"))
        copy.chmod(0o755)
        subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(copy / "workbook")], check=True)
        _readable_copy.append(copy)
        atexit.register(shutil.rmtree, copy, ignore_errors=True)
    return _readable_copy[0] / "workbook" / "environment" / "hub.sh"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class UserSession:
    """One user logged in through the hub: their API token, and their server behind the proxy."""

    def __init__(self, hub: "Hub", name: str, token: str):
        self.hub, self.name, self.token = hub, name, token
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"token {token}"

    @property
    def server_url(self) -> str:
        return f"{self.hub.url}/user/{self.name}/"

    def start(self, timeout: float = 300) -> float:
        """Starts the user's server through the hub and waits until it answers; returns seconds."""
        started = time.monotonic()
        self.request_start()
        return self.wait_ready(started, timeout)

    def request_start(self) -> None:
        r = self.http.post(f"{self.hub.url}/hub/api/users/{self.name}/server")
        assert r.status_code in (201, 202, 400), f"starting {self.name}'s server: {r.status_code} {r.text}"

    def wait_ready(self, started: float, timeout: float = 300) -> float:
        while True:
            info = self.http.get(f"{self.hub.url}/hub/api/users/{self.name}").json()
            server = info.get("servers", {}).get("")
            if server and server.get("ready"):
                return time.monotonic() - started
            if time.monotonic() - started > timeout:
                raise TimeoutError(f"{self.name}'s server not ready after {timeout} s: {info}\n{self.hub.log_tail()}")
            time.sleep(0.5)

    def stop(self) -> None:
        self.http.delete(f"{self.hub.url}/hub/api/users/{self.name}/server")

    def call(self, method: str, path: str, **kwargs):
        r = self.http.request(method, self.server_url + path, timeout=kwargs.pop("timeout", 600), **kwargs)
        assert r.ok, f"{method} {path} as {self.name}: {r.status_code} {r.text[:2000]}"
        try:  # (Formgrader's API answers JSON as text/html)
            return r.json()
        except ValueError:
            return r.text

    def get(self, path: str, **kwargs):
        return self.call("GET", path, **kwargs)

    def post(self, path: str, **kwargs):
        return self.call("POST", path, **kwargs)

    def put_notebook(self, path: str, nb: dict) -> None:
        """Saves a notebook into the user's home through the server's contents API."""
        parts = path.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            self.call("PUT", "api/contents/" + "/".join(parts[:i]), json={"type": "directory"})
        self.call("PUT", "api/contents/" + path, json={"type": "notebook", "format": "json", "content": nb})

    def get_notebook(self, path: str) -> dict:
        return self.get("api/contents/" + path + "?content=1&type=notebook")["content"]


class Hub:
    def __init__(self, url: str, state: pathlib.Path, passwords: dict[str, str], instructors, students, log):
        self.url, self.state, self.passwords = url, state, passwords
        self.instructors, self.students = list(instructors), list(students)
        self._log = log

    def log_tail(self, n: int = 4000) -> str:
        return pathlib.Path(self._log.name).read_text(errors="replace")[-n:]

    def login(self, name: str, password: str | None = None) -> UserSession:
        """Logs in through the hub's login page, then asks the hub for an API token as that user."""
        s = requests.Session()
        s.get(f"{self.url}/hub/login").raise_for_status()
        r = s.post(f"{self.url}/hub/login", allow_redirects=False,
                   data={"username": name, "password": password or self.passwords[name], "_xsrf": s.cookies.get("_xsrf")})
        assert r.status_code == 302, f"login as {name} refused ({r.status_code})"
        r = s.post(f"{self.url}/hub/api/users/{name}/tokens", headers={"X-XSRFToken": s.cookies.get("_xsrf")},
                   json={"note": "course hub harness", "expires_in": 3600})
        assert r.status_code == 201, f"token for {name}: {r.status_code} {r.text}"
        return UserSession(self, name, r.json()["token"])

    def admin_api(self):
        info = json.loads((self.state / "hub-api.json").read_text())
        return info["url"], {"Authorization": f"token {info['token']}"}


def run_prefix() -> str:
    """A prefix for this run's account names: two runs on one machine never share an account."""
    return "nn" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(4))


def hub_sh(state: pathlib.Path, *args: str, timeout: float = 1200) -> str:
    env = dict(os.environ, WORKBOOK_HUB_DIR=str(state))
    run = subprocess.run([str(hub_sh_path()), *args], env=env, capture_output=True, text=True, timeout=timeout)
    assert run.returncode == 0, f"environment/hub.sh {' '.join(args)} failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
    return run.stdout


@contextlib.contextmanager
def course_hub(instructors: int = 1, students: int = 3, names: list[str] | None = None, env: dict | None = None):
    """A running course hub with new accounts; env: settings for hub.sh (WORKBOOK_HUB_*, WORKBOOK_LTI_*)."""
    prefix = run_prefix()
    teacher_names = [f"{prefix}-teach{i or ''}" for i in range(instructors)]
    student_names = [f"{prefix}-{n}" for n in (names if names is not None else [f"s{i + 1}" for i in range(students)])]
    state = pathlib.Path(tempfile.mkdtemp(prefix="nn-hub-"))
    state.chmod(0o711)
    log = tempfile.NamedTemporaryFile("w+", prefix="nn-hub-", suffix=".log", delete=False)
    proc = None
    try:
        passwords = {}
        out = (hub_sh(state, "add-instructor", *teacher_names) if teacher_names else "") + \
            (hub_sh(state, "add-student", *student_names) if student_names else "")
        for line in out.splitlines():
            m = re.fullmatch(r"(?:instructor|student) (\S+): password (\S+)", line)
            if m:
                passwords[m.group(1)] = m.group(2)
        assert set(passwords) == set(teacher_names + student_names), out
        port = free_port()
        proc = subprocess.Popen([str(hub_sh_path()), "--ip", "127.0.0.1", "--port", str(port)],
                                env=dict(os.environ, WORKBOOK_HUB_DIR=str(state), **(env or {})),
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 600  # the first run installs the hub's environment
        while True:
            try:
                if requests.get(f"{url}/hub/api/", timeout=5).ok:
                    break
            except requests.ConnectionError:
                pass
            assert proc.poll() is None, "the hub exited:\n" + pathlib.Path(log.name).read_text()[-4000:]
            assert time.monotonic() < deadline, "the hub did not answer within 600 s"
            time.sleep(0.5)
        yield Hub(url, state, passwords, teacher_names, student_names, log)
    finally:
        if proc is not None:
            stop_hub(proc)
        for name in teacher_names + student_names:
            end_processes_of(name)
        with contextlib.suppress(AssertionError):
            hub_sh(state, "remove", "--delete-account", *teacher_names, *student_names, timeout=120)
        shutil.rmtree(state, ignore_errors=True)
        log.close()
        os.unlink(log.name)


def stop_hub(proc: subprocess.Popen) -> None:
    """SIGTERM: JupyterHub stops every user's server and its proxy, then exits."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def end_processes_of(name: str) -> None:
    """Ends whatever still runs as one of this run's own accounts (servers, kernels), by pid."""
    try:
        uid = pwd.getpwnam(name).pw_uid
    except KeyError:
        return
    for proc in pathlib.Path("/proc").iterdir():
        if proc.name.isdigit():
            with contextlib.suppress(OSError):
                if proc.stat().st_uid == uid:
                    os.kill(int(proc.name), signal.SIGKILL)
