"""Execute the workbook's notebooks in a real Java kernel and check them.

Used by the tests (environment/tests/test_notebooks.py) and by environment/execute.sh, which first
makes the student editions from source/ (environment/editions.py), then writes the fresh outputs
back into them, and then does the same for the Chinese editions in notebooks-zh/
(environment/translations.py), whose text outputs must equal the English ones.

A notebook passes when, executed top to bottom on a fresh kernel,
  * no cell raises an error or runs longer than CELL_TIMEOUT seconds, except the check of an
    unanswered exercise (tagged raises-exception), which must fail saying it is not answered yet,
  * nothing is written to stderr,
  * every text output (plain text, HTML, Markdown, LaTeX, printed lines) equals the committed
    one, and every output has the same kinds of data (an image stays an image).
Figures are compared by what does not depend on the platform's fonts (glyph outlines and pixels
do): a figure's SVG (the library shows figures as an HTML image of an SVG) by its size, title and
the colours it draws with; a PNG by its size.
"""
from __future__ import annotations

import argparse
import base64
import contextlib
import copy
import inspect
import os
import pathlib
import re
import struct
import sys
import threading
import time
import urllib.parse

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError
from jupyter_core.utils import run_sync

import editions
import translations

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
# the kernel reports a figure text that has no translation into the edition's language (nn.i18n)
KERNEL_ENV = {"WORKBOOK_TRANSLATION_CHECK": "1"}
KERNEL = "java"
CELL_TIMEOUT = 300      # seconds for one cell
STARTUP_TIMEOUT = 120   # seconds for the JVM kernel to start
TEXT_TYPES = ("text/plain", "text/html", "text/markdown", "text/latex", "application/json")


def all_notebooks() -> list[pathlib.Path]:
    """The English student editions, then the Chinese ones."""
    return [p for folder in (NOTEBOOKS, translations.EDITION)
            for p in sorted(folder.glob("*.ipynb")) if not p.name.startswith(".")]


ANSI = re.compile(r"\x1b\[[0-9;]*m")  # the colours of a kernel's traceback


class NotebookFailure(Exception):
    """A notebook that errors, writes to stderr or times out; the message says where."""


def shown_error(nb: nbformat.NotebookNode) -> str:
    """The last error the notebook shows, as a student sees it under the cell: nbclient's message
    gives the kernel's execute reply, which for a cell the compiler refused is only the kernel's own
    Java stack, without the compiler's message."""
    errors = [out for cell in nb.cells if cell.cell_type == "code"
              for out in cell.get("outputs", []) if out.output_type == "error"]
    if not errors:
        return ""
    shown = ANSI.sub("", "\n".join(errors[-1].traceback)).strip()
    return f"\n--- under the cell: {errors[-1].ename}: {errors[-1].evalue}\n{shown}"


def execute(path: pathlib.Path) -> tuple[nbformat.NotebookNode, float]:
    """Executes a copy of the notebook on a fresh kernel; returns it with the seconds taken."""
    nb = nbformat.read(path, as_version=4)
    fresh = copy.deepcopy(nb)
    for cell in fresh.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    if not any(c.cell_type == "code" for c in fresh.cells):
        return fresh, 0.0  # a page of text: nothing to run
    client = NotebookClient(
        fresh,
        kernel_name=KERNEL,
        timeout=CELL_TIMEOUT,
        startup_timeout=STARTUP_TIMEOUT,
        allow_errors=False,
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    start = time.monotonic()
    try:
        client.execute(env={**os.environ, **KERNEL_ENV})
    except CellTimeoutError as e:
        raise NotebookFailure(f"{path.name}: a cell ran longer than {CELL_TIMEOUT} s\n{e}") from None
    except CellExecutionError as e:
        raise NotebookFailure(f"{path.name}: a cell raised an error\n{e}{shown_error(fresh)}") from None
    seconds = time.monotonic() - start
    problems = []
    for i, cell in enumerate(fresh.cells):
        unanswered = editions.UNANSWERED_TAG in cell.get("metadata", {}).get("tags", [])
        errors = [out for out in cell.get("outputs", []) if out.output_type == "error"]
        for out in cell.get("outputs", []):
            if out.output_type == "stream" and out.name == "stderr":
                problems.append(f"cell {i} wrote to stderr: {out.text.strip()[:500]}\n--- cell source ---\n{cell.source}")
        for out in errors:
            if not (unanswered and editions.UNANSWERED in out.evalue):
                problems.append(f"cell {i} raised {out.ename}: {out.evalue}\n--- cell source ---\n{cell.source}")
        if unanswered and not errors:
            problems.append(f"cell {i} checks an unanswered exercise, so it should fail saying "
                            f"'{editions.UNANSWERED}', but it ran without error\n--- cell source ---\n{cell.source}")
    if problems:
        raise NotebookFailure(f"{path.name}:\n" + "\n".join(problems))
    return fresh, seconds


class Session:
    """A fresh Java kernel driven cell by cell through nbclient, as a student runs a notebook.

    Used by the kernel-survival tests (environment/tests/test_kernel_survival.py)::

        with Session(jvm_options="-Xmx256m") as s:
            s.run("%classpath ../lib/*")
            cell = s.run("1 + 1")
    """

    def __init__(self, jvm_options: str = "", timeout: int = CELL_TIMEOUT):
        self.nb = nbformat.v4.new_notebook()
        self.nb.metadata.kernelspec = {"name": KERNEL, "display_name": "Java", "language": "java"}
        self.client = NotebookClient(self.nb, kernel_name=KERNEL, timeout=timeout, startup_timeout=STARTUP_TIMEOUT,
                                     allow_errors=True, record_timing=False, resources={"metadata": {"path": str(NOTEBOOKS)}})
        env = dict(os.environ)
        if jvm_options:
            env["JJAVA_JVM_OPTS"] = (env.get("JJAVA_JVM_OPTS", "") + " " + jvm_options).strip()
        self._env = env
        self._stack = contextlib.ExitStack()

    def __enter__(self) -> "Session":
        self._stack.enter_context(self.client.setup_kernel(env=self._env))
        return self

    def __exit__(self, *exc) -> None:
        self._stack.close()

    def run(self, source: str) -> nbformat.NotebookNode:
        """Executes one cell and returns it with its outputs (an error is an output, not an exception)."""
        cell = nbformat.v4.new_code_cell(source)
        self.nb.cells.append(cell)
        self.client.execute_cell(cell, len(self.nb.cells) - 1)
        return cell

    def run_interrupted(self, source: str, after: float = 2.0, every: float = 1.0) -> tuple[nbformat.NotebookNode, list, float]:
        """Runs a cell that does not end by itself and presses the kernel's interrupt (■) after `after`
        seconds, again every `every` seconds while the cell runs (a press that arrives before the
        cell has started does nothing). Returns the cell, the times of the presses and the time of
        the kernel's reply (time.monotonic())."""
        from jupyter_client import BlockingKernelClient
        control = BlockingKernelClient()
        control.load_connection_info(self.client.km.get_connection_info())
        control.start_channels(shell=False, iopub=False, stdin=False, hb=False, control=True)
        pressed: list = []
        done = threading.Event()

        def press() -> None:
            if done.wait(after):
                return
            while not done.is_set():
                pressed.append(time.monotonic())
                control.control_channel.send(control.session.msg("interrupt_request", {}))
                done.wait(every)

        presser = threading.Thread(target=press, daemon=True)
        presser.start()
        try:
            cell = self.run(source)
            replied = time.monotonic()
        finally:
            done.set()
            presser.join()
            control.stop_channels()
        time.sleep(0.5)  # a press sent just as the cell ended reaches an idle kernel, not the next cell
        return cell, [t for t in pressed if t <= replied], replied

    def alive(self) -> bool:
        """Whether the kernel's process still runs (nbclient's kernel manager answers asynchronously)."""
        answer = self.client.km.is_alive()
        if inspect.isawaitable(answer):
            async def wait():
                return await answer
            answer = run_sync(wait)()
        return bool(answer)


def text_of(cell: nbformat.NotebookNode) -> str:
    """Everything a cell printed or displayed as plain text, and its error, in order."""
    parts = []
    for out in cell.get("outputs", []):
        if out.output_type == "stream":
            parts.append(_text(out.text))
        elif out.output_type in ("execute_result", "display_data"):
            parts.append(_text(out.get("data", {}).get("text/plain", "")))
        elif out.output_type == "error":
            parts.append(f"{out.ename}: {out.evalue}")
    return "".join(parts)


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


FIGURE = re.compile(r"""<img width='(\d+)' height='(\d+)' alt='([^']*)' src="data:image/svg\+xml,([^"]*)"/>""")


def figure(html: str, titles: bool = True) -> tuple | None:
    """A figure's HTML (nn.plots.Figure.html) as (width, height, title, colours), or None for other
    HTML; the title (the image's text alternative, in the edition's language) as None unless `titles`."""
    m = FIGURE.fullmatch(html)
    if not m:
        return None
    svg = urllib.parse.unquote(m.group(4))
    colours = sorted(set(re.findall(r"(?:fill|stroke)='(#[0-9a-f]{3}(?:[0-9a-f]{3})?)'", svg)))
    return ("figure", int(m.group(1)), int(m.group(2)), m.group(3) if titles else None, tuple(colours))


def png_size(data) -> tuple:
    """Width and height from a base64 PNG's header."""
    raw = base64.b64decode(_text(data)[:64])
    return struct.unpack(">II", raw[16:24])


def signature(nb: nbformat.NotebookNode, titles: bool = True) -> list[list[tuple]]:
    """Per code cell, what the outputs say as text (and the kinds of their other data); without the
    figures' titles unless `titles`, to compare two editions (a figure's text alternative is in the
    edition's language; its plain-text form keeps the English title)."""
    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        outs = []
        for out in cell.get("outputs", []):
            if out.output_type == "stream":
                outs.append(("stream", out.name, _text(out.text)))
            elif out.output_type in ("execute_result", "display_data"):
                data = out.get("data", {})
                texts = tuple((m, figure(_text(data[m]), titles) or _text(data[m])) for m in TEXT_TYPES if m in data)
                kinds = tuple(sorted((m, png_size(data[m])) if m == "image/png" else m for m in data if m not in TEXT_TYPES))
                outs.append((out.output_type, texts, kinds))
            else:
                outs.append((out.output_type, out.get("ename"), out.get("evalue")))
        cells.append(outs)
    return cells


def stale_outputs(committed: nbformat.NotebookNode, fresh: nbformat.NotebookNode, titles: bool = True) -> list[str]:
    """The code cells whose committed outputs differ from a fresh execution, each described
    (`titles`: see signature)."""
    old, new = signature(committed, titles), signature(fresh, titles)
    code = [c for c in committed.cells if c.cell_type == "code"]
    if len(old) != len(new):
        return [f"the notebook has {len(new)} code cells but {len(old)} were compared"]
    diffs = []
    for k, (a, b) in enumerate(zip(old, new)):
        if a != b:
            diffs.append(f"code cell {k + 1} ({code[k].source.splitlines()[0] if code[k].source else ''!r}):\n"
                         f"  committed: {str(a)[:600]}\n  fresh:     {str(b)[:600]}")
    return diffs


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true",
                        help="make the student editions from source/ first, then write the fresh outputs into them")
    parser.add_argument("--adopt", action="store_true",
                        help="with --write: first move edits made in the given student editions into their sources")
    parser.add_argument("notebooks", nargs="*", type=pathlib.Path,
                        help="notebooks to run, in source/, notebooks/ or notebooks-zh/ (default: all; with --write, a lesson "
                             "named in source/ or notebooks/ is made and run in English, then in Chinese)")
    args = parser.parse_args(argv)
    if args.write:
        if args.adopt:
            for p in args.notebooks:
                print(f"{p}: its edits moved into {editions.adopt(p).relative_to(ROOT)}")
        missing = [p for p in args.notebooks if not editions.source_path(p).exists()]
        if missing:
            print("no source for " + ", ".join(map(str, missing)) + ": lessons are edited in source/ "
                  "(environment/execute.sh --adopt NOTEBOOK makes a source from a notebook)", file=sys.stderr)
            return 1
        chosen = [editions.source_path(p) for p in args.notebooks] or editions.sources()
        chinese_only = {editions.source_path(p) for p in args.notebooks
                        if p.resolve().parent == translations.EDITION}
        english = [s for s in chosen if s not in chinese_only]
        for source in english:
            editions.write(source)
        for path in editions.orphans() + translations.orphans():
            print(f"warning: {path}", file=sys.stderr)
        failed = run([editions.student_path(s) for s in english], write=True)
        # the Chinese editions, made from the English ones just written: the same text outputs
        for source in chosen:
            translations.build(source)
        return 1 if failed + run([translations.edition_path(s) for s in chosen], write=True,
                                 expected=lambda p: nbformat.read(editions.student_path(p), as_version=4)) else 0
    return 1 if run([p.resolve() for p in args.notebooks] or all_notebooks(), write=False) else 0


def run(paths: list[pathlib.Path], write: bool, expected=None) -> int:
    """Executes the notebooks, reports each, writes the fresh outputs when `write`; with `expected`,
    the text outputs must equal those of the notebook it returns (the English edition of a
    Chinese one). Returns the number that failed."""
    failed = 0
    for path in paths:
        try:
            fresh, seconds = execute(path)
            if expected is not None:
                diffs = stale_outputs(expected(path), fresh, titles=False)
                if diffs:
                    raise NotebookFailure(f"{path.name}: its text outputs differ from the English edition's\n" + "\n".join(diffs))
        except NotebookFailure as e:
            print(f"FAILED {e}", file=sys.stderr)
            failed += 1
            continue
        committed = nbformat.read(path, as_version=4)
        changed = stale_outputs(committed, fresh)
        if write:
            nbformat.write(fresh, path)
        state = ("updated" if write else "stale") if changed else "unchanged"
        print(f"{path.relative_to(ROOT)}: ran in {seconds:.1f} s, outputs {state}")
    return failed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
