"""Session 47 (rec47): the current record, 2025-2026, seventh pass.

What the pass added, each from a page read in the stored material on 2026-12-06: the Said trial's closing
statements (the judges withdrew to deliberate on 26 November 2025; no judgment found), noted on Mr Said's record;
Mr Ngaïssona's appeal against the Yekatom and Ngaïssona judgment (Radio Ndeke Luka, Africa24), noted on the
conviction, which the search log of 2026-12-01 had said was not found; and two searches logged where nothing was
found (Hungary's withdrawal taking effect, the Assembly's resolutions of its twenty-fourth session). No key fact was
added or gained a primary, so the counts stay those of session 46.
"""

from __future__ import annotations

import pytest

from iccwatch.dataset import RecordSet
from iccwatch.dataset.grading import PublisherIndex
from iccwatch.dataset.sources_report import sources_report

SAID_CLOSING = "https://fr.allafrica.com/stories/202511270305.html"
RNL_APPEAL = "https://www.radiondekeluka.org/?p=91962"
A24_APPEAL = "https://africa24tv.com/centrafrique-cpi-la-defense-de-patrice-edouard-ngaissona-fait-appel-de-sa-condamnation"
CONVICTION = "2025-07-24-car-ii-yekatom-ngaissona-conviction"


@pytest.fixture(scope="module")
def index(records: RecordSet) -> PublisherIndex:
    return PublisherIndex.from_lookups(records.lookups)


def test_said_s_record_notes_the_closing_statements_and_no_judgment(records: RecordSet) -> None:
    person = records.persons["mahamat-said-abdel-kani"]
    note = person.note or ""
    assert "26 November" in note and "deliberate" in note and "No judgment was found" in note
    cited = [s for s in person.sources if s.url == SAID_CLOSING]
    assert len(cited) == 1 and cited[0].kind == "secondary" and str(cited[0].date) == "2025-11-27"
    assert "mercredi 26 novembre" in (cited[0].pinpoint or "")
    # control: the warrant's last status is still the surrender of 2021; no verdict is recorded
    warrant = records.warrants["mahamat-said-abdel-kani-1"]
    assert warrant.status_history[-1].status == "surrendered"
    assert str(warrant.status_history[-1].date) == "2021-01-24"
    assert not [d for d in records.decisions.values() if "mahamat-said-abdel-kani" in (d.persons or [])
                and d.kind in ("conviction", "acquittal")]


def test_ngaissona_s_appeal_is_noted_on_the_conviction_with_its_sources(
        records: RecordSet, index: PublisherIndex) -> None:
    decision = records.decisions[CONVICTION]
    assert "appealed" in (decision.note or "") and "September" in (decision.note or "")
    urls = [s.url for s in decision.sources]
    assert RNL_APPEAL in urls and A24_APPEAL in urls
    for url in (RNL_APPEAL, A24_APPEAL):
        graded = index.lookup(url)
        assert graded is not None and graded.grade == "B" and graded.publisher_class == "newspaper_or_broadcaster"
    assert any(str(s.on) == "2026-12-06" and "Radio Ndeke Luka" in s.detail for s in decision.searched or [])
    # control: the judgment itself is unchanged, and no appeal ruling is invented
    assert str(decision.date) == "2025-07-24" and decision.kind == "conviction"
    assert not [d for d in records.decisions.values() if d.appeal_of == CONVICTION]


def test_hungary_s_withdrawal_stays_disputed_with_the_second_search_logged(records: RecordSet) -> None:
    acts = [p for p in records.states["HUN"].participation
            if p.instrument == "rome-statute" and p.action == "withdrawal_effective"]
    assert len(acts) == 1 and acts[0].disputed and str(acts[0].date) == "2026-06-02"
    logged = [s for s in acts[0].searched or [] if str(s.on) == "2026-12-06"]
    assert len(logged) == 2 and any("Second pass" in s.detail for s in logged)


def test_the_assembly_s_session_resolutions_search_is_logged(records: RecordSet) -> None:
    response = records.responses["2025-12-03-asp-plenary-discussion-non-cooperation"]
    assert any(str(s.on) == "2026-12-06" and "six resolutions" in s.detail for s in response.searched or [])


def test_key_fact_counts_are_unchanged(records: RecordSet) -> None:
    report = sources_report(records)
    # 682 since session 48 added one event's primary (tests/test_record_s48.py)
    assert report["key_facts"]["with_read_primary"] == 682 and report["key_facts"]["total"] == 1158
