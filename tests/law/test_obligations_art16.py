"""`ask obligations`: a situation's row under a Security Council request under Art. 16 standing on the date says so
(the duty to arrest the persons in its scope suspended for its period, Art. 16 and the resolution's paragraph cited)."""

from __future__ import annotations

import datetime as dt

from iccwatch.facts import Assumption, Facts
from iccwatch.law.obligations import state_obligations

DAY = dt.date(2025, 6, 1)


def _row(answer: dict, situation: str) -> dict:
    return next(s for s in answer["situations"] if s["situation"] == situation)


def _arrest_duty(row: dict) -> dict:
    return next(d for d in row["duties"] if d["duty"] == "arrest_and_surrender")


def test_a_deferral_of_the_situation_is_said_in_its_row(facts: Facts) -> None:
    f = facts.with_assumptions([Assumption.parse("art16 deferral palestine 2025-01-01")])
    row = _row(state_obligations(f, "FRA", DAY), "palestine")
    assert row["status"] == "obliged"  # the State stays bound to cooperate (Art. 86): the request suspends the arrest
    [req] = row["art16"]
    assert req["citation"] == "assumed Security Council resolution (2025) para 1" and req["whole_situation"]
    assert {"RS art 16", "RS art 58(4)", "assumed Security Council resolution (2025) para 1"} <= set(req["citations"])
    duty = _arrest_duty(row)
    assert "suspended" in duty["suspended"] and "Art. 16" in duty["suspended"] and "2025-12-31" in duty["suspended"]
    assert all(p["answer"] == "not_obliged" for p in row["persons_to_arrest"]) and row["persons_to_arrest"]
    assert any(s["rule"] == "security_council_deferral" for s in row["reasoning"])
    assert any("no ruling of the Court applying a request under Art. 16" in d for d in row["doubts"])
    answer = state_obligations(f, "FRA", DAY)
    assert "RS art 16" in [c["citation"] for c in answer["citations"]]
    assert "Art. 16" in answer["summary"]


def test_a_deferral_of_one_persons_case_names_him_and_leaves_the_others(facts: Facts) -> None:
    f = facts.with_assumptions([Assumption.parse("art16 deferral benjamin-netanyahu 2025-01-01")])
    row = _row(state_obligations(f, "FRA", DAY), "palestine")
    [req] = row["art16"]
    assert req["persons"] == ["benjamin-netanyahu"] and not req["whole_situation"]
    answers = {p["person"]: p["answer"] for p in row["persons_to_arrest"]}
    assert answers["benjamin-netanyahu"] == "not_obliged"
    assert any(a == "obliged" for p, a in answers.items() if p != "benjamin-netanyahu")
    assert "Benjamin Netanyahu" in _arrest_duty(row)["suspended"]


def test_no_deferral_outside_its_period_or_in_the_record(facts: Facts) -> None:
    f = facts.with_assumptions([Assumption.parse("art16 deferral palestine 2025-01-01")])
    for facts_, day in ((facts, DAY), (f, dt.date(2026, 1, 1)), (f, dt.date(2024, 12, 31))):
        row = _row(state_obligations(facts_, "FRA", day), "palestine")
        assert row["art16"] == [] and "suspended" not in _arrest_duty(row)
        assert not any(s["rule"] == "security_council_deferral" for s in row["reasoning"])
    other = _row(state_obligations(f, "FRA", DAY), "ukraine")
    assert other["art16"] == []


def test_the_cli_says_the_suspension_in_words(cli) -> None:  # noqa: ANN001
    args = ("ask", "obligations", "--state", "FRA", "--on", "2025-06-01")
    code, out, err = cli(*args, "--assume", "art16 deferral palestine 2025-01-01")
    assert code == 0, out + err
    words = " ".join(out.split())
    assert "Art. 16 (" in words and "is suspended for every person" in words and "para 1" in words
    code, out, _ = cli(*args)
    assert code == 0 and "Art. 16 (" not in " ".join(out.split())
