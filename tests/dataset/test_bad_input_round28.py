"""Round twenty-eight of the bad input (tests/dataset/ROUND28.md): round twenty-seven's sweep widened to every lookup table
the loader reads, to the second and last entry of each list of sub-records, and to five more mutations (a control
character, a zero-width space, 10,000 characters, a key written twice, a key of the wrong case, a YAML alias). A mutation
the model calls legitimate must not crash the checker; every other must be refused naming the file, the record and the
field, and, for a field inside an entry, the entry (its index or key)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.dataset import round28_sweep as sweep

from iccwatch.dataset import check_dataset
from iccwatch.dataset.loader import LOOKUP_MODELS


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sweep.base_copy(tmp_path_factory.mktemp("round28") / "data")


def _mutations() -> list[sweep.Mutation]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return sweep.mutations(sweep.base_copy(Path(tmp) / "data"))


MUTATIONS = _mutations()


@pytest.mark.parametrize("m", MUTATIONS, ids=[m.id for m in MUTATIONS])
def test_a_mutation_is_refused_naming_file_record_entry_and_field(base: Path, m: sweep.Mutation) -> None:
    result, shown = sweep.outcome(m, base, fast=True)
    assert result != "crash", shown
    if not m.valid:
        assert result == "refused, named", (result, shown)


def test_every_lookup_table_the_loader_reads_is_swept() -> None:
    """A table added to the loader is swept without a new line: the sweep reads LOOKUP_MODELS and each model's fields."""
    swept = {(m.kind, m.field) for m in MUTATIONS}
    assert {f"lookups/{stem}" for stem in LOOKUP_MODELS} <= {m.kind for m in MUTATIONS}
    for stem, model in LOOKUP_MODELS.items():
        missing = [f for f in model.model_fields if (f"lookups/{stem}", f) not in swept]
        assert not missing, (stem, missing)


def test_the_sweep_reaches_second_and_last_entries_and_makes_the_new_mutations() -> None:
    """Control on the generator: entries after the first are swept (a record's and a table's), and each new mutation is
    made somewhere, so a refactor cannot empty the sweep."""
    whats = {m.what for m in MUTATIONS}
    assert {"a control character", "a zero-width space", "10,000 characters", "a key written twice", "a key of the wrong case",
            "a YAML alias"} <= whats
    later = [m for m in MUTATIONS if any(part.isdigit() and part != "0" for part in m.field.split("."))]
    assert {m.kind for m in later} >= {"states", "warrants", "lookups/publishers"}
    assert any(m.rename_to == "Date" for m in MUTATIONS)
    assert sum(m.valid for m in MUTATIONS) < len(MUTATIONS) // 5


def test_the_sweeps_base_passes() -> None:
    """Control: the base the mutations are written into (the small record with every table, trimmed) has no error."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        errors = [str(p) for p in check_dataset(sweep.base_copy(Path(tmp) / "data"))[1] if p.severity == "error"]
    assert not errors, errors


# ------------------------------------------------------------------------- the fixes, each on one record of its own


def test_a_key_written_twice_names_the_record_and_the_entry(data_copy: Path) -> None:
    """A duplicate key inside a list's second entry: the problem names the record and ``participation[1].date`` (it named
    only the file and a line)."""
    path = data_copy / "states" / "JOR.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    starts = [i for i, line in enumerate(lines) if line.startswith("- ") and "participation" in "\n".join(lines[:i])]
    dated = next(i for i in range(starts[1], len(lines)) if lines[i].lstrip(" -").startswith("date: "))
    lines.insert(dated + 1, " " * (len(lines[dated]) - len(lines[dated].lstrip(" -"))) + lines[dated].lstrip(" -"))
    path.write_text("\n".join(lines), encoding="utf-8")
    mine = [p for p in check_dataset(data_copy)[1] if p.severity == "error" and p.file == "data/states/JOR.yaml"]
    assert [(p.record, p.field) for p in mine] == [("JOR", "participation[1].date")], [str(p) for p in mine]
    assert "duplicate key 'date'" in mine[0].message


def test_an_alias_names_its_own_field_and_line(data_copy: Path) -> None:
    """An alias: the problem names the field holding the alias and the alias's line (it named the anchored value's line)."""
    path = data_copy / "states" / "JOR.yaml"
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith("name: "))
    lines[first] = lines[first].replace("name: ", "name: &n ", 1)
    region = next(i for i, line in enumerate(lines) if line.startswith("official_name: "))
    lines[region] = "official_name: *n"
    path.write_text("\n".join(lines), encoding="utf-8")
    mine = [p for p in check_dataset(data_copy)[1] if p.severity == "error" and p.file == "data/states/JOR.yaml"]
    assert [(p.record, p.field) for p in mine] == [("JOR", "official_name")], [str(p) for p in mine]
    assert f"line {region + 1}," in mine[0].message, mine[0].message


def test_a_source_inside_a_tables_entry_dated_in_the_future_is_refused() -> None:
    """The sources rule reads every ``sources`` list of a table, not only the table's own."""
    from iccwatch.dataset.checks import _table_sources
    from iccwatch.dataset.frozen import frozen_table

    table = frozen_table({"sources": [{"title": "t", "date": "2001-01-01"}],
                          "lists": {"x": {"sources": [{"title": "a", "date": "2001-01-01"}, {"title": "b", "date": "2099-01-01"}]}}},
                         ("test", "t"))
    import datetime as dt

    found = [(p.field, p.message) for p in _table_sources({"complete_lists": table}, dt.date(2026, 1, 1))]
    assert found == [("lists.x.sources[1].date", "source dated 2099-01-01, in the future")], found


def test_a_lookup_tables_yes_no_is_true_or_false_not_converted() -> None:
    """A table's bool written ``yes`` (or 1) was converted to true by the lax read; refused now, as in a record, while a
    date written as its ISO text is still read (the one conversion the tables ask for)."""
    from iccwatch.dataset.loader import _lookup_problems
    from iccwatch.dataset.yaml_io import load_yaml

    raw = load_yaml((Path(__file__).resolve().parents[2] / "data" / "lookups" / "name_variants.yaml").read_text(encoding="utf-8"))
    assert _lookup_problems("data/lookups/name_variants.yaml", "name_variants", raw) == []
    raw["not_given_names"][0]["addresses"] = "yes"
    found = [(p.field, p.message) for p in _lookup_problems("data/lookups/name_variants.yaml", "name_variants", raw)]
    assert found == [("not_given_names[0].addresses", "Input should be a valid boolean")], found


def test_a_tables_sources_key_of_the_wrong_case_is_named_as_written() -> None:
    from iccwatch.dataset.loader import _lookup_problems
    from iccwatch.dataset.yaml_io import load_yaml

    raw = load_yaml((Path(__file__).resolve().parents[2] / "data" / "lookups" / "search_routes.yaml").read_text(encoding="utf-8"))
    raw["Sources"] = raw.pop("sources")
    found = {(p.field, p.message) for p in _lookup_problems("data/lookups/search_routes.yaml", "search_routes", raw)}
    assert found == {("sources", "a lookup table must name its sources"), ("Sources", "unknown field (not part of the schema)")}, found


def test_a_count_bound_written_null_is_no_bound(data_copy: Path) -> None:
    """``min: null`` (the model allows it) crashed the assertions check (``n < None``)."""
    path = data_copy / "assertions.yaml"
    text = path.read_text(encoding="utf-8")
    assert "min: " in text
    path.write_text(re.sub(r"min: \d+", "min: null", text, count=1), encoding="utf-8")
    assert not [p for p in check_dataset(data_copy)[1] if p.severity == "error"]


def test_an_undefined_alias_names_its_field(data_copy: Path) -> None:
    path = data_copy / "states" / "JOR.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name_fr: Jordanie", "name_fr: *nowhere", 1), encoding="utf-8")
    mine = [(p.record, p.field) for p in check_dataset(data_copy)[1] if p.severity == "error" and p.file == "data/states/JOR.yaml"]
    assert mine == [("JOR", "name_fr")], mine
