"""Session 46 (rec46): citations to copies of documents and to a third party's dataset, worked from the citations.

- The ABA ICC Project's CSV (a 2014 snapshot on GitHub, grade C) is no longer cited on a State's Rome Statute act
  whose read primary, listed before it, states the day, unless the act's note speaks of the dataset (where it gave
  the day first, agrees or disagrees); a primary cited on an act is listed before the CSV, except where the note says
  the day still rests on the graded-C sources (Israel's withdrawal of its signature).
- Three originals were found stored and are cited in place of copies (the Court's Philippines release of
  18 July 2023, the UN's release L/3071 reissuing the Prosecutor's release of 23 June 2004); the APO copy of the UN
  Spokesman's statement on The Gambia and the Portuguese gazette mirror are no longer cited where the original or
  another read primary states the same day.

These tests read the record as the loader gives it and as ``iccwatch data sources`` reports it.
"""

from __future__ import annotations

import re

import pytest

from iccwatch.dataset import RecordSet
from iccwatch.dataset.sources_report import sources_report

CSV = "github.com/theNewDynamic/aba-icc/"


@pytest.fixture(scope="module")
def report(records: RecordSet) -> dict:
    return sources_report(records)


def _without(report: dict) -> set[tuple[str, str]]:
    return {(f["file"], f["field"]) for f in report["key_facts_without_primary"]}


def _acts(records: RecordSet):
    for iso3, state in sorted(records.states.items()):
        for i, act in enumerate(state.participation):
            yield iso3, i, act


def test_no_act_resting_on_a_read_primary_keeps_the_csv_unless_its_note_speaks_of_it(records: RecordSet,
                                                                                      report: dict) -> None:
    without = _without(report)
    kept = []
    for iso3, i, act in _acts(records):
        urls = [s.url for s in act.sources]
        if not any(CSV in u for u in urls):
            continue
        if (f"data/states/{iso3}.yaml", f"participation[{i}]") in without:
            continue  # no read primary: the CSV may be the only source that gives the day
        notes = " ".join([act.note or "", act.primary_gap or ""] + [s.detail for s in act.searched or []]
                         + [s.note or "" for s in act.sources])
        if re.search(r"ABA|dataset|graded-C", notes):
            continue  # a note or search log tells the dataset's part in the day (Israel's withdrawal of its
            # signature: the day still rests on the two graded-C sources), so the citation stays checkable
        if any(CSV in s.url and (s.note or s.pinpoint) for s in act.sources):
            continue  # the CSV citation says what its row holds (Montenegro's, coded SCG)
        kept.append(f"{iso3} participation[{i}] {act.action}")
    assert kept == []


def test_a_primary_is_listed_before_the_csv(records: RecordSet) -> None:
    late = []
    for iso3, i, act in _acts(records):
        kinds = [("csv" if CSV in s.url else s.kind) for s in act.sources]
        if "csv" in kinds and "primary" in kinds and kinds.index("primary") > kinds.index("csv"):
            late.append(f"{iso3} participation[{i}] {act.action}")
    # Israel's withdrawal of its signature: the primary states the year, the day rests on the two graded-C sources
    assert late == ["ISR participation[1] signature_withdrawn"]


@pytest.mark.parametrize(("iso3", "index", "action"), [("KEN", 2, "entry_into_force"), ("ALB", 2, "entry_into_force"),
                                                       ("CIV", 1, "ratification")])
def test_sample_acts_dropped_the_csv_and_kept_their_primary_first(records: RecordSet, iso3: str, index: int,
                                                                  action: str) -> None:
    act = records.states[iso3].participation[index]
    assert act.action == action
    assert not any(CSV in s.url for s in act.sources)
    assert act.sources[0].kind == "primary"


@pytest.mark.parametrize(("iso3", "index"), [("ISR", 1), ("GRD", 0), ("PRT", 0)])
def test_controls_whose_note_speaks_of_the_dataset_keep_it(records: RecordSet, iso3: str, index: int) -> None:
    assert any(CSV in s.url for s in records.states[iso3].participation[index].sources)


def test_every_state_act_keeps_a_source(records: RecordSet) -> None:
    assert [f"{iso3}[{i}]" for iso3, i, act in _acts(records) if not act.sources] == []


def test_the_philippines_appeals_position_cites_the_courts_release_read_at_its_address(records: RecordSet) -> None:
    position = records.positions["icc-appeals-philippines-2023"]
    first = position.sources[0]
    assert first.kind == "primary"
    assert first.url == ("https://www.icc-cpi.int/news/"
                         "situation-republic-philippines-icc-appeals-chamber-confirms-authorisation-resume")
    assert "dissented" in (first.pinpoint or "")
    assert not any("miragenews" in s.url for s in position.sources)
    assert not position.primary_gap


def test_the_drc_opening_cites_the_uns_reissue_of_the_prosecutors_release(records: RecordSet) -> None:
    drc = records.situations["drc"]
    assert str(drc.investigation_opened) == "2004-06-23"
    l3071 = [s for s in drc.sources if s.url == "https://press.un.org/en/2004/l3071.doc.htm"]
    assert len(l3071) == 1 and l3071[0].kind == "primary" and "23 June" in (l3071[0].pinpoint or "")
    assert not any("listproc.ucdavis.edu" in s.url for s in drc.sources)


@pytest.mark.parametrize(("iso3", "index", "host"), [("GMB", 4, "africa-newsroom.com"), ("GMB", 5, "africa-newsroom.com"),
                                                     ("SLV", 0, "dre.tretas.org"), ("PRT", 2, "dre.tretas.org")])
def test_copies_dropped_where_a_read_primary_states_the_day(records: RecordSet, iso3: str, index: int,
                                                            host: str) -> None:
    act = records.states[iso3].participation[index]
    assert not any(host in s.url for s in act.sources)
    assert act.sources[0].kind == "primary"


def test_the_mirror_stays_where_no_other_source_states_the_day_in_words(records: RecordSet) -> None:
    act = records.states["SLV"].participation[1]
    assert act.action == "entry_into_force"
    assert any("dre.tretas.org" in s.url for s in act.sources)


def test_a_note_that_says_the_csv_was_removed_is_not_contradicted_by_a_citation(records: RecordSet) -> None:
    said = [(iso3, i, act) for iso3, i, act in _acts(records)
            if re.search(r"cited until 2026-12-06 and removed|was cited\s+until 2026-12-06", act.note or "")]
    # 27 notes said the day was given by the sources cited, the CSV among them; 26 said the dates were first taken
    # from it ("base dates from ABA", "date first taken from the ABA ICC Project dataset"); 4 said it agreed (JPN, LIE,
    # NLD, PRY)
    assert len(said) == 57
    assert [f"{iso3}[{i}]" for iso3, i, act in said if any(CSV in s.url for s in act.sources)] == []
    assert all(act.sources[0].kind == "primary" for _, _, act in said)
