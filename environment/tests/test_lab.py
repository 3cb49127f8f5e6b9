"""The first README command: environment/lab.sh starts JupyterLab on notebooks/ (or, with --edition zh, on
notebooks-zh/) with the Java kernel."""
import contextlib
import json
import os
import pathlib
import signal
import socket
import subprocess
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[2]
TOKEN = "workbook-test-token"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port: int, path: str):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Authorization": f"token {TOKEN}"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.status, r.read().decode()


@contextlib.contextmanager
def lab_server(*extra_args: str):
    """environment/lab.sh running on a free port with the test token; yields the port."""
    port = free_port()
    proc = subprocess.Popen(
        [str(ROOT / "environment" / "lab.sh"), "--no-browser", f"--port={port}", "--ip=127.0.0.1",
         f"--IdentityProvider.token={TOKEN}", *extra_args],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                status, _ = get(port, "/api/status")
                break
            except OSError:
                assert proc.poll() is None, "JupyterLab exited:\n" + proc.stdout.read()
                assert time.monotonic() < deadline, "JupyterLab did not answer within 120 s"
                time.sleep(0.5)
        assert status == 200
        yield port
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def test_lab_serves_the_notebooks_with_the_java_kernel():
    with lab_server() as port:
        specs = json.loads(get(port, "/api/kernelspecs")[1])
        assert "java" in specs["kernelspecs"], specs
        java = specs["kernelspecs"]["java"]["spec"]
        assert java["language"] == "java"
        assert java["argv"][-2:] == ["{resource_dir}/start.py", "{connection_file}"], java["argv"]  # test_kernel.py

        contents = json.loads(get(port, "/api/contents")[1])
        names = {c["name"] for c in contents["content"]}
        assert {"00-start-here.ipynb", "01-mcp-neuron.ipynb"} <= names, names

        status, page = get(port, "/lab")
        assert status == 200 and "JupyterLab" in page


def test_lab_opens_the_chinese_edition_when_asked():
    with lab_server("--edition", "zh") as port:
        lesson = json.loads(get(port, "/api/contents/07-backprop-worked-example.ipynb")[1])
        assert lesson["content"]["metadata"]["workbook"]["edition"] == "zh-CN"
        first = lesson["content"]["cells"][0]["source"]
        assert "反向传播" in first.splitlines()[0], first[:200]


def test_an_unknown_edition_is_refused_in_one_sentence():
    import sys
    sys.path.insert(0, str(ROOT / "environment"))
    import launcher

    assert launcher.edition(["--edition=zh", "--port=1"]) == ("zh", ["--port=1"])
    assert launcher.edition(["--no-browser"]) == ("en", ["--no-browser"])
    try:
        launcher.edition(["--edition", "fr"])
    except launcher.SetupError as e:
        assert str(e) == "there is no edition 'fr': choose --edition en (English) or --edition zh (简体中文)"
    else:
        raise AssertionError("--edition fr was accepted")
