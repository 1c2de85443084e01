"""Session 45 (rec45): primary sources and the current record, sixth pass.

The pass took routes that the search logs of sessions 33-44 do not hold (the Russian Security Council's own notices of
its Secretary's visits, the Russian President's orders and the Kremlin's record of the meetings at which he announced
he would stay away from the G20, a later recollection of a visit in the Kremlin's record, the Georgian Ministry of
Justice's own page on the Georgia warrants) and found no primary source at an official address for any key fact. Each
search is logged, dated, on the fact it concerns; no fact gained or lost a primary, and the one official page read
(Georgia's Ministry of Justice) is not cited, since it names no suspect. These tests read the record as
``iccwatch data sources`` reports it.
"""

from __future__ import annotations

import pytest

from iccwatch.dataset import RecordSet
from iccwatch.dataset.sources_report import sources_report

ON = "2026-12-06"
# event id -> words its new log entry must hold (the route it names)
LOGGED_EVENTS = {
    "2024-11-18-vladimir-vladimirovich-putin-brazil-cancelled": "meeting with the heads of BRICS media",
    "2025-11-22-vladimir-vladimirovich-putin-south-africa-cancelled": "President's order",
    "2025-03-21-sergei-kuzhugetovich-shoigu-north-korea": "Russian Security Council's own notice",
    "2025-06-04-sergei-kuzhugetovich-shoigu-north-korea": "Russian Security Council's own notice",
    "2024-08-18-vladimir-vladimirovich-putin-azerbaijan": "later recollection",
    "2025-10-vladimir-vladimirovich-putin-hungary": "Budapest summit being put off",
}
GEORGIA_WARRANTS = ["gamlet-guchmazov-1", "mikhail-mayramovich-mindzaev-1", "david-georgiyevich-sanakoev-1"]


@pytest.fixture(scope="module")
def report(records: RecordSet) -> dict:
    return sources_report(records)


def _without(report: dict, kind: str) -> set[str]:
    return {f["fact"] for f in report["key_facts_without_primary"] if f["kind"] == kind}


@pytest.mark.parametrize(("event_id", "words"), sorted(LOGGED_EVENTS.items()))
def test_each_new_route_is_logged_once_on_its_event(records: RecordSet, report: dict, event_id: str,
                                                     words: str) -> None:
    event = records.events[event_id]
    logged = [s for s in event.searched or [] if str(s.on) == ON and words in s.detail]
    assert len(logged) == 1
    assert logged[0].route == "government-pages"
    assert "No primary added." in logged[0].detail
    # nothing was found, so the fact keeps its gap and stays among those without a read primary
    assert event.primary_gap
    assert any(f.startswith(f"events/{event_id} ") for f in _without(report, "event"))
    assert all(s.kind != "primary" for s in event.sources)


@pytest.mark.parametrize("warrant_id", GEORGIA_WARRANTS)
def test_the_georgian_ministry_page_is_logged_on_the_custody_status_not_cited(records: RecordSet, report: dict,
                                                                             warrant_id: str) -> None:
    status = records.warrants[warrant_id].status_history[1]
    assert status.status == "at_large" and str(status.date) == "2022-06-24"
    logged = [s for s in status.searched or [] if str(s.on) == ON]
    assert len(logged) == 1 and logged[0].route == "government-pages"
    assert "justice.gov.ge" in logged[0].detail and "not cited" in logged[0].detail
    # the page names no suspect: it is not a source of the status, which stays inferred and without a read primary
    assert all("justice.gov.ge" not in s.url for s in status.sources)
    assert status.inferred
    assert f"warrants/{warrant_id} status_history[1] (at_large, 2022-06-24)" in _without(report, "warrant_status")


def test_the_afghan_announcement_logs_the_authorities_own_addresses(records: RecordSet, report: dict) -> None:
    acts = [p for p in records.states["AFG"].participation
            if p.instrument == "rome-statute" and p.action == "withdrawal_announced"]
    assert len(acts) == 1
    logged = [s for s in acts[0].searched or [] if str(s.on) == ON]
    assert len(logged) == 1 and logged[0].route == "government-pages" and "Bakhtar" in logged[0].detail
    # still a statement read only as reported: disputed, low confidence, no primary
    assert acts[0].disputed and acts[0].confidence == "low" and acts[0].primary_gap
    assert all(s.kind != "primary" for s in acts[0].sources)
    assert any(f.startswith("states/AFG participation[2] (withdrawal_announced") for f in _without(report, "rome_statute_act"))


def test_no_record_cites_the_page_that_was_only_logged(records: RecordSet) -> None:
    for warrant in records.warrants.values():
        assert all("justice.gov.ge" not in s.url for s in warrant.sources)
        for status in warrant.status_history:
            assert all("justice.gov.ge" not in s.url for s in status.sources)


def test_the_counts_are_those_the_pass_began_with(report: dict) -> None:
    # control: a pass that found no primary moves no count (session 44's figures)
    by_kind = report["key_facts"]["by_kind"]
    # 682 and 55 since session 48 added one event's primary (tests/test_record_s48.py); the other kinds hold
    assert report["key_facts"]["with_read_primary"] == 682 and report["key_facts"]["total"] == 1158
    assert by_kind["event"]["with_primary"] == 55
    assert by_kind["warrant_status"]["with_primary"] == 178
    assert by_kind["rome_statute_act"]["with_primary"] == 274
    assert by_kind["warrant"]["with_primary"] == 66
    assert by_kind["decision"]["with_primary"] == 109
