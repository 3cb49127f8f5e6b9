"""Licences: the workbook's own (LICENSE, LICENSE-CONTENT, pom.xml, every notebook's metadata) and
the notice of the third-party jars in lib/, which the Maven build writes (lib/THIRD-PARTY.txt).

The test command runs `./mvnw verify` before these tests, so lib/ and its notice are fresh; the
build itself has already failed if a dependency declares no accepted licence.
"""
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
import notices  # noqa: E402

ROOT = notices.ROOT
WORKBOOK_LICENCES = {"code": "MIT", "content": "CC-BY-4.0"}


def test_the_top_level_licence_files_hold_the_standard_texts():
    mit = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert mit.startswith("MIT License\n\nCopyright (c) ")
    terms = "Permission is hereby granted"
    assert mit[mit.index(terms):] == notices.licence_text("MIT")[notices.licence_text("MIT").index(terms):]
    cc_by = (ROOT / "LICENSE-CONTENT").read_text(encoding="utf-8")
    assert cc_by.startswith("Creative Commons Attribution 4.0 International\n")
    for part in ("Section 1 – Definitions.", "Section 3 – License Conditions.", "Section 8 – Interpretation."):
        assert part in cc_by, f"LICENSE-CONTENT lacks {part!r}: not the full CC BY 4.0 legal code"


def test_pom_names_both_licences():
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    pom = ET.parse(ROOT / "pom.xml").getroot()
    names = [l.findtext("m:name", namespaces=ns) for l in pom.findall("m:licenses/m:license", ns)]
    assert names == ["MIT", "CC-BY-4.0"], names


NOTEBOOKS = sorted((ROOT / "source").glob("*.ipynb")) + sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_notebook_names_the_workbooks_licences_in_its_metadata(path):
    """In the lesson sources (source/), and so in the student editions made from them (notebooks/)."""
    metadata = json.loads(path.read_text(encoding="utf-8"))["metadata"]
    assert metadata.get("license") == WORKBOOK_LICENCES, (
        f"{path.relative_to(ROOT)}: its notebook metadata should hold \"license\": {json.dumps(WORKBOOK_LICENCES)} "
        f"(README, Licence and reuse), not {metadata.get('license')!r}")


def test_every_accepted_licence_has_its_full_text():
    accepted = notices.allowed()
    assert "MIT" in accepted and "Apache-2.0" in accepted
    for spdx in accepted:
        text = ROOT / "src" / "license" / "texts" / f"{spdx}.txt"
        assert text.is_file() and len(text.read_text(encoding="utf-8")) > 500, f"no full text of {spdx} at {text}"


def test_lib_carries_the_notices_of_exactly_the_jars_it_holds():
    notice = notices.LIB / "THIRD-PARTY.txt"
    assert notice.is_file(), "lib/THIRD-PARTY.txt is missing: ./mvnw package writes it"
    jars = {p.name for p in notices.LIB.glob("*.jar")}
    assert notices.LIBRARY_JAR in jars and len(jars) > 1, f"lib/ is not built: {sorted(jars)}"
    problems = notices.lib_notice_problems(notice.read_text(encoding="utf-8"), jars, notices.allowed())
    assert not problems, "lib/THIRD-PARTY.txt does not match lib/:\n" + "\n".join(problems)


class TestTheLibNoticeCheckFindsWhatIsWrong:
    """The check above on notices that are wrong in one way each: it must be able to fail."""

    NOTICE = "\n".join([
        "Apache-2.0 (1 jar)", "  a-1.0.jar", "      A 1.0 (g:a:1.0)", "",
        "MIT (1 jar)", "  b-2.0.jar", "", "Licence texts", "=============", "",
        notices.RULE, "Apache-2.0", notices.RULE, "", "the Apache text", "",
        notices.RULE, "MIT", notices.RULE, "", "the MIT text", ""])
    TEXTS = {"Apache-2.0": "the Apache text", "MIT": "the MIT text", "ISC": "the ISC text"}

    def problems(self, notice=NOTICE, jars=("nn-workbook.jar", "a-1.0.jar", "b-2.0.jar"),
                 accepted=("Apache-2.0", "MIT")):
        return notices.lib_notice_problems(notice, set(jars), list(accepted), self.TEXTS.get)

    def test_a_right_notice_passes(self):
        assert self.problems() == []

    def test_a_jar_without_its_notice(self):
        assert self.problems(jars=("nn-workbook.jar", "a-1.0.jar", "b-2.0.jar", "c-3.0.jar")) == [
            "c-3.0.jar is in lib/ but the notice does not list it"]

    def test_a_notice_for_a_jar_that_is_not_there(self):
        assert self.problems(jars=("nn-workbook.jar", "a-1.0.jar")) == [
            "the notice lists b-2.0.jar, which is not in lib/"]

    def test_a_jar_under_a_licence_that_is_not_accepted(self):
        notice = self.NOTICE.replace("MIT (1 jar)", "Unknown license (1 jar)")
        assert self.problems(notice) == [
            "b-2.0.jar is under Unknown license, not an accepted licence "
            "(src/license/allowed.txt: Apache-2.0, MIT)"]

    def test_a_licence_without_its_text(self):
        notice = self.NOTICE.replace("the MIT text", "the MIT text, shortened")
        assert self.problems(notice) == ["the text of MIT in the notice is not src/license/texts/MIT.txt"]
        cut = self.NOTICE[:self.NOTICE.index(notices.RULE + "\nMIT")]
        assert self.problems(cut) == ["the notice names MIT but does not carry its text"]


# --- the Python packages: environment/THIRD-PARTY.txt ---------------------------------------


def test_the_python_notice_is_current_and_every_package_is_under_an_accepted_licence():
    """The committed notice is what pip-licenses reads from the installed packages now: a changed
    lock, a new package or a package under a licence that is not accepted fails here."""
    pins = notices.pinned()
    committed = notices.parse_python_notice(notices.PYTHON_NOTICE.read_text(encoding="utf-8"))
    reports = notices.installed_licences(sorted(pins))
    entries, problems = notices.python_entries(pins, reports, committed, notices.allowed(), notices.merges())
    assert not problems, "\n".join(problems)
    fresh = {notices.normalise(e.name): e for e in entries}
    stale = sorted(n for n in fresh.keys() | committed.keys() if fresh.get(n) != committed.get(n))
    assert not stale, (f"environment/THIRD-PARTY.txt is out of date for {', '.join(stale)}: "
                       f"run .venv/bin/python environment/notices.py")


class TestThePythonLicenceCheckFindsWhatIsWrong:
    """The check above on made-up packages that are wrong in one way each: it must be able to fail."""

    ACCEPTED = ["Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "MIT"]
    NAMES = {"MIT License": "MIT", "Apache Software License": "Apache-2.0"}

    def report(self, name="a", version="1.0", licence="MIT License", text="the MIT text"):
        return {"Name": name, "Version": version, "License": licence, "URL": "https://example.org/a",
                "LicenseText": text, "NoticeText": "UNKNOWN"}

    def problems(self, reports, pins=None, committed=None):
        pins = pins if pins is not None else {"a": ("1.0", "")}
        return notices.python_entries(pins, reports, committed or {}, self.ACCEPTED, self.NAMES)[1]

    @pytest.mark.parametrize("declared, accepted_as", [
        ("MIT License", "MIT"),
        ("MIT", "MIT"),
        ("Apache-2.0 AND BSD-2-Clause", "Apache-2.0 AND BSD-2-Clause"),
        ("Apache-2.0 OR GPL-3.0-only", "Apache-2.0"),
        ("Apache Software License; BSD License", "Apache-2.0 OR BSD License (BSD-2-Clause or BSD-3-Clause)"),
        ("GPL-3.0-only", None),
        ("MIT AND GPL-3.0-only", None),
        ("UNKNOWN", None),
        ("Copyright (c) 2020 someone. All rights reserved.", None),
    ])
    def test_a_declared_licence_is_accepted_only_if_every_part_of_one_alternative_is(self, declared, accepted_as):
        assert notices.accepted_as(declared, self.ACCEPTED, self.NAMES) == accepted_as

    def test_a_right_package_passes(self):
        assert self.problems([self.report()]) == []

    def test_a_package_under_a_licence_that_is_not_accepted(self):
        assert self.problems([self.report(licence="GNU General Public License v3 (GPLv3)")]) == [
            "a 1.0 declares a licence that is not accepted (GNU General Public License v3 (GPLv3); "
            "src/license/allowed.txt, merges.txt)"]

    def test_a_package_without_a_licence_file(self):
        assert self.problems([self.report(text="UNKNOWN")]) == ["a 1.0 ships no licence file to copy into the notice"]

    def test_a_pinned_package_that_is_not_installed_or_at_another_version(self):
        assert self.problems([]) == ["a==1.0 is pinned in requirements.txt but not installed"]
        assert self.problems([self.report(version="2.0")]) == ["a 2.0 is installed, requirements.txt pins 1.0"]

    def test_a_pin_for_another_platform_is_left_out_and_one_for_another_python_kept_from_the_notice(self):
        windows = {"a": ("1.0", "sys_platform == 'win32'")}
        assert notices.python_entries(windows, [], {}, self.ACCEPTED, self.NAMES) == ([], [])
        other = next(v for v in notices.SUPPORTED_PYTHONS if v != "%d.%d" % sys.version_info[:2])
        other_python = {"a": ("1.0", f"python_version == '{other}'")}
        assert notices.python_entries(other_python, [], {}, self.ACCEPTED, self.NAMES)[1] == [
            f"a==1.0 (python_version == '{other}') is not installed by this Python: "
            "run environment/notices.py on a Python that installs it"]
        kept = notices.Entry("a", "1.0", "MIT", "", "the MIT text")
        assert notices.python_entries(other_python, [], {"a": kept}, self.ACCEPTED, self.NAMES) == ([kept], [])

    def test_the_notice_reads_back_as_written(self):
        entries = [notices.Entry("b", "2.0", "MIT", "https://example.org/b", f"text\n{notices.RULE}\nmore"),
                   notices.Entry("a", "1.0", "Apache-2.0", "", "Apache text")]
        parsed = notices.parse_python_notice(notices.python_notice(entries))
        assert parsed == {"a": entries[1], "b": entries[0]}
