"""`iccwatch statements ID`: one statement's signatories by name with their relation to the Statute that day;
an unknown id or an id with list filters is an error that changes nothing."""

from __future__ import annotations

import csv
import io
import json

import pytest
from tests.conftest import SLOW_GROUP
from typer.testing import CliRunner

from iccwatch.cli import app
from iccwatch.law import party_status
from iccwatch.model.dates import DateSpan


def _run(db_url: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["statements", *args, "--db", db_url])
    return result.exit_code, result.output


def test_list_gives_each_statement_id(db_url: str, facts) -> None:  # noqa: ANN001
    code, out = _run(db_url, "--csv")
    assert code == 0
    assert sorted(r["id"] for r in csv.DictReader(io.StringIO(out))) == sorted(facts.records.statements)


@pytest.mark.xdist_group(SLOW_GROUP)  # seconds of CPU: started first (tests/conftest.py)
def test_one_statement_lists_every_signatory_with_its_status(db_url: str, facts) -> None:  # noqa: ANN001
    """For every statement of the real record: its CSV lists exactly its signatories, each with the law's
    relation to the Statute on the statement's date, and its JSON counts them. (Slow: two CLI runs per statement.)"""
    for sid, st in facts.records.statements.items():
        code, out = _run(db_url, sid, "--csv")
        assert code == 0, out
        rows = list(csv.DictReader(io.StringIO(out)))
        assert sorted(r["state"] for r in rows) == sorted(st.signatories)
        if st.date:
            on = DateSpan.parse(st.date).first
            assert all(r["status"] == party_status(facts, r["state"], on).status for r in rows), sid
        code, out = _run(db_url, sid, "--json")
        assert json.loads(out)["signatory_count"] == len(st.signatories)


def test_unknown_id_and_id_with_filters_are_errors(db_url: str, facts) -> None:  # noqa: ANN001
    code, out = _run(db_url, "no-such-statement")
    assert code != 0 and "no-such-statement" in out
    sid = next(iter(facts.records.statements))
    code, out = _run(db_url, sid, "--year", "2020")
    assert code != 0 and "not both" in out
