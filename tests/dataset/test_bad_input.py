"""Bad input the fixture folders cannot express (a file removed, a stored build to protect) and the
CLI's side of it: `iccwatch data check` and `iccwatch data build` refuse a bad record with the same
messages naming the file, record and field, exit non-zero, and change nothing (record nor store)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from typer.testing import CliRunner

from iccwatch.cli import app
from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import read_yaml
from iccwatch.store import build_store, read_build_info

BAD = Path(__file__).resolve().parents[1] / "fixtures" / "bad"
#: Bad cases of several sorts (parse, schema, type, reference, date order, lookup, meta) that the build
#: must refuse as the check does.
BUILD_CASES = ["malformed-yaml", "unhashable-key", "boolean-as-word", "whitespace-around-id", "broken-reference",
               "office-ends-before-start", "trip-after-death", "empty-meta", "empty-lookup", "url-hides-host",
               # and the further kinds: markup in text, a cross-record contradiction, a complete_lists date,
               # a folder where a file belongs, the meta's coverage, a duplicate source
               "html-in-text", "trip-while-in-custody", "complete-list-future", "folder-for-file", "meta-unknown-kind",
               "duplicate-source",
               # round two: a number the reader used to crash on, a status history out of life order, a decomposed
               # accent, a hidden record file, an empty lookup key, a rule on a whole record, a stay at home as a trip
               "number-too-long", "arrest-while-in-custody", "decomposed-accent", "hidden-record-file", "lookup-empty-key",
               "scope-on-sanctions", "trip-to-own-state"]

runner = CliRunner()


def _apply(case: str, data: Path) -> dict[str, str | None]:
    for item in (BAD / case).iterdir():
        if item.is_dir():
            shutil.copytree(item, data / item.name, dirs_exist_ok=True)
        elif item.name != "expected.yaml":
            shutil.copy(item, data / item.name)
    expected: dict[str, str | None] = read_yaml(BAD / case / "expected.yaml")
    return expected


def _snapshot(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _named(line: str, expected: dict[str, str | None]) -> bool:
    """The printed problem names the expected file, record and field, and says the expected thing."""
    where = str(expected["file"]) + (f" [{expected['record']}]" if expected["record"] else "") + (f" {expected['field']}" if expected["field"] else "")
    return line.startswith(f"error: {where}: ") and str(expected["message"]) in line


def test_missing_publishers_table_is_named_once(data_copy: Path) -> None:
    (data_copy / "lookups" / "publishers.yaml").unlink()
    _, problems = check_dataset(data_copy)
    errors = [p for p in problems if p.severity == "error"]
    assert any(p.file == "data/lookups/publishers.yaml" and "missing" in p.message for p in errors), errors
    # Not one follow-on error per source: every source would otherwise be 'unknown domain'.
    assert all(p.file == "data/lookups/publishers.yaml" for p in errors), [str(p) for p in errors[:5]]


def test_lookup_table_that_is_a_list_says_so(data_copy: Path) -> None:
    (data_copy / "lookups" / "places.yaml").write_text("- Paris\n- Lyon\n")
    _, problems = check_dataset(data_copy)
    assert any(p.file == "data/lookups/places.yaml" and "must be a mapping, not list" in p.message for p in problems)


def test_crlf_line_ends_and_a_bom_read_as_the_same_record(data_copy: Path) -> None:
    """Line ends and a byte-order mark change no value, so they are read through, not refused."""
    path = data_copy / "persons" / "joseph-kony.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    records, problems = check_dataset(data_copy)
    assert [str(p) for p in problems if p.severity == "error"] == []
    assert records is not None and records.persons["joseph-kony"].name == "Joseph Kony"


def test_check_command_prints_the_location_and_exits_1(data_copy: Path) -> None:
    expected = _apply("trip-after-death", data_copy)
    before = _snapshot(data_copy)
    result = runner.invoke(app, ["data", "check", "--data", str(data_copy)])
    assert result.exit_code == 1
    assert any(_named(line, expected) for line in result.output.splitlines()), result.output
    assert "Traceback" not in result.output
    assert _snapshot(data_copy) == before


def test_check_command_json_lists_the_problem(data_copy: Path) -> None:
    expected = _apply("number-as-text", data_copy)
    result = runner.invoke(app, ["data", "check", "--data", str(data_copy), "--json"])
    assert result.exit_code == 1
    out = json.loads(result.stdout)
    assert out["errors"] >= 1
    assert any({k: p[k] for k in ("file", "record", "field")} == {k: expected[k] for k in ("file", "record", "field")}
               for p in out["problems"]), out["problems"]


@pytest.fixture(scope="module")
def built_small_store(tmp_path_factory: pytest.TempPathFactory, small_dir: Path) -> Path:
    db = tmp_path_factory.mktemp("bad-build") / "iccwatch.sqlite"
    build_store(small_dir, f"sqlite:///{db}")
    return db


def assert_build_refuses_and_keeps_the_store(case: str, data_copy: Path, tmp_path: Path, built_small_store: Path,
                                             check_first: bool = False) -> None:
    """``data build`` on the small record with ``case`` laid over it exits 1 without a traceback, names the
    case's problem, and leaves the store (its bytes and build information, no half-built file) and the record's
    files unchanged. With ``check_first``, ``data check`` runs first, is refused too, and every error it reports
    is reported by the build in the same words."""
    db = tmp_path / "iccwatch.sqlite"
    shutil.copy(built_small_store, db)
    url = f"sqlite:///{db}"
    info = read_build_info(url)
    store_before = db.read_bytes()
    expected = _apply(case, data_copy)
    record_before = _snapshot(data_copy)

    check = runner.invoke(app, ["data", "check", "--data", str(data_copy)]) if check_first else None
    build = runner.invoke(app, ["data", "build", "--data", str(data_copy), "--db", url])

    assert build.exit_code == 1
    assert "Traceback" not in build.output
    assert any(_named(line, expected) for line in build.output.splitlines()), build.output
    if check is not None:
        assert check.exit_code == 1
        check_errors = [line for line in check.output.splitlines() if line.startswith("error: ")]
        assert check_errors and set(check_errors) <= set(build.output.splitlines())
    assert db.read_bytes() == store_before
    assert read_build_info(url) == info
    assert not list(tmp_path.glob(".iccwatch.sqlite.building-*"))
    assert _snapshot(data_copy) == record_before


def assert_api_load_names_it_and_keeps_the_store(case: str, data_copy: Path, tmp_path: Path, built_small_store: Path) -> None:
    """The API's load with ``case`` laid over the small record: with the store built, the API answers from it and the
    store keeps its bytes; with no store yet, the load is refused with the check's error naming the file, record and
    field (where the fault has one) and its message, no traceback, and no store is left (bad-records rounds 39-42)."""
    from fastapi.testclient import TestClient

    from iccwatch.app import create_app
    from iccwatch.dataset import RecordError
    from iccwatch.settings import Settings

    expected = _apply(case, data_copy)
    where = f"{expected['file']} [{expected['record']}]" + (f" {expected['field']}" if expected["field"] else "") + ": "
    db = tmp_path / "iccwatch.sqlite"
    shutil.copy(built_small_store, db)
    before = db.read_bytes()
    client = TestClient(create_app(Settings.from_env(data_dir=data_copy, db=f"sqlite:///{db}")))
    assert client.get("/api/v1/states").status_code == 200
    assert db.read_bytes() == before
    fresh = tmp_path / "fresh" / "iccwatch.sqlite"
    with pytest.raises(RecordError) as refused:
        create_app(Settings(data_dir=data_copy, db_url=f"sqlite:///{fresh}"))
    assert where in str(refused.value) and str(expected["message"]) in str(refused.value)
    assert "Traceback" not in str(refused.value)
    assert not fresh.exists()


@pytest.mark.parametrize("case", BUILD_CASES)
def test_build_refuses_a_bad_record_and_keeps_the_store(case: str, data_copy: Path, tmp_path: Path, built_small_store: Path) -> None:
    assert_build_refuses_and_keeps_the_store(case, data_copy, tmp_path, built_small_store, check_first=True)


def test_a_symbolic_link_loop_is_refused_not_a_crash(data_copy: Path) -> None:
    loop = data_copy / "persons" / "loop.yaml"
    loop.symlink_to(loop)
    _, problems = check_dataset(data_copy)
    assert any(p.file == "data/persons/loop.yaml" and "cannot be followed" in p.message for p in problems)


def round_tests(sweep: Any, fixtures: list[str], case_test: str, warned: dict[str, str] | None = None,
                left: dict[str, str] | None = None) -> SimpleNamespace:
    """What every bad-records round's test module (rounds 41 to 44) wrote again: the sweep's base (a module-scoped
    fixture ``base``), its cases (built once, ``.cases``), the test that runs each case (``assert_refused``, with the
    round's ``warned`` and ``left``, named ``case_test``), and the build's and the API's tests on the round's ``fixtures``.
    A module binds ``.tests`` into its globals (``globals().update(t.tests)``): pytest collects a test by the name the
    module gives it, so each round's tests keep their names and ids."""

    @pytest.fixture(scope="module")
    def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
        return Path(sweep.base_copy(tmp_path_factory.mktemp(sweep.__name__.rsplit(".", 1)[-1]) / "data"))

    from tests.dataset.sweep_runner import assert_refused, sweep_cases

    cases = sweep_cases(sweep.base_copy, sweep.cases)

    @pytest.mark.parametrize("c", cases, ids=[c.id for c in cases])
    def test_case(base: Path, c: Any) -> None:
        assert_refused(sweep.outcome, c, base, warned or {}, left or {})

    @pytest.mark.parametrize("case", fixtures)
    def test_build(case: str, data_copy: Path, tmp_path: Path, built_small_store: Path) -> None:
        assert_build_refuses_and_keeps_the_store(case, data_copy, tmp_path, built_small_store, check_first=True)

    @pytest.mark.parametrize("case", fixtures)
    def test_api(case: str, data_copy: Path, tmp_path: Path, built_small_store: Path) -> None:
        """With the store built, the API answers from it and it keeps its bytes; with no store yet, the load is refused with
        the check's error naming the file, record and field (where the fault has one), and no store is left."""
        assert_api_load_names_it_and_keeps_the_store(case, data_copy, tmp_path, built_small_store)

    return SimpleNamespace(cases=cases, tests={"base": base, case_test: test_case,
                                               "test_the_build_refuses_it_and_keeps_the_store": test_build,
                                               "test_the_api_s_load_names_it_and_changes_nothing": test_api})
