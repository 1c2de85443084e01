"""The evaluation's label matching: a label written by name (a person the record did not hold when it was
labelled) matches a candidate naming the recorded person who now bears that name, and no one else."""

from __future__ import annotations

from types import SimpleNamespace

from iccwatch.monitor.evaluate import _matches

NAMES = {"edmond-beina": frozenset({"edmond beina"}), "other-person": frozenset({"another person"})}
LABEL = {"type": "warrant_unsealed", "person_name": "Edmond Beina", "date": "2024-11-07"}


def _candidate(**fields: object) -> SimpleNamespace:
    base = {"type": "warrant_unsealed", "person": None, "state": None, "person_name": None, "date": "2024-11-07"}
    return SimpleNamespace(**{**base, **fields})


def test_a_name_label_matches_the_recorded_person_who_bears_the_name() -> None:
    assert _matches(_candidate(person="edmond-beina"), LABEL, NAMES)  # type: ignore[arg-type]
    assert _matches(_candidate(person_name="Edmond Beina"), LABEL, NAMES)  # type: ignore[arg-type]


def test_a_name_label_does_not_match_another_person_or_an_unknown_one() -> None:
    assert not _matches(_candidate(person="other-person"), LABEL, NAMES)  # type: ignore[arg-type]
    assert not _matches(_candidate(person="edmond-beina"), LABEL, None)  # type: ignore[arg-type]  # no names: as before
    assert not _matches(_candidate(person_name="Someone Else"), LABEL, NAMES)  # type: ignore[arg-type]
