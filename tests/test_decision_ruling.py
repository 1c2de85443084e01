"""Every decision says what it ruled, in the lists of the CLI, the API and the dashboard, whatever its kind:
a finding of non-compliance in words, any other ruling as its kind and recorded outcome (a list that showed
only the finding left every conviction, challenge and termination blank)."""

from __future__ import annotations

from typer.testing import CliRunner

from iccwatch.cli import app
from iccwatch.model import Decision
from iccwatch.service.decisions import FINDING_WORDS, ruling_text


def _decision(**fields) -> Decision:  # noqa: ANN003
    base = {"id": "d", "date": "2020-01-01", "chamber": "Pre-Trial Chamber I", "situation": "s",
            "sources": [{"url": "https://www.icc-cpi.int/x", "kind": "primary"}]}
    return Decision.model_validate({**base, **fields})


def test_a_finding_reads_as_words_and_another_ruling_as_its_kind_and_outcome() -> None:
    finding = _decision(state="AAA", persons=["p"], request_type="arrest_surrender", finding="non_compliance", referred_to="ASP")
    assert ruling_text(finding) == FINDING_WORDS["non_compliance"]
    conviction = _decision(kind="conviction", persons=["p"], outcome="convicted of 18 counts")
    assert ruling_text(conviction) == "conviction: convicted of 18 counts"
    other = _decision(kind="other", persons=["p"], outcome="trial to open on 2026-11-30")
    assert ruling_text(other) == "trial to open on 2026-11-30"  # "other" names no kind


def test_every_listed_decision_says_what_it_ruled(facts) -> None:  # noqa: ANN001
    from iccwatch import service

    rows = service.decisions_list(facts)
    assert rows
    for row in rows:
        assert row["ruling"], row["id"]
        if row.get("outcome"):
            assert row["outcome"] in row["ruling"]
        elif row.get("finding") == "no_finding" and row.get("referred_to") not in (None, "none"):
            # a decision that informed the bodies without a finding says so (tests/test_cliweb4_s17.py)
            assert row["ruling"] == f"Court informed {row['referred_to'].replace('+', ' and ')}, no finding", row["id"]
        elif row.get("finding"):
            assert row["ruling"] == FINDING_WORDS[row["finding"]]


def test_the_cli_lists_show_the_ruling_column(facts, monkeypatch) -> None:  # noqa: ANN001
    from iccwatch import service
    from iccwatch.cli.output import console, rich_console

    monkeypatch.setattr(rich_console(console), "width", 400)
    row = next(r for r in service.decisions_list(facts) if r.get("outcome") and r.get("person_names"))
    shown = CliRunner().invoke(app, ["decisions", "--person", row["person_names"][0]])
    assert shown.exit_code == 0, shown.output
    assert "ruling" in shown.stdout and row["outcome"] in shown.stdout

