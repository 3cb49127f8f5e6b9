"""The Chinese edition (简体中文) of every lesson, made from the English one and its translation.

The translation of source/NN-name.ipynb is source/zh/NN-name.md: one section per Markdown cell of
the source (the worked-solution notes included), in the order of the lesson, each under a line

    <!-- cell CELL-ID en HASH -->

where HASH is the start of the SHA-256 of the English text the section was translated from. When
the English cell changes, its hash no longer matches and the translation is *stale*; the tests
fail on a Markdown cell without a translation (*missing*), a translation of a cell that no longer
exists (*orphaned*) and a stale one, naming the command that fixes each. A section whose line ends
in `pending` holds the English text, shown in the Chinese edition under a note that it is not
translated yet: the tests let it pass and list it.

From the English student edition notebooks/NN-name.ipynb (executed) and the translation come
  * notebooks-zh/NN-name.ipynb: the same code cells, the same outputs as text, the Markdown in
    Chinese and the figures drawn in Chinese (the library draws them in the language of the folder
    the kernel starts in, nn.i18n.Language); environment/execute.sh executes it after the English;
  * notebooks-zh/solutions/NN-name.md: the worked solutions in Chinese.

    python environment/translations.py check [LESSON...]     # what is missing, orphaned, stale, pending, out of step
    python environment/translations.py stale [LESSON...]     # each stale cell: how its English changed, and its Chinese now
    python environment/translations.py accept LESSON CELL... # the translation is right for the English as it is now
    python environment/translations.py accept LESSON --translated  # ... for every pending section translated since
    python environment/translations.py pending LESSON [CELL...]  # cells without a translation get the English, marked pending
    python environment/translations.py build [LESSON...]     # write the Chinese editions (environment/execute.sh runs them)

(environment/translate.sh runs this file with the workbook's Python.) LESSON is a path in source/,
notebooks/ or notebooks-zh/, or a lesson's name (07-backprop-worked-example).
"""
from __future__ import annotations

import argparse
import dataclasses
import difflib
import hashlib
import pathlib
import re
import subprocess
import sys

import nbformat

import editions
import glossary

ROOT = editions.ROOT
LANGUAGE = "zh"
TRANSLATIONS = editions.SOURCE / LANGUAGE
EDITION = ROOT / "notebooks-zh"
SOLUTIONS = EDITION / "solutions"
MARK = re.compile(r"^<!-- cell (\S+) en ([0-9a-f]{12})( pending)? -->$", re.M)
PENDING_NOTE = "> *本段尚待翻译，下面是英文原文。*"
HEADER = ("<!-- The Chinese (简体中文) translation of the Markdown cells of source/{name}.ipynb, one section per cell.\n"
          "     Each section starts with a line naming the cell and the hash of the English it was translated from.\n"
          "     How to update a translation after the English changed: docs/translating.md -->\n")
NAVIGATION = {"contents": "目录", "glossary": "术语表"}
SOLUTIONS_WORDS = {
    "heading": "# 参考解答 · {title}",
    "intro": ["[{title}](../{lesson}) 中评分练习的答案。请先在课程中自己做每一道练习：一次没有通过的检查，",
              "比过早读到的答案教给你的更多。做完之后再来对照。"],
    "exercise": "练习",
    "back": "返回课程",
}


def english_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@dataclasses.dataclass
class Section:
    cell: str
    hash: str
    text: str
    pending: bool = False


def translation_path(source: pathlib.Path) -> pathlib.Path:
    return TRANSLATIONS / (source.stem + ".md")


def edition_path(source: pathlib.Path) -> pathlib.Path:
    return EDITION / source.name


def solutions_path(source: pathlib.Path) -> pathlib.Path:
    return SOLUTIONS / (source.stem + ".md")


def source_of(name: str | pathlib.Path) -> pathlib.Path:
    """The source of a lesson named by a path in source/, notebooks/, notebooks-zh/ or source/zh/, or by its name."""
    stem = pathlib.Path(name).stem
    path = editions.SOURCE / (stem + ".ipynb")
    if not path.exists():
        sys.exit(f"no lesson {name}: there is no {path.relative_to(ROOT)}")
    return path


def read(path: pathlib.Path) -> list[Section]:
    """The sections of a translation file, in order."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    marks = list(MARK.finditer(text))
    sections = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        sections.append(Section(m.group(1), m.group(2), text[m.end():end].strip("\n"), bool(m.group(3))))
    return sections


def write(path: pathlib.Path, sections: list[Section]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    parts = [HEADER.format(name=path.stem)]
    for s in sections:
        parts.append(f"<!-- cell {s.cell} en {s.hash}{' pending' if s.pending else ''} -->\n{s.text.strip(chr(10))}\n")
    path.write_text("\n".join(parts), encoding="utf-8")


def markdown_cells(nb) -> list:
    return [c for c in nb.cells if c.cell_type == "markdown"]


@dataclasses.dataclass
class Status:
    """What a lesson's translation lacks: each a list of cell ids."""
    missing: list[str]
    orphaned: list[str]
    stale: list[str]
    pending: list[str]
    duplicated: list[str]

    def failures(self) -> bool:
        return bool(self.missing or self.orphaned or self.stale or self.duplicated)


def status(source: pathlib.Path) -> Status:
    nb = nbformat.read(source, as_version=4)
    english = {c.id: c.source for c in markdown_cells(nb)}
    sections = read(translation_path(source))
    seen, duplicated = set(), []
    for s in sections:
        if s.cell in seen:
            duplicated.append(s.cell)
        seen.add(s.cell)
    by_id = {s.cell: s for s in sections}
    return Status(
        missing=[i for i in english if i not in by_id],
        orphaned=[s.cell for s in sections if s.cell not in english],
        stale=[i for i, t in english.items() if i in by_id and by_id[i].hash != english_hash(t)],
        pending=[i for i in english if i in by_id and by_id[i].pending],
        duplicated=duplicated,
    )


def shown(path: pathlib.Path) -> pathlib.Path:
    """path relative to the workbook's folder when it lies in it (a copy elsewhere, e.g. in a test, as it is)."""
    try:
        return path.relative_to(ROOT)
    except ValueError:
        return path


def describe(source: pathlib.Path, st: Status) -> list[str]:
    """The problems of a lesson's translation, each with the command that fixes it."""
    t = shown(translation_path(source))
    name = source.stem
    out = []
    if st.missing:
        out.append(f"{t}: no translation of the Markdown cells {st.missing} of {shown(source)} — translate them "
                   f"(environment/translate.sh pending {name} adds them with their English text, marked pending)")
    if st.orphaned:
        out.append(f"{t}: translations of cells that {shown(source)} no longer has: {st.orphaned} — remove those "
                   f"sections (or give them the id of the cell that replaced theirs)")
    if st.stale:
        out.append(f"{t}: the English of cells {st.stale} changed since they were translated — environment/translate.sh stale "
                   f"{name} shows how; update the Chinese, then environment/translate.sh accept {name} CELL…, or mark them "
                   f"with environment/translate.sh pending {name} CELL…")
    if st.duplicated:
        out.append(f"{t}: cells translated twice: {st.duplicated}")
    return out


MATH = re.compile(r"\$\$.+?\$\$|\$[^$]+?\$", re.S)  # display, then inline formulas (which may wrap a line)
LINK = re.compile(r"\]\(([^)\s]+)\)")
CODE = re.compile(r"`[^`\n]+`")


def kept(english: str) -> dict[str, set]:
    """What a translation keeps from its English: the formulas, the link targets and the code."""
    return {"formulas": {" ".join(m.split()) for m in MATH.findall(english)},
            "links": set(LINK.findall(english)), "code": set(CODE.findall(english))}


def changed_in_translation(source: pathlib.Path) -> list[str]:
    """The translated cells (not pending) that lost or changed a formula, a link or a code span of their English."""
    nb = nbformat.read(source, as_version=4)
    english = {c.id: c.source for c in markdown_cells(nb)}
    found = []
    for s in read(translation_path(source)):
        if s.pending or s.cell not in english or s.hash != english_hash(english[s.cell]):
            continue
        want, have = kept(english[s.cell]), kept(s.text)
        for kind in want:
            lost = want[kind] - have[kind]
            if lost:
                found.append(f"{translation_path(source).relative_to(ROOT)}, cell {s.cell}: the English's {kind} "
                             f"{sorted(lost)[:3]} are not in the translation")
    return found


# ---------------------------------------------------------------------------------------------
# The Chinese edition

def translated_source(source: pathlib.Path):
    """The source notebook with its Markdown in Chinese."""
    nb = nbformat.read(source, as_version=4)
    by_id = {s.cell: s for s in read(translation_path(source))}
    for cell in markdown_cells(nb):
        s = by_id.get(cell.id)
        cell.source = PENDING_NOTE + "\n\n" + (s.text if s else cell.source) if s is None or s.pending else s.text
    return nb


def chinese_title(source: pathlib.Path) -> str:
    return editions.title(source, translated_source(source))


def chinese_edition(source: pathlib.Path):
    """The Chinese edition made from the committed English student edition: its code cells and
    outputs, the Markdown in Chinese, the navigation (and the glossary's table) in Chinese."""
    nb = nbformat.read(editions.student_path(source), as_version=4)
    chinese = {c.id: c.source for c in markdown_cells(translated_source(source))}
    for cell in markdown_cells(nb):
        if cell.get("id") == editions.NAVIGATION_ID:
            cell.source = editions.navigation(source, chinese_title, NAVIGATION)
        elif cell.id in chinese:
            cell.source = chinese[cell.id]
    glossary.fill(nb, "zh", chinese_title)
    nb.metadata["workbook"] = {"edition": "zh-CN", "translated_from": f"notebooks/{source.name}"}
    return nb


def chinese_solutions(source: pathlib.Path) -> str | None:
    return editions.solutions_page(source, translated_source(source), SOLUTIONS_WORDS)


def _code(nb) -> list[str]:
    return [c.source for c in nb.cells if c.cell_type == "code"]


def _shape(nb) -> list[tuple]:
    return [(c.cell_type, c.get("id"), c.source, {k: v for k, v in c.metadata.items() if k != "execution"}) for c in nb.cells]


def build(source: pathlib.Path) -> bool:
    """Writes the Chinese editions of a lesson; returns True when notebooks-zh/ needs executing
    (for its figures in Chinese). Outputs drawn in Chinese are kept while the English code cells
    and their text outputs are unchanged."""
    import notebooks

    made, path = chinese_edition(source), edition_path(source)
    rerun = any(c.cell_type == "code" and c.source.strip() for c in made.cells)
    if path.exists():
        have = nbformat.read(path, as_version=4)
        if _code(have) == _code(made) and notebooks.signature(have, titles=False) == notebooks.signature(made, titles=False):
            for a, b in zip([c for c in have.cells if c.cell_type == "code"], [c for c in made.cells if c.cell_type == "code"]):
                b.outputs, b.execution_count = a.outputs, a.execution_count
            rerun = False
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or rerun or nbformat.read(path, as_version=4) != made:
        nbformat.write(made, path)
    page = chinese_solutions(source)
    if page is not None:
        SOLUTIONS.mkdir(parents=True, exist_ok=True)
        solutions_path(source).write_text(page, encoding="utf-8")
    elif solutions_path(source).exists():
        solutions_path(source).unlink()
    return rerun


def out_of_step(source: pathlib.Path) -> list[str]:
    """How the committed Chinese editions of a lesson differ from the ones made now."""
    import notebooks

    path = edition_path(source)
    rel = path.relative_to(ROOT)
    if not path.exists():
        return [f"{rel} does not exist (environment/translate.sh build {source.stem}, then environment/execute.sh {rel})"]
    problems = []
    have, made = nbformat.read(path, as_version=4), chinese_edition(source)
    if _shape(have) != _shape(made):
        a, b = _shape(have), _shape(made)
        differ = [i for i in range(max(len(a), len(b))) if i >= len(a) or i >= len(b) or a[i] != b[i]]
        problems.append(f"{rel} is not the edition made from notebooks/{source.name} and {translation_path(source).relative_to(ROOT)} "
                        f"(cells {differ[:8]}{' …' if len(differ) > 8 else ''}): run environment/translate.sh build {source.stem}")
    elif notebooks.signature(have, titles=False) != notebooks.signature(made, titles=False):
        k = next(i for i, (x, y) in enumerate(zip(notebooks.signature(have, titles=False), notebooks.signature(made, titles=False))) if x != y)
        problems.append(f"{rel}: the outputs of code cell {k + 1} differ from the English edition's; run environment/execute.sh {rel}")
    elif any(c.cell_type == "code" and c.source.strip() and c.execution_count is None for c in have.cells):
        problems.append(f"{rel} has code cells without outputs: run environment/execute.sh {rel}")
    page, page_path = chinese_solutions(source), solutions_path(source)
    if page is None and page_path.exists():
        problems.append(f"{page_path.relative_to(ROOT)} belongs to no lesson with exercises")
    elif page is not None and (not page_path.exists() or page_path.read_text(encoding="utf-8") != page):
        problems.append(f"{page_path.relative_to(ROOT)} is not the one made now: run environment/translate.sh build {source.stem}")
    return problems


def orphans() -> list[str]:
    """Translations, Chinese editions and solution pages of lessons that do not exist."""
    names = {p.stem for p in editions.sources()}
    found = [p for p in sorted(TRANSLATIONS.glob("*.md")) if p.stem not in names]
    found += [p for p in sorted(EDITION.glob("*.ipynb")) if p.stem not in names]
    found += [p for p in sorted(SOLUTIONS.glob("*.md")) if p.stem not in names]
    return [f"{p.relative_to(ROOT)} belongs to no lesson in source/" for p in found]


# ---------------------------------------------------------------------------------------------
# Helping a translator

def english_then(source: pathlib.Path, cell: str, wanted: str) -> str | None:
    """The English text a cell had when its hash was `wanted`, from the git history of its source."""
    rel = source.relative_to(ROOT).as_posix()
    try:
        commits = subprocess.run(["git", "log", "--format=%H", "--follow", "--", rel], cwd=ROOT, capture_output=True,
                                 text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return None
    for commit in commits:
        shown = subprocess.run(["git", "show", f"{commit}:{rel}"], cwd=ROOT, capture_output=True, text=True)
        if shown.returncode != 0:
            continue
        try:
            nb = nbformat.reads(shown.stdout, as_version=4)
        except Exception:  # noqa: BLE001 - an old commit may hold a notebook nbformat no longer reads
            continue
        for c in markdown_cells(nb):
            if c.get("id") == cell and english_hash(c.source) == wanted:
                return c.source
    return None


def show_stale(source: pathlib.Path) -> int:
    nb = nbformat.read(source, as_version=4)
    english = {c.id: c.source for c in markdown_cells(nb)}
    by_id = {s.cell: s for s in read(translation_path(source))}
    st = status(source)
    for cell in st.stale:
        print(f"=== {source.stem} cell {cell}: the English changed since it was translated")
        before = english_then(source, cell, by_id[cell].hash)
        if before is None:
            print("(the English it was translated from is not in this copy's git history); the English now:")
            print(english[cell])
        else:
            print("".join(difflib.unified_diff(before.splitlines(True), english[cell].splitlines(True),
                                               "English then", "English now")))
        print("--- the Chinese now:")
        print(by_id[cell].text)
        print()
    for cell in st.missing:
        print(f"=== {source.stem} cell {cell}: not translated yet; the English:\n{english[cell]}\n")
    return len(st.stale) + len(st.missing)


def accept(source: pathlib.Path, cells: list[str]) -> list[str]:
    """Stamps the sections of `cells` with the hash of their English as it is now; `--translated`
    stands for every pending section whose text is no longer its English. Returns the cells stamped."""
    nb = nbformat.read(source, as_version=4)
    english = {c.id: c.source for c in markdown_cells(nb)}
    sections = read(translation_path(source))
    by_id = {s.cell: s for s in sections}
    if "--translated" in cells:
        cells = [c for c in cells if c != "--translated"]
        cells += [s.cell for s in sections if s.pending and s.cell in english and s.text.strip() != english[s.cell].strip()]
    for cell in cells:
        if cell not in english:
            sys.exit(f"{source.relative_to(ROOT)} has no Markdown cell {cell}")
        if cell not in by_id:
            sys.exit(f"{translation_path(source).relative_to(ROOT)} has no section for cell {cell}: translate it first")
        by_id[cell].hash = english_hash(english[cell])
        by_id[cell].pending = False
    write(translation_path(source), sections)
    return cells


def mark_pending(source: pathlib.Path, cells: list[str]) -> list[str]:
    """Gives `cells` (default: every missing and stale cell) their English text, marked pending,
    and puts the sections in the order of the lesson; returns the cells marked."""
    nb = nbformat.read(source, as_version=4)
    english = {c.id: c.source for c in markdown_cells(nb)}
    st = status(source)
    chosen = cells or st.missing + st.stale
    for cell in chosen:
        if cell not in english:
            sys.exit(f"{source.relative_to(ROOT)} has no Markdown cell {cell}")
    by_id = {s.cell: s for s in read(translation_path(source))}
    for cell in chosen:
        by_id[cell] = Section(cell, english_hash(english[cell]), english[cell], pending=True)
    ordered = [by_id[i] for i in english if i in by_id] + [s for i, s in by_id.items() if i not in english]
    write(translation_path(source), ordered)
    return chosen


def check(sources: list[pathlib.Path], whole: bool) -> int:
    failures, pending = [], []
    for source in sources:
        st = status(source)
        failures += describe(source, st)
        failures += changed_in_translation(source)
        failures += out_of_step(source)
        pending += [f"{source.stem}: {c}" for c in st.pending]
    if whole:
        failures += orphans()
    print("\n".join(failures) or "no translation is missing, stale or left over, and the Chinese editions are in step")
    if pending:
        print(f"pending (shown in English in the Chinese edition): {len(pending)} cells: " + ", ".join(pending))
    return 1 if failures else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["check", "stale", "accept", "pending", "build"])
    parser.add_argument("lesson", nargs="*")
    parser.add_argument("--translated", action="store_true",
                        help="accept: every pending section whose text is no longer its English")
    args = parser.parse_args(argv)
    if args.translated:
        args.lesson.append("--translated")
    if args.command in ("accept", "pending"):
        if not args.lesson:
            parser.error(f"{args.command} needs a lesson")
        source, cells = source_of(args.lesson[0]), args.lesson[1:]
        if args.command == "accept":
            if not cells:
                parser.error("accept needs the cells whose translation is right (environment/translate.sh stale shows them)")
            stamped = accept(source, cells)
            print(f"{shown(translation_path(source))}: {', '.join(stamped) or 'no cell'} stamped with their English as it is now")
        else:
            marked = mark_pending(source, cells)
            print(f"{shown(translation_path(source))}: {len(marked)} cells marked pending")
        return 0
    sources = [source_of(p) for p in args.lesson] or editions.sources()
    if args.command == "check":
        return check(sources, not args.lesson)
    if args.command == "stale":
        n = sum(show_stale(s) for s in sources)
        if not n:
            print("no stale or missing translation")
        return 0
    for source in sources:
        state = "to execute" if build(source) else "outputs kept"
        print(f"{edition_path(source).relative_to(ROOT)}: made from notebooks/{source.name} and "
              f"{translation_path(source).relative_to(ROOT)} ({state})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
