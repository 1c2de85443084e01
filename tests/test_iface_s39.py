"""Session 39 (iface8): the interfaces' leftovers in the CLI and the API. The persons filter's "at large" split as the
rows say it (the old value kept), the gaps' two dates each said for what it is, and the pillar chart's zero and missing
scores told apart. Every State, person and date is read from the record here, never written in."""

from __future__ import annotations

import json
import re

from iccwatch import charts, service
from iccwatch.facts import Facts

# ------------------------------------------------------------------ the persons filter: "at large" as the rows say it


def test_the_at_large_filter_splits_as_the_rows_say_it_and_keeps_the_old_value(client) -> None:  # noqa: ANN001
    def names(status: str) -> dict[str, dict]:
        r = client.get("/api/v1/persons", params={"status": status, "limit": 500})
        assert r.status_code == 200, r.text
        return {p["id"]: p for p in r.json()["items"]}

    court, free, held = names("at_large"), names("at_large_not_held"), names("held_not_surrendered")
    assert held and free, "the record holds persons at large both held by a State and held by no one"
    assert set(free) | set(held) == set(court) and not set(free) & set(held)  # the old value keeps both
    assert all(p["held_by"] and "not surrendered" in p["status_words"] for p in held.values())
    assert all(not p["held_by"] and p["status_words"] == "at large" for p in free.values())
    bad = client.get("/api/v1/persons", params={"status": "at_larg"})
    assert bad.status_code == 422 and "held_not_surrendered" in bad.text


def test_the_cli_status_filter_takes_the_split(facts: Facts, db_url: str) -> None:
    from typer.testing import CliRunner

    from iccwatch.cli import app

    out = CliRunner().invoke(app, ["persons", "--status", "held_not_surrendered", "--json", "--db", db_url])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    want = [r["id"] for r in service.persons_list(facts) if r["status"] == "at_large" and r["held_by"]]
    assert [r["id"] for r in rows] == want and want
    helped = re.sub(r"[\s│]+", "", CliRunner().invoke(app, ["persons", "--help"]).output)  # the words, however wrapped
    assert "held_not_surrendered(heldbyaStateoragroup" in helped and "at_large_not_held(heldbynoone)" in helped


# ------------------------------------------------------------------ the gaps' two dates


def test_the_gaps_answer_says_both_dates_each_for_what_it_is(client, facts: Facts) -> None:  # noqa: ANN001
    d = client.get("/api/v1/assessment/gaps").json()
    law = facts.checked_through_of(facts.DUTY_KINDS)[1]
    assert d["as_at"] == facts.checked_through_of(("events", "decisions", "responses"))[1]
    assert d["law_checked_through"] == law
    assert d["as_at"] in d["dates"] and law in d["dates"]
    if d["as_at"] != law:
        assert d["dates"].index(d["as_at"]) < d["dates"].index("events") < d["dates"].index(law)


def test_the_cli_gaps_says_both_dates(facts: Facts, db_url: str) -> None:
    from typer.testing import CliRunner

    from iccwatch.cli import app

    out = CliRunner().invoke(app, ["assess", "gaps", "--db", db_url])
    assert out.exit_code == 0, out.output
    first = re.sub(r"\s+", " ", out.output).split("may be missing")[0]  # the dates' sentence, before the figures
    assert facts.checked_through_of(facts.DUTY_KINDS)[1] in first
    assert first.startswith("as at " + facts.checked_through_of(("events", "decisions", "responses"))[1])


# ------------------------------------------------------------------ the pillar chart: a zero is a zero, none is "no data"


def test_the_pillar_chart_marks_a_zero_and_says_no_data() -> None:
    pillars = {"first_pillar": 0.0, "second_pillar": None, "third_pillar": 42.5}
    spec = charts.pillar_bars(pillars)
    values = spec["data"]["values"]
    assert [v["pillar"] for v in values] == ["first pillar", "second pillar", "third pillar"]  # none dropped
    assert spec["encoding"]["y"]["scale"]["domain"] == ["first pillar", "second pillar", "third pillar"]
    marks = {layer["mark"]["type"] for layer in spec["layer"]}
    assert {"bar", "tick", "text"} <= marks  # the tick marks a bar's end, visible at 0
    texts = {v["pillar"]: v["value_text"] for v in values}
    assert texts == {"first pillar": "0", "second pillar": "no data", "third pillar": "42.5"}
    words = charts.pillar_text(pillars)
    assert "first pillar 0" in words and "second pillar no data" in words and charts.PILLAR_NO_DATA in words
    assert charts.PILLAR_NO_DATA not in charts.pillar_text({"a": 0.0})


def test_the_report_draws_the_pillar_chart(facts: Facts) -> None:
    from iccwatch.report.charts import to_svg

    svg = to_svg(charts.pillar_bars({"a_pillar": 0.0, "b_pillar": None}))
    assert "<svg" in svg and "no data" in svg
