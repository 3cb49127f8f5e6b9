"""Builds the static book of the executed workbook, both editions, into one site:

    target/book/index.html      the choice of edition
    target/book/en/             the English book: every lesson of notebooks/ and its worked solutions
    target/book/zh/             the Chinese book, from notebooks-zh/
    target/book/mathjax/        MathJax 3 (from the pinned django-static-mathjax), shared by both

Each book is built by Sphinx with MyST-NB from the committed notebooks and their outputs (nothing
is executed), with the book theme's contents sidebar and Sphinx's search; every page links to the
same page in the other edition. The site needs nothing from elsewhere, to build or to read: put
the folder on any static web server (GitHub Pages: README, "The workbook as a book").

    environment/book.sh [OUTPUT]     # set-up (.venv-book/) and build; OUTPUT defaults to target/book
"""
from __future__ import annotations

import os
import pathlib
import re
import shutil
import subprocess
import sys

import nbformat

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
EDITIONS = {"en": ROOT / "notebooks", "zh": ROOT / "notebooks-zh"}
HOME = {
    "en": ("Neural networks, cell by cell",
           "A Java workbook for a course unit on neural networks (神经网络), as it reads after running: every "
           "lesson with its outputs, tables, figures and formulas, computed by the workbook's own library. "
           "To run the cells yourself, open the notebooks in JupyterLab (the workbook's README says how).",
           "Lessons", "Worked solutions", "这本书的中文版"),
    "zh": ("神经网络，逐格运行",
           "一本用于神经网络课程的 Java 练习册，这里是它运行之后的样子：每一课连同它的输出、表格、图和公式，"
           "全部由练习册自己的库计算得出。想亲手运行这些单元格，请在 JupyterLab 中打开笔记本（练习册的 README 说明了做法）。",
           "课程", "参考解答", "The English edition of this book"),
}


def lessons(folder: pathlib.Path) -> list[str]:
    """The notebooks of an edition in order: the numbered lessons, then the others (the glossary)."""
    names = sorted(p.stem for p in folder.glob("*.ipynb") if not p.name.startswith("."))
    return [n for n in names if re.match(r"\d\d-", n)] + [n for n in names if not re.match(r"\d\d-", n)]


def stage(edition: str, folder: pathlib.Path, into: pathlib.Path) -> None:
    """The Sphinx source of one edition: its notebooks, its worked solutions and a home page."""
    if into.exists():
        shutil.rmtree(into)
    into.mkdir(parents=True)
    names = lessons(folder)
    for name in names:
        nb = nbformat.read(folder / f"{name}.ipynb", as_version=4)
        nbformat.write(nb, into / f"{name}.ipynb")
    solutions = sorted((folder / "solutions").glob("*.md"))
    if solutions:
        (into / "solutions").mkdir()
        for page in solutions:
            shutil.copy(page, into / "solutions" / page.name)
    title, intro, caption, solved, other = HOME[edition]
    switch = "zh" if edition == "en" else "en"
    home = [f"# {title}", "", intro, "", f'<a href="../{switch}/index.html">{other}</a>', "",
            "```{toctree}", f":caption: {caption}", ":maxdepth: 1", "", *names, "```", ""]
    if solutions:
        home += ["```{toctree}", f":caption: {solved}", ":maxdepth: 1", "", *[f"solutions/{p.stem}" for p in solutions], "```", ""]
    (into / "index.md").write_text("\n".join(home), encoding="utf-8")


def search_terms(staging: pathlib.Path) -> pathlib.Path:
    """The Chinese words the search keeps whole (jieba's dictionary): the glossary's, from
    source/glossary.tsv, then the few other words of terms-zh.txt."""
    sys.path.insert(0, str(ROOT / "environment"))
    import glossary

    others = (HERE / "terms-zh.txt").read_text(encoding="utf-8").split("\n")
    words = dict.fromkeys([t.chinese for t in glossary.terms()] + [w.strip() for w in others if w.strip()])
    path = staging / "terms-zh.txt"
    path.write_text("\n".join(words) + "\n", encoding="utf-8")
    return path


def mathjax(out: pathlib.Path) -> None:
    """MathJax 3's browser files, once for both books (their pages load ../../mathjax/tex-chtml.js from _static)."""
    import mathjax as package  # django-static-mathjax: MathJax's files, nothing of Django needed

    es5 = pathlib.Path(package.__file__).resolve().parent / "static" / "mathjax" / "es5"
    if (out / "mathjax").exists():
        shutil.rmtree(out / "mathjax")
    shutil.copytree(es5, out / "mathjax")
    shutil.copy(es5.parent / "LICENSE", out / "mathjax" / "LICENSE")


CHOICE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Neural networks, cell by cell · 神经网络，逐格运行</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5; }
  a { display: block; font-size: 1.3rem; margin: 1rem 0; }
</style>
</head>
<body>
<h1>Neural networks, cell by cell · 神经网络，逐格运行</h1>
<p>A Java workbook on neural networks, every lesson executed. 一本神经网络 Java 练习册，每一课都已运行。</p>
<a href="en/index.html" lang="en">Read it in English</a>
<a href="zh/index.html" lang="zh-CN">阅读中文版</a>
</body>
</html>
"""


def main(argv: list[str]) -> int:
    out = pathlib.Path(argv[0]).resolve() if argv else ROOT / "target" / "book"
    staging = ROOT / "target" / "book-source"
    out.mkdir(parents=True, exist_ok=True)
    for edition, folder in EDITIONS.items():
        if not any(folder.glob("*.ipynb")):
            sys.exit(f"no notebooks in {folder.relative_to(ROOT)}: environment/execute.sh makes both editions")
        stage(edition, folder, staging / edition)
        if (out / edition).exists():
            shutil.rmtree(out / edition)
        env = dict(os.environ, WORKBOOK_BOOK_EDITION=edition, WORKBOOK_BOOK_TERMS=str(search_terms(staging)))
        print(f"[book] building the {edition} edition from {folder.relative_to(ROOT)}/", file=sys.stderr, flush=True)
        done = subprocess.run([sys.executable, "-m", "sphinx", "-b", "html", "-q", "-c", str(HERE),
                               str(staging / edition), str(out / edition)], env=env, cwd=ROOT)
        if done.returncode != 0:
            print(f"[book] Sphinx failed on the {edition} edition (see above)", file=sys.stderr)
            return done.returncode
    mathjax(out)
    (out / "index.html").write_text(CHOICE, encoding="utf-8")
    (out / ".nojekyll").write_text("")  # GitHub Pages: serve the _static/ folders as they are
    print(f"[book] the site is in {out} (open {out / 'index.html'})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
