"""Round eight of the bad records: the build refusing the new kinds and keeping the store, the real cases each new rule
(now in ``src/iccwatch/dataset/``: ``ruling_checks``, ``warrant_checks``, ``statement_checks``, ``identity_checks``,
``trip_checks``, ``citation_checks``) must leave alone, and the monitor's accept step refusing a candidate whose
evidence is empty.

What was tried in round eight, which the checker already refused, which rule closed a hole and which were left as
they are and why, is the table in ``tests/dataset/ROUND8.md`` (made by ``tests/dataset/round8_probe.py``). Each
closed hole has a fixture in ``tests/fixtures/bad/<case>/`` that ``tests/test_dataset_check.py`` picks up."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from tests.dataset.editing import edit_record
from typer.testing import CliRunner

from iccwatch.cli import app
from iccwatch.dataset.citation_checks import facts_and_their_sources
from iccwatch.dataset.identity_checks import recorded_twice
from iccwatch.dataset.loader import load_records
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.ruling_checks import findings_on_ended_warrants
from iccwatch.dataset.statement_checks import parties_statements, title_counts
from iccwatch.dataset.trip_checks import (
    overlapping_trips,
    trips_dated_by_later_sources,
    trips_while_arrested_by_a_state,
)
from iccwatch.dataset.warrant_checks import requests_after_death
from iccwatch.dataset.yaml_io import dump_yaml
from iccwatch.monitor import review

from .test_bad_input import (  # noqa: F401 - the store fixture is shared
    _apply,
    assert_build_refuses_and_keeps_the_store,
    built_small_store,
)

#: The checks this round wrote, each in the module of what it checks, in the order they report.
ROUND_CHECKS = (
    findings_on_ended_warrants, requests_after_death, title_counts, parties_statements, recorded_twice,
    trips_dated_by_later_sources, trips_while_arrested_by_a_state, overlapping_trips, facts_and_their_sources,
)


def round8_problems(records: RecordSet) -> list[Problem]:
    return [p for check in ROUND_CHECKS for p in check(records)]


#: Round eight's errors: a finding about ended warrants, a request after a death, a title's count, a duplicate.
BUILD_CASES = ["finding-on-ended-warrants", "request-after-death", "statement-title-count-differs", "statement-recorded-twice"]

BASHIR = "omar-hassan-ahmad-al-bashir"
E_CHAD = f"events/2010-07-21-{BASHIR}-chad.yaml"
KONY_PR = "https://www.icc-cpi.int/news/warrant-arrest-unsealed-against-five-lra-commanders"
REUTERS = {"url": "https://www.reuters.com/world/x-2010/", "publisher": "Reuters", "kind": "secondary"}


@pytest.mark.parametrize("case", BUILD_CASES)
def test_build_refuses_the_round_eight_kinds_and_keeps_the_store(case: str, data_copy: Path, tmp_path: Path,
                                                                 built_small_store: Path) -> None:  # noqa: F811
    assert_build_refuses_and_keeps_the_store(case, data_copy, tmp_path, built_small_store)


def test_a_refused_build_leaves_the_store_file_untouched(data_copy: Path, tmp_path: Path, built_small_store: Path) -> None:  # noqa: F811
    db = tmp_path / "iccwatch.sqlite"
    shutil.copy2(built_small_store, db)
    before = (db.read_bytes(), db.stat().st_mtime_ns)
    _apply("finding-on-ended-warrants", data_copy)
    build = CliRunner().invoke(app, ["data", "build", "--data", str(data_copy), "--db", f"sqlite:///{db}"])
    assert build.exit_code == 1 and "Traceback" not in build.output
    assert (db.read_bytes(), db.stat().st_mtime_ns) == before


def _round8(data: Path) -> list[str]:
    records, problems = load_records(data)
    assert records is not None and not [p for p in problems if p.severity == "error"], problems
    return [str(p) for p in round8_problems(records)]


def test_the_small_record_trips_no_round_eight_rule(data_copy: Path) -> None:
    """Trips sourced by the Court or by reports of their time, addresses cited alike wherever they are, a
    statement whose title counts its 67 signatories, live warrants behind every finding."""
    assert _round8(data_copy) == []


def _sources(data: Path, rel: str, sources: list[dict[str, Any]], **more: Any) -> None:
    edit_record(data, rel, lambda o: o.update(sources=sources, **more))


def test_a_trip_reported_within_a_month_or_with_a_primary_passes(data_copy: Path) -> None:
    _sources(data_copy, E_CHAD, [{**REUTERS, "date": "2010-08-20"}], end_date="2010-07-23")  # 28 days after it ended
    assert _round8(data_copy) == []
    _sources(data_copy, E_CHAD, [{**REUTERS, "date": "2014-01-01"},
                                 {"url": "https://www.icc-cpi.int/darfur/albashir", "publisher": "International Criminal Court", "kind": "primary"}])
    assert _round8(data_copy) == []


def test_a_trip_reported_only_long_after_is_warned_and_says_when(data_copy: Path) -> None:
    _sources(data_copy, E_CHAD, [{**REUTERS, "date": "2010-09-01"}], end_date="2010-07-23")  # 40 days after it ended
    found = _round8(data_copy)
    assert len(found) == 1 and found[0].startswith("warning:") and "the earliest 2010-09-01" in found[0]


def test_reports_a_note_leans_on_pass_when_a_report_is_cited(data_copy: Path) -> None:
    _sources(data_copy, E_CHAD, [{**REUTERS, "date": "2010-07-22"}], note="According to reports he stayed three days.")
    assert _round8(data_copy) == []


def test_words_like_report_that_do_not_lean_on_unnamed_reports_pass(data_copy: Path) -> None:
    edit_record(data_copy, E_CHAD, lambda o: o.update(note="The Chamber's report to the Council and the Assembly followed; the reporting State said nothing."))
    assert _round8(data_copy) == []


def test_a_gap_naming_the_document_it_is_about_passes_beside_a_primary(data_copy: Path) -> None:
    edit_record(data_copy, E_CHAD, lambda o: o.update(primary_gap="the Chamber's decision of 27 August 2010 itself was not read; its release was"))
    assert _round8(data_copy) == []
    edit_record(data_copy, E_CHAD, lambda o: o.update(primary_gap="no primary found"))
    assert any("says no primary was found" in p for p in _round8(data_copy))


def test_one_address_with_a_month_and_a_day_in_it_or_a_glossed_title_passes(data_copy: Path) -> None:
    src = {"url": KONY_PR, "title": "Warrant of arrest unsealed against five LRA commanders (press release)",
           "publisher": "International Criminal Court", "date": "2005-10", "kind": "primary"}
    edit_record(data_copy, E_CHAD, lambda o: o["sources"].append(src))
    assert _round8(data_copy) == []


def test_a_finding_while_one_of_two_warrants_is_live_passes(data_copy: Path) -> None:
    icc = {"url": "https://www.icc-cpi.int/darfur/albashir", "publisher": "International Criminal Court", "kind": "primary"}
    edit_record(data_copy, f"warrants/{BASHIR}-1.yaml",
                lambda w: w["status_history"].append({"status": "warrant_withdrawn", "date": "2015-01-01", "sources": [icc]}))
    assert _round8(data_copy) == []
    edit_record(data_copy, f"warrants/{BASHIR}-2.yaml",
                lambda w: w["status_history"].append({"status": "warrant_withdrawn", "date": "2018-01-01", "sources": [icc]}))
    assert _round8(data_copy) == []  # the second ended after the trip of 2017 the findings are about


def test_statements_of_one_day_with_other_signatories_and_trips_on_other_days_pass(data_copy: Path) -> None:
    st = load_records(data_copy)[0].statements["js-2020-06-23"].model_dump(mode="json", exclude_defaults=True)
    st.update(id="js-2020-06-23-b", title="Joint statement by 3 States", signatories=["AND", "ARG", "AUS"], announced_signatories=3)
    (data_copy / "statements" / "js-2020-06-23-b.yaml").write_text(dump_yaml(st), encoding="utf-8")
    trip = {"id": f"2010-07-25-{BASHIR}-chad", "date": "2010-07-25", "person": BASHIR, "state": "TCD", "action": "no_arrest",
            "sources": [{**REUTERS, "date": "2010-07-25"}]}
    (data_copy / "events" / f"{trip['id']}.yaml").write_text(dump_yaml(trip), encoding="utf-8")
    edit_record(data_copy, E_CHAD, lambda o: o.update(end_date="2010-07-23"))
    assert _round8(data_copy) == []


# ------------------------------------------------------------------------------ the monitor's accept step


def _candidate(sentence: str) -> dict[str, Any]:
    return {"id": "c0ffee00", "document": "d", "type": "visit", "person": BASHIR, "state": "JOR", "date": "2024-01-01",
            "confidence": 0.9, "method": "rules", "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)}}


def test_accept_refuses_a_candidate_with_no_evidence_and_writes_nothing(data_copy: Path) -> None:
    records = load_records(data_copy)[0]
    doc = {"url": "https://www.reuters.com/world/africa/x-2024-01-01/", "title": "A report", "publisher": "Reuters"}
    before = sorted((str(p), p.read_bytes()) for p in data_copy.rglob("*") if p.is_file())
    with pytest.raises(review.ReviewError, match=r"evidence\.sentence is empty"):
        review.record_for(_candidate("  "), doc, records, {}, None)
    assert sorted((str(p), p.read_bytes()) for p in data_copy.rglob("*") if p.is_file()) == before
    # the page that states it, given by the reviewer, is the fact's source; and a sentence is evidence enough
    assert review.record_for(_candidate(""), doc, records, {}, "https://www.reuters.com/world/y/")[2]["sources"][0]["url"] == "https://www.reuters.com/world/y/"
    src = review.record_for(_candidate("He arrived."), doc, records, {}, None)[2]["sources"][0]
    assert src["pinpoint"] == "characters 0-11 of the document"
