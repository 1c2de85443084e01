"""contrib/split_gap_notes.py on its own fixture: each old primary_gap note split into its statement and a dated
search log, no word lost, the rest of the file untouched, and a second run changes nothing."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "split_gap_notes" / "data"


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "contrib" / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def split() -> ModuleType:
    return _module("split_gap_notes")


@pytest.fixture
def converted(tmp_path: Path, split: ModuleType) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    assert split.main([str(data)]) == 0
    return data


def test_note_split_into_statement_and_dated_passes(converted: Path) -> None:
    rec = yaml.safe_load((converted / "decisions" / "example.yaml").read_text())
    # The statement is the text before the first pass; its own parenthesised search date stays in it.
    assert rec["primary_gap"].startswith("The decision itself and the Court's press release were not found")
    assert rec["primary_gap"].endswith("the filing number was not found.")
    assert "(searched 2026-12-01)" in rec["primary_gap"]
    log = rec["searched"]
    assert [e["on"] for e in log] == ["2026-12-01", "2026-12-02", "2026-12-02", "2026-12-03", "2026-12-03"]
    # A bare "Also searched (D):" lead is said by the log; a subject ("Filing number") and "third pass" are kept.
    assert log[0]["detail"].startswith("The Court's news list for the case")
    assert log[1]["detail"].startswith("Filing number searched again (third pass): (a) later decisions")
    assert log[2]["detail"].startswith("For an A/B source: the depositary's status table")
    # "Vol. 57 No. 30" does not end a sentence; "not found Searched again (D)" starts a pass without a stop.
    assert "Gazette Vol. 57 No. 30" in log[3]["detail"] and log[3]["detail"].endswith("found only on document hosts not found")
    assert log[4]["detail"].startswith("Reuters and AFP")


def test_routes_assigned_only_where_one_route_fits(converted: Path) -> None:
    log = yaml.safe_load((converted / "decisions" / "example.yaml").read_text())["searched"]
    routes = [e["route"] for e in log]
    assert routes[0] == "court-releases"        # "news list"
    assert routes[1] == "later-filings"         # "later decisions"
    assert routes[2] == "depositary-status"     # "status table"
    assert routes[3] == "gazettes"              # "Gazette"
    assert routes[4] == "news-reports"          # Reuters and AFP


def test_ambiguous_pass_gets_route_other(split: ModuleType) -> None:
    routes = split.load_routes(FIXTURE)
    assert split.route_of("the Court's press releases and the depositary's status table: none", routes) == "other"
    assert split.route_of("the weather reports", routes) == "other"
    # What was found does not choose the route: only what was searched.
    assert split.route_of("the Court's news list: found only as reported by Reuters", routes) == "court-releases"


def test_nothing_else_changes_and_no_word_is_lost(converted: Path, split: ModuleType) -> None:
    check = _module("check_gap_split")
    assert check.compare(FIXTURE, converted) == 0
    old = (FIXTURE / "decisions" / "example.yaml").read_text().splitlines()
    new = (converted / "decisions" / "example.yaml").read_text().splitlines()
    # The comment, the other keys and the note without a logged search are kept line for line.
    for line in ("# A made-up record in the shape of the old notes (the converter's own fixture; not a fact).",
                 "note: kept as it is", "  primary_gap: the warrant's text was not found (no later search logged)"):
        assert line in old and line in new
    nested = yaml.safe_load("\n".join(new))["statuses"]
    assert nested[0]["primary_gap"] == "the Court's record of the status was not found"
    assert nested[0]["searched"][0]["route"] == "court-case-pages"
    assert "searched" not in nested[1]


def test_lost_word_is_reported(split: ModuleType) -> None:
    note = "the text was not found; searched again (2026-12-02): the Court's page"
    cut = split.split_note(note, {})
    assert not set(split.lost_words(note, cut)) - split.LEAD_WORDS
    cut.passes[0].detail = "the page"
    assert split.lost_words(note, cut)["court's"] == 1


def test_second_run_changes_nothing(converted: Path, split: ModuleType) -> None:
    before = {p: p.read_bytes() for p in converted.rglob("*.yaml")}
    assert split.main([str(converted)]) == 0
    assert before == {p: p.read_bytes() for p in converted.rglob("*.yaml")}


def test_converted_fixture_validates_as_facts(converted: Path) -> None:
    from iccwatch.model.common import Sourced

    rec = yaml.safe_load((converted / "decisions" / "example.yaml").read_text())
    fact = Sourced.model_validate({"sources": rec["sources"], "primary_gap": rec["primary_gap"], "searched": rec["searched"]})
    assert fact.searched is not None and len(fact.searched) == 5
