"""Round twenty-seven of the bad input (tests/dataset/ROUND27.md): the field-by-field sweep. For one record of every
kind, every field its model knows, each mutation a contributor could write by hand (tests/dataset/round27_sweep.py,
generated from the models, so a new field is swept without a new test). A mutation the model calls legitimate (an
optional field removed, ``null`` where allowed, ``[]`` for a list that may be empty, a date the checker's leeway table
lets lie ahead) must not crash the checker (a cross-record rule may still refuse it, on the record it contradicts);
every other mutation must be refused, naming the file, the record and the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.dataset.round27_sweep import RECORDS, Mutation, _model, base_copy, mutations, outcome

from iccwatch.dataset.records import KIND_KEYS

MUTATIONS = mutations()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return base_copy(tmp_path_factory.mktemp("round27") / "data")


@pytest.mark.parametrize("m", MUTATIONS, ids=[m.id for m in MUTATIONS])
def test_a_mutation_is_refused_naming_file_record_and_field(base: Path, m: Mutation) -> None:
    result, shown = outcome(m, base, fast=True)
    assert result != "crash", shown
    if not m.valid:
        assert result == "refused, named", (result, shown)


def test_every_kind_and_every_field_of_its_model_is_swept() -> None:
    """A kind or a field added to the model is swept without a new line: the sweep reads the models."""
    assert set(KIND_KEYS) <= set(RECORDS)
    swept = {(m.kind, m.field) for m in MUTATIONS}
    for kind in RECORDS:
        missing = [f for f in _model(kind).model_fields if (kind, f) not in swept]
        assert not missing, (kind, missing)


def test_the_sweep_holds_each_kind_of_mutation() -> None:
    """Control on the generator: the brief's mutations are each made somewhere (so a refactor cannot empty the sweep)."""
    whats = {m.what for m in MUTATIONS}
    assert {"removed", '""', "[]", "{}", "null", "a list for a scalar", "a number", "a mapping for a scalar", "05/12/2026",
            "2026-13-01", "2026-02-30", "a time zone", "in the future", "outside the enum", "another case",
            "an id that does not exist", "a State that does not exist", "another record's id",
            "a copy of the record in a second file", "misspelt"} <= whats
    assert any(m.extra_name == "soruces" for m in MUTATIONS)
    assert sum(m.valid for m in MUTATIONS) < len(MUTATIONS) // 5
