"""Session 37 (issue 12, task mnews114): readings written on batches 114-115's dev errors. Each reading is a general rule,
tested with sentences written for the test and a contrast that must not fire. The names are the record's, used as examples
(no State or person is special-cased)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.monitor.probe import typed as _typed

from iccwatch.monitor.dates import find_dates

GICHERU = "paul-gicheru"
RUTO = "william-samoei-ruto"
FRIDAY = dt.date(2020, 11, 6)


# 1. A weekday that closes a relative clause whose own verb is past ("X who surrendered to the Court on Monday, is expected to
# appear today"), the relative pronoun with or without the comma before it: the Monday past, not the one after the main verb's
# future; a relative clause that tells a time to come keeps the future.
PAST_RELATIVE = [
    ("Lawyer Paul Gicheru who surrendered to the International Criminal Court on Monday, is expected to appear before the judges today.",
     "2020-11-02"),
    ("The suspect, who was handed over to the court on Tuesday, will appear before the judges next week.", "2020-11-03"),
    ("The commander who turned himself in on Wednesday, is due to be flown to The Hague.", "2020-11-04"),
]


@pytest.mark.parametrize(("text", "want"), PAST_RELATIVE)
def test_a_weekday_closing_a_past_relative_clause_is_the_day_past(text: str, want: str) -> None:
    days = [f.date for f in find_dates(text, FRIDAY) if len(f.date) == 10 and f.date != FRIDAY.isoformat()]
    assert days[:1] == [want], days


FUTURE_KEPT = [
    "The minister who will travel to Rome on Monday, is expected to meet the pope.",
    "He is expected to appear on Monday, the court said.",
    "The man who said he would appear on Monday, is expected in court.",
]


@pytest.mark.parametrize("text", FUTURE_KEPT)
def test_a_weekday_told_ahead_stays_ahead(text: str) -> None:
    assert [f.date for f in find_dates(text, FRIDAY)][:1] == ["2020-11-09"]


# 2. A person named inside a relative clause that a comma opens right after another person's name and closes before the
# trigger is not the one the trigger is about ("X, who is accused ... in the case against Y, surrendered to the court": X).
def test_a_person_named_inside_a_relative_clause_is_not_the_one_who_surrendered(spec) -> None:  # noqa: ANN001
    text = ("Lawyer Paul Gicheru appeared before the judges. Gicheru, who is accused of corruptly influencing witnesses in the case "
            "against Deputy President William Ruto, surrendered to the court on Monday and was taken to the detention centre.")
    got = _typed(spec, text, FRIDAY.isoformat(), "surrender")
    assert {p for p, _, _ in got} == {GICHERU}, got


def test_a_person_named_before_the_trigger_outside_any_clause_is_still_the_one(spec) -> None:  # noqa: ANN001
    # the contrast: no relative clause, the last person named before the trigger is the one (the reading before)
    text = "Paul Gicheru met lawyers on Sunday. Later William Ruto surrendered to the court on Monday."
    got = _typed(spec, text, FRIDAY.isoformat(), "surrender")
    assert RUTO in {p for p, _, _ in got}, got


# 3. An abbreviation in brackets among the words of "handed over ... to the ICC" ("The authorities in Chad have handed over former
# Central African Republic (CAR) militia leader to the International Criminal Court"), read as "turned over ... to" already
# reads it: the handover is a surrender (the one handed over is the person the next sentence names, as before).
MOKOM = "maxime-jeoffroy-eli-mokom-gawaka"
MARCH = "2022-03-15"


def test_a_handover_with_an_abbreviation_in_brackets_is_a_surrender(spec) -> None:  # noqa: ANN001
    text = ("The authorities in Chad have handed over former Central African Republic (CAR) militia leader to the International "
            "Criminal Court (ICC).\n\nMaxime Jeoffroy Eli Mokom was the leader of an anti-Balaka militia and is suspected of war crimes.")
    got = _typed(spec, text, MARCH, "surrender")
    assert [(p, s) for p, s, _ in got] == [(MOKOM, "TCD")], got


def test_evidence_handed_over_with_an_abbreviation_in_brackets_is_no_surrender(spec) -> None:  # noqa: ANN001
    text = ("The authorities in Chad have handed over documents of the Central African Republic (CAR) army to the International "
            "Criminal Court (ICC).\n\nMaxime Jeoffroy Eli Mokom was the leader of an anti-Balaka militia.")
    assert _typed(spec, text, MARCH, "surrender") == []
