"""The glossary, 中英术语表: every key term of the workbook in English and in Chinese, with the lesson
that teaches it.

The terms live in one place, source/glossary.tsv (English, the course's one Chinese word for it, the
lesson's number). The glossary page's source, source/glossary.ipynb, holds its heading and a cell
that is only the line

    <!-- glossary table -->

which the editions replace with the table made from the terms: in English, sorted by the English
term (environment/editions.py), and in Chinese, in the order of the lessons (environment/translations.py),
each term linked to its lesson. environment/tests/test_glossary.py checks every term against its
lesson, and that the lesson where a term is first used gives its Chinese beside it.

    python environment/glossary.py        # the terms, each with the lesson that teaches it
"""
from __future__ import annotations

import dataclasses
import pathlib
import re
import sys

import editions

TERMS = editions.SOURCE / "glossary.tsv"
MARK = "<!-- glossary table -->"
HEADINGS = {"en": "| English | 中文 | taught in |", "zh": "| 中文 | English | 所在课程 |"}


@dataclasses.dataclass(frozen=True)
class Term:
    english: str
    chinese: str
    lesson: str  # the lesson's number, "07"

    def lesson_path(self) -> pathlib.Path | None:
        """The source of the lesson that teaches the term, or None when no lesson has that number."""
        found = [p for p in editions.lessons() if p.name.startswith(self.lesson + "-")]
        return found[0] if len(found) == 1 else None


def terms(path: pathlib.Path = TERMS) -> list[Term]:
    """The glossary's terms in the file's order (lines starting with # are comments; the first other line names the columns)."""
    rows = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    if rows[0] != ["english", "chinese", "lesson"]:
        sys.exit(f"{path}: the first line that is not a comment names the columns english, chinese, lesson; it is {rows[0]}")
    bad = [k + 2 for k, r in enumerate(rows[1:]) if len(r) != 3 or not all(x.strip() for x in r)]
    if bad:
        sys.exit(f"{path}: the terms on rows {bad} do not have three columns (english, chinese, lesson) separated by tabs")
    return [Term(*[x.strip() for x in r]) for r in rows[1:]]


def pattern(english: str) -> re.Pattern:
    """The English term in a lesson's text: any case, a space in it also matching a hyphen or a line break,
    any ending (plurals, -ed), not inside another word."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", english)]
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(words), re.I)


def table(language: str, title_of=editions.title) -> str:
    """The glossary's table in a language ("en" or "zh"), each term linked to its lesson, whose title
    `title_of` gives in that language."""
    found = terms()
    order = [p.name for p in editions.lessons()]
    if language == "en":
        rows = sorted(found, key=lambda t: t.english.casefold())
    else:
        rows = sorted(found, key=lambda t: order.index(t.lesson_path().name) if t.lesson_path() else len(order))
    lines = [HEADINGS[language], "|---|---|---|"]
    for t in rows:
        path = t.lesson_path()
        link = f"[{title_of(path)}]({path.name})" if path else t.lesson
        first, second = (t.english, t.chinese) if language == "en" else (t.chinese, t.english)
        lines.append(f"| {first} | {second} | {link} |")
    return "\n".join(lines)


def fill(nb, language: str, title_of=editions.title) -> None:
    """Replaces the mark cell of a glossary notebook (if it has one) with the table in `language`."""
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.strip() == MARK:
            cell.source = table(language, title_of)


def main() -> int:
    for t in terms():
        path = t.lesson_path()
        print(f"{t.english}\t{t.chinese}\t{path.stem if path else 'no lesson ' + t.lesson}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
