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


# ------------------------------------------------------------------------- the fixes, each on one record of its own


def test_a_rule_on_two_fields_names_the_one_the_record_writes(data_copy: Path) -> None:
    """covers_from/covers_to on a ratification: the problem names covers_to when only covers_to is written (it named
    covers_from, the first in the rule's words, a field the record does not hold)."""
    from iccwatch.dataset import check_dataset
    from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

    path = data_copy / "states" / "JOR.yaml"
    state = load_yaml(path.read_text(encoding="utf-8"))
    state["participation"][0]["covers_to"] = "2005-01-01"
    path.write_text(dump_yaml(state), encoding="utf-8")
    fields = [p.field for p in check_dataset(data_copy)[1] if p.severity == "error" and p.file == "data/states/JOR.yaml"]
    assert fields == ["participation[0].covers_to"], fields


def test_a_value_a_record_wide_rule_cannot_read_is_named_by_its_field(data_copy: Path) -> None:
    """A response whose kind is a list: the record-wide rule met a list where it looked a text up; the problem names
    ``kind`` with the model's words, not 'cannot be read as a response record'."""
    from tests.dataset.probe_harness import EXTRA, RS

    from iccwatch.dataset import check_dataset

    (data_copy / "responses").mkdir()
    (data_copy / RS).write_text(EXTRA[RS].replace("kind: informal", "kind: [informal]"), encoding="utf-8")
    mine = [p for p in check_dataset(data_copy)[1] if p.severity == "error" and p.file == f"data/{RS}"]
    assert [p.field for p in mine] == ["kind"] and "cannot be read" not in mine[0].message, mine


def test_a_lookup_tables_source_dated_in_the_future_is_refused(data_copy: Path) -> None:
    path = data_copy / "lookups" / "search_routes.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("kind: secondary", "kind: secondary\n  date: '2099-01-01'", 1), encoding="utf-8")
    from iccwatch.dataset import check_dataset

    mine = [str(p) for p in check_dataset(data_copy)[1] if p.severity == "error" and p.file == "data/lookups/search_routes.yaml"]
    assert any("sources[" in e and "].date: source dated 2099-01-01, in the future" in e for e in mine), mine


def test_control_the_bundled_lookup_tables_sources_pass() -> None:
    import datetime as dt

    from iccwatch.dataset.checks import _table_sources
    from iccwatch.dataset.loader import load_records

    records = load_records(Path(__file__).resolve().parents[2] / "data")[0]
    assert records is not None and records.lookups
    assert not list(_table_sources(records.lookups, dt.date.today()))
