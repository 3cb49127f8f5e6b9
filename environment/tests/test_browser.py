"""A real browser: JupyterLab started by environment/lab.sh, driven by headless Chromium.

environment/browser/run-lesson.mjs opens the lesson, clears its outputs, runs all cells through
the page's menus and reports what the page shows; this test checks the report. JupyterLab runs
on notebooks/ as students get it, with autosave off and settings of its own, so neither the lesson
(checked byte for byte) nor the user's JupyterLab settings change.
The screenshot stays in target/browser/ for humans to look at.

Needs /usr/bin/chromium (or WORKBOOK_CHROMIUM) and Node.js 20+ with environment/browser installed
(environment/test.sh installs them when it can); without them the test is skipped, saying why.
"""
import json
import os
import pathlib
import shutil
import subprocess

import pytest

from test_lab import TOKEN, lab_server

ROOT = pathlib.Path(__file__).resolve().parents[2]
BROWSER = ROOT / "environment" / "browser"
CHROMIUM = os.environ.get("WORKBOOK_CHROMIUM", "/usr/bin/chromium")
LESSON = "01-mcp-neuron.ipynb"
SCREENSHOT = ROOT / "target" / "browser" / LESSON.replace(".ipynb", ".png")
SETTINGS = {  # JupyterLab user settings for the test run
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False, "autoStartDefaultKernel": True},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
}


def missing_tools() -> str | None:
    if not os.access(CHROMIUM, os.X_OK):
        return f"no Chromium at {CHROMIUM} (install Debian's chromium, or run environment/test.sh as root)"
    if shutil.which("node") is None:
        return "no Node.js on PATH (the browser test needs Node.js 20 or newer)"
    if not (BROWSER / "node_modules" / "playwright-core").is_dir():
        return "playwright-core is not installed: run 'npm ci' in environment/browser (environment/test.sh does)"
    return None


@pytest.fixture
def lab(tmp_path):
    why = missing_tools()
    if why:
        pytest.skip("browser test skipped: " + why)
    settings = tmp_path / "settings"
    for name, values in SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(json.dumps(values))
    with lab_server(f"--LabApp.user_settings_dir={settings}", f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}") as port:
        yield port, ROOT / "notebooks" / LESSON


def test_the_mcp_lesson_runs_in_jupyterlab_in_headless_chromium(lab):
    port, lesson = lab
    before = lesson.read_bytes()
    url = f"http://127.0.0.1:{port}/lab/tree/{LESSON}?token={TOKEN}"
    run = subprocess.run(["node", str(BROWSER / "run-lesson.mjs"), url, str(SCREENSHOT)],
                         cwd=BROWSER, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, f"the browser run failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["imagesWhenOpened"] >= 4, f"the committed figures do not show when the lesson is opened: {report}"
    assert report["outputsAfterClearing"] == 0, report
    assert report["codeCells"] > 10 and report["outputs"] >= report["codeCells"] - 6, report
    assert report["tables"] >= 5, f"no HTML tables rendered: {report}"
    assert report["images"] >= 4 and report["loadedImages"] == report["images"], f"charts missing: {report}"
    # the student edition's unanswered exercises fail their checks by design, and the run goes on
    nb = json.loads(before)
    unanswered = sum(1 for c in nb["cells"] if "raises-exception" in c.get("metadata", {}).get("tags", []))
    assert unanswered and len(report["errors"]) == unanswered, f"error or stderr output in the page: {report['errors']}"
    assert all("not answered yet" in e for e in report["errors"]), f"an error other than an unanswered exercise: {report['errors']}"
    assert report["consoleErrors"] == [], report["consoleErrors"]
    assert SCREENSHOT.stat().st_size > 10_000
    assert lesson.read_bytes() == before, "JupyterLab saved the notebook during the test (autosave should be off)"
