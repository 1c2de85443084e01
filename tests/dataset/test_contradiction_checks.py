"""Round six of the checker (``dataset/contradiction_checks.py``): the cases each rule must leave alone, beside
the bad fixtures in ``tests/fixtures/bad/`` that it must catch (person-in-two-states-at-once,
command-held-from-custody, address-read-and-not-found, official-page-called-a-copy)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.dataset.editing import edit_record as _edit

from iccwatch.dataset.contradiction_checks import contradiction_problems
from iccwatch.dataset.loader import load_records
from iccwatch.dataset.yaml_io import dump_yaml

CHAD = "events/2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml"
JORDAN = "events/2017-03-29-omar-hassan-ahmad-al-bashir-jordan.yaml"
NTAGANDA = "persons/bosco-ntaganda.yaml"
WARRANT = "warrants/bosco-ntaganda-1.yaml"
DECISION = "decisions/2010-08-27-chad.yaml"
COURT_PAGE = "https://www.icc-cpi.int/news/pre-trial-chamber-i-informs-security-council-and-assembly-states-parties-about-omar-al-bashirs"



def _found(data: Path) -> list[str]:
    records, problems = load_records(data)
    assert records is not None, problems
    return [f"{p.file} {p.field}: {p.message}" for p in contradiction_problems(records)]


def _second_trip(data: Path, date: str, *, state: str = "CAF", **extra: Any) -> None:
    trip = {"id": f"{date}-omar-hassan-ahmad-al-bashir-second", "date": date, "person": "omar-hassan-ahmad-al-bashir",
            "state": state, "action": "no_arrest", "host_party_reported": True,
            "sources": [{"url": "https://jurist.org/paperchase/2010/08/icc-reports-kenya-to-un-over-al-bashir-visit.php",
                         "publisher": "JURIST", "kind": "secondary"}], **extra}
    (data / f"events/{trip['id']}.yaml").write_text(dump_yaml(trip), encoding="utf-8")


def test_the_small_record_has_no_contradiction(data_copy: Path) -> None:
    assert _found(data_copy) == []


def test_arriving_on_the_day_a_stay_ends_or_two_trips_in_one_day_is_travel(data_copy: Path) -> None:
    _edit(data_copy, CHAD, lambda e: e.update(end_date="2010-07-23"))
    _second_trip(data_copy, "2010-07-23")  # left Chad on the 23rd, arrived elsewhere the same day
    assert _found(data_copy) == []
    _edit(data_copy, CHAD, lambda e: e.pop("end_date"))
    (data_copy / "events/2010-07-23-omar-hassan-ahmad-al-bashir-second.yaml").unlink()
    _second_trip(data_copy, "2010-07-21")  # two one-day visits on one day
    assert _found(data_copy) == []


def test_a_trip_inside_a_stay_is_caught_but_not_a_month_a_plan_or_the_same_state(data_copy: Path) -> None:
    _edit(data_copy, CHAD, lambda e: e.update(end_date="2010-07-23"))
    _second_trip(data_copy, "2010-07-22")
    assert [f for f in _found(data_copy) if "puts the person in CAF on 2010-07-22" in f]
    path = data_copy / "events/2010-07-22-omar-hassan-ahmad-al-bashir-second.yaml"
    path.unlink()
    _second_trip(data_copy, "2010-07")  # a month: not known to fall inside the stay
    assert _found(data_copy) == []
    (data_copy / "events/2010-07-omar-hassan-ahmad-al-bashir-second.yaml").unlink()
    _second_trip(data_copy, "2010-07-22", action="visit_planned")  # a plan puts no one anywhere
    assert _found(data_copy) == []
    path.unlink()
    _second_trip(data_copy, "2010-07-22", state="TCD")  # the same State: one stay written twice is another rule's
    assert not [f for f in _found(data_copy) if "puts the person" in f]


def test_a_command_ended_by_custody_or_resumed_after_release_passes(data_copy: Path) -> None:
    def command(end: str | None) -> Any:
        def change(p: dict[str, Any]) -> None:
            if end is None:
                p["offices"][0].pop("end", None)
            else:
                p["offices"][0]["end"] = end
        return change

    _edit(data_copy, NTAGANDA, command("2003"))  # ended before custody
    assert _found(data_copy) == []
    _edit(data_copy, NTAGANDA, command(None))
    assert [f for f in _found(data_copy) if "has no end" in f and "offices[0].end" in f]

    def release(w: dict[str, Any]) -> None:
        w["status_history"].append({"status": "released", "date": "2013-04-01", "sources": w["status_history"][0]["sources"]})

    for rel in ("warrants/bosco-ntaganda-1.yaml", "warrants/bosco-ntaganda-2.yaml"):
        _edit(data_copy, rel, release)
    assert _found(data_copy) == []  # released: a command may have resumed


def test_other_offices_are_left_alone(data_copy: Path) -> None:
    _edit(data_copy, NTAGANDA, lambda p: [p["offices"][0].update(kind="military"), p["offices"][0].pop("end")])
    assert _found(data_copy) == []


def test_a_page_read_elsewhere_or_a_note_that_does_not_say_not_found_passes(data_copy: Path) -> None:
    def cite(note: str) -> Any:
        def change(d: dict[str, Any]) -> None:
            d["sources"][0].update(kind="secondary", note=note)
        return change

    _edit(data_copy, DECISION, cite("the Court's release on the decision that preceded this one"))
    assert _found(data_copy) == []  # the event still cites it as primary; no note says it was not found
    _edit(data_copy, DECISION, cite("not found at this address in the stored material"))
    assert [f for f in _found(data_copy) if COURT_PAGE in f]
    _edit(data_copy, CHAD, lambda e: e["sources"][0].update(kind="secondary"))
    assert _found(data_copy) == []  # no one calls it primary now


def test_a_note_telling_a_page_s_history_or_another_copy_is_not_a_copy_claim(data_copy: Path) -> None:
    def note(text: str) -> Any:
        return lambda e: e["sources"][1].update(note=text)

    _edit(data_copy, JORDAN, note("corrected from secondary with a note calling it a copy on a third-party site"))
    assert _found(data_copy) == []
    _edit(data_copy, JORDAN, note("the Court's own page; the decision itself was read in a copy on a third-party host"))
    assert _found(data_copy) == []
    _edit(data_copy, JORDAN, note("copy of a primary document on a third-party site"))
    assert [f for f in _found(data_copy) if "sources[1].note" in f]
