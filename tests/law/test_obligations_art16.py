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


# Session 23 (law22): the Art. 16 request's effect on every Part 9 duty the row lists, not only the arrest. "No
# investigation or prosecution may be ... proceeded with" for the period: what serves the investigation or prosecution
# of the cases covered (surrender, the transit of a person being surrendered, assistance under Art. 93 executed under
# Art. 99) is not to be executed for now; what is owed whatever the cases (Art. 86's standing duty, Art. 88's national
# procedures, Art. 97's consultation) stands.
SUSPENDED = ("arrest_and_surrender", "transit", "other_assistance")
STANDING = ("general_cooperation", "national_procedures", "consultation")


def _duty(row: dict, key: str) -> dict:
    return next(d for d in row["duties"] if d["duty"] == key)


def test_a_deferral_of_the_situation_suspends_surrender_transit_and_assistance_not_the_standing_duties(facts: Facts) -> None:
    f = facts.with_assumptions([Assumption.parse("art16 deferral palestine 2025-01-01")])
    row = _row(state_obligations(f, "FRA", DAY), "palestine")
    for key in SUSPENDED:
        d = _duty(row, key)
        assert d["art16_effect"] == "suspended", key
        assert "Art. 16" in d["suspended"] and "2025-12-31" in d["suspended"], key
        assert d["suspended_by"] == ["assumed Security Council resolution (2025) para 1"], key
    for key in STANDING:
        d = _duty(row, key)
        assert d["art16_effect"] == "stands" and "suspended" not in d, key
        assert d["art16_note"], key
    assert "every case in the situation" in _duty(row, "other_assistance")["suspended"]
    assert "89(3)" in _duty(row, "transit")["suspended"]
    # the Statute gives no way to preserve evidence during an Art. 16 deferral, as Arts. 18(6) and 19(8) do for theirs
    assert any("18(6)" in x for x in row["doubts"])
    cited = set(row["art16"][0]["citations"])
    assert {"RS art 16", "RS art 89(3)(a)", "RS art 93(1)", "RS art 99(1)"} <= cited
    summary = state_obligations(f, "FRA", DAY)["summary"]
    assert "transit" in summary and "other assistance" in summary


def test_a_deferral_of_one_persons_case_suspends_assistance_in_his_case_only(facts: Facts) -> None:
    f = facts.with_assumptions([Assumption.parse("art16 deferral benjamin-netanyahu 2025-01-01")])
    row = _row(state_obligations(f, "FRA", DAY), "palestine")
    assistance = _duty(row, "other_assistance")
    assert assistance["art16_effect"] == "suspended"
    assert "Benjamin Netanyahu" in assistance["suspended"] and "the situation's other cases" in assistance["suspended"]
    assert "every case in the situation" not in assistance["suspended"]


def test_without_a_deferral_no_duty_speaks_of_art16(facts: Facts) -> None:
    f = facts.with_assumptions([Assumption.parse("art16 deferral palestine 2025-01-01")])
    for facts_, day, sit in ((facts, DAY, "palestine"), (f, dt.date(2026, 1, 1), "palestine"), (f, DAY, "ukraine")):
        row = _row(state_obligations(facts_, "FRA", day), sit)
        for d in row["duties"]:
            assert "art16_effect" not in d and "suspended" not in d and "art16_note" not in d, (day, sit, d["duty"])
        assert not any("18(6)" in x for x in row["doubts"])


def test_an_ad_hoc_arrangements_assistance_is_suspended_too(facts: Facts) -> None:
    """A State bound only by an ad hoc arrangement (Art. 87(5)(a)) owes the assistance it covers: suspended as
    other assistance is."""
    f = facts.with_assumptions([Assumption.parse("USA ad_hoc_arrangement 2024-01-01 for palestine"),
                                Assumption.parse("art16 deferral palestine 2025-01-01")])
    row = _row(state_obligations(f, "USA", DAY), "palestine")
    [d] = row["duties"]
    assert d["duty"] == "arrangement" and d["art16_effect"] == "suspended" and "Art. 16" in d["suspended"]


def test_the_cli_says_what_the_deferral_does_to_each_duty(cli) -> None:  # noqa: ANN001
    code, out, err = cli("ask", "obligations", "--state", "FRA", "--on", "2025-06-01", "--assume", "art16 deferral palestine 2025-01-01")
    assert code == 0, out + err
    words = " ".join(out.split())
    assert "the duty to authorise the transport" in words and "is suspended for" in words
    assert "the duty to provide the other forms of assistance requested" in words and "99(1)" in words
    assert "the duty to have procedures under national law for every form of cooperation stands" in words


def test_a_state_the_council_binds_keeps_its_ground_under_a_deferral(facts: Facts) -> None:
    """Sudan, bound by res 1593 (not a party): the deferral suspends the same duties; the standing duty is owed on
    the resolution, and its note does not make Art. 86 its ground."""
    f = facts.with_assumptions([Assumption.parse("art16 deferral darfur-sudan 2009-07-21")])
    row = _row(state_obligations(f, "SDN", dt.date(2010, 5, 1)), "darfur-sudan")
    assert row["bases"] == ["unsc"] and row["status"] == "obliged"
    assert {d["duty"] for d in row["duties"] if d.get("art16_effect") == "suspended"} == set(SUSPENDED)
    note = _duty(row, "general_cooperation")["art16_note"]
    assert "on its ground in the situation" in note and "the Council's decision" in note
    assert all(p["answer"] == "not_obliged" for p in row["persons_to_arrest"])
