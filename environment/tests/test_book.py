"""The static book: environment/book.sh builds it offline from the committed notebooks, and headless
Chromium reads every page (environment/browser/read-book.mjs) with every request that leaves the
site blocked. Every page loads, every image shows, formulas are typeset by the bundled MathJax (no
raw TeX left on the page), links inside the site reach their pages, a lesson leads to the next one
and to itself in the other edition, search finds a lesson in both languages. Screenshots of lesson
07 in each language stay in target/book-screenshots/ for humans to look at.

Needs what the browser test needs (test_browser.py), and PyPI once for .venv-book/.
"""
import contextlib
import functools
import http.server
import json
import os
import pathlib
import subprocess
import sys
import threading

import nbformat
import pytest

from test_browser import BROWSER, missing_tools

ROOT = pathlib.Path(__file__).resolve().parents[2]
SITE = ROOT / "target" / "book"
SHOTS = ROOT / "target" / "book-screenshots"
EDITIONS = {"en": ROOT / "notebooks", "zh": ROOT / "notebooks-zh"}


@contextlib.contextmanager
def serve(folder: pathlib.Path):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    why = missing_tools()
    if why:
        pytest.skip("book test skipped: " + why)
    build = subprocess.run([sys.executable, str(ROOT / "environment" / "launcher.py"), "book", str(SITE)],
                           cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert build.returncode == 0, f"the book did not build:\n{build.stdout[-3000:]}\n{build.stderr[-5000:]}"
    pages = sorted(p.relative_to(SITE).as_posix() for edition in EDITIONS for p in (SITE / edition).rglob("*.html")
                   if "_static" not in p.parts)
    listing = tmp_path_factory.mktemp("book") / "pages.json"
    listing.write_text(json.dumps(["index.html"] + pages))
    with serve(SITE) as base:
        run = subprocess.run(["node", str(BROWSER / "read-book.mjs"), base, str(listing), str(SHOTS)],
                             cwd=BROWSER, capture_output=True, text=True, timeout=1800)
    assert run.returncode == 0, f"the browser run failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
    return build, json.loads(run.stdout.strip().splitlines()[-1])


def lessons(edition):
    return sorted(p for p in EDITIONS[edition].glob("*.ipynb"))


def test_the_book_builds_without_warnings_about_the_lessons(book):
    build, _ = book
    warnings = [line for line in build.stderr.splitlines() if "WARNING" in line or "ERROR" in line]
    assert not warnings, "\n".join(warnings[:30])


def test_the_book_loads_nothing_from_elsewhere(book):
    _, report = book
    assert report["outside"] == [], f"the site asked for files outside it: {report['outside'][:20]}"


def test_every_page_loads_without_errors_and_every_image_shows(book):
    _, report = book
    assert len(report["pages"]) >= 2 * len(lessons("en")), sorted(report["pages"])
    for path, page in report["pages"].items():
        assert page["status"] == 200, (path, page)
        assert page["errors"] == [], (path, page["errors"])
        assert page["loadedImages"] == page["images"], (path, page["brokenImages"])


def test_formulas_are_typeset_and_no_raw_tex_is_left(book):
    _, report = book
    for path, page in report["pages"].items():
        assert page["raw"] == [] and page["mathErrors"] == 0, (path, page["raw"], page["mathErrors"])
    for edition in EDITIONS:
        assert report["pages"][f"{edition}/07-backprop-worked-example.html"]["formulas"] > 50


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_lesson_shows_its_committed_figures_and_tables(book, edition):
    _, report = book
    for path in lessons(edition):
        page = report["pages"][f"{edition}/{path.stem}.html"]
        nb = nbformat.read(path, as_version=4)
        outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
        figures = sum(1 for o in outputs if "image/png" in o.get("data", {}) or "<img" in str(o.get("data", {}).get("text/html", "")))
        tables = sum(1 for o in outputs if "<table" in str(o.get("data", {}).get("text/html", "")))
        assert page["images"] >= figures, f"{edition}/{path.name}: {page['images']} images on the page, {figures} figures in the notebook"
        assert page["tables"] >= tables, f"{edition}/{path.name}: {page['tables']} tables on the page, {tables} in the notebook"
        assert page["sidebarEntries"] >= len(lessons(edition)), f"{edition}/{path.name}: the contents sidebar lists {page['sidebarEntries']}"
        assert page["hasSearch"], f"{edition}/{path.name} has no search field"
        assert page["lang"] == ("zh-CN" if edition == "zh" else "en"), page["lang"]


def test_links_between_lessons_work(book):
    _, report = book
    dead = {path: page["deadLinks"] for path, page in report["pages"].items() if page["deadLinks"]}
    assert not dead, f"links to pages that do not exist: {dead}"
    assert report["navigation"]["en"] == report["navigation"]["zh"] == "ok", report["navigation"]
    assert report["navigation"]["en-switch"].endswith("/zh/07-backprop-worked-example.html"), report["navigation"]
    assert report["navigation"]["zh-switch"].endswith("/en/07-backprop-worked-example.html"), report["navigation"]


def test_search_finds_the_backpropagation_lessons_in_both_languages(book):
    _, report = book
    for edition in EDITIONS:
        hits = report["search"][edition]
        assert hits and any(h.startswith("07") for h in hits), (edition, hits)


def test_a_screenshot_of_lesson_07_in_each_language(book):
    _, report = book
    for path in report["screenshots"]:
        assert os.path.getsize(path) > 20_000, path
