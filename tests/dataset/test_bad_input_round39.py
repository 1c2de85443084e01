"""Round thirty-nine of the bad input (tests/dataset/ROUND39.md): a source's fields and a record's keys and shape as a
careless import or contributor writes them, and records against one another moved to other days. Each case of the
sweep must be refused naming the file, the record and (where the case gives one) the field; a legitimate one must pass.
Then the two rules the sweep found missing (a key written with no value; an import's missing value written as text),
each with controls, through the check, the build and the API's load."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.dataset import round39_sweep as sweep
from tests.dataset.sweep_runner import assert_refused, sweep_cases
from tests.dataset.test_bad_input import (  # noqa: F401 (built_small_store: a fixture)
    assert_api_load_names_it_and_keeps_the_store,
    assert_build_refuses_and_keeps_the_store,
    built_small_store,
)

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

#: Cases warned about rather than refused, and cases the checker does not see: none.
WARNED: dict[str, str] = {}
LEFT: dict[str, str] = {}

WARRANT = "warrants/abdallah-banda-abakaer-nourain-1.yaml"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sweep.base_copy(tmp_path_factory.mktemp("round39") / "data")


CASES: list[sweep.Case] = sweep_cases(sweep.base_copy, sweep.cases)


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_a_source_a_record_s_shape_or_a_record_against_another_is_refused(base: Path, c: sweep.Case) -> None:
    assert_refused(sweep.outcome, c, base, WARNED, LEFT)


def test_the_sweep_covers_every_group_and_the_base_passes(base: Path) -> None:
    assert {c.group for c in CASES} == {sweep.SOURCES, sweep.SHAPES, sweep.TABLES, sweep.CROSS}
    assert len({c.files[0] for c in CASES if c.group == sweep.TABLES}) >= 9
    assert len({c.files[0].split("/")[0] for c in CASES if c.group == sweep.SHAPES}) == 12
    assert len({c.files[0] for c in CASES if c.group == sweep.SOURCES}) >= 12
    assert sum(not c.valid for c in CASES) >= 120 and sum(c.valid for c in CASES) >= 4
    assert not [p for p in check_dataset(base)[1] if p.severity == "error"]


def _errors_after(base: Path, rel: str, change: object) -> list[str]:
    """The errors (as printed) on ``rel`` after ``change(obj)`` or, for a str, the text given; the file is put back."""
    path = base / rel
    text = path.read_text(encoding="utf-8")
    try:
        if isinstance(change, str):
            path.write_text(change, encoding="utf-8")
        else:
            obj = load_yaml(text)
            change(obj)  # type: ignore[operator]
            path.write_text(dump_yaml(obj), encoding="utf-8")
        return [str(p) for p in check_dataset(base)[1] if p.severity == "error" and p.file == f"data/{rel}"]
    finally:
        path.write_text(text, encoding="utf-8")


# -- a key written with no value -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "field"), [
    ("    title:\n", "status_history[0].sources[0].title"),
    ("    title: ~\n", "status_history[0].sources[0].title"),
    ("    title: null\n", "status_history[0].sources[0].title"),
    ("    title: Null\n", "status_history[0].sources[0].title"),
])
def test_a_source_s_optional_field_written_with_no_value_is_refused(base: Path, written: str, field: str) -> None:
    text = (base / WARRANT).read_text(encoding="utf-8")
    bad = text.replace("    title: Banda Case\n", written, 1)
    assert bad != text
    errors = _errors_after(base, WARRANT, bad)
    assert any(f"[abdallah-banda-abakaer-nourain-1] {field}: no value" in e and "write the title, or leave the key out" in e
               for e in errors), errors


def test_a_record_s_optional_field_and_an_empty_list_item_are_refused(base: Path) -> None:
    assert any("] case_number: no value" in e for e in _errors_after(base, WARRANT, lambda o: o.update(case_number=None)))
    assert any("] note: no value" in e for e in _errors_after(base, WARRANT, lambda o: o.update(note=None)))
    errors = _errors_after(base, "persons/abdallah-banda-abakaer-nourain.yaml", lambda o: o["aliases"].insert(1, None))
    assert any("] aliases[1]: " in e for e in errors), errors


def test_a_null_is_named_again_on_the_next_check(base: Path) -> None:
    """The record with a null is not kept as validated: a second check (the same text, in the same process) names it
    again, as a build after a check must."""
    text = (base / WARRANT).read_text(encoding="utf-8").replace("    title: Banda Case\n", "    title:\n", 1)
    first = _errors_after(base, WARRANT, text)
    second = _errors_after(base, WARRANT, text)
    assert first and first == second


def test_a_required_field_s_null_keeps_the_schema_s_words(base: Path) -> None:
    errors = _errors_after(base, WARRANT, lambda o: o.update(person=None))
    assert any("] person: Input should be a valid string" in e for e in errors), errors


def test_a_null_where_a_table_or_the_assertions_may_write_one_passes(base: Path) -> None:
    """Control: the assertions' bound written null is none (round 28), not a record's empty field."""
    rel = "assertions.yaml"
    errors = _errors_after(base, rel, lambda o: o["counts"]["states"].update(max=None))
    assert not [e for e in errors if "no value" in e], errors


# -- an import's missing value written as text -----------------------------------------------------------------------

@pytest.mark.parametrize("value", ["None", "none", "nan", "NaN", "null", "undefined", "N/A", "n/a", "#N/A", "n.a.", "nil"])
def test_an_import_s_missing_value_written_as_text_is_a_placeholder(base: Path, value: str) -> None:
    errors = _errors_after(base, WARRANT, lambda o: o["status_history"][1].update(note=value))
    assert any(f"status_history[1].note: {value!r} is a placeholder: write the note" in e for e in errors), errors


@pytest.mark.parametrize("value", ["None of the States named it", "Nanterre", "Nan Madol", "N/A-2019 (the Court's number)", "Nil Desperandum"])
def test_text_that_begins_with_such_a_word_passes(base: Path, value: str) -> None:
    errors = _errors_after(base, WARRANT, lambda o: o["status_history"][1].update(note=value))
    assert not [e for e in errors if "placeholder" in e], errors


# -- the build and the API's load ------------------------------------------------------------------------------------

FIXTURES = ["source-title-with-no-value", "optional-field-written-null", "note-written-as-none", "publisher-written-as-nan"]


@pytest.mark.parametrize("case", FIXTURES)
def test_the_build_refuses_it_and_keeps_the_store(case: str, data_copy: Path, tmp_path: Path, built_small_store: Path) -> None:  # noqa: F811
    assert_build_refuses_and_keeps_the_store(case, data_copy, tmp_path, built_small_store, check_first=True)


@pytest.mark.parametrize("case", FIXTURES)
def test_the_api_s_load_names_it_and_changes_nothing(case: str, data_copy: Path, tmp_path: Path,
                                                     built_small_store: Path) -> None:  # noqa: F811
    """With the store built, the API answers from it and it keeps its bytes; with no store yet (the default place, built
    on first use), the load is refused with the check's error naming the file, record and field, and no store is left."""
    assert_api_load_names_it_and_keeps_the_store(case, data_copy, tmp_path, built_small_store)


def test_a_lookup_table_s_source_written_with_no_value_is_refused(base: Path) -> None:
    errors = _errors_after(base, "lookups/publishers.yaml", lambda o: o["sources"][0].update(title=None))
    assert any("[publishers] sources[0].title: no value" in e for e in errors), errors


def test_a_table_s_null_that_its_format_gives_a_meaning_passes() -> None:
    """Control: the bundled complete_lists table writes ``through: null`` (an open list) and loads."""
    from iccwatch.dataset.loader import load_lookup

    repo_data = Path(__file__).resolve().parents[2] / "data"
    assert "through: null" in (repo_data / "lookups" / "complete_lists.yaml").read_text(encoding="utf-8")
    assert load_lookup(repo_data, "complete_lists") is not None


@pytest.mark.parametrize("key", ["title", "publisher", "note"])
def test_a_lookup_table_s_source_with_an_import_s_missing_value_is_refused(base: Path, key: str) -> None:
    errors = _errors_after(base, "lookups/places.yaml", lambda o: o["sources"][0].update({key: "nan"}))
    assert any(f"[places] sources[0].{key}: 'nan' is a placeholder" in e for e in errors), errors
