"""Session 43 (rec43): the current record, 2025-07 to 2026-12.

The pass searched the stored material for the period's facts the record lacked. It found and added: Mr Putin's state
visit to Kazakhstan of 27-28 May 2026, which the record held only as planned (Vlast.kz's report, read in a copy); the
Assembly Presidency's statement of December 2025 on the designation of two Appeals judges (read in Al-Sabaah); and,
for the Presidency's statement of August 2025, its day and author (Alwihda Info). Where it found nothing it logged the
search (Hungary's withdrawal on 2 June 2026, the Sahel States' notifications, El Hishri's confirmation hearing, the
Duterte trial's opening, the CIS and APEC summits). These tests read the facts back from the built store, as the
commands and the dashboard do, and check each is cited with exactly the sources the pass read, primaries first.
"""

from __future__ import annotations

import pytest

from iccwatch.dataset import RecordSet
from iccwatch.dataset.grading import PublisherIndex
from iccwatch.dataset.sources_report import sources_report
from iccwatch.facts import Facts

KAZ_VISIT = "2026-05-27-vladimir-vladimirovich-putin-kazakhstan"
KAZ_PLANNED = "2026-05-vladimir-vladimirovich-putin-kazakhstan-planned"
VLAST_COPY = "https://longform.social/post/did:plc:av64nrsc7sczp26nmabnikse/3mmvxdvqf45j2/source"
DEC_RESPONSE = "2025-12-asp-presidency-statement-united-states-designations"
AUG_RESPONSE = "2025-08-asp-statement-united-states-designations"
ALSABAAH = "https://alsabaah.ly/%d8%a7%d9%84%d9%85%d8%ad%d9%83%d9%85%d8%a9-%d8%a7%d9%84%d8%ac%d9%86%d8%a7%d8%a6%d9%8a%d8%a9"
ALWIHDA = ("https://www.alwihdainfo.com/CPI-opposition-aux-sanctions-americaines-visant-des-responsables-elus-de-"
           "l-Institution_a143615.html")


@pytest.fixture(scope="module")
def index(records: RecordSet) -> PublisherIndex:
    return PublisherIndex.from_lookups(records.lookups)


def _primaries_first(sources: list) -> bool:
    kinds = [s.kind for s in sources]
    return kinds == sorted(kinds, key=lambda k: k != "primary")


def test_kazakhstan_visit_is_made_not_planned_in_the_store(facts: Facts) -> None:
    events = facts.records.events
    assert KAZ_PLANNED not in events  # replaced, not kept beside the made visit
    e = events[KAZ_VISIT]
    assert (e.person, e.state, e.action, e.trip) == ("vladimir-vladimirovich-putin", "KAZ", "no_arrest", "visit")
    assert (str(e.date), str(e.end_date)) == ("2026-05-27", "2026-05-28")
    # no other record of the same trip (planned, cancelled or made) survives for those days
    same = [x for x in events.values() if x.person == e.person and x.state == "KAZ" and str(x.date).startswith("2026")]
    assert [x.id for x in same] == [KAZ_VISIT]


def test_kazakhstan_visit_rests_on_the_report_read_as_a_copy(facts: Facts, index: PublisherIndex) -> None:
    e = facts.records.events[KAZ_VISIT]
    assert _primaries_first(e.sources)
    # the only source stating the visit itself is Vlast.kz's report, read in a copy graded C and said to be one
    stating = [s for s in e.sources if s.note is None or "plan" not in s.note and "summit's planned days" not in s.note
               and "invitation" not in s.note]
    assert [s.url for s in stating] == [VLAST_COPY]
    copy = stating[0]
    assert copy.kind == "secondary" and copy.copy_of and "vlast.kz/english/69541" in copy.copy_of
    assert "May 27" in (copy.pinpoint or "") and "May 28" in (copy.pinpoint or "")
    graded = index.lookup(VLAST_COPY)
    assert graded is not None and graded.grade == "C" and graded.publisher_class == "document_copy"
    assert e.confidence == "medium" and e.primary_gap
    assert any(str(s.on) == "2026-12-06" for s in e.searched or [])


def test_kazakhstan_host_is_not_a_party_on_the_visit_days(facts: Facts) -> None:
    # the made visit is assessed as one to a non-party: no duty to arrest, nothing for the Court to find
    state = facts.records.states["KAZ"]
    acts = [p for p in state.participation if p.instrument == "rome-statute"]
    assert all(p.action not in ("ratification", "accession") for p in acts)


def test_december_2025_presidency_statement_is_in_the_store(facts: Facts, index: PublisherIndex) -> None:
    r = facts.records.responses[DEC_RESPONSE]
    assert (r.body, r.kind, r.states, str(r.date)) == ("ASP", "informal", ["USA"], "2025-12")
    assert "two judges of the Court's Appeals Chamber" in r.summary and "nine elected officials" in r.summary
    assert [s.url for s in r.sources] == [ALSABAAH]
    assert _primaries_first(r.sources)
    graded = index.lookup(ALSABAAH)
    assert graded is not None and graded.grade == "C"
    # the statement answers the designations recorded on 2025-12-18, and is not dated before them
    m = facts.records.measures["usa-2025-12-18-sanctions-against-court-designation-of-icc-appeals-judges-gocha-lordkipanid"]
    assert m.id in r.note and str(m.date) == "2025-12-18"
    assert r.confidence == "medium" and r.primary_gap


def test_august_2025_presidency_statement_is_dated_to_the_day(facts: Facts) -> None:
    r = facts.records.responses[AUG_RESPONSE]
    assert str(r.date) == "2025-08-21"
    urls = [s.url for s in r.sources]
    assert urls[0] == "https://www.newlawjournal.co.uk/content/rule-of-law-threat-as-us-sanctions-icc-judges"
    assert ALWIHDA in urls and _primaries_first(r.sources)
    alwihda = next(s for s in r.sources if s.url == ALWIHDA)
    assert "21 août 2025" in (alwihda.pinpoint or "") and "présidence" in (alwihda.pinpoint or "")
    assert r.confidence == "medium"


def test_hungary_withdrawal_stays_disputed_with_the_search_logged(facts: Facts) -> None:
    hun = facts.records.states["HUN"]
    eff = [p for p in hun.participation if p.instrument == "rome-statute" and p.action == "withdrawal_effective"]
    assert len(eff) == 1
    act = eff[0]
    assert act.disputed and act.confidence == "low" and str(act.date) == "2026-06-02"
    assert act.primary_gap and "scheduled" in act.primary_gap
    assert any(str(s.on) == "2026-12-06" and "Magyarország" in s.detail for s in act.searched or [])


@pytest.mark.parametrize("iso3", ["BFA", "MLI", "NER"])
def test_sahel_states_remain_parties_with_the_fourth_search_logged(facts: Facts, iso3: str) -> None:
    st = facts.records.states[iso3]
    ann = [p for p in st.participation if p.instrument == "rome-statute" and p.action == "withdrawal_announced"]
    assert len(ann) == 1 and any(str(s.on) == "2026-12-06" for s in ann[0].searched or [])
    assert not [p for p in st.participation if p.instrument == "rome-statute" and p.action.startswith("withdrawal_")
                and p.action != "withdrawal_announced"]


def test_the_pass_changed_no_count_of_read_primaries(records: RecordSet) -> None:
    # nothing the pass added is a primary: the key facts with a read primary hold at their count of session 40
    report = sources_report(records)
    # 54 since session 44, which cited the Kremlin's own transcripts on Putin's visits to Kyrgyzstan and Kazakhstan
    # of 2023 (tests/test_record_s44.py), 55 since session 48, which cited the Sudanese presidency's item on al-Bashir's
    # IGAD summit of 2017-06-12 (tests/test_record_s48.py); none of the events this pass logged is among them
    assert report["key_facts"]["by_kind"]["event"]["with_primary"] == 55
    assert report["key_facts"]["by_kind"]["event"]["total"] == 237
    assert report["key_facts"]["by_kind"]["rome_statute_act"]["with_primary"] == 274


def test_planned_trips_still_open_log_the_search_of_this_pass(facts: Facts) -> None:
    for event_id in ("2026-10-09-vladimir-vladimirovich-putin-turkmenistan-planned",
                     "2026-11-vladimir-vladimirovich-putin-china-planned"):
        e = facts.records.events[event_id]
        assert e.action == "visit_planned" and str(e.date) < "2026-12-06"
        assert any(str(s.on) == "2026-12-06" for s in e.searched or [])
