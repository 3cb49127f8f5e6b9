"""The course hub, for real: environment/hub.sh on localhost with an instructor and three students,
each logged in through the hub's login page, each with their own server started by the hub. The
assignment goes round nbgrader's exchange through those servers' own APIs, as the JupyterLab
pages do it: the instructor generates and releases it (Formgrader); the students fetch it, work
on it and submit it (Assignments); the instructor collects, autogrades, generates and releases
feedback; the students fetch their feedback.

The three students: one answers every exercise (full marks), one submits the assignment
untouched (zero), one makes lesson 01's typical mistake (loses exactly that exercise's points and
is told the mistake in the feedback). Then the first student logs in with headless Chromium
on the hub's login page and runs lesson 01 in their JupyterLab (screenshot in target/browser/).

The assignment is lesson 01 (about two minutes). WORKBOOK_HUB_LESSONS=all takes every lesson with
graded cells instead (environment/hub-test.sh). Needs root (the hub makes system accounts), as CI has.
"""
import html
import json
import os
import pathlib
import re
import subprocess
import sys
import time

import nbformat
import pytest
import requests

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "hub"))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from harness import course_hub  # noqa: E402
from test_assignments import MISTAKES, answered, cells_by_id  # noqa: E402
from test_browser import BROWSER, SETTINGS, missing_tools  # noqa: E402
import workbook_nbgrader as wn  # noqa: E402

ASSIGNMENT = "ps1"
COURSE = "nn"
LESSONS = wn.graded_notebooks() if os.environ.get("WORKBOOK_HUB_LESSONS") == "all" else \
    [p for p in wn.graded_notebooks() if p.name.startswith("01-")]

ROOT = pathlib.Path(__file__).resolve().parents[2]
BROWSER_LESSON = "01-mcp-neuron.ipynb"
SCREENSHOT = ROOT / "target" / "browser" / "hub-01-mcp-neuron.png"

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="the course hub makes system accounts: run as root (CI does)")


def unanswered_cells(path: pathlib.Path) -> int:
    """How many cells of a student edition fail by design (its unanswered exercises' checks)."""
    nb = nbformat.read(path, as_version=4)
    return sum(1 for c in nb.cells if "raises-exception" in c.get("metadata", {}).get("tags", []))


def browser_run(hub, user):
    """The student logs in on the hub's page in headless Chromium and runs lesson 01 in their
    JupyterLab (environment/browser/run-lesson.mjs); None when Chromium or Playwright is missing.
    As in the browser test, the notebook draws every cell (no windowing), so the page shows every
    prompt: set through JupyterLab's settings API, as its Settings editor does."""
    if missing_tools():
        return None
    tracker = SETTINGS["@jupyterlab/notebook-extension/tracker.jupyterlab-settings"]
    user.call("PUT", "lab/api/settings/@jupyterlab/notebook-extension:tracker", json={"raw": json.dumps(tracker)})
    student = user.name
    url = f"{hub.url}/user/{student}/lab/tree/notebooks/{BROWSER_LESSON}"
    env = dict(os.environ, WORKBOOK_HUB_USER=student, WORKBOOK_HUB_PASSWORD=hub.passwords[student])
    run = subprocess.run(["node", str(BROWSER / "run-lesson.mjs"), url, str(SCREENSHOT)], cwd=BROWSER, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, f"the browser run failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def round_trip():
    """Runs the whole round trip once; the tests below check what it left."""
    with course_hub(instructors=1, names=["right", "blank", "wrong"]) as hub:
        teacher = hub.login(hub.instructors[0])
        right, blank, wrong = (hub.login(name) for name in hub.students)
        started = time.monotonic()
        for user in (teacher, right, blank, wrong):  # the four servers start side by side
            user.request_start()
        for user in (teacher, right, blank, wrong):
            user.wait_ready(started)

        # The instructor puts the lessons into the course (as the Formgrader's upload does),
        # then generates the student version and releases it to the exchange.
        for lesson in LESSONS:
            teacher.put_notebook(f"{COURSE}/source/{ASSIGNMENT}/{lesson.name}",
                                 nbformat.read(lesson, as_version=4))
        generated = teacher.post(f"formgrader/api/assignment/{ASSIGNMENT}/assign")
        assert generated["success"], generated
        released = teacher.post(f"formgrader/api/assignment/{ASSIGNMENT}/release")
        assert released["success"], released

        # Each student sees it, fetches it, works on it in their home, and submits it.
        listed = {}
        for student in (right, blank, wrong):
            listed[student.name] = student.get(f"assignments?course_id={COURSE}")
            student.post("assignments/fetch", json={"course_id": COURSE, "assignment_id": ASSIGNMENT})
        for lesson in LESSONS:
            source = nbformat.read(lesson, as_version=4)
            path = f"{ASSIGNMENT}/{lesson.name}"
            fetched = right.get_notebook(path)
            right.put_notebook(path, answered(fetched, source))
            wrong.put_notebook(path, answered(wrong.get_notebook(path), source, MISTAKES.get(lesson.name)))
        submitted = {}
        for student in (right, blank, wrong):
            result = student.post("assignments/submit", json={"course_id": COURSE, "assignment_id": ASSIGNMENT})
            submitted[student.name] = result

        # The instructor collects, autogrades each submission, and returns feedback.
        collected = teacher.post(f"formgrader/api/assignment/{ASSIGNMENT}/collect")
        assert collected["success"], collected
        autograded = {s.name: teacher.post(f"formgrader/api/submission/{ASSIGNMENT}/{s.name}/autograde")
                      for s in (right, blank, wrong)}
        feedback = teacher.post(f"formgrader/api/assignment/{ASSIGNMENT}/generate_feedback")
        assert feedback["success"], feedback
        returned = teacher.post(f"formgrader/api/assignment/{ASSIGNMENT}/release_feedback")
        assert returned["success"], returned
        grades = {s["student"]: s for s in teacher.get(f"formgrader/api/submissions/{ASSIGNMENT}")}
        notebook_grades = {}
        for lesson in LESSONS:
            notebook_grades[lesson.name] = {
                s["student"]: s for s in teacher.get(f"formgrader/api/submitted_notebooks/{ASSIGNMENT}/{lesson.stem}")}

        # Each student fetches their feedback into their home.
        pages = {}
        for student in (right, blank, wrong):
            student.post("assignments/fetch_feedback", json={"course_id": COURSE, "assignment_id": ASSIGNMENT})
            folder = student.get(f"api/contents/{ASSIGNMENT}/feedback")["content"]
            assert len(folder) == 1, folder
            pages[student.name] = {
                lesson.name: student.get(f"api/contents/{folder[0]['path']}/{lesson.stem}.html?content=1&format=text")["content"]
                for lesson in LESSONS}
        try:  # a failure here fails the browser check alone, not the round trip's tests
            browser = browser_run(hub, right)
        except (AssertionError, subprocess.TimeoutExpired) as e:
            browser = {"failure": str(e)}
        yield {"hub": hub, "browser": browser, "names": [s.name for s in (right, blank, wrong)], "listed": listed,
               "submitted": submitted, "autograded": autograded, "grades": grades,
               "notebook_grades": notebook_grades, "feedback": pages, "teacher": teacher.name}


def test_every_student_sees_the_released_assignment_and_submits_it(round_trip):
    for name, listed in round_trip["listed"].items():
        assert listed["success"], listed
        mine = [a for a in listed["value"] if a["assignment_id"] == ASSIGNMENT and a["status"] == "released"]
        assert mine and mine[0]["course_id"] == COURSE, (name, listed)
    for name, result in round_trip["submitted"].items():
        assert result["success"], (name, result)
        statuses = {a["status"] for a in result["value"] if a["assignment_id"] == ASSIGNMENT}
        assert "submitted" in statuses, (name, result)


def test_every_submission_is_autograded(round_trip):
    for name, result in round_trip["autograded"].items():
        assert result["success"], (name, result.get("error"), result.get("log", "")[-3000:])
    assert set(round_trip["grades"]) >= set(round_trip["names"]), round_trip["grades"]


def test_the_right_answers_score_full_marks_the_untouched_zero(round_trip):
    right, blank, _ = round_trip["names"]
    grades = round_trip["grades"]
    assert grades[right]["max_score"] > 0
    assert grades[right]["score"] == grades[right]["max_score"], grades[right]
    assert grades[blank]["score"] == 0, grades[blank]
    assert grades[blank]["max_score"] == grades[right]["max_score"]


def test_the_mistake_loses_exactly_its_exercises_points(round_trip):
    right, _, wrong = round_trip["names"]
    for lesson in LESSONS:
        by_student = round_trip["notebook_grades"][lesson.name]
        gid = MISTAKES[lesson.name][0]
        nb = nbformat.read(lesson, as_version=4)
        lost = sum(c.metadata["nbgrader"]["points"] for g, c in cells_by_id(nb).items()
                   if g.startswith(gid) and c.metadata["nbgrader"].get("grade"))
        assert lost > 0
        assert by_student[right]["score"] == by_student[right]["max_score"]
        assert by_student[wrong]["score"] == by_student[wrong]["max_score"] - lost, (lesson.name, by_student[wrong], lost)


def test_each_student_gets_feedback_that_names_their_result(round_trip):
    right, blank, wrong = round_trip["names"]
    for lesson in LESSONS:
        text = {name: html.unescape(re.sub(r"<[^>]+>", "", round_trip["feedback"][name][lesson.name]))
                for name in round_trip["names"]}
        words = MISTAKES[lesson.name][3]
        assert "Likely mistake: " in text[wrong] and words in text[wrong], lesson.name
        assert "Likely mistake: " not in text[right]
        assert "not answered yet" in text[blank]


def test_a_student_logs_in_with_chromium_and_runs_a_lesson_in_their_jupyterlab(round_trip):
    report = round_trip["browser"]
    if report is None:
        pytest.skip("browser check skipped: " + missing_tools())
    assert "failure" not in report, report.get("failure")
    assert report["loggedInAs"] == round_trip["names"][0]
    assert report["codeCells"] > 10 and report["outputs"] >= report["codeCells"] - 6, report
    assert report["tables"] >= 5 and report["images"] >= 4 and report["loadedImages"] == report["images"], report
    # the student edition's unanswered exercises fail their checks by design, and the run goes on
    unanswered = unanswered_cells(ROOT / "notebooks" / BROWSER_LESSON)
    assert unanswered and len(report["errors"]) == unanswered, report["errors"]
    assert all("not answered yet" in e for e in report["errors"]), report["errors"]
    assert report["consoleErrors"] == [], report
    assert SCREENSHOT.stat().st_size > 10_000


def test_a_hub_for_a_learning_management_system_publishes_its_lti_tool_configuration():
    lms = "https://lms.invalid"  # never contacted: the hub fetches its keys only when a user launches
    env = {"WORKBOOK_HUB_AUTH": "lti", "WORKBOOK_LTI_ISSUER": lms, "WORKBOOK_LTI_CLIENT_ID": "nn-course-test",
           "WORKBOOK_LTI_AUTHORIZE_URL": f"{lms}/auth", "WORKBOOK_LTI_JWKS_URL": f"{lms}/certs"}
    with course_hub(instructors=0, students=0, env=env) as hub:
        r = requests.get(f"{hub.url}/hub/lti13/config", timeout=30)
        assert r.ok, (r.status_code, r.text[:500])
        tool = r.json()
        assert tool["title"] == "Neural networks workbook", tool
        assert tool["oidc_initiation_url"].endswith("/hub/lti13/oauth_login"), tool
        assert tool["target_link_uri"].startswith(hub.url), tool
        login = requests.get(f"{hub.url}/hub/login", timeout=30)
        assert "password" not in login.text.lower(), "an LTI hub offers no password login"
