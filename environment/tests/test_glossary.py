"""The way through the workbook: every lesson links on to the next in both editions, and the glossary
(中英术语表, source/glossary.tsv, environment/glossary.py) names for every term a lesson that exists and
teaches it, with one Chinese word per term, given beside the English where the lessons first use it.
Needs no kernel. (That the English editions end with their links and the contents page lists every
lesson: test_editions.py.)"""
import pathlib
import re
import sys

import nbformat
import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
import editions  # noqa: E402
import glossary  # noqa: E402
import translations  # noqa: E402

TERMS = glossary.terms()
LESSONS = editions.lessons()
CJK = r"\u3400-\u9fff"
NEAR = 100  # characters between a term and its Chinese "beside" it
FIX = "edit source/glossary.tsv, then environment/execute.sh source/glossary.ipynb"


def markdown(source: pathlib.Path) -> str:
    return "\n\n".join(c.source for c in nbformat.read(source, as_version=4).cells if c.cell_type == "markdown")


def chinese(source: pathlib.Path) -> str:
    return "\n\n".join(s.text for s in translations.read(translations.translation_path(source)) if not s.pending)


def links(text: str) -> list[str]:
    return re.findall(r"\]\(([^)\s]+)\)", text)


def beside(text: str, english: str, word: str) -> bool:
    """Whether `word` (whole: no other Chinese character on either side) stands within NEAR characters of the English term."""
    whole = re.compile(rf"(?<![{CJK}]){re.escape(word)}(?![{CJK}])")
    return any(whole.search(text[max(0, m.start() - NEAR):m.end() + NEAR]) for m in glossary.pattern(english).finditer(text))


def test_the_glossary_has_its_terms_once_each_with_one_chinese_word_each():
    assert len(TERMS) >= 60, f"the glossary has only {len(TERMS)} terms"
    for key in ("english", "chinese"):
        seen = {}
        for t in TERMS:
            k = getattr(t, key).casefold()
            assert k not in seen, f"source/glossary.tsv has the {key} '{getattr(t, key)}' twice ({seen[k]} and {t}): one word per term"
            seen[k] = t


@pytest.mark.parametrize("term", TERMS, ids=[t.english for t in TERMS])
def test_a_term_is_taught_in_a_lesson_that_exists_and_uses_it_in_both_languages(term):
    lesson = term.lesson_path()
    assert lesson is not None, f"'{term.english}' names lesson {term.lesson}, which does not exist: {FIX}"
    assert glossary.pattern(term.english).search(markdown(lesson)), \
        f"'{term.english}' is not in the text of {lesson.name}, the lesson the glossary says teaches it"
    assert term.chinese in markdown(lesson) + chinese(lesson), \
        f"{term.chinese} ('{term.english}') is in neither edition of {lesson.name}, the lesson the glossary says teaches it"


@pytest.mark.parametrize("term", TERMS, ids=[t.english for t in TERMS])
def test_the_lesson_that_first_uses_a_term_gives_its_chinese_beside_it(term):
    pattern = glossary.pattern(term.english)
    first = next((p for p in LESSONS[1:] if pattern.search(markdown(p))), None)  # 00 is the contents
    assert first is not None, f"no lesson uses '{term.english}'"
    assert beside(markdown(first), term.english, term.chinese), (
        f"{first.name} is the first lesson to use '{term.english}', but never gives its Chinese ({term.chinese}) beside it: "
        f"write '{term.english} ({term.chinese})' where the lesson first uses it")


def test_the_figures_use_the_glossarys_chinese():
    catalogue = editions.ROOT / "src/main/resources/nn/i18n/zh.tsv"
    words = {t.english.casefold(): t.chinese for t in TERMS}
    wrong = [line for line in catalogue.read_text(encoding="utf-8").splitlines()
             if line.count("\t") == 1 and line.split("\t")[0].casefold() in words
             and line.split("\t")[1] != words[line.split("\t")[0].casefold()]]
    assert not wrong, f"{catalogue.name} translates glossary terms otherwise than source/glossary.tsv: {wrong}"


@pytest.mark.parametrize("folder", [editions.NOTEBOOKS, translations.EDITION], ids=["en", "zh"])
def test_the_glossary_page_lists_every_term_with_a_link_to_its_lesson(folder):
    page = nbformat.read(folder / editions.GLOSSARY, as_version=4)
    rows = {line for c in page.cells if c.cell_type == "markdown" for line in c.source.splitlines() if line.startswith("| ")}
    for t in TERMS:
        row = [r for r in rows if f"| {t.english} |" in r and f"| {t.chinese} |" in r]
        assert row and links(row[0]) == [t.lesson_path().name], f"{folder.name}/{editions.GLOSSARY} has no row for {t}: {FIX}"


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.stem for p in LESSONS])
@pytest.mark.parametrize("folder", [editions.NOTEBOOKS, translations.EDITION], ids=["en", "zh"])
def test_every_lesson_links_to_the_previous_and_next_lesson_and_the_glossary(folder, lesson):
    nb = nbformat.read(folder / lesson.name, as_version=4)
    last = nb.cells[-1]
    assert last.get("id") == editions.NAVIGATION_ID, f"{folder.name}/{lesson.name} does not end with its links"
    names = [p.name for p in LESSONS]
    i = names.index(lesson.name)
    want = ([names[i - 1]] if i > 0 else []) + ([names[i + 1]] if i + 1 < len(names) else []) + [editions.GLOSSARY]
    targets = links(last.source)
    assert set(want) <= set(targets), f"{folder.name}/{lesson.name} links to {targets}, not to all of {want}"
    for target in targets:
        assert (folder / target).exists(), f"{folder.name}/{lesson.name} links to {target}, which does not exist"


@pytest.mark.parametrize("folder", [editions.NOTEBOOKS, translations.EDITION], ids=["en", "zh"])
def test_the_contents_page_lists_every_lesson_and_the_glossary(folder):
    nb = nbformat.read(folder / editions.CONTENTS, as_version=4)
    targets = {t for c in nb.cells if c.cell_type == "markdown" for t in links(c.source)}
    missing = [p.name for p in LESSONS[1:] if p.name not in targets] + [editions.GLOSSARY] * (editions.GLOSSARY not in targets)
    assert not missing, f"{folder.name}/{editions.CONTENTS} has no link to {missing}"
