"""nbgrader pieces for the workbook's Java notebooks (loaded by environment/nbgrader_config.py).

The lessons load the library with `%classpath ../lib/*`, relative to the folder the kernel starts
in. In an nbgrader course directory a notebook sits at source/ps1/, submitted/<student>/ps1/ or
autograded/<student>/ps1/, where ../lib is not the workbook's lib/. ExecuteInWorkbook starts the
kernel in the workbook's notebooks/ folder instead, so a submission runs exactly as it does in the
student's own copy of the workbook.
"""
from __future__ import annotations

import pathlib

from nbgrader.preprocessors import Execute

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
SOURCE = ROOT / "source"


class ExecuteInWorkbook(Execute):
    """nbgrader's Execute, with the kernel started in the workbook's notebooks/ folder."""

    def preprocess(self, nb, resources, *args, **kwargs):
        metadata = dict(resources.get("metadata", {}))
        metadata["path"] = str(NOTEBOOKS)
        resources = {**resources, "metadata": metadata}
        return super().preprocess(nb, resources, *args, **kwargs)


def graded_notebooks() -> list[pathlib.Path]:
    """The lessons' instructor sources in source/ that have graded cells (nbgrader "grade": true)."""
    import nbformat

    found = []
    for path in sorted(SOURCE.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        if any(c.get("metadata", {}).get("nbgrader", {}).get("grade") for c in nb.cells):
            found.append(path)
    return found


def new_course(root: pathlib.Path, assignment: str, notebooks: list[pathlib.Path]) -> pathlib.Path:
    """Makes an nbgrader course directory at root whose assignment holds copies of the notebooks."""
    import shutil

    root = pathlib.Path(root).resolve()
    source = root / "source" / assignment
    source.mkdir(parents=True, exist_ok=True)
    config = ROOT / "environment" / "nbgrader_config.py"
    (root / "nbgrader_config.py").write_text(
        "# The workbook's settings for Java notebooks, then this course's own.\n"
        f"load_subconfig({str(config)!r})  # noqa: F821\n"
        "c = get_config()  # noqa: F821\n"
        f"c.CourseDirectory.root = {str(root)!r}\n"
        f"c.CourseDirectory.course_id = {root.name!r}\n")
    for path in notebooks:
        shutil.copy(path, source / pathlib.Path(path).name)
    return root


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Make an nbgrader course directory from the workbook's graded lessons.")
    parser.add_argument("course", type=pathlib.Path, help="the course directory to make (or add to)")
    parser.add_argument("assignment", help="the assignment's name, e.g. ps1")
    parser.add_argument("notebooks", nargs="*", type=pathlib.Path,
                        help="lessons to put in it (default: every lesson with graded cells)")
    args = parser.parse_args()
    chosen = args.notebooks or graded_notebooks()
    root = new_course(args.course, args.assignment, chosen)
    print(f"course directory {root}, assignment {args.assignment}: " + ", ".join(p.name for p in chosen))
