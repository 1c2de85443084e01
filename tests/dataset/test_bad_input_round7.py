"""Round seven of the bad records: the build refusing the new kinds and keeping the store, and the real cases each new
rule (now in ``src/iccwatch/dataset/``: ``participation_checks``, ``instrument_checks``, ``measure_checks``,
``custody_checks``, ``trip_checks``, ``ruling_checks``, ``alias_checks``, ``address_checks``, and ``!!bool`` in
``yaml_io.py``) must leave alone.

What was tried in round seven, which the checker already refused, which rule closed a hole and which were left
as they are and why, is the table in ``tests/dataset/ROUND7.md`` (made by ``tests/dataset/round7_probe.py``).
Each closed hole has a fixture in ``tests/fixtures/bad/<case>/`` that ``tests/test_dataset_check.py`` picks up."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from tests.dataset.editing import edit_file as _edit
from typer.testing import CliRunner

from iccwatch.cli import app
from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

from .test_bad_input import (  # noqa: F401 - the store fixture is shared
    _apply,
    assert_build_refuses_and_keeps_the_store,
    built_small_store,
)

#: One of each sort of error round seven added: YAML, an instrument's kind, a Statute-only act, a resolution's
#: number, a measure's author, custody, an application, a day's arrest, an address.
BUILD_CASES = ["bool-tag-on-yes", "participation-under-a-resolution", "council-fields-on-a-treaty", "statute-act-under-another-instrument",
               "resolution-symbol-other-number", "state-act-by-non-state", "court-request-in-custody",
               "trip-under-an-application-only", "no-arrest-on-the-day-of-arrest", "url-dot-segment", "finding-about-a-surrender"]

ICC = {"url": "https://www.icc-cpi.int/darfur/albashir", "publisher": "International Criminal Court", "kind": "primary"}
ROUND7_WORDS = ("a resolution is adopted, not joined", "of the Rome Statute (instrument:", "name two resolutions", "but the resolution was adopted",
                "only a Security Council resolution refers", "a resolution takes effect when adopted",
                "is an act of a State", "is an act on its day", "already in its custody", "only of an application", "but a warrant records",
                "has a dot segment", "takes hours, not days", "surrendered the person: it did what", "arrested the person: say in the note", "is the name of", "in the Court's custody (", "under another form of its address")


@pytest.mark.parametrize("case", BUILD_CASES)
def test_build_refuses_the_round_seven_kinds_and_keeps_the_store(case: str, data_copy: Path, tmp_path: Path,
                                                                 built_small_store: Path) -> None:  # noqa: F811
    assert_build_refuses_and_keeps_the_store(case, data_copy, tmp_path, built_small_store)


@pytest.mark.parametrize("case", ["council-fields-on-a-treaty", "court-request-in-custody", "url-dot-segment"])
def test_a_refused_build_leaves_the_store_file_untouched(case: str, data_copy: Path, tmp_path: Path,
                                                         built_small_store: Path) -> None:  # noqa: F811
    """Not only the store's bytes: its modification time too (nothing was written to it, not even the same bytes)."""
    db = tmp_path / "iccwatch.sqlite"
    shutil.copy2(built_small_store, db)
    before = (db.read_bytes(), db.stat().st_mtime_ns)
    _apply(case, data_copy)
    build = CliRunner().invoke(app, ["data", "build", "--data", str(data_copy), "--db", f"sqlite:///{db}"])
    assert build.exit_code == 1 and "Traceback" not in build.output
    assert (db.read_bytes(), db.stat().st_mtime_ns) == before


def _round7(data: Path) -> list[str]:
    """Every problem of round seven's rules (errors and warnings) in the record at ``data``."""
    _, problems = check_dataset(data)
    return [str(p) for p in problems if any(w in p.message for w in ROUND7_WORDS)]


def _write(data: Path, kind: str, rec: dict[str, Any]) -> None:
    (data / kind).mkdir(exist_ok=True)
    (data / kind / f"{rec['id']}.yaml").write_text(dump_yaml({**rec, "sources": [dict(ICC)]}), encoding="utf-8")


def test_the_small_record_trips_no_round_seven_rule(data_copy: Path) -> None:
    """Treaty acts under the APIC and the Kampala amendments, Council resolutions whose symbol, citation and
    adoption agree (one referring Darfur and obliging Sudan, treaties with an entry into force), an arrest event on the day of the arrest, and persons held by the Court (none of them with a
    trip or an office while held) are the small record's own."""
    assert _round7(data_copy) == []


def test_a_measure_another_body_or_nobody_known_may_take_passes(data_copy: Path) -> None:
    """A cyberattack whose author is unknown (two real ones) and a cooperation agreement of an intergovernmental
    body are not acts only a State takes; a law is, and a State's law passes."""
    _write(data_copy, "measures", {"id": "cyberattack-2023-09", "author_kind": "unknown", "kind": "cyberattack_on_court",
                                   "title": "An intrusion", "date": "2023-09-11", "summary": "An intrusion."})
    _write(data_copy, "measures", {"id": "eu-2006-04-10-cooperation-agreement", "author_kind": "other_body", "author": "European Union",
                                   "kind": "other_cooperation_agreement", "title": "An agreement", "date": "2006-04-10", "summary": "An agreement."})
    _write(data_copy, "measures", {"id": "bel-2004-01-01-law", "state": "BEL", "kind": "implementing_legislation",
                                   "title": "A law", "date": "2004-01-01", "summary": "A law.", "scope": "cooperation"})
    assert _round7(data_copy) == []


def test_the_courts_requests_outside_custody_and_for_other_assistance_pass(data_copy: Path) -> None:
    """Before the surrender, after the release, and for assistance other than arrest, a request of the Court
    about a person it has held is not refused; during custody an arrest request is."""
    for day, kind in (("2008-05-23", "arrest_and_surrender"), ("2010-01-05", "other_assistance"), ("2019-01-10", "arrest_and_surrender")):
        _write(data_copy, "requests", {"id": f"{day}-icc-jean-pierre-bemba-gombo-bel", "date": day, "person": "jean-pierre-bemba-gombo",
                                       "requested_state": "BEL", "requesting": "ICC", "kind": kind})
    assert _round7(data_copy) == []
    _write(data_copy, "requests", {"id": "2010-01-06-icc-jean-pierre-bemba-gombo-bel", "date": "2010-01-06", "person": "jean-pierre-bemba-gombo",
                                   "requested_state": "BEL", "requesting": "ICC", "kind": "arrest_and_surrender"})
    assert [e for e in _round7(data_copy) if "2010-01-06-icc-jean-pierre-bemba-gombo-bel" in e and "already in its custody" in e]


def test_a_trip_after_the_warrant_that_followed_an_application_passes(data_copy: Path) -> None:
    """An application, then a warrant: a trip after the warrant's issue is the record's ordinary case; one
    between the application and the warrant is refused."""
    warrant = load_yaml((data_copy / "warrants" / "joseph-kony-1.yaml").read_text(encoding="utf-8"))
    application = {**warrant, "id": "joseph-kony-9", "kind": "application", "status_history": [
        {"status": "requested", "date": "2005-05-06", "sources": [dict(ICC)]}]}
    application.pop("issued", None)
    application.pop("unsealed", None)
    (data_copy / "warrants" / "joseph-kony-9.yaml").write_text(dump_yaml(application), encoding="utf-8")
    event = {"id": "2010-07-21-joseph-kony-tcd", "date": "2010-07-21", "person": "joseph-kony", "state": "TCD", "action": "no_arrest"}
    _write(data_copy, "events", event)
    assert _round7(data_copy) == []
    (data_copy / "events" / "2010-07-21-joseph-kony-tcd.yaml").unlink()
    issued = warrant["issued"]
    assert issued > "2005-05-06"
    _write(data_copy, "events", {**event, "id": f"{issued}-joseph-kony-tcd", "date": issued})
    assert _round7(data_copy) == []


@pytest.mark.parametrize("url", ["https://www.icc-cpi.int/court-record/icc-02%2F05-01%2F09-397", "https://www.icc-cpi.int/.well-known/doc",
                                 "https://www.icc-cpi.int/files/v1.2/a..b.pdf", "https://www.icc-cpi.int/?q=../x"])
def test_an_address_with_dots_that_are_not_a_dot_segment_passes(url: str, data_copy: Path) -> None:
    """An encoded slash in a filing number, a name that begins with a dot, dots inside a name, and dots in the
    query are not a path's dot segments."""
    _edit(data_copy / "events" / "2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml",
          lambda e: e["sources"].append({"url": url, "publisher": "International Criminal Court", "kind": "primary"}))
    assert _round7(data_copy) == []


@pytest.mark.parametrize("path", ["/news/../x", "/news/./x", "/news/%2E%2E/x", "/news/%2e/x", "/news/.."])
def test_a_dot_segment_is_refused_written_or_encoded(path: str, data_copy: Path) -> None:
    _edit(data_copy / "events" / "2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml",
          lambda e: e["sources"].append({"url": f"https://www.icc-cpi.int{path}", "publisher": "International Criminal Court", "kind": "primary"}))
    assert [e for e in _round7(data_copy) if e.startswith("error:") and "sources[1].url" in e and "has a dot segment" in e]


def test_two_pages_of_one_site_on_one_fact_pass(data_copy: Path) -> None:
    """Only one page under two forms of its address is warned about: two pages of one site, or one page with
    another query, are two sources."""
    base = "https://www.icc-cpi.int/news/pre-trial-chamber-i-informs-security-council-and-assembly-states-parties-about-omar-al-bashirs"
    _edit(data_copy / "events" / "2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml",
          lambda e: e["sources"].extend([{"url": base + "-2", "publisher": "International Criminal Court", "kind": "primary"},
                                         {"url": base + "?lang=fr", "publisher": "International Criminal Court", "kind": "primary"}]))
    assert _round7(data_copy) == []


@pytest.mark.parametrize(("text", "value"), [("!!bool true", True), ("!!bool false", False), ("true", True)])
def test_a_boolean_written_true_or_false_reads_with_or_without_its_tag(text: str, value: bool) -> None:
    assert load_yaml(f"a: {text}\n") == {"a": value}


@pytest.mark.parametrize("word", ["yes", "'on'", "No", "off", "1", "y"])
def test_a_boolean_tag_on_another_word_is_refused(word: str) -> None:
    with pytest.raises(Exception, match="is not a boolean"):
        load_yaml(f"a: !!bool {word}\n")


def test_an_overflight_across_midnight_passes(data_copy: Path) -> None:
    """An overflight may end on the next day (a night flight); three days later it is a stay, not an overflight."""
    path = data_copy / "events" / "2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml"
    _edit(path, lambda e: e.update(trip="overflight", end_date="2010-07-22"))
    assert _round7(data_copy) == []
    _edit(path, lambda e: e.update(end_date="2010-07-24"))
    assert [e for e in _round7(data_copy) if e.startswith("error:") and "end_date" in e and "takes hours, not days" in e]


def test_a_finding_about_an_arrest_followed_by_a_release_passes(data_copy: Path) -> None:
    """A State that arrested the person and let him go instead of surrendering him failed to cooperate (two real
    findings are about such trips): only a surrender contradicts a finding, and a plain arrest is warned about."""
    event = data_copy / "events" / "2017-03-29-omar-hassan-ahmad-al-bashir-jordan.yaml"
    warrant = data_copy / "warrants" / "omar-hassan-ahmad-al-bashir-1.yaml"
    _edit(event, lambda e: e.update(action="arrest_and_release"))
    _edit(warrant, lambda w: w["status_history"].extend([
        {"status": "arrested", "date": "2017-03-29", "by_state": "JOR", "sources": [dict(ICC)]},
        {"status": "released", "date": "2017-03-30", "by_state": "JOR", "sources": [dict(ICC)]}]))
    assert _round7(data_copy) == []
