"""Session 37 (tidy6): behaviour pinned where the types were mended and where logic written twice became one helper."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import Result
from typer.testing import CliRunner

import iccwatch.law
from iccwatch.cli import app as cli_app
from iccwatch.dataset.records import RecordSet
from iccwatch.errors import exit_code
from iccwatch.facts import Facts
from iccwatch.monitor.review import ReviewError
from iccwatch.service.state_lists import _change_days


def _relation(since: str | None, until: str | None):  # noqa: ANN202
    """A party_status that gives every day the same ``since`` and ``until`` (all _change_days reads of it)."""
    return lambda facts, iso3, on: SimpleNamespace(since=since, until=until, status="party")


@pytest.mark.parametrize(("since", "until", "day"), [
    ("2025-03-15", None, dt.date(2025, 3, 15)),  # the day a relation began, which no act of the State dates
    (None, "2025-04-20", dt.date(2025, 4, 20)),  # the day it ends (a withdrawal's effect)
])
def test_change_days_hold_the_days_a_relation_begins_and_ends(facts: Facts, monkeypatch: pytest.MonkeyPatch,
                                                               since: str | None, until: str | None, day: dt.date) -> None:
    # party_status gives these days as ISO text: they were tested with isinstance(d, date) and never added (mypy's
    # "incompatible item type 'str | None'; expected 'date'")
    monkeypatch.setattr(iccwatch.law, "party_status", _relation(since, until))
    days = _change_days(facts, "UKR", dt.date(2024, 10, 1), dt.date(2025, 6, 1))
    assert day in days
    assert days == sorted(days)


def test_change_days_leave_out_a_month_and_days_outside_the_period(facts: Facts, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(iccwatch.law, "party_status", _relation("2025-03", "2026-01-01"))
    days = _change_days(facts, "UKR", dt.date(2024, 10, 1), dt.date(2025, 6, 1))
    assert all(dt.date(2024, 10, 1) < d <= dt.date(2025, 6, 1) for d in days)
    assert dt.date(2025, 3, 1) not in days  # a month names no day a relation changed on
    assert dt.date(2025, 6, 1) in days  # the period's last day is always asked


# --- the review commands' one way of acting on the queue (cli/monitor_commands.py: edit, accept and reject each wrote it)

@pytest.fixture
def queue_of_one(tmp_path: Path, data_dir: Path) -> Iterator[tuple[str, Path, str]]:
    """A store whose review queue holds one pending candidate (a visit), its --db, an empty data folder and its id."""
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import Candidate, Evidence
    from iccwatch.monitor.queue import Queue

    db = str(tmp_path / "store.sqlite")
    q = Queue(f"sqlite:///{db}")
    text = "Omar Al-Bashir arrived in N'Djamena on 22 July 2010 for a summit."
    doc = make_document(text, url="https://www.reuters.com/world/x-2010-07-22/", title="Bashir in Chad", publisher="Reuters",
                        date="2010-07-22")
    c = Candidate(id="00000000000000aa", document=doc.id, type="visit", evidence=Evidence(sentence=text, start=0, end=len(text)),
                  confidence=0.9, method="test", person="omar-hassan-ahmad-al-bashir", state="TCD", date="2010-07-22")
    q.add(doc, [(c, None)])
    q.close()
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(data_dir / "meta.yaml", data / "meta.yaml")  # a record folder, as --data asks, with no record in it
    yield db, data, c.id


def _candidate(db: str, cid: str) -> dict[str, Any]:
    from iccwatch.monitor.queue import Queue

    q = Queue(f"sqlite:///{db}")
    try:
        return q.get(cid)
    finally:
        q.close()


def _review(*args: str) -> Result:
    return CliRunner().invoke(cli_app, ["monitor", "review", *args], env={"NO_COLOR": "1", "COLUMNS": "200"})


def test_review_edit_and_reject_act_on_the_queue_and_say_what_they_did(queue_of_one: tuple[str, Path, str]) -> None:
    db, data, cid = queue_of_one
    r = _review("edit", cid, "--set", "date=2010-07-23", "--data", str(data), "--db", db)
    assert r.exit_code == 0, r.output
    assert f"edited {cid}" in r.output
    assert _candidate(db, cid)["payload"]["date"] == "2010-07-23"
    r = _review("reject", cid, "--reason", "not a visit", "--reviewer", "reviewer-one", "--data", str(data), "--db", db)
    assert r.exit_code == 0, r.output
    assert f"rejected {cid}" in r.output
    assert _candidate(db, cid)["status"] == "rejected"
    # a decided candidate is refused (ReviewError), with the review error's exit code, and stays as it was
    for args in (["edit", cid, "--set", "date=2010-07-24"], ["reject", cid, "--reason", "again"], ["accept", cid]):
        r = _review(*args, "--data", str(data), "--db", db)
        assert r.exit_code == exit_code(ReviewError("x")), (args, r.output)
        assert "Traceback" not in r.output and cid in r.output, (args, r.output)
    assert _candidate(db, cid)["status"] == "rejected" and _candidate(db, cid)["payload"]["date"] == "2010-07-23"
    assert {p.name for p in data.iterdir()} <= {"meta.yaml", ".review.lock"}  # no record written


@pytest.mark.parametrize("args", [["edit", "ffffffffffffffff", "--set", "date=2010-07-23"], ["reject", "ffffffffffffffff"],
                                  ["accept", "ffffffffffffffff"]])
def test_review_of_a_candidate_not_in_the_queue_names_it_and_changes_nothing(queue_of_one: tuple[str, Path, str],
                                                                             args: list[str]) -> None:
    db, data, cid = queue_of_one
    r = _review(*args, "--data", str(data), "--db", db)
    assert r.exit_code != 0 and "Traceback" not in r.output
    assert "ffffffffffffffff" in r.output and "'" + "ffffffffffffffff" + "'\"" not in r.output  # the KeyError's quotes taken off
    row = _candidate(db, cid)
    assert row["status"] == "pending" and row["payload"]["date"] == "2010-07-22"
    assert {p.name for p in data.iterdir()} <= {"meta.yaml", ".review.lock"}  # no record written


# --- the report commands' one way of writing a report (cli/report_commands.py: state, gaps and index each wrote it)

@pytest.mark.parametrize(("args", "name"), [(["state", "hun"], "report-HUN.html"), (["gaps"], "report-gaps.html"),
                                            (["index", "--year", "2024"], "report-index-2024.html")])
def test_a_report_is_written_under_its_default_name_and_said(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             args: list[str], name: str) -> None:
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(cli_app, ["report", *args, "--db", db_url], env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    assert r.output.strip().endswith(f"wrote {name}")
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert (tmp_path / name).read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


def test_a_report_whose_output_is_under_a_file_is_refused_naming_it(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    out = tmp_path / "a-file" / "gaps.html"
    r = CliRunner().invoke(cli_app, ["report", "gaps", "-o", str(out), "--db", db_url], env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert r.exit_code != 0 and "Traceback" not in r.output
    assert "is a file, not a folder" in r.output.replace("\n", "")
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]


# --- a State's status on a day and its reasoning read the same acts one way (law/party_status.py: _acts_on)

@pytest.mark.parametrize(("iso3", "on", "status", "since", "until", "says"), [
    # Hungary notified its withdrawal on 2025-06-02; it takes effect a year later (Art. 127(1))
    ("HUN", "2025-07-01", "party_withdrawal_pending", "2002-07-01", "2026-06-02", "withdrawal pending"),
    ("UKR", "2024-11-01", "ratified_not_in_force", None, "2025-01-01", "not yet a State Party"),  # in force 2025-01-01
    ("USA", "2024-01-01", "signature_withdrawn", "2002-05-06", None, "signature withdrawn"),
    ("BDI", "2018-01-01", "former_party", "2017-10-27", None, "its withdrawal took effect on 2017-10-27"),
    ("PSE", "2015-01-10", "ratified_not_in_force", None, "2015-04-01", "not yet a State Party"),
])
def test_a_status_and_its_reasoning_read_the_acts_alike(facts: Facts, iso3: str, on: str, status: str, since: str | None,
                                                        until: str | None, says: str) -> None:
    ps = iccwatch.law.party_status(facts, iso3, dt.date.fromisoformat(on))
    assert (ps.status, ps.since, ps.until) == (status, since, until)
    assert says in ps.step.conclusion and on in ps.step.conclusion
    assert ps.step.children  # the reasoning cites the acts it was decided from


# --- each reference of a list field checked one way (dataset/checks.py: _references wrote the loop twelve times)

def test_each_unknown_reference_in_a_list_is_named_by_its_place(records: RecordSet, monkeypatch: pytest.MonkeyPatch) -> None:
    from iccwatch.dataset.checks import _references

    assert list(_references(records)) == []  # the record as committed refers only to records it holds
    sid, sit = sorted(records.situations.items())[0]
    stmt_id, stmt = sorted(records.statements.items())[0]
    monkeypatch.setitem(records.situations, sid, sit.model_copy(update={"states": [*sit.states, "ZZZ"]}))
    monkeypatch.setitem(records.statements, stmt_id, stmt.model_copy(update={"drafters": ["ZZY", *stmt.drafters]}))
    found = {(p.record, p.field, p.message) for p in _references(records)}
    assert found == {
        (sid, f"states[{len(sit.states)}]", "unknown state code 'ZZZ' (no data/states/ZZZ.yaml)"),
        (stmt_id, "drafters[0]", "unknown state code 'ZZY' (no data/states/ZZY.yaml)"),
    }
