"""Round five of the checker (``dataset/provenance_checks.py``): the cases each rule must leave alone, beside
the bad fixtures in ``tests/fixtures/bad/`` that it must catch (pointer-only-source-on-an-event,
note-leans-on-an-unreliable-site, note-leans-on-an-unreliable-publisher-by-name, note-names-an-uncited-outlet, filing-in-note-not-cited,
trip-end-later-than-every-source)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.dataset.editing import edit_record as _edit

from iccwatch.dataset.loader import load_records
from iccwatch.dataset.provenance_checks import provenance_problems

EVENT = "events/2017-03-29-omar-hassan-ahmad-al-bashir-jordan.yaml"
DECISION = "decisions/2017-12-11-jordan.yaml"



def _found(data: Path, rel: str) -> list[str]:
    records, problems = load_records(data)
    assert records is not None, problems
    return [f"{p.severity}: {p.field}: {p.message}" for p in provenance_problems(records) if p.file == f"data/{rel}"]


def test_the_small_record_passes(data_copy: Path) -> None:
    records, _ = load_records(data_copy)
    assert records is not None
    assert [str(p) for p in provenance_problems(records) if p.severity == "error"] == []


def test_a_disclosed_unreliable_site_passes_and_an_undisclosed_one_does_not(data_copy: Path) -> None:
    _edit(data_copy, EVENT, lambda e: e.update(note="a copy of the programme was seen on zaki.ru (graded X, not cited)"))
    assert _found(data_copy, EVENT) == []
    _edit(data_copy, EVENT, lambda e: e.update(note="a copy was seen on zaki.ru; the arrival was in the evening"))
    assert any(f.startswith("error: note:") and "zaki.ru" in f for f in _found(data_copy, EVENT))


def test_an_unreliable_publisher_named_by_name_is_caught_unless_disclosed(data_copy: Path) -> None:
    _edit(data_copy, EVENT, lambda e: e.update(note="Absolute Astronomy gives the arrival time"))
    assert any(f.startswith("error: note:") and "Absolute Astronomy" in f for f in _found(data_copy, EVENT))
    _edit(data_copy, EVENT, lambda e: e.update(note="Absolute Astronomy gives an arrival time (not relied on)"))
    assert _found(data_copy, EVENT) == []
    # A name inside a longer word is not the publisher's name.
    _edit(data_copy, EVENT, lambda e: e.update(note="the Absolute Astronomyx figures"))
    assert _found(data_copy, EVENT) == []
    # A pointer-only publisher (Wikipedia) named as where a fact comes from leans on it; saying an earlier
    # version of the record did, and was corrected, is a disclosure.
    _edit(data_copy, EVENT, lambda e: e.update(note="Wikipedia gives the arrival time"))
    assert any(f.startswith("error: note:") and "Wikipedia" in f for f in _found(data_copy, EVENT))
    _edit(data_copy, EVENT, lambda e: e.update(note="the arrival time was given from Wikipedia and has been corrected"))
    assert _found(data_copy, EVENT) == []


def test_an_outlet_the_record_cites_may_be_named(data_copy: Path) -> None:
    _edit(data_copy, EVENT, lambda e: e.update(note="the Court's page (icc-cpi.int) lists the finding"))
    assert _found(data_copy, EVENT) == []


def test_a_filing_number_a_source_states_passes(data_copy: Path) -> None:
    def cite(d: dict[str, Any]) -> None:
        d["note"] = "see ICC-02/05-01/09-999-Red"
        d["sources"][0]["pinpoint"] = "ICC-02/05-01/09-999-Red, para. 3"

    _edit(data_copy, DECISION, cite)
    assert not [f for f in _found(data_copy, DECISION) if "filing" in f]
    # A case number alone is not a filing.
    _edit(data_copy, DECISION, lambda d: d.update(note="in case ICC-02/05-01/09"))
    assert not [f for f in _found(data_copy, DECISION) if "filing" in f]


def test_an_end_date_is_left_alone_for_a_cancelled_trip_or_an_undated_source(data_copy: Path) -> None:
    def plan(e: dict[str, Any], *, cancelled: bool, dated: bool) -> None:
        e["end_date"] = "2017-03-31"
        if cancelled:
            e["action"] = "visit_cancelled"
            e["cancelled_by"] = "visitor_stayed_away"
            e.pop("host_party_reported", None)
        for s in e["sources"]:
            if dated:
                s["date"] = "2017-03-29"
            else:
                s.pop("date", None)

    _edit(data_copy, EVENT, lambda e: plan(e, cancelled=False, dated=True))
    assert [f for f in _found(data_copy, EVENT) if "end_date" in f]
    _edit(data_copy, EVENT, lambda e: plan(e, cancelled=False, dated=False))
    assert not [f for f in _found(data_copy, EVENT) if "end_date" in f]
    _edit(data_copy, EVENT, lambda e: plan(e, cancelled=True, dated=True))
    assert not [f for f in _found(data_copy, EVENT) if "end_date" in f]


def test_a_pointer_only_source_in_a_persons_own_list_is_an_error(data_copy: Path) -> None:
    rel = "persons/bosco-ntaganda.yaml"
    assert _found(data_copy, rel) == []

    def point(p: dict[str, Any]) -> None:
        p["sources"].append({"url": "https://en.wikipedia.org/wiki/Bosco_Ntaganda", "publisher": "Wikipedia", "kind": "secondary"})

    _edit(data_copy, rel, point)
    assert any(f.startswith("error: sources[") and "pointer to sources" in f for f in _found(data_copy, rel))
