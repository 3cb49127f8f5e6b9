"""Course assignments with nbgrader, for real: every lesson with graded cells goes through
generate_assignment, then three submissions are autograded (see docs/assignments.md):

  * instructor: the lesson's source (source/) with its solutions, which must score full marks;
  * untouched:  the student version exactly as released, which must score zero, without crashing,
                and whose later cells still run on the library's reference answers;
  * mistake:    the student version answered with the solutions, except for one typical mistake
                per lesson (MISTAKES below), which must lose exactly that exercise's points and
                get feedback naming the mistake.

All of it happens in a temporary course directory made with environment/workbook_nbgrader.py.
"""
import html
import os
import pathlib
import re
import subprocess
import sys

import nbformat
import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
import workbook_nbgrader as wn  # noqa: E402

GRADED = wn.graded_notebooks()
ASSIGNMENT = "ps1"
STUB = 'throw new UnsupportedOperationException("not answered yet: replace this line with your answer");'

# For every lesson with graded cells: a typical mistake, as (solution cell grade_id, text in the
# instructor's answer, what the student wrote instead, words the feedback must contain).
MISTAKES = {
    "01-mcp-neuron.ipynb": ("ex1-fire", "return z >= 0 ? 1 : 0;", "return z > 0 ? 1 : 0;",
                            "the answer uses > 0, lecture 004's rule"),
    "02-perceptron.ipynb": ("ex1-perceptron-step", "next[w.length] = b + eta * t;", "next[w.length] = b;",
                            "the bias is forgotten"),
    "03-activation-functions.ipynb": ("ex1-sigmoid-prime", "double s = 1 / (1 + Math.exp(-z));",
                                      "double a = 1 / (1 + Math.exp(-z));\n    double s = 1 / (1 + Math.exp(-a));",
                                      "σ' was applied to the activation a = σ(z) instead of to z"),
    "04-more-activations.ipynb": ("ex1-elu-prime", "return z > 0 ? 1 : alpha * Math.exp(z);",
                                  "return z > 0 ? 1 : Math.exp(z);", "α is missing"),
    "05-loss-functions.ipynb": ("ex1-mse-gradient", "g[i] = 2 * (prediction[i] - target[i]) / prediction.length;",
                                "g[i] = 2 * (prediction[i] - target[i]);", "the mean is missing"),
    "07-backprop-worked-example.ipynb": ("ex2-hidden-delta", "sum += wNext[k][j] * deltaNext[k];",
                                         "sum += wNext[j][k] * deltaNext[k];", "W is not transposed"),
    "09-differentiation.ipynb": ("ex1-tanh-backward", "return (1 - t * t) * outGradient;", "return 1 - t * t;",
                                 "is not multiplied in"),
    "13-normalisation.ipynb": ("ex1-bn-inference", "return gamma * xHat + beta;", "return gamma * xHat;", "β is missing"),
    "06-forward-propagation.ipynb": ("ex1-forward", "z[i] = b[i];", "z[i] = 0;", "the bias is missing"),
    "08-backprop-matrix-form.ipynb": ("ex1-softmax-jacobian", "jacobian[i][j] = p[i] * ((i == j ? 1 : 0) - p[j]);",
                                      "jacobian[i][j] = i == j ? p[i] * (1 - p[i]) : 0;", "softmax is treated as element-wise"),
    "11-practice.ipynb": ("ex1-adam-step", "Math.sqrt(vHat)", "vHat", "the square root is missing"),
    "12-weight-initialisation.ipynb": ("ex1-init-std", "return Math.sqrt(variance);", "return variance;",
                                       "this is the variance Var[W], not the standard deviation"),
    "14-universal-approximation.ipynb": ("ex1-bump", "new double[] {-k * a, -k * b}", "new double[] {-a, -b}",
                                         "the bias must be −k·a, not −a"),
    "15-digits.ipynb": ("ex1-accuracy", "return (double) correct / total;", "return correct / total;", "integer division"),
    "10-training-loop.ipynb": ("ex1-stop", "return loss < PerceptronExercises.TARGET_LOSS || epoch",
                               "return loss < PerceptronExercises.TARGET_LOSS && epoch", "&& where || belongs"),
}


def nbgrader(course: pathlib.Path, *args: str) -> str:
    bin_dir = pathlib.Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", JUPYTER_PREFER_ENV_PATH="1")
    run = subprocess.run([str(bin_dir / "nbgrader"), *args], cwd=course, env=env,
                         capture_output=True, text=True, timeout=900)
    log = run.stdout + run.stderr
    assert run.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{log[-4000:]}"
    assert "Exception while loading config" not in log, f"the course's nbgrader_config.py did not load:\n{log[-4000:]}"
    return log


def cells_by_id(nb) -> dict:
    return {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells if "nbgrader" in c.get("metadata", {})}


def answered(released, source, mistake=None):
    """The released notebook with every solution cell answered as in the source, plus the mistake."""
    nb = nbformat.from_dict(released)
    solutions = cells_by_id(source)
    for gid, cell in cells_by_id(nb).items():
        if cell.metadata["nbgrader"].get("solution"):
            cell.source = "\n".join(line for line in solutions[gid].source.splitlines()
                                    if "BEGIN SOLUTION" not in line and "END SOLUTION" not in line)
    if mistake:
        gid, right, wrong, _ = mistake
        cell = cells_by_id(nb)[gid]
        assert right in cell.source, f"the scripted mistake expects {right!r} in cell {gid}:\n{cell.source}"
        cell.source = cell.source.replace(right, wrong)
    return nb


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    assert GRADED, "no lesson has graded cells"
    root = wn.new_course(tmp_path_factory.mktemp("course"), ASSIGNMENT, GRADED)
    nbgrader(root, "generate_assignment", ASSIGNMENT)
    for student in ("instructor", "untouched", "mistake"):
        (root / "submitted" / student / ASSIGNMENT).mkdir(parents=True)
    for path in GRADED:
        source = nbformat.read(path, as_version=4)
        released = nbformat.read(root / "release" / ASSIGNMENT / path.name, as_version=4)
        nbformat.write(source, root / "submitted" / "instructor" / ASSIGNMENT / path.name)
        nbformat.write(released, root / "submitted" / "untouched" / ASSIGNMENT / path.name)
        nbformat.write(answered(released, source, MISTAKES.get(path.name)),
                       root / "submitted" / "mistake" / ASSIGNMENT / path.name)
    nbgrader(root, "autograde", ASSIGNMENT)
    nbgrader(root, "generate_feedback", ASSIGNMENT)
    return root


def scores(course, student):
    """Per graded notebook, {grade_id: (score, max_score)} from the course's gradebook."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        sub = gb.find_submission(ASSIGNMENT, student)
        return {nb.name + ".ipynb": {g.name: (g.score, g.max_score) for g in nb.grades} for nb in sub.notebooks}


def outputs(course, student, name):
    nb = nbformat.read(course / "autograded" / student / ASSIGNMENT / name, as_version=4)
    return nb, {gid: c.get("outputs", []) for gid, c in cells_by_id(nb).items()}


def test_every_graded_lesson_has_a_scripted_mistake():
    missing = [p.name for p in GRADED if p.name not in MISTAKES]
    assert not missing, f"add a typical mistake for {missing} to MISTAKES in {pathlib.Path(__file__).name}"


@pytest.mark.parametrize("path", GRADED, ids=[p.stem for p in GRADED])
def test_the_student_version_has_stubs_and_no_solutions_or_hidden_tests(course, path):
    source = cells_by_id(nbformat.read(path, as_version=4))
    released = nbformat.read(course / "release" / ASSIGNMENT / path.name, as_version=4)
    text = "\n".join(c.source for c in released.cells)
    assert "BEGIN SOLUTION" not in text and "BEGIN HIDDEN TESTS" not in text
    assert all(not c.get("outputs") for c in released.cells if c.cell_type == "code"), "outputs left in the student version"
    for gid, cell in cells_by_id(released).items():
        if cell.metadata["nbgrader"].get("solution") and cell.cell_type == "code":
            assert STUB in cell.source, f"{gid}: the stub is missing:\n{cell.source}"
            answer = re.search(r"BEGIN SOLUTION\n(.*?)\n\s*// END SOLUTION", source[gid].source, re.S).group(1)
            assert answer.strip() not in cell.source, f"{gid}: the solution is still in the student version"


@pytest.mark.parametrize("path", GRADED, ids=[p.stem for p in GRADED])
def test_the_committed_student_edition_is_what_nbgrader_releases(course, path):
    released = nbformat.read(course / "release" / ASSIGNMENT / path.name, as_version=4)
    student = nbformat.read(wn.NOTEBOOKS / path.name, as_version=4)
    cells = [c for c in student.cells if c.get("id") != "navigation"]
    assert [(c.cell_type, c.source, c.metadata.get("nbgrader")) for c in cells] == \
           [(c.cell_type, c.source, c.metadata.get("nbgrader")) for c in released.cells], \
        f"notebooks/{path.name} is not nbgrader's student version of source/{path.name}: run environment/execute.sh"


@pytest.mark.parametrize("path", GRADED, ids=[p.stem for p in GRADED])
def test_the_instructor_version_scores_full_marks_and_writes_no_errors(course, path):
    grades = scores(course, "instructor")[path.name]
    assert grades and all(s == m for s, m in grades.values()), grades
    nb, _ = outputs(course, "instructor", path.name)
    bad = [o for c in nb.cells for o in c.get("outputs", [])
           if o.output_type == "error" or (o.output_type == "stream" and o.name == "stderr")]
    assert not bad, bad


@pytest.mark.parametrize("path", GRADED, ids=[p.stem for p in GRADED])
def test_the_untouched_student_version_scores_zero_and_the_lesson_runs_on(course, path):
    grades = scores(course, "untouched")[path.name]
    assert all(s == 0 for s, _ in grades.values()), grades
    nb, outs = outputs(course, "untouched", path.name)
    for gid, cell_outputs in outs.items():
        if cells_by_id(nb)[gid].metadata["nbgrader"].get("grade"):
            errors = [o for o in cell_outputs if o.output_type == "error"]
            assert errors and "not answered yet" in errors[0].evalue, (gid, cell_outputs)
    printed = "".join(o.text for c in nb.cells for o in c.get("outputs", []) if o.output_type == "stream")
    assert "the cells below use the library's reference implementation instead" in printed
    last = [c for c in nb.cells if c.cell_type == "code"][-1]
    assert last.outputs and not any(o.output_type == "error" for o in last.outputs), "the last cell did not run"


@pytest.mark.parametrize("path", GRADED, ids=[p.stem for p in GRADED])
def test_a_typical_mistake_loses_its_points_and_gets_feedback_that_names_it(course, path):
    gid, _, _, words = MISTAKES[path.name]
    grades = scores(course, "mistake")[path.name]
    wrong = [g for g, (s, m) in grades.items() if s < m]
    check = [g for g in grades if g.startswith(gid)]
    assert wrong == check, f"only the checks of {gid} should lose points: {grades}"
    page = (course / "feedback" / "mistake" / ASSIGNMENT / path.with_suffix(".html").name).read_text()
    feedback = html.unescape(re.sub(r"<[^>]+>", "", page))
    named = [line for line in feedback.splitlines() if "Likely mistake: " in line]
    assert named and words in named[0], f"the feedback should name the mistake ({words!r}): {named}"
