"""A joint statement is for the Court (support, the default) or against it. Only statements of support count
in the index's joint_statements indicator; a statement against the Court is shown as such in the lists."""

from __future__ import annotations

from typer.testing import CliRunner

from iccwatch.cli import app


def test_a_statement_against_the_court_never_counts_as_support_in_the_index(facts) -> None:  # noqa: ANN001
    from iccwatch import service

    against = [s for s in facts.records.statements.values() if s.stance == "against"]
    assert against, "the record holds a statement against the Court"
    for s in against:
        year = int(str(s.date)[:4])
        for iso3 in s.signatories:
            if iso3 not in facts.records.states:
                continue
            data = service.index_explain(facts, iso3, year, samples=10)
            rows = [i for i in data["indicators"] if i["indicator"] == "joint_statements"]
            assert len(rows) == 1
            for row in rows:
                assert all(s.title not in e["what"] for e in row.get("evidence") or []), (iso3, row["evidence"])


def test_lists_and_the_statement_view_say_against(facts) -> None:  # noqa: ANN001
    from iccwatch import service

    s = next(s for s in facts.records.statements.values() if s.stance == "against")
    rows = {r["id"]: r for r in service.statements_list(facts)}
    assert rows[s.id]["stance"] == "against"
    assert all(r["stance"] in ("support", "against") for r in rows.values())
    shown = CliRunner().invoke(app, ["statements", s.id])
    assert shown.exit_code == 0, shown.output
    assert "against the Court" in shown.stdout
