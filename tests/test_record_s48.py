"""Session 48 (rec48): primary sources read, seventh pass.

The pass read the logs of sessions 33-47 first and took routes they do not hold. One key fact gained a primary: the
Sudanese presidency's own item on the extraordinary IGAD summit of Monday 12 June 2017 in Addis Ababa
(albashir.sd/enw/?p=666), which records al-Bashir's attendance but shows no date, so the day still rests on SUNA's dated
report and the event keeps a gap saying so. Nine more of his trips of 2017-2019, a trip of Mr Shoigu of 2026 and
Hungary's vote of 20 May 2025 log searches that found no primary; three trips gain a State's news agency's or
information service's report as a secondary, and the AU summit of July 2017, recorded as planned, is now a trip he
stayed away from (the Vice-President led the delegation). These tests read the record as ``iccwatch data sources``
reports it.
"""

from __future__ import annotations

import pytest

from iccwatch.dataset import RecordSet
from iccwatch.dataset.sources_report import sources_report

ON = "2026-12-06"
FOUND = "2017-06-12-omar-hassan-ahmad-al-bashir-ethiopia"
FOUND_URL = "http://albashir.sd/enw/?p=666"
# event id -> words its new log entry must hold (what it searched)
LOGGED_EVENTS = {
    "2017-08-18-omar-hassan-ahmad-al-bashir-rwanda": "swearing-in",
    "2018-10-28-omar-hassan-ahmad-al-bashir-turkey": "list of guests",
    "2017-08-06-omar-hassan-ahmad-al-bashir-morocco": "Tangier",
    "2017-04-04-omar-hassan-ahmad-al-bashir-ethiopia": "working visit of 4 April 2017",
    "2018-04-20-omar-hassan-ahmad-al-bashir-ethiopia": "Tana Forum",
    "2019-02-09-omar-hassan-ahmad-al-bashir-ethiopia": "32nd AU summit",
    "2017-06-19-omar-hassan-ahmad-al-bashir-saudi-arabia": "Jeddah",
    "2026-02-02-sergei-kuzhugetovich-shoigu-myanmar": "working visit of 2 February 2026",
    "2018-01-omar-hassan-ahmad-al-bashir-ethiopia": "tripartite summit",
    "2017-07-03-omar-hassan-ahmad-al-bashir-ethiopia-cancelled": "29th AU summit",
    "2017-01-30-omar-hassan-ahmad-al-bashir-ethiopia-planned": "28th AU summit",
}
# event id -> (url of the news agency's report now cited, words of its pinpoint)
NEW_SECONDARIES = {
    "2017-04-04-omar-hassan-ahmad-al-bashir-ethiopia": ("http://allafrica.com/stories/201704050301.html",
                                                        "two-hour"),
    "2019-02-09-omar-hassan-ahmad-al-bashir-ethiopia": ("https://allafrica.com/stories/201902110889.html",
                                                        "Premier Abiy exchanged views"),
    "2018-01-omar-hassan-ahmad-al-bashir-ethiopia": ("http://allafrica.com/stories/201801300993.html",
                                                     "Monday 29/1/2018"),
    "2017-07-03-omar-hassan-ahmad-al-bashir-ethiopia-cancelled": ("http://www.sudantribune.com/spip.php?article62886",
                                                                  "would lead his country"),
}


@pytest.fixture(scope="module")
def report(records: RecordSet) -> dict:
    return sources_report(records)


def _without(report: dict, kind: str) -> set[str]:
    return {f["fact"].split(" ")[0] for f in report["key_facts_without_primary"] if f["kind"] == kind}


def test_the_presidency_s_item_is_cited_first_as_a_read_primary(records: RecordSet, report: dict) -> None:
    event = records.events[FOUND]
    first = event.sources[0]
    assert first.url == FOUND_URL and first.kind == "primary"
    assert first.publisher == "Office of the President of Sudan"
    assert "kicked off here Monday" in (first.pinpoint or "") and "31 extraordinary session" in (first.pinpoint or "")
    assert "no date" in (first.note or "")
    # the fact now counts as one with a read primary
    assert f"events/{FOUND}" not in _without(report, "event")


def test_the_day_still_rests_on_the_dated_report_and_the_gap_says_so(records: RecordSet) -> None:
    event = records.events[FOUND]
    assert str(event.date) == "2017-06-12" and event.state == "ETH" and event.action == "no_arrest"  # unchanged
    assert event.primary_gap and "weekday" in event.primary_gap and "SUNA" in event.primary_gap
    # the dated agency report the day rests on is still cited
    assert any(s.url == "http://allafrica.com/stories/201706130541.html" for s in event.sources)
    logged = [s for s in event.searched or [] if str(s.on) == ON]
    assert len(logged) == 1 and logged[0].route == "government-pages" and "now cited" in logged[0].detail


@pytest.mark.parametrize(("event_id", "words"), sorted(LOGGED_EVENTS.items()))
def test_each_new_route_is_logged_once_and_the_event_still_lacks_a_primary(
        records: RecordSet, report: dict, event_id: str, words: str) -> None:
    event = records.events[event_id]
    logged = [s for s in event.searched or [] if str(s.on) == ON]
    assert len(logged) == 1
    assert logged[0].route in ("government-pages", "news-reports")
    assert words in logged[0].detail and "No primary added." in logged[0].detail
    assert event.primary_gap
    assert all(s.kind != "primary" for s in event.sources)
    assert f"events/{event_id}" in _without(report, "event")


@pytest.mark.parametrize(("event_id", "cited"), sorted(NEW_SECONDARIES.items()))
def test_the_news_agencies_reports_are_secondaries(records: RecordSet, event_id: str,
                                                   cited: tuple[str, str]) -> None:
    url, words = cited
    event = records.events[event_id]
    found = [s for s in event.sources if s.url == url]
    assert len(found) == 1
    assert found[0].kind == "secondary" and found[0].publisher.startswith(("AllAfrica (", "Sudan Tribune"))
    assert words in (found[0].pinpoint or "")


def test_hungary_s_vote_logs_the_gazette_route_and_keeps_its_figures(records: RecordSet, report: dict) -> None:
    acts = [p for p in records.states["HUN"].participation
            if p.instrument == "rome-statute" and p.action == "withdrawal_announced" and str(p.date) == "2025-05-20"]
    assert len(acts) == 1
    logged = [s for s in acts[0].searched or [] if str(s.on) == ON]
    assert len(logged) == 1 and logged[0].route == "gazettes" and "Magyar Közlöny" in logged[0].detail
    # a relay's other figure is logged, not adopted: the record keeps 134 to 37 with 7 abstentions
    assert "137" in logged[0].detail and "134 to 37 with 7 abstentions" in logged[0].detail
    assert "134 votes to 37 with 7 abstentions" in " ".join((acts[0].note or "").split())
    assert all(s.kind != "primary" for s in acts[0].sources)
    assert any(f.startswith("states/HUN") for f in _without(report, "rome_statute_act"))


def test_counts_moved_by_the_one_event(report: dict) -> None:
    by_kind = report["key_facts"]["by_kind"]
    assert report["key_facts"]["with_read_primary"] == 682 and report["key_facts"]["total"] == 1158
    assert by_kind["event"]["with_primary"] == 55 and by_kind["event"]["total"] == 237


def test_control_the_other_kinds_hold_at_the_counts_the_pass_began_with(report: dict) -> None:
    # passes before and after the pass: it touched no act's, warrant's, status's or decision's sources
    by_kind = report["key_facts"]["by_kind"]
    assert by_kind["rome_statute_act"]["with_primary"] == 274
    assert by_kind["warrant"]["with_primary"] == 66
    assert by_kind["warrant_status"]["with_primary"] == 178
    assert by_kind["decision"]["with_primary"] == 109


@pytest.mark.parametrize("event_id", sorted(e for e in [FOUND, *LOGGED_EVENTS] if not e.endswith(("-cancelled", "-planned"))))
def test_control_no_logged_or_cited_event_changed_its_date_state_or_action(records: RecordSet, event_id: str) -> None:
    # passes before and after the pass: the dates, States and actions are those the record held (its id encodes them)
    event = records.events[event_id]
    assert event_id.startswith(str(event.date)[:7])
    assert event.action == "no_arrest"
    assert event.state == {"ethiopia": "ETH", "rwanda": "RWA", "turkey": "TUR", "morocco": "MAR",
                           "myanmar": "MMR", "arabia": "SAU"}[event_id.rsplit("-", 1)[1]]


def test_the_planned_au_summit_of_july_2017_is_now_a_trip_he_stayed_away_from(records: RecordSet) -> None:
    # SUNA, as Sudan Tribune relayed it on 1 July 2017, named the Vice-President as head of the delegation instead
    assert "2017-07-03-omar-hassan-ahmad-al-bashir-ethiopia-planned" not in records.events
    event = records.events["2017-07-03-omar-hassan-ahmad-al-bashir-ethiopia-cancelled"]
    assert event.action == "visit_cancelled" and event.cancelled_by == "visitor_stayed_away"
    assert (str(event.date), str(event.end_date)) == ("2017-07-03", "2017-07-04")  # the summit's days, unchanged
    assert "Recorded until 2026-12-06 as a planned trip" in (event.note or "")
    assert all(s.kind != "primary" for s in event.sources) and event.primary_gap


def test_control_the_january_2018_trip_keeps_its_month(records: RecordSet) -> None:
    # the new source gives a day he was there, not the day he arrived: the record keeps the month (passes on both)
    event = records.events["2018-01-omar-hassan-ahmad-al-bashir-ethiopia"]
    assert str(event.date) == "2018-01" and event.action == "no_arrest"
