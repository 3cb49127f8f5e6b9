"""Third-party notices: the checks of lib/THIRD-PARTY.txt, which the Maven build writes, and the
notice of the Python packages, environment/THIRD-PARTY.txt, which this script writes:

    .venv/bin/python environment/notices.py

The accepted licences (src/license/allowed.txt, SPDX identifiers), their aliases (merges.txt)
and their texts (texts/) are the ones the build's license-maven-plugin uses; src/license/README.md
says why. environment/tests/test_licences.py runs these checks in the test command.
"""
from __future__ import annotations

import json
import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LICENSES = ROOT / "src" / "license"
LIB = ROOT / "lib"
LIBRARY_JAR = "nn-workbook.jar"
RULE = "-" * 79


def _lines(path: pathlib.Path) -> list[str]:
    """The lines of a list file that are not blank and not # comments."""
    return [l.strip() for l in path.read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.lstrip().startswith("#")]


def allowed() -> list[str]:
    """The SPDX identifiers of the accepted licences (src/license/allowed.txt)."""
    return _lines(LICENSES / "allowed.txt")


def licence_text(spdx: str) -> str:
    """The full standard text of an accepted licence (src/license/texts/<spdx>.txt)."""
    return (LICENSES / "texts" / f"{spdx}.txt").read_text(encoding="utf-8")


def parse_lib_notice(notice: str) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The jars that lib/THIRD-PARTY.txt lists, each with its licences, and the licence texts it
    carries, each by its SPDX identifier.

    The list is a heading per licence, "<licence> (<n> jar[s])", then one line per jar, indented
    by two spaces and ending in ".jar"; the texts follow "Licence texts", each between two rules.
    """
    listing, _, texts_part = notice.partition("\nLicence texts\n")
    jars: dict[str, list[str]] = {}
    licence = None
    for line in listing.splitlines():
        heading = re.fullmatch(r"(\S.*) \((\d+) jars?\)", line)
        if heading:
            licence = heading.group(1)
        elif licence and re.fullmatch(r"  \S+\.jar", line):
            jars.setdefault(line.strip(), []).append(licence)
    texts = {}
    sections = texts_part.split(RULE + "\n")
    # [preamble, name, text, name, text, ...]: a rule before and after each name
    for name, text in zip(sections[1::2], sections[2::2]):
        texts[name.strip()] = text
    return jars, texts


def lib_notice_problems(notice: str, jars_in_lib: set[str], accepted: list[str],
                        text_of=licence_text) -> list[str]:
    """What is wrong with a notice for a lib/ holding jars_in_lib (file names): jars it misses or
    lists without their being there, licences that are not accepted, licence texts missing or
    not the standard ones. An empty list: nothing."""
    listed, texts = parse_lib_notice(notice)
    others = jars_in_lib - {LIBRARY_JAR}
    problems = []
    if not listed:
        problems.append("the notice lists no jar at all")
    for jar in sorted(others - listed.keys()):
        problems.append(f"{jar} is in lib/ but the notice does not list it")
    for jar in sorted(listed.keys() - others):
        problems.append(f"the notice lists {jar}, which is not in lib/")
    for jar, licences in sorted(listed.items()):
        if not any(l in accepted for l in licences):
            problems.append(f"{jar} is under {' / '.join(licences)}, not an accepted licence "
                            f"(src/license/allowed.txt: {', '.join(accepted)})")
    for licence in sorted({l for ls in listed.values() for l in ls if l in accepted}):
        if licence not in texts:
            problems.append(f"the notice names {licence} but does not carry its text")
        elif texts[licence].strip() != text_of(licence).strip():
            problems.append(f"the text of {licence} in the notice is not src/license/texts/{licence}.txt")
    return problems


# ---------------------------------------------------------------------------------------------
# The Python side: environment/THIRD-PARTY.txt, the notice of the packages that
# environment/requirements.txt pins, written from their installed metadata by pip-licenses.

REQUIREMENTS = ROOT / "environment" / "requirements.txt"
PYTHON_NOTICE = ROOT / "environment" / "THIRD-PARTY.txt"
# The notice covers what a Binder image or a course server installs: the pins that apply on Linux
# with any Python the lock supports. A pin whose marker leaves it out here (another Python) keeps
# its entry from the notice as committed, as long as its version stays the same.
SERVER_PLATFORM = {"sys_platform": "linux", "os_name": "posix", "platform_system": "Linux",
                   "implementation_name": "cpython", "platform_python_implementation": "CPython"}
SUPPORTED_PYTHONS = ("3.11", "3.12", "3.13")

# Names that stand for a family of licences rather than one. The Trove classifier
# "License :: OSI Approved :: BSD License" (pip-licenses shows "BSD License") does not say which
# BSD licence, but the OSI approved only these two; the package's own text in the notice says
# which. A family is accepted when every member is.
FAMILIES = {"BSD License": ("BSD-2-Clause", "BSD-3-Clause")}


def merges() -> dict[str, str]:
    """Each alias of src/license/merges.txt (and each identifier itself) → its SPDX identifier."""
    names = {}
    for line in _lines(LICENSES / "merges.txt"):
        spdx, *aliases = [n.strip() for n in line.split("|")]
        for name in [spdx, *aliases]:
            names[name] = spdx
    return names


def normalise(name: str) -> str:
    """A package name as PyPI compares names (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned(requirements: str | None = None) -> dict[str, tuple[str, str]]:
    """The pins of requirements.txt: normalised name → (version, environment marker or "")."""
    text = REQUIREMENTS.read_text(encoding="utf-8") if requirements is None else requirements
    pins = {}
    for line in text.splitlines():
        line = line.split(" #")[0].strip()
        if not line or line.startswith("#"):
            continue
        spec, _, marker = line.partition(";")
        name, _, version = spec.partition("==")
        pins[normalise(name)] = (version.strip(), marker.strip())
    return pins


def on_servers(marker: str) -> bool:
    """Whether a pin with this environment marker is installed on Linux by a supported Python."""
    if not marker:
        return True
    from packaging.markers import Marker  # packaging is one of the pinned packages
    return any(Marker(marker).evaluate({**SERVER_PLATFORM, "python_version": v, "python_full_version": v + ".0"})
               for v in SUPPORTED_PYTHONS)


def accepted_as(declared: str, accepted: list[str], names: dict[str, str]) -> str | None:
    """How a package's declared licence is accepted (named by SPDX identifiers), or None if it is
    not: "MIT", "Apache-2.0 AND BSD-2-Clause", "BSD License (BSD-2-Clause or BSD-3-Clause)".

    declared is what pip-licenses reports: an SPDX expression (A AND B, A OR B), or the names of
    one or more licence classifiers joined by "; " (any of them, as for dual licensing), or the
    free text of the metadata's License field."""
    def one(name: str) -> str | None:
        name = name.strip()
        if name in FAMILIES:
            members = FAMILIES[name]
            return f"{name} ({' or '.join(members)})" if all(m in accepted for m in members) else None
        spdx = names.get(name, name)
        return spdx if spdx in accepted else None

    declared = " ".join(declared.split())
    if one(declared):
        return one(declared)  # a name of one licence, parentheses and all: "ISC License (ISCL)"
    if "(" in declared:
        return None  # nested expressions are not needed so far: settle such a package by hand
    alternatives = declared.split("; ") if "; " in declared else declared.split(" OR ")
    chosen = []
    for alternative in alternatives:
        parts = [one(p) for p in alternative.split(" AND ")]
        if all(parts):
            chosen.append(" AND ".join(parts))
    return " OR ".join(chosen) or None


def installed_licences(names: list[str], python: str = sys.executable) -> list[dict]:
    """pip-licenses' report on the installed packages among names (for python's environment):
    each one's licence as declared, URL, and the texts of its licence and notice files."""
    out = subprocess.run(
        [python, "-m", "piplicenses", "--from=mixed", "--with-system", "--with-urls",
         "--with-license-file", "--no-license-path", "--with-notice-file", "--format=json",
         "--packages", *names],
        check=True, capture_output=True, text=True, env={**os.environ, "PYTHONUTF8": "1"}).stdout
    return json.loads(out)


class Entry:
    """One package in the notice: its line in the list and its section of licence texts."""

    def __init__(self, name: str, version: str, licence: str, url: str, text: str):
        self.name, self.version, self.licence, self.url, self.text = name, version, licence, url, text

    @classmethod
    def of(cls, report: dict, accepted: list[str], names: dict[str, str]) -> "Entry":
        """From pip-licenses' report on one package."""
        text = report.get("LicenseText", "UNKNOWN").strip()
        notice = report.get("NoticeText", "UNKNOWN").strip()
        if notice != "UNKNOWN":
            text += "\n\n" + notice
        text = "\n".join(line.rstrip() for line in text.splitlines())  # as the notice is written
        url = report.get("URL", "UNKNOWN")
        return cls(report["Name"], report["Version"],
                   accepted_as(report["License"], accepted, names) or f"NOT ACCEPTED: {' '.join(report['License'].split())[:80]}",
                   "" if url == "UNKNOWN" else url, text)

    def line(self) -> str:
        return f"  {self.name} {self.version}: {self.licence}" + (f"  {self.url}" if self.url else "")

    def section(self) -> list[str]:
        return [RULE, f"{self.name} {self.version}", RULE, "", self.text, ""]

    def __eq__(self, other):
        return isinstance(other, Entry) and vars(self) == vars(other)

    def __repr__(self):
        return f"Entry({self.name} {self.version}: {self.licence})"


HEADER = """Third-party Python packages
===========================

The Python packages that environment/requirements.txt pins and that a Linux machine installs
(JupyterLab, the JJava kernel, nbclient, nbgrader, pytest and what they need): the set-up
installs them into .venv/, and a Binder image or a course server installs them from the same
file. Each is listed with the licence its metadata declares, as SPDX identifiers
(src/license/), then come the licence and notice files it ships, word for word.

Generated by environment/notices.py with pip-licenses from the installed packages; do not edit
it by hand. After changing the requirements, run: .venv/bin/python environment/notices.py
"""


def python_notice(entries: list[Entry]) -> str:
    """The text of environment/THIRD-PARTY.txt."""
    entries = sorted(entries, key=lambda e: normalise(e.name))
    counts: dict[str, int] = {}
    for e in entries:
        counts[e.licence] = counts.get(e.licence, 0) + 1
    lines = [HEADER, f"{len(entries)} packages, by licence:",
             *(f"  {n:3d}  {licence}" for licence, n in sorted(counts.items())), "",
             "Packages", "--------", "", *(e.line() for e in entries), "",
             "Licence and notice files, as the packages ship them",
             "---------------------------------------------------", ""]
    for e in entries:
        lines += e.section()
    return "\n".join(line.rstrip() for line in "\n".join(lines).splitlines()) + "\n"


def parse_python_notice(notice: str) -> dict[str, Entry]:
    """The entries of a notice written by python_notice, by normalised package name."""
    listing, _, texts = notice.partition("\nLicence and notice files, as the packages ship them\n")
    lines = {}
    for line in listing.splitlines():
        m = re.fullmatch(r"  (\S+) (\S+): (.+?)(?:  (\S+))?", line)
        if m:
            lines[normalise(m.group(1))] = m.groups()
    # each section opens with a heading, "name version" between two rules (a licence text may
    # hold such a rule itself, so the headings are found by the names the list gives)
    heads = [(n, f"{RULE}\n{name} {version}\n{RULE}\n") for n, (name, version, _, _) in lines.items()]
    starts = sorted((texts.find(h), n, h) for n, h in heads if h in texts)
    sections = {}
    for (at, n, h), following in zip(starts, starts[1:] + [(len(texts), None, "")]):
        sections[n] = texts[at + len(h):following[0]].strip()
    return {n: Entry(name, version, licence, url or "", sections.get(n, ""))
            for n, (name, version, licence, url) in lines.items()}


def python_entries(pins: dict[str, tuple[str, str]], reports: list[dict], committed: dict[str, Entry],
                   accepted: list[str], names: dict[str, str]) -> tuple[list[Entry], list[str]]:
    """The notice's entries (one per pin that a server installs) and what is wrong: a pin that
    should be installed here but is not, or at another version; a licence not accepted; no
    licence file; a pin that only another Python installs and that the committed notice lacks."""
    here = {normalise(r["Name"]): r for r in reports}
    entries, problems = [], []
    for name, (version, marker) in sorted(pins.items()):
        if not on_servers(marker):
            continue
        if name in here:
            entry = Entry.of(here[name], accepted, names)
            if entry.version != version:
                problems.append(f"{entry.name} {entry.version} is installed, requirements.txt pins {version}")
            if entry.licence.startswith("NOT ACCEPTED"):
                problems.append(f"{entry.name} {entry.version} declares a licence that is not accepted "
                                f"({entry.licence[14:]}; src/license/allowed.txt, merges.txt)")
            if entry.text == "UNKNOWN":
                problems.append(f"{entry.name} {entry.version} ships no licence file to copy into the notice")
        elif name in committed and committed[name].version == version:
            entry = committed[name]  # installed by another Python only: keep what was read there
        elif marker and not _applies_here(marker):
            problems.append(f"{name}=={version} ({marker}) is not installed by this Python: "
                            f"run environment/notices.py on a Python that installs it")
            continue
        else:
            problems.append(f"{name}=={version} is pinned in requirements.txt but not installed")
            continue
        entries.append(entry)
    return entries, problems


def _applies_here(marker: str) -> bool:
    from packaging.markers import Marker
    return Marker(marker).evaluate()


def main() -> int:
    accepted, names, pins = allowed(), merges(), pinned()
    committed = parse_python_notice(PYTHON_NOTICE.read_text(encoding="utf-8")) if PYTHON_NOTICE.exists() else {}
    reports = installed_licences(sorted(pins))
    entries, problems = python_entries(pins, reports, committed, accepted, names)
    PYTHON_NOTICE.write_text(python_notice(entries), encoding="utf-8")
    print(f"wrote {PYTHON_NOTICE.relative_to(ROOT)} ({len(entries)} packages)")
    for problem in problems:
        print("problem:", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
