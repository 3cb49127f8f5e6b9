"""Every notebook, English and Chinese, executed top to bottom on a fresh Java kernel (see
environment/notebooks.py). The Chinese edition has the English code, so its committed text outputs
are the English ones (test_translations.py) and this check holds it to them; its figures are drawn
in Chinese, and a figure text without a translation writes to stderr, which fails it."""
import json
import pathlib
import sys
import zipfile

import nbformat
import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
import editions  # noqa: E402
import notebooks as nbs  # noqa: E402

NOTEBOOKS = nbs.all_notebooks()
EVERY = NOTEBOOKS + editions.sources()


def test_the_workbook_has_its_first_lessons():
    names = [p.stem for p in NOTEBOOKS if p.parent == nbs.NOTEBOOKS]
    assert "00-start-here" in names and "01-mcp-neuron" in names, names


def test_the_notebooks_run_on_the_reduced_fastutil():
    """lib/ holds fastutil reduced to the classes the other jars reach (pom.xml), not the whole jar,
    so every notebook test below also vouches for the reduced jar."""
    [jar] = (nbs.ROOT / "lib").glob("fastutil-*.jar")
    with zipfile.ZipFile(jar) as z:
        # a manifest's long lines go on in lines that start with a space
        manifest = z.read("META-INF/MANIFEST.MF").decode().replace("\r\n ", "").replace("\n ", "")
        classes = sum(n.endswith(".class") for n in z.namelist())
    assert "reduced to the classes nn-workbook's dependencies use" in manifest, manifest
    assert 500 < classes < 4000, f"{jar.name} holds {classes} classes (fastutil has about 12,800)"


@pytest.mark.parametrize("path", EVERY, ids=[f"{p.parent.name}/{p.stem}" for p in EVERY])
def test_notebook_loads_the_library_the_same_way_in_both_kernels(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata.kernelspec.name == "java", "notebooks run on the kernel named 'java' (JJava or IJava)"
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    if not code:
        return  # a page of text (the glossary) loads nothing
    assert code[0].strip() == "%classpath ../lib/*", \
        f"{path.name}: the first code cell must be exactly '%classpath ../lib/*', not {code[0]!r}"
    for src in code:
        for forbidden in ("%maven", "%jars", "%%loadFromPOM", "%addMavenDependency"):
            assert forbidden not in src, f"{path.name} uses {forbidden}: the workbook runs offline and on both kernels"


def name(path):
    """A notebook's test id: its name, with zh/ in front for the Chinese edition."""
    return path.stem if path.parent == nbs.NOTEBOOKS else f"zh/{path.stem}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[name(p) for p in NOTEBOOKS])
def test_notebook_runs_clean_and_its_committed_outputs_are_current(path):
    fresh, seconds = nbs.execute(path)  # raises on an error, stderr output or a time-out
    committed = nbformat.read(path, as_version=4)
    diffs = nbs.stale_outputs(committed, fresh)
    assert not diffs, (f"{path.name}: committed outputs differ from a fresh run "
                       f"(re-run environment/execute.sh {path.relative_to(nbs.ROOT)} if the change is intended):\n"
                       + "\n".join(diffs))
    unexecuted = [i for i, c in enumerate(committed.cells) if c.cell_type == "code" and c.source.strip() and c.execution_count is None]
    assert not unexecuted, f"{path.name}: code cells {unexecuted} are committed without outputs; run environment/execute.sh"
