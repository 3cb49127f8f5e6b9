"""The student editions and worked solutions are made from source/ and in step with it; the lessons
link on from one to the next (environment/editions.py). Needs no kernel."""
import html
import pathlib
import re
import sys

import mistune
import nbformat
import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
import editions  # noqa: E402
import translations  # noqa: E402

SOURCES = editions.sources()
LESSONS = editions.lessons()
FIX = "run environment/execute.sh (or, for text-only changes, .venv/bin/python environment/editions.py)"


def links(markdown: str) -> list[str]:
    return re.findall(r"\]\(([^)\s]+)\)", markdown)


def test_every_notebook_has_its_source_and_nothing_is_left_over():
    assert LESSONS and editions.CONTENTS in [p.name for p in LESSONS]
    orphans = editions.orphans()
    assert not orphans, ("lessons are edited in source/; a notebook edited in notebooks/ moves there with "
                         "environment/execute.sh --adopt NOTEBOOK:\n" + "\n".join(orphans))


@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_the_editions_are_in_step_with_the_source(source):
    problems = editions.stale(source)
    assert not problems, "\n".join(problems) + (
        f"\nEdit {source.relative_to(editions.ROOT)}, then {FIX}. If you edited the student edition (in a merge, say), "
        f"environment/execute.sh --adopt notebooks/{source.name} moves those edits into the source first.")


@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_the_student_edition_shows_no_solution_and_no_hidden_test(source):
    text = editions.student_path(source).read_text()
    assert "BEGIN SOLUTION" not in text and "BEGIN HIDDEN TESTS" not in text
    nb = nbformat.read(source, as_version=4)
    answers = [c for c in nb.cells if editions.is_solution(c) and c.cell_type == "code"]
    student = nbformat.read(editions.student_path(source), as_version=4)
    for cell in answers:
        body = re.search(r"BEGIN SOLUTION\n(.*?)\n\s*// END SOLUTION", cell.source, re.S).group(1).strip()
        assert body not in "\n".join(c.source for c in student.cells), f"{source.name}: a solution is in the student edition"


@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_the_source_has_no_outputs(source):
    nb = nbformat.read(source, as_version=4)
    executed = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count)]
    assert not executed, f"{source.name}: the source is kept without outputs (cells {executed}); its student edition holds them"


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.stem for p in LESSONS])
def test_every_lesson_ends_with_links_to_the_previous_and_the_next_lesson(lesson):
    nb = nbformat.read(editions.student_path(lesson), as_version=4)
    last = nb.cells[-1]
    assert last.cell_type == "markdown" and last.get("id") == editions.NAVIGATION_ID, f"{lesson.name}: no navigation at the end"
    names = [p.name for p in LESSONS]
    i = names.index(lesson.name)
    targets = links(last.source)
    if i > 0:
        assert names[i - 1] in targets, f"{lesson.name} does not link back to {names[i - 1]}: {last.source}"
    if i + 1 < len(names):
        assert names[i + 1] in targets, f"{lesson.name} does not link on to {names[i + 1]}: {last.source}"
    for target in targets:
        assert (editions.NOTEBOOKS / target).exists(), f"{lesson.name} links to {target}, which does not exist"


def test_the_contents_page_links_every_lesson():
    nb = nbformat.read(editions.student_path(SOURCES[0]), as_version=4)
    targets = {t for c in nb.cells if c.cell_type == "markdown" for t in links(c.source)}
    missing = [p.name for p in LESSONS[1:] if p.name not in targets]
    assert not missing, f"{editions.CONTENTS} has no link to {missing}"


@pytest.mark.parametrize("source", [s for s in SOURCES if editions.has_exercises(nbformat.read(s, as_version=4))],
                         ids=lambda p: p.stem)
def test_a_lesson_with_exercises_links_its_worked_solutions(source):
    nb = nbformat.read(editions.student_path(source), as_version=4)
    page = editions.solutions_path(source).relative_to(editions.NOTEBOOKS).as_posix()
    targets = {t.split("#")[0] for c in nb.cells if c.cell_type == "markdown" for t in links(c.source)}
    assert page in targets, f"{source.name} should tell students where its worked solutions are ({page})"
    text = editions.solutions_path(source).read_text()
    answers = sum(1 for c in nbformat.read(source, as_version=4).cells if editions.is_solution(c) and c.cell_type == "code")
    assert text.count("\n## Exercise ") == answers and "## Exercise ?" not in text, text[:2000]


# JupyterLab renders Markdown with marked, which follows CommonMark: a closing ** or * after punctuation
# only closes before a space or punctuation, so **已证明：**讲义 shows its asterisks (write **已证明**：讲义).
# mistune (nbconvert's renderer) follows the same rule. Formulas are set aside first, as JupyterLab does.
RENDER = mistune.create_markdown(plugins=["table", "strikethrough"])
EDITIONS = [(folder, p) for folder in (editions.NOTEBOOKS, translations.EDITION) for p in sorted(folder.glob("*.ipynb"))]


def shown_asterisks(markdown: str) -> list[str]:
    """The places where a Markdown cell, rendered, shows asterisks: emphasis that did not take."""
    rendered = RENDER(translations.MATH.sub("x", markdown))
    text = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<(pre|code)\b[\s\S]*?</\1>", "", rendered)))
    return re.findall(r".{0,20}\*+.{0,20}", text)


def test_shown_asterisks_finds_bold_that_cjk_punctuation_keeps_open():
    assert shown_asterisks("**已证明：**讲义的打印结果") == ["**已证明：**讲义的打印结果"]
    assert shown_asterisks("**已证明**：讲义的打印结果，$a * b$ 与 `x * y`") == []


@pytest.mark.parametrize("folder, notebook", EDITIONS, ids=[f"{f.name}/{p.stem}" for f, p in EDITIONS])
def test_every_bold_and_italic_renders(folder, notebook):
    shown = [(c.get("id"), s) for c in nbformat.read(notebook, as_version=4).cells if c.cell_type == "markdown"
             for s in shown_asterisks(c.source)]
    assert not shown, (f"{folder.name}/{notebook.name} shows asterisks where bold or italics did not take, in cells "
                       f"{shown}: after punctuation a closing ** needs a space or punctuation next (**结论**：…, not **结论：**…)")
