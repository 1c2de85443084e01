"""Session 38 (record16): a decision's ``record_number`` says what it numbers.

The record keeps a filing number where one was read and otherwise the case or situation number (docs/data-format.md,
"Decisions: filing numbers"); nothing told a user which. The outputs now give ``record_number_kind`` (filing, case,
situation, request), read from the number's shape, and the table says "(case number only)" beside a number that names
the proceedings and not the document.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from iccwatch import service
from iccwatch.cli import app
from iccwatch.model.court_number import is_filing_number, number_kind

runner = CliRunner()


@pytest.mark.parametrize(("value", "kind"), [
    ("ICC-02/05-01/09-139", "filing"),
    ("ICC-02/05-01/09-139-Corr", "filing"),
    ("ICC-01/22-90", "filing"),
    ("ICC-02/05-03/09-T-4-ENG", "filing"),  # a hearing's transcript is one document too
    ("ICC-01/09-02/11-1032 (OA5)", "filing"),
    ("ICC-02/05-01/09", "case"),
    ("ICC-01/21", "situation"),
    ("ICC-RoC46(3)-01/18", "request"),
    ("ICC-RoC46(3)-01/18-37", "filing"),
    ("ICC 01/21", None),  # not a number of the Court's record
    ("", None),
    (None, None),
])
def test_number_kind_reads_the_shape(value: str | None, kind: str | None) -> None:
    assert number_kind(value) == kind


def test_every_decision_row_says_what_its_number_names(facts) -> None:  # noqa: ANN001
    rows = service.decisions_list(facts)
    numbered = [r for r in rows if r.get("record_number")]
    assert numbered, "the bundled record has numbered decisions"
    for r in numbered:
        assert r["record_number_kind"] == number_kind(r["record_number"]), r["id"]
        assert (r["record_number_kind"] == "filing") == is_filing_number(r["record_number"]), r["id"]
    assert all("record_number_kind" not in r for r in rows if not r.get("record_number"))
    # both kinds occur in the record, so the field tells rows apart (the checker warns on each non-filing number)
    assert {r["record_number_kind"] for r in numbered} >= {"filing", "case"}


def test_table_marks_a_number_that_names_only_the_proceedings(db_url: str, facts) -> None:  # noqa: ANN001
    rows = service.decisions_list(facts)
    assert any(r.get("record_number_kind") == "case" for r in rows)
    out = runner.invoke(app, ["decisions", "--db", db_url]).stdout
    assert "(case number only)" in out
    assert "(filing number only)" not in out  # a filing number is shown as it is
    # JSON gives the field itself, not the words
    js = runner.invoke(app, ["decisions", "--json", "--db", db_url]).stdout
    assert '"record_number_kind": "case"' in js.replace("\n", " ") or '"record_number_kind":"case"' in js
