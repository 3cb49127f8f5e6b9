"""Third-party notices: the checks of lib/THIRD-PARTY.txt, which the Maven build writes.

The accepted licences (src/license/allowed.txt, SPDX identifiers) and their texts
(src/license/texts/) are the ones the build's license-maven-plugin uses; src/license/README.md
says why. environment/tests/test_licences.py runs these checks in the test command.
"""
from __future__ import annotations

import pathlib
import re

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
