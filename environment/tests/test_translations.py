"""The Chinese edition (environment/translations.py): every Markdown cell of every lesson has its
translation, made from the English as it is now; no translation is left over; the translations keep
the English's formulas, links and code; and notebooks-zh/ is the edition made from the English one
and the translations, with the English edition's text outputs. Needs no kernel (test_notebooks.py
runs notebooks-zh/ as it runs notebooks/).

A cell marked pending (its English shown in the Chinese edition, under a note) passes, with a warning."""
import pathlib
import re
import sys
import warnings

import nbformat
import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
import editions  # noqa: E402
import translations  # noqa: E402

SOURCES = editions.sources()
HOW = "\nHow to update a translation after an English edit: docs/translating.md"


@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_every_markdown_cell_has_a_translation_of_its_english_as_it_is_now(source):
    status = translations.status(source)
    assert not status.failures(), "\n".join(translations.describe(source, status)) + HOW
    if status.pending:
        warnings.warn(f"{source.stem}: {len(status.pending)} cells are not translated yet (pending): {status.pending}")


@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_a_translation_keeps_the_formulas_links_and_code_of_its_english(source):
    problems = translations.changed_in_translation(source)
    assert not problems, "\n".join(problems)


def test_no_translation_or_chinese_edition_is_left_over():
    assert not translations.orphans(), "\n".join(translations.orphans())


@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_the_chinese_edition_is_in_step_with_the_english_one_and_the_translation(source):
    problems = translations.out_of_step(source)
    assert not problems, "\n".join(problems) + HOW


@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_the_chinese_edition_has_the_english_code_and_text_outputs(source):
    import notebooks

    english = nbformat.read(editions.student_path(source), as_version=4)
    chinese = nbformat.read(translations.edition_path(source), as_version=4)
    code = lambda nb: [(c.get("id"), c.source) for c in nb.cells if c.cell_type == "code"]  # noqa: E731
    assert code(chinese) == code(english)
    assert notebooks.signature(chinese, titles=False) == notebooks.signature(english, titles=False)
    # a figure's text alternative is its title in Chinese, as the figure draws it (a name like XOR stays)
    english_titles, chinese_titles = figure_titles(english), figure_titles(chinese)
    assert len(chinese_titles) == len(english_titles)
    assert all(c == e or re.search("[\u4e00-\u9fff]", c) for e, c in zip(english_titles, chinese_titles)), list(zip(english_titles, chinese_titles))
    assert not english_titles or any(re.search("[\u4e00-\u9fff]", c) for c in chinese_titles), chinese_titles


def figure_titles(nb) -> list[str]:
    """The titles (the images' text alternatives) of a notebook's figures, in order."""
    import notebooks

    return [value[3] for cell in notebooks.signature(nb) for out in cell if out[0] in ("execute_result", "display_data")
            for _, value in out[1] if isinstance(value, tuple)]
    assert chinese.metadata.get("license") == english.metadata.get("license")


def test_a_stale_translation_is_found_and_its_english_diff_shown(tmp_path, monkeypatch):
    """The check itself, on a copy: an English edit makes a translated cell stale, a new cell is
    missing, a removed one orphaned; accept and pending clear them."""
    source = next(s for s in SOURCES if any(not x.pending for x in translations.read(translations.translation_path(s))))
    nb = nbformat.read(source, as_version=4)
    sections = translations.read(translations.translation_path(source))
    translated = next(x for x in sections if not x.pending)
    folder = tmp_path / "source"
    (folder / "zh").mkdir(parents=True)
    monkeypatch.setattr(translations, "TRANSLATIONS", folder / "zh")
    copy = folder / source.name
    cells = translations.markdown_cells(nb)
    edited = next(c for c in cells if c.id == translated.cell)
    edited.source += "\n\nOne more sentence."
    new = nbformat.v4.new_markdown_cell("A new cell.")
    nb.cells.append(new)
    nbformat.write(nb, copy)
    sections.append(translations.Section("no-such-cell", "0" * 12, "孤立的翻译"))
    translations.write(translations.translation_path(copy), sections)

    status = translations.status(copy)
    assert status.stale == [translated.cell] and status.missing == [new.id] and status.orphaned == ["no-such-cell"]
    assert status.failures()
    message = "\n".join(translations.describe(copy, status))
    assert "translate.sh stale" in message and "translate.sh pending" in message

    translations.accept(copy, [translated.cell])
    translations.mark_pending(copy, [])
    sections = [s for s in translations.read(translations.translation_path(copy)) if s.cell != "no-such-cell"]
    translations.write(translations.translation_path(copy), sections)
    status = translations.status(copy)
    assert not status.failures() and status.pending[-1] == new.id, status


def test_accept_translated_on_the_command_line_stamps_the_translated_pending_sections(tmp_path, monkeypatch):
    """`translate.sh accept LESSON --translated` (docs/translating.md), on a copy: the pending
    section whose text is no longer its English is stamped, the one still in English stays pending."""
    source = SOURCES[0]
    nb = nbformat.read(source, as_version=4)
    folder = tmp_path / "source"
    (folder / "zh").mkdir(parents=True)
    monkeypatch.setattr(translations, "TRANSLATIONS", folder / "zh")
    copy = folder / source.name
    nbformat.write(nb, copy)
    first, second = [c.id for c in translations.markdown_cells(nb)][:2]
    translations.mark_pending(copy, [first, second])
    sections = translations.read(translations.translation_path(copy))
    sections[0].text = "译文。"
    translations.write(translations.translation_path(copy), sections)

    assert translations.main(["accept", str(copy), "--translated"]) == 0
    status = translations.status(copy)
    assert first not in status.pending and second in status.pending, status
