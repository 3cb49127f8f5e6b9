"""The two editions of every lesson, made from one source.

source/NN-name.ipynb is the instructor's nbgrader source: the lesson with its exercises answered
(solution regions) and their hidden tests. It is the only place a lesson is edited.

From it come, by nbgrader's own preprocessors (the steps of `nbgrader generate_assignment`):
  * notebooks/NN-name.ipynb, the student edition: every solution region replaced by the stub that
    throws, hidden tests removed; the check cell of an unanswered exercise is tagged
    `raises-exception` (it fails by design and the lesson runs on), and the lesson ends with links
    to the previous and the next lesson. It is committed executed (environment/notebooks.py).
    The glossary's page (source/glossary.ipynb) gets its table of terms from source/glossary.tsv
    (environment/glossary.py).
  * notebooks/solutions/NN-name.md, the worked solutions: each exercise's statement, the answer
    and the notes of the source's cells tagged `worked-solution` (which the student edition omits).

    python environment/editions.py            # regenerate every edition (outputs carried over if code is unchanged)
    python environment/editions.py --check    # list the editions that are out of step with their source
    python environment/editions.py --adopt notebooks/NN-name.ipynb   # move edits made in a student edition into its source

environment/execute.sh regenerates and executes; the tests fail when an edition is out of step.
"""
from __future__ import annotations

import argparse
import copy
import pathlib
import re
import sys

import nbformat

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"
NOTEBOOKS = ROOT / "notebooks"
SOLUTIONS = NOTEBOOKS / "solutions"
CONTENTS = "00-start-here.ipynb"
GLOSSARY = "glossary.ipynb"
NAVIGATION_ID = "navigation"
NOTES_TAG = "worked-solution"          # source cells that only the worked solutions show
UNANSWERED_TAG = "raises-exception"    # nbclient and JupyterLab run on past these cells' errors
UNANSWERED = "not answered yet"        # what an unanswered exercise's check says (nn.grading.Exercise)


def sources() -> list[pathlib.Path]:
    """Every source notebook, lessons (NN-name) in order, then the others (the glossary)."""
    return sorted(p for p in SOURCE.glob("*.ipynb") if not p.name.startswith("."))


def lessons() -> list[pathlib.Path]:
    return [p for p in sources() if re.match(r"\d\d-", p.name)]


def student_path(source: pathlib.Path) -> pathlib.Path:
    return NOTEBOOKS / source.name


def solutions_path(source: pathlib.Path) -> pathlib.Path:
    return SOLUTIONS / (source.stem + ".md")


def source_path(path: pathlib.Path) -> pathlib.Path:
    """The source of a student edition (or the source itself)."""
    path = pathlib.Path(path).resolve()
    return path if path.parent == SOURCE else SOURCE / path.name


def _nbgrader(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def is_solution(cell) -> bool:
    return bool(_nbgrader(cell).get("solution"))


def is_check(cell) -> bool:
    return bool(_nbgrader(cell).get("grade")) and not is_solution(cell) and cell.cell_type == "code"


def has_exercises(nb) -> bool:
    return any(is_solution(c) for c in nb.cells)


def title(path: pathlib.Path, nb=None) -> str:
    """The short title of a notebook: its first heading, up to a colon or a parenthesis (in
    English or Chinese punctuation). `nb`, when given, is the notebook read already."""
    nb = nb if nb is not None else nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.search(r"^# (.+)$", cell.source, re.M)
            if m:
                return re.split(r":|：| \(|（", m.group(1))[0].strip()
    return path.stem


def _config():
    """The workbook's nbgrader settings (environment/nbgrader_config.py), as nbgrader loads them."""
    from traitlets.config.loader import PyFileConfigLoader

    return PyFileConfigLoader("nbgrader_config.py", path=str(ROOT / "environment")).load_config()


def _generate(nb):
    """nbgrader's generate_assignment steps that need no course database, in nbgrader's order."""
    from nbconvert.preprocessors import TagRemovePreprocessor
    from nbgrader.preprocessors import (CheckCellMetadata, ClearHiddenTests, ClearMarkScheme, ClearOutput,
                                        ClearSolutions, ComputeChecksums, LockCells)

    config = _config()
    resources = {}
    steps = [LockCells, ClearSolutions, ClearOutput, CheckCellMetadata, ComputeChecksums, ClearHiddenTests,
             ClearMarkScheme, ComputeChecksums, CheckCellMetadata]
    for step in steps:
        nb, resources = step(config=config).preprocess(nb, resources)
    remove = TagRemovePreprocessor(remove_cell_tags={NOTES_TAG}, enabled=True)
    nb, resources = remove.preprocess(nb, resources)
    return nb


NAVIGATION_WORDS = {"contents": "Contents", "glossary": "Glossary 术语表"}


def navigation(source: pathlib.Path, title_of=title, words=None) -> str:
    """Links to the previous lesson, the contents, the glossary and the next lesson. `title_of`
    and `words` make another language's links: a lesson's title in it, NAVIGATION_WORDS in it."""
    words = words or NAVIGATION_WORDS
    order = lessons()
    names = [p.name for p in order]
    parts = []
    if source.name in names:
        i = names.index(source.name)
        if i > 0:
            parts.append(f"[← {title_of(order[i - 1])}]({names[i - 1]})")
        if source.name != CONTENTS:
            parts.append(f"[{words['contents']}]({CONTENTS})")
        if (SOURCE / GLOSSARY).exists():
            parts.append(f"[{words['glossary']}]({GLOSSARY})")
        if i + 1 < len(order):
            parts.append(f"[{title_of(order[i + 1])} →]({names[i + 1]})")
    else:
        parts = [f"[← {words['contents']}]({CONTENTS})"]
    return "---\n\n" + " · ".join(parts)


def student_edition(source: pathlib.Path) -> nbformat.NotebookNode:
    """The student edition of a source notebook, without outputs."""
    nb = _generate(nbformat.read(source, as_version=4))
    answered = has_exercises(nbformat.read(source, as_version=4))
    for cell in nb.cells:
        if answered and is_check(cell):
            tags = cell.metadata.setdefault("tags", [])
            if UNANSWERED_TAG not in tags:
                tags.append(UNANSWERED_TAG)
    import glossary

    glossary.fill(nb, "en")
    nav = nbformat.v4.new_markdown_cell(navigation(source))
    nav.id = NAVIGATION_ID
    nb.cells.append(nav)
    return nb


def _solution_code(cell) -> str:
    lines = [line for line in cell.source.splitlines() if "BEGIN SOLUTION" not in line and "END SOLUTION" not in line]
    return "\n".join(lines)


SOLUTIONS_WORDS = {  # the words of a worked-solutions page around the lesson's own cells
    "heading": "# Worked solutions · {title}",
    "intro": ["The answers to the graded exercises of [{title}](../{lesson}). Try each exercise in the",
              "lesson first: a check that fails tells you more than a solution read too early. Then compare."],
    "exercise": "Exercise",
    "back": "Back to the lesson",
}


def solutions_page(source: pathlib.Path, nb=None, words=None) -> str | None:
    """The worked solutions of a source notebook as Markdown, or None when it has no exercises.
    `nb` and `words` make another language's page: the source with its Markdown translated, and
    SOLUTIONS_WORDS in that language."""
    nb = nb if nb is not None else nbformat.read(source, as_version=4)
    words = words or SOLUTIONS_WORDS
    if not has_exercises(nb):
        return None
    lesson = source.name
    name = title(source, nb)
    out = [words["heading"].format(title=name), ""]
    out += [line.format(title=name, lesson=lesson) for line in words["intro"]] + [""]
    statement = None
    for cell in nb.cells:
        if cell.cell_type == "markdown" and not is_solution(cell):
            if NOTES_TAG in cell.metadata.get("tags", []):
                out += [cell.source.strip(), ""]
            else:
                statement = cell.source.strip()
            continue
        if is_solution(cell) and cell.cell_type == "code":
            m = re.search(r"\*\*" + words["exercise"] + r" ?(\d+)\*\*", statement or "")
            out += [f"## {words['exercise']} {m.group(1) if m else '?'}", ""]
            if statement:
                out += [statement, ""]
            out += ["```java", _solution_code(cell).strip("\n"), "```", ""]
            statement = None
    out += [f"[{words['back']}](../{lesson})", ""]
    return "\n".join(out)


def _code(nb) -> list[str]:
    return [c.source for c in nb.cells if c.cell_type == "code"]


def _shape(nb) -> list[tuple]:
    """What an edition says, without its outputs: cell types, ids, sources and metadata."""
    return [(c.cell_type, c.get("id"), c.source, {k: v for k, v in c.metadata.items() if k != "execution"})
            for c in nb.cells]


def stale(source: pathlib.Path) -> list[str]:
    """What differs between the committed editions of a source and freshly generated ones."""
    problems = []
    made, path = student_edition(source), student_path(source)
    if not path.exists():
        problems.append(f"{path.relative_to(ROOT)} does not exist")
    else:
        have = nbformat.read(path, as_version=4)
        if _shape(have) != _shape(made):
            a, b = _shape(have), _shape(made)
            differ = [i for i in range(max(len(a), len(b))) if i >= len(a) or i >= len(b) or a[i] != b[i]]
            problems.append(f"{path.relative_to(ROOT)} differs from the edition made from {source.relative_to(ROOT)} "
                            f"(cells {differ[:8]}{' …' if len(differ) > 8 else ''})")
    page, page_path = solutions_page(source), solutions_path(source)
    if page is None and page_path.exists():
        problems.append(f"{page_path.relative_to(ROOT)} belongs to no source with exercises")
    elif page is not None and (not page_path.exists() or page_path.read_text() != page):
        problems.append(f"{page_path.relative_to(ROOT)} is not the one made from {source.relative_to(ROOT)}")
    return problems


def orphans() -> list[str]:
    """Student editions and solution pages that have no source."""
    names = {p.name for p in sources()}
    found = [f"{p.relative_to(ROOT)} has no source {(SOURCE / p.name).relative_to(ROOT)}"
             for p in sorted(NOTEBOOKS.glob("*.ipynb")) if p.name not in names]
    found += [f"{p.relative_to(ROOT)} has no source" for p in sorted(SOLUTIONS.glob("*.md"))
              if p.stem + ".ipynb" not in names]
    return found


def write(source: pathlib.Path) -> bool:
    """Writes the editions of a source. The student edition keeps its outputs when its code cells
    are unchanged (they are then still right); returns True when they need a new execution."""
    made, path = student_edition(source), student_path(source)
    rerun = True
    if path.exists():
        have = nbformat.read(path, as_version=4)
        if _code(have) == _code(made):
            old = [c for c in have.cells if c.cell_type == "code"]
            new = [c for c in made.cells if c.cell_type == "code"]
            for a, b in zip(old, new):
                b.outputs, b.execution_count = a.outputs, a.execution_count
            rerun = any(c.execution_count is None and c.source.strip() for c in new)
    if not path.exists() or _shape(nbformat.read(path, as_version=4)) != _shape(made) or rerun:
        nbformat.write(made, path)
    page = solutions_page(source)
    if page is not None:
        SOLUTIONS.mkdir(exist_ok=True)
        solutions_path(source).write_text(page)
    elif solutions_path(source).exists():
        solutions_path(source).unlink()
    return rerun


def adopt(path: pathlib.Path) -> pathlib.Path:
    """Moves edits made in a student edition into its source, cell by cell (by cell id): every cell
    but the exercises' answer and check cells and the navigation comes from the student edition;
    those keep the source's version (with solutions and hidden tests), as do the source's
    worked-solution notes. A student edition without a source becomes a source."""
    path = pathlib.Path(path).resolve()
    edited = nbformat.read(path, as_version=4)
    target = SOURCE / path.name
    cells = [c for c in edited.cells if c.get("id") != NAVIGATION_ID]
    for c in cells:
        if c.cell_type == "code":
            c.outputs, c.execution_count = [], None
        c.metadata.pop("execution", None)
        tags = [t for t in c.metadata.get("tags", []) if t != UNANSWERED_TAG]
        if tags:
            c.metadata["tags"] = tags
        else:
            c.metadata.pop("tags", None)
        for key in ("deletable", "editable"):
            c.metadata.pop(key, None)
    if not target.exists():
        stubbed = [c for c in cells if is_solution(c) and "BEGIN SOLUTION" not in c.source]
        if stubbed:
            sys.exit(f"{path.relative_to(ROOT)} has answer cells without solutions ({[_nbgrader(c)['grade_id'] for c in stubbed]}): "
                     "it is a student edition, and its source is missing")
        for c in cells:
            if "nbgrader" in c.metadata:
                c.metadata["nbgrader"].pop("checksum", None)
        SOURCE.mkdir(exist_ok=True)
        edited.cells = cells
        nbformat.write(edited, target)
        return target
    source = nbformat.read(target, as_version=4)
    by_id = {c.get("id"): c for c in source.cells}
    merged = []
    for c in cells:
        old = by_id.get(c.get("id"))
        merged.append(old if old is not None and ("nbgrader" in old.metadata) else c)
        if old is not None:
            # the source's notes that follow this cell stay where they were
            k = source.cells.index(old) + 1
            while k < len(source.cells) and NOTES_TAG in source.cells[k].metadata.get("tags", []):
                merged.append(source.cells[k])
                k += 1
    source.cells = merged
    nbformat.write(source, target)
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Make the student editions and worked solutions from source/.")
    parser.add_argument("--check", action="store_true", help="only list the editions that are out of step")
    parser.add_argument("--adopt", action="store_true", help="move edits made in the given student editions into their sources")
    parser.add_argument("notebooks", nargs="*", type=pathlib.Path)
    args = parser.parse_args(argv)
    if args.adopt:
        for p in args.notebooks:
            print(f"{p} → {adopt(p).relative_to(ROOT)}")
        return 0
    chosen = [source_path(p) for p in args.notebooks] or sources()
    if args.check:
        problems = [m for s in chosen for m in stale(s)] + ([] if args.notebooks else orphans())
        print("\n".join(problems) or "every edition is in step with its source")
        return 1 if problems else 0
    for s in chosen:
        state = "to execute" if write(s) else "outputs kept"
        print(f"{student_path(s).relative_to(ROOT)}: made from {s.relative_to(ROOT)} ({state})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
