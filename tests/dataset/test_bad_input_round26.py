"""Round twenty-six of the bad input (tests/dataset/ROUND26.md): a ruling dated after the death the record states of a
person it names is refused (unless it ends the case or withdraws the warrant); a ruling whose outcome or id says it is
an initial appearance, dated before the person's surrender or voluntary appearance, is refused; an outcome naming
another person of the record is refused by the person's id and warned by the person's name; an event's occasion that
places its gathering in a city of another State, naming no city of the event's own, is refused; one id in two folders
names both files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

ROOT = Path(__file__).resolve().parents[2]
BASHIR = "omar-hassan-ahmad-al-bashir"
E_CHAD = f"events/2010-07-21-{BASHIR}-chad.yaml"
NTAGANDA_W = "warrants/bosco-ntaganda-1.yaml"
ICC = {"url": "https://www.icc-cpi.int/news/bosco-ntaganda-iccs-custody", "publisher": "International Criminal Court", "kind": "primary"}
APPEAR = {"id": "2013-03-26-drc-ntaganda-initial-appearance", "date": "2013-03-26", "chamber": "Pre-Trial Chamber II",
          "kind": "other", "outcome": "initial appearance held", "persons": ["bosco-ntaganda"], "situation": "drc", "sources": [ICC]}


def _problems(data: Path, file: str, severity: str = "error") -> list[str]:
    return [f"{p.field}: {p.message}" for p in check_dataset(data)[1] if p.severity == severity and p.file == f"data/{file}"]


def _ruling(data: Path, rid: str | None = None, **over: Any) -> str:
    rec = {k: v for k, v in {**APPEAR, **over}.items() if v is not None}
    rec["id"] = rid or rec["id"]
    rel = f"decisions/{rec['id']}.yaml"
    (data / rel).write_text(dump_yaml(rec), encoding="utf-8")
    return rel


def _statuses(data: Path, *items: dict[str, str]) -> None:
    w = load_yaml((data / NTAGANDA_W).read_text(encoding="utf-8"))
    w["status_history"] += [{**it, "sources": [ICC]} for it in items]
    (data / NTAGANDA_W).write_text(dump_yaml(w), encoding="utf-8")


def _occasion(data: Path, text: str) -> None:
    (data / "lookups" / "monitor_words.yaml").write_text((ROOT / "data" / "lookups" / "monitor_words.yaml").read_text(encoding="utf-8"),
                                                         encoding="utf-8")
    e = load_yaml((data / E_CHAD).read_text(encoding="utf-8"))
    e["occasion"] = text
    (data / E_CHAD).write_text(dump_yaml(e), encoding="utf-8")


# -------------------------------------------------------------------------------------------- rulings and deaths


def test_a_ruling_after_the_persons_death_is_refused(data_copy: Path) -> None:
    _statuses(data_copy, {"status": "deceased", "date": "2020-01-01"})
    rel = _ruling(data_copy, "2021-03-01-drc-ntaganda-ruling", date="2021-03-01", outcome="request rejected")
    assert any(e.startswith("persons[0]: a ruling of kind 'other' on 2021-03-01, after the death of bosco-ntaganda")
               for e in _problems(data_copy, rel)), _problems(data_copy, rel)


def test_control_a_ruling_before_the_death_and_one_ending_the_case_after_it_pass(data_copy: Path) -> None:
    _statuses(data_copy, {"status": "deceased", "date": "2020-01-01"}, {"status": "proceedings_terminated", "date": "2021-03-01"})
    before = _ruling(data_copy, "2019-12-01-drc-ntaganda-ruling", date="2019-12-01", outcome="request rejected")
    ends = _ruling(data_copy, "2021-03-01-drc-ntaganda-proceedings-terminated", date="2021-03-01", kind="proceedings_terminated",
                   outcome="proceedings terminated")
    assert not [e for e in _problems(data_copy, before) + _problems(data_copy, ends) if "after the death" in e]


# ------------------------------------------------------------------------------------------- initial appearances


def test_an_initial_appearance_before_the_surrender_is_refused(data_copy: Path) -> None:
    rel = _ruling(data_copy, "2013-03-20-drc-ntaganda-initial-appearance", date="2013-03-20")
    assert any(e.startswith("persons[0]: an initial appearance on 2013-03-20, but no warrant of bosco-ntaganda records 'surrendered'")
               for e in _problems(data_copy, rel)), _problems(data_copy, rel)


def test_a_first_appearance_named_only_in_the_outcome_is_read_too(data_copy: Path) -> None:
    rel = _ruling(data_copy, "2013-03-20-drc-ntaganda-hearing", date="2013-03-20", outcome="first appearance before the Chamber")
    assert any("an initial appearance on 2013-03-20" in e for e in _problems(data_copy, rel))


def test_control_an_initial_appearance_after_the_surrender_passes(data_copy: Path) -> None:
    rel = _ruling(data_copy)
    assert not [e for e in _problems(data_copy, rel) if "initial appearance" in e], _problems(data_copy, rel)


# --------------------------------------------------------------------------------------------------- outcomes


def test_an_outcome_naming_another_person_by_id_is_refused(data_copy: Path) -> None:
    rel = _ruling(data_copy, outcome="joseph-kony")
    assert any(e.startswith("outcome: names the person 'joseph-kony' by the id") for e in _problems(data_copy, rel))


def test_an_outcome_naming_another_person_by_name_is_warned(data_copy: Path) -> None:
    rel = _ruling(data_copy, outcome="initial appearance of Joseph Kony held")
    assert not [e for e in _problems(data_copy, rel) if e.startswith("outcome")]
    assert any(e.startswith("outcome: names 'Joseph Kony' (joseph-kony), who is not among the ruling's persons")
               for e in _problems(data_copy, rel, "warning"))


def test_control_an_outcome_naming_the_rulings_own_person_passes(data_copy: Path) -> None:
    rel = _ruling(data_copy, outcome="initial appearance of Bosco Ntaganda held")
    assert not [e for e in _problems(data_copy, rel) + _problems(data_copy, rel, "warning") if e.startswith("outcome")]


# ---------------------------------------------------------------------------------------------------- occasions


@pytest.mark.parametrize(("occasion", "city"), [("CEN-SAD summit in Amman", "Amman (JOR)"),
                                                ("summit in Kampala, Uganda", "Kampala (UGA)"),
                                                ("talks with the President at Nairobi", "Nairobi (KEN)")])
def test_an_occasion_placing_the_gathering_in_another_states_city_is_refused(data_copy: Path, occasion: str, city: str) -> None:
    _occasion(data_copy, occasion)
    assert any(e.startswith(f"occasion: places the gathering in {city}, but the trip is to TCD") for e in _problems(data_copy, E_CHAD)), \
        _problems(data_copy, E_CHAD)


@pytest.mark.parametrize("occasion", ["CEN-SAD summit in N'Djamena", "CEN-SAD summit, flying in from Amman",
                                      "summit in N'Djamena on the crisis in Kampala", "the embassy in Amman reopened"])
def test_control_an_occasion_naming_another_city_otherwise_passes(data_copy: Path, occasion: str) -> None:
    _occasion(data_copy, occasion)
    assert not [e for e in _problems(data_copy, E_CHAD) if e.startswith("occasion")]


def test_the_bundled_record_has_no_error_from_the_new_checks() -> None:
    """Control: the real record's 196 occasions, 8 initial appearances, 4 rulings after a death (all ending the case) and
    its outcomes pass (one outcome names a co-accused: a warning, kept)."""
    from iccwatch.dataset.loader import load_records
    from iccwatch.dataset.occasion_checks import occasion_elsewhere
    from iccwatch.dataset.ruling_checks import (
        appearances_before_custody,
        outcome_persons,
        rulings_after_death,
    )

    records = load_records(ROOT / "data")[0]
    found = [p for check in (rulings_after_death, outcome_persons, appearances_before_custody, occasion_elsewhere) for p in check(records)]
    assert not [p for p in found if p.severity == "error"]


# ------------------------------------------------------------------------------------------------- shared ids


def test_one_id_in_two_folders_names_both_files(data_copy: Path) -> None:
    _ruling(data_copy, f"2010-07-21-{BASHIR}-chad", date="2010-07-21", persons=[BASHIR], situation="darfur-sudan", chamber="Pre-Trial Chamber I")
    shared = [p.file for p in check_dataset(data_copy)[1] if p.severity == "error" and "is also the id of a record in" in p.message]
    assert sorted(shared) == [f"data/decisions/2010-07-21-{BASHIR}-chad.yaml", f"data/{E_CHAD}"]
