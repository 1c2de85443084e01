"""Session 44 (rec44): primary sources and the current record, fifth pass.

Searching the Kremlin's transcripts by the words spoken at a meeting, not by their titles, found two pages at the
Kremlin's own address that earlier passes had logged as not found: Mr Tokayev's welcome of Mr Putin in Astana (the
talks of 9 November 2023) and Mr Putin's own recollection, at a meeting in Kazan on 21 February 2024, of his visit
to Kyrgyzstan "in late 2023, I believe it was October". Neither page, in the part read, dates the visit to the day,
so each event keeps a ``primary_gap`` saying the day rests on the reports. The pass also noted, on Mr Beina's
record, that the Special Criminal Court opened its Guen trial on 2025-10-30 (RFI), and logged its other searches on
the facts they concern. These tests read the record as ``iccwatch data sources`` reports it.
"""

from __future__ import annotations

import pytest

from iccwatch.dataset import RecordSet
from iccwatch.dataset.grading import PublisherIndex
from iccwatch.dataset.sources_report import is_read_primary, sources_report

KAZ = "2023-11-09-vladimir-vladimirovich-putin-kazakhstan"
KGZ = "2023-10-12-vladimir-vladimirovich-putin-kyrgyzstan"
KAZ_PAGE = "http://en.kremlin.ru/events/president/transcripts/72704/print"
KGZ_PAGE = "http://en.special.kremlin.ru/events/president/transcripts/73516"
RFI_GUEN = "https://fr.allafrica.com/stories/202510310183.html"
LOGGED_EVENTS = [
    "2023-11-23-vladimir-vladimirovich-putin-belarus", "2023-12-06-vladimir-vladimirovich-putin-saudi-arabia",
    "2023-12-06-vladimir-vladimirovich-putin-united-arab-emirates", "2024-06-19-vladimir-vladimirovich-putin-north-korea",
    "2024-08-18-vladimir-vladimirovich-putin-azerbaijan", "2024-09-02-vladimir-vladimirovich-putin-mongolia",
    "2024-12-06-vladimir-vladimirovich-putin-belarus", "2025-08-15-vladimir-vladimirovich-putin-united-states",
    "2025-10-08-vladimir-vladimirovich-putin-tajikistan", "2025-12-04-vladimir-vladimirovich-putin-india",
    "2025-12-12-vladimir-vladimirovich-putin-turkmenistan", "2026-05-27-vladimir-vladimirovich-putin-kazakhstan",
]
LOGGED_ACTS = [("ARM", "ratification"), ("KIR", "accession"), ("LVA", "ratification"), ("BDI", "withdrawal_notified"),
               ("GHA", "signature"), ("GHA", "ratification"), ("GRC", "signature"), ("GRC", "ratification"),
               ("GIN", "signature"), ("GUY", "signature")]


@pytest.fixture(scope="module")
def report(records: RecordSet) -> dict:
    return sources_report(records)


@pytest.fixture(scope="module")
def index(records: RecordSet) -> PublisherIndex:
    return PublisherIndex.from_lookups(records.lookups)


def _without(report: dict, kind: str) -> set[str]:
    return {f["fact"].split(" ")[0] for f in report["key_facts_without_primary"] if f["kind"] == kind}


@pytest.mark.parametrize(("event_id", "url"), [(KAZ, KAZ_PAGE), (KGZ, KGZ_PAGE)])
def test_the_kremlins_transcript_is_cited_first_as_a_read_primary(
        records: RecordSet, index: PublisherIndex, report: dict, event_id: str, url: str) -> None:
    event = records.events[event_id]
    assert event.sources[0].url == url
    first = event.sources[0]
    assert first.kind == "primary" and is_read_primary(first, index)
    graded = index.lookup(url)
    assert graded is not None and graded.grade == "A" and graded.publisher_class == "government_or_parliament"
    assert f"events/{event_id}" not in _without(report, "event")
    # the day is not in the part read: the gap stays and says so, and the day keeps resting on a report
    assert event.primary_gap and len(event.primary_gap) <= 300
    assert any(str(s.on) == "2026-12-06" and s.route == "government-pages" for s in event.searched or [])
    assert any(s.kind == "secondary" for s in event.sources)


def test_the_astana_transcript_states_the_arrival_not_the_day(records: RecordSet) -> None:
    event = records.events[KAZ]
    page = next(s for s in event.sources if s.url == KAZ_PAGE)
    assert "arrived in Astana early in the morning" in (page.pinpoint or "")
    assert "November 11, 2013" in (page.pinpoint or "")  # the treaty whose tenth anniversary was still to come
    assert "date line" in (page.note or "") and "TASS" in (page.note or "")
    assert page.title is None  # the part read shows no title; none is written
    assert str(event.date) == "2023-11-09" and event.end_date is None
    tass = [s for s in event.sources if s.url.startswith("https://tass.com/politics/1703963")]
    assert len(tass) == 1 and "ASTANA, November 9" in (tass[0].pinpoint or "")
    assert "TASS" in event.primary_gap


def test_the_kazan_transcript_recalls_the_month_not_the_days(records: RecordSet) -> None:
    event = records.events[KGZ]
    page = next(s for s in event.sources if s.url == KGZ_PAGE)
    assert str(page.date) == "2024-02-21"
    assert "I believe it was October" in (page.pinpoint or "")
    assert (str(event.date), str(event.end_date)) == ("2023-10-12", "2023-10-13")  # unchanged: the reports' days


def test_counts_moved_only_by_the_two_events(report: dict) -> None:
    by_kind = report["key_facts"]["by_kind"]
    # 55 and 682 since session 48 added one event's primary (tests/test_record_s48.py); the other kinds hold
    assert by_kind["event"]["with_primary"] == 55 and by_kind["event"]["total"] == 237
    assert by_kind["rome_statute_act"]["with_primary"] == 274
    assert by_kind["warrant"]["with_primary"] == 66
    assert by_kind["warrant_status"]["with_primary"] == 178
    assert by_kind["decision"]["with_primary"] == 109
    assert report["key_facts"]["with_read_primary"] == 682 and report["key_facts"]["total"] == 1158


@pytest.mark.parametrize("event_id", LOGGED_EVENTS)
def test_trips_searched_by_the_words_spoken_log_it_and_still_lack_a_primary(
        records: RecordSet, report: dict, event_id: str) -> None:
    event = records.events[event_id]
    # (the Kazakhstan visit of May 2026 also holds session 43's search of the same day, by another route)
    logged = [s for s in event.searched or [] if str(s.on) == "2026-12-06" and "words spoken" in s.detail]
    assert len(logged) == 1 and logged[0].route == "government-pages"
    assert f"events/{event_id}" in _without(report, "event")


@pytest.mark.parametrize(("iso3", "action"), LOGGED_ACTS)
def test_acts_searched_by_their_table_rows_log_it_and_still_lack_a_primary(
        records: RecordSet, report: dict, iso3: str, action: str) -> None:
    acts = [p for p in records.states[iso3].participation if p.instrument == "rome-statute" and p.action == action]
    assert len(acts) == 1
    logged = [s for s in acts[0].searched or [] if str(s.on) == "2026-12-06"]
    assert len(logged) == 1 and logged[0].route == "depositary-status" and "rows" in logged[0].detail
    assert acts[0].primary_gap
    assert f"states/{iso3}" in _without(report, "rome_statute_act")


def test_beina_s_record_notes_the_special_criminal_court_trial(records: RecordSet, index: PublisherIndex) -> None:
    person = records.persons["edmond-beina"]
    assert "2025-10-30" in (person.note or "") and "Special Criminal Court" in (person.note or "")
    rfi = [s for s in person.sources if s.url == RFI_GUEN]
    assert len(rfi) == 1 and rfi[0].kind == "secondary" and "ce 30 octobre" in (rfi[0].pinpoint or "")
    graded = index.lookup(RFI_GUEN)
    assert graded is not None and graded.grade in ("A", "B")
    # control: the warrant's last status is still the Court's ruling, not the national trial
    warrant = records.warrants["edmond-beina-1"]
    assert warrant.status_history[-1].status == "case_inadmissible"
    assert str(warrant.status_history[-1].date) == "2025-09-12"
