"""A holiday two calendars keep on different days named after another language's preposition of time ('à Noël', 'zu
Weihnachten', 'en Navidad', 'no Natal', 'a Natale') is read as round 55 reads 'over Christmas' (both days), not ignored and
answered for the day asked (session 43; round 55's leftover: 'La France doit-elle arrêter Poutine à Noël ?' was answered
for today). A city of the same name after a preposition of place stays a place."""

from __future__ import annotations

import pytest
from tests.law.reading import read

ASKED_AHEAD = [
    "La France doit-elle arrêter Poutine à Noël ?",
    "La Pologne doit-elle arrêter Netanyahou pour Noël ?",
    "Muss Polen Netanjahu zu Weihnachten festnehmen?",
    "Muss Polen Netanjahu an Weihnachten festnehmen?",
    "¿Debe Polonia arrestar a Netanyahu en Navidad?",
    "A Polónia deve prender Netanyahu no Natal?",
    "La Polonia deve arrestare Netanyahu a Natale?",
]


@pytest.mark.parametrize("text", ASKED_AHEAD)
def test_a_calendar_holiday_after_another_languages_preposition_is_asked_on_its_two_days(facts, text):  # noqa: ANN001
    got = read(facts, text)  # asked on the reading module's TODAY, ahead of Christmas
    assert got["day_readings"] and len(got["day_readings"]) == 2, got.get("on")
    one, two = got["day_readings"]
    assert one.endswith("-12-25") and two.endswith("-01-07") and got["on"] == one


def test_the_same_question_without_the_holiday_is_answered_for_the_day_asked(facts):  # noqa: ANN001
    got = read(facts, "La Pologne doit-elle arrêter Netanyahou ?")
    assert not got.get("day_readings")
