"""The editorial rule for States' positions as a check (dataset/position_checks.py): a State's position at high
confidence needs a primary source; the contrasts it must leave alone (the bad case is tests/fixtures/bad/
position-state-high-without-primary)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iccwatch.dataset.loader import load_records
from iccwatch.dataset.position_checks import position_problems
from iccwatch.model.position import Position

SECONDARY = {"url": "https://www.reuters.com/article/x", "publisher": "Reuters", "kind": "secondary"}
PRIMARY = {"url": "https://www.gov.example/statement", "publisher": "Government", "kind": "primary"}


def _position(**fields: object) -> Position:
    base: dict[str, object] = {"id": "view", "issue": "personal-immunity", "held_by": "a government", "states": ["JOR"],
                               "summary": "x", "answer_if_followed": "not_obliged", "sources": [SECONDARY]}
    return Position.model_validate({**base, **fields})


@pytest.mark.parametrize(("fields", "refused"), [
    ({}, True),                                               # high by default, news only
    ({"confidence": "high"}, True),                           # high written, news only
    ({"confidence": "medium"}, False),                        # the rule's medium
    ({"confidence": "low"}, False),
    ({"sources": [PRIMARY, SECONDARY]}, False),               # the State's own text read and cited as primary
    ({"court": True, "states": []}, False),                   # a holding of the Court is no State's position
    ({"states": []}, False),                                  # an organisation's view, no State named
])
def test_a_states_position_at_high_needs_a_primary_source(small_dir: Path, fields: dict[str, object], refused: bool) -> None:
    records, _ = load_records(small_dir)
    assert records is not None
    records.positions["view"] = _position(**fields)
    problems = position_problems(records)
    assert bool(problems) is refused
    if refused:
        (p,) = problems
        assert (p.file, p.record, p.field, p.severity) == ("data/positions/view.yaml", "view", "confidence", "error")


def test_the_full_record_keeps_the_rule(data_dir: Path) -> None:
    records, _ = load_records(data_dir)
    assert records is not None and position_problems(records) == []
