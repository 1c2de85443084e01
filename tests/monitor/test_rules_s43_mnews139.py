"""Session 43 (issue 12, task mnews139): batch 139's dev errors (docs/monitor.md, "Batch 139 (session 43)"). Each rule is
tested with sentences written for the test, and with controls that must not fire. The names are the record's, used as
examples (no State or person is special-cased)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.monitor.probe import typed as _typed

from iccwatch.monitor import lexicon
from iccwatch.monitor.dates import find_dates
from iccwatch.monitor.gazetteer import pipeline
from iccwatch.monitor.mentions import _spans

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"


# 1. A span of days written as German writes them, each day an ordinal number with its point ('am 4. und 5. Dezember', 'vom 4.
#    bis 5. Dezember', 'vom 4. bis zum 5. Dezember', 'am 4./5. Dezember', 'am 4.-5. Dezember'): the sentence splitter cut after
#    the first day's point, so the trip lost its date and its State (the sentence 'und 5. Dezember nach Neu-Delhi' names no
#    person). A day's point before a second day and its month ends no sentence, as one before the month alone did (session 26).
@pytest.mark.parametrize("text", [
    "Der russische Präsident Wladimir Putin wird am 4. und 5. Dezember Indien besuchen.",
    "Der russische Präsident Wladimir Putin wird vom 4. bis 5. Dezember nach Indien reisen.",
    "Der russische Präsident Wladimir Putin wird vom 4. bis zum 5. Dezember nach Indien reisen.",
    "Der russische Präsident Wladimir Putin wird am 4.-5. Dezember Indien besuchen.",
])
def test_a_german_span_of_days_keeps_its_sentence(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-11-28", "planned_visit", language="de") == [(PUTIN, "IND", "2025-12-04")]


def test_a_german_span_of_days_keeps_a_visit_made(spec) -> None:  # noqa: ANN001
    text = "Der israelische Ministerpräsident Benjamin Netanjahu besuchte am 3. und 4. April Ungarn."
    assert _typed(spec, text, "2025-04-10", "visit", language="de") == [(NETANYAHU, "HUN", "2025-04-03")]


@pytest.mark.parametrize("text", [
    "Der russische Präsident reist am 4. und 5. Dezember nach Neu-Delhi. Das teilte der Kreml mit.",
    "Der russische Präsident reist am 4./5. Dezember nach Neu-Delhi. Das teilte der Kreml mit.",
    "Die Mannschaft belegte Platz 4. Bis zum 5. Dezember bleibt sie in Berlin.",  # a new sentence opens with 'Bis'
    "Die Mannschaft belegte Platz 4. Und am 5. Dezember reist sie nach Berlin.",  # ... or with 'Und'
])
def test_a_german_span_of_days_joins_only_days_before_a_month(spec, text: str) -> None:  # noqa: ANN001
    spans = _spans(pipeline(spec)(text))
    assert len(spans) == 2, [text[a:b] for a, b in spans]


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Putin wird am 4./5. Dezember Indien besuchen.", "2025-12-04", "2025-12-05"),
    ("Putin wird vom 4. bis zum 5. Dezember Indien besuchen.", "2025-12-04", "2025-12-05"),
    ("Poutine se rendra en Inde les 4/5 décembre.", "2025-12-04", "2025-12-05"),
])
def test_a_span_of_days_with_a_slash_or_bis_zum_is_read(spec, text: str, first: str, last: str) -> None:  # noqa: ANN001
    language = "fr" if text.startswith("Poutine") else "de"
    with lexicon.reading(lexicon.words_for(spec.lexicon.get("languages", {}), language)):
        found = find_dates(text, dt.date(2025, 11, 28))
    assert [(f.date, f.end_date) for f in found] == [(first, last)]


# 2. A trip to come told in the German present with a date by day and month or by month ('Putin reist am 4. und 5. Dezember
#    … nach Neu-Delhi', 'fliegt am 4. Dezember nach Indien', 'besucht am 4. Dezember Indien', 'reist Anfang Dezember nach
#    Indien'), as German tells a trip to come and as the present with a weekday was already read ('reist am Mittwoch nach
#    Ungarn', session 30): the finanzen.net (dpa-AFX) report of 28 November 2025 was missed.
@pytest.mark.parametrize(("text", "date"), [
    ("Der russische Präsident Wladimir Putin reist am 4. und 5. Dezember auf Einladung von Indiens Premierminister Narendra Modi "
     "zum Staatsbesuch nach Neu-Delhi.", "2025-12-04"),
    ("Der russische Präsident Wladimir Putin reist am 4. Dezember nach Indien.", "2025-12-04"),
    ("Der russische Präsident Wladimir Putin fliegt am 4. Dezember nach Indien.", "2025-12-04"),
    ("Der russische Präsident Wladimir Putin besucht am 4. Dezember Indien.", "2025-12-04"),
    ("Der russische Präsident Wladimir Putin reist vom 4. bis 5. Dezember nach Indien.", "2025-12-04"),
    ("Der russische Präsident Wladimir Putin reist Anfang Dezember nach Indien.", "2025-12"),
    ("Der russische Präsident Wladimir Putin reist im Dezember nach Indien.", "2025-12"),
])
def test_a_german_present_with_a_date_ahead_is_a_trip_to_come(spec, text: str, date: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-11-28", "planned_visit", language="de") == [(PUTIN, "IND", date)]


@pytest.mark.parametrize(("text", "day"), [
    ("Der russische Präsident Wladimir Putin reiste am 4. Dezember nach Indien.", "2025-12-10"),      # a trip made
    ("Der russische Präsident Wladimir Putin reist am 4. Dezember nicht nach Indien.", "2025-11-28"),  # denied
    ("Falls Wladimir Putin am 4. Dezember nach Indien reist, droht ihm dort keine Festnahme.", "2025-11-28"),  # supposed
    ("Der russische Präsident Wladimir Putin reist am 4. Dezember nach Moskau zurück.", "2025-11-28"),  # home
])
def test_a_german_present_with_a_date_control(spec, text: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, day, "planned_visit", language="de") == []


# 3. The same reading in the other languages the monitor reads, where the present tells a trip to come with its date by day and
#    month and no year ('se rend en Inde le 4 décembre', 'viaja a la India el 4 de diciembre', 'si reca in India il 4 dicembre',
#    'viaja à Índia a 4 de dezembro'): the Romance present was read as no trip at all; English 'travels to India on December 4'
#    already was.
@pytest.mark.parametrize(("text", "language"), [
    ("Le président russe Vladimir Poutine se rend en Inde le 4 décembre.", "fr"),
    ("Le président russe Vladimir Poutine se rend le 4 décembre en Inde.", "fr"),
    ("El presidente ruso Vladimir Putin viaja a la India el 4 de diciembre.", "es"),
    ("Il presidente russo Vladimir Putin si reca in India il 4 dicembre.", "it"),
    ("Il presidente russo Vladimir Putin vola in India il 4 e 5 dicembre.", "it"),
    ("O presidente russo Vladimir Putin viaja à Índia no dia 4 de dezembro.", "pt"),
    ("O presidente russo Vladimir Putin vai à Índia a 4 de dezembro.", "pt"),
    ("Russian President Vladimir Putin travels to India on December 4.", "en"),
])
def test_a_present_with_a_date_ahead_is_a_trip_to_come_in_each_language(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-11-28", "planned_visit", language=language) == [(PUTIN, "IND", "2025-12-04")]


@pytest.mark.parametrize(("text", "language"), [
    ("Le président russe Vladimir Poutine ne se rend pas en Inde le 4 décembre.", "fr"),  # denied
    ("Le 4 décembre 2021, Vladimir Poutine se rend en Inde pour la dernière fois.", "fr"),  # a past told in the present
    ("El presidente ruso Vladimir Putin no viaja a la India el 4 de diciembre.", "es"),
    ("Il presidente russo Vladimir Putin non si reca in India il 4 dicembre.", "it"),
    ("O presidente russo Vladimir Putin não viaja à Índia a 4 de dezembro.", "pt"),
    ("Se Vladimir Putin viaja à Índia a 4 de dezembro, será preso?", "pt"),  # supposed
    ("Le président russe Vladimir Poutine se rend à Moscou le 4 décembre.", "fr"),  # home
    ("Russian President Vladimir Putin travels to India on December 4, 2021.", "en"),  # a past told in the present
    ("Russian President Vladimir Putin never travels to India on December 4.", "en"),  # denied
])
def test_a_present_with_a_date_control_in_each_language(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-11-28", "planned_visit", language=language) == []
