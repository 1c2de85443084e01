"""Session 30 (issue 12, task mleft4): the monitor's leftovers, fourth list. Each test holds sentences written for it (not
copied from the real-news set) and contrasts that must not fire. The wordings are general (a relative clause after a past
act, a trip told by its noun and the verb of its clause, …); no State or person is special-cased: the names are the record's,
used as examples."""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch.monitor import lexicon
from iccwatch.monitor.dates import find_dates
from tests.monitor.probe import typed as _typed

ONGWEN = "dominic-ongwen"
PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"


# --- 4. a relative clause in the future after a past act does not set the act's weekday ahead --------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Dominic Ongwen foi transferido na terça-feira para Haia, onde responderá por crimes de guerra.", "pt"),
    ("Dominic Ongwen foi levado na terça-feira para o centro de detenção de Haia, onde responderá perante o TPI.", "pt"),
    ("Dominic Ongwen fue trasladado el martes a La Haya, donde responderá por crímenes de guerra.", "es"),
    ("Dominic Ongwen è stato trasferito martedì all'Aia, dove risponderà di crimini di guerra.", "it"),
    ("Dominic Ongwen a été transféré mardi à La Haye, où il sera jugé pour crimes de guerre.", "fr"),
    ("Dominic Ongwen was transferred on Tuesday to The Hague, where he will face trial.", "en"),
])
def test_a_future_relative_clause_keeps_the_past_acts_weekday(spec, text: str, language: str) -> None:  # noqa: ANN001
    # the page of Thursday 2015-01-22: the Tuesday before, not the one after
    assert _typed(spec, text, "2015-01-22", "surrender", language=language) == [(ONGWEN, None, "2015-01-20")]


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin viajará el martes a Mongolia, donde se reunirá con el presidente.", "es"),
    ("Vladimir Putin viaggerà martedì in Mongolia, dove incontrerà il presidente.", "it"),
    ("Vladimir Putin vai viajar na terça-feira para a Mongólia, onde se reunirá com o presidente.", "pt"),
    ("Vladimir Putin se rendra mardi en Mongolie, où il rencontrera le président.", "fr"),
])
def test_a_trip_to_come_with_a_relative_clause_keeps_its_day_ahead(spec, text: str, language: str) -> None:  # noqa: ANN001
    # the page of Thursday 2024-08-29: the Tuesday after
    assert _typed(spec, text, "2024-08-29", "planned_visit", language=language) == [(PUTIN, "MNG", "2024-09-03")]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Antes de viajar a Mongolia el martes, Vladimir Putin se reunirá con Xi Jinping."),
    ("pt", "Antes de viajar para a Mongólia na terça-feira, Vladimir Putin se reunirá com Xi Jinping."),
    ("it", "Prima di partire per la Mongolia martedì, Vladimir Putin incontrerà Xi Jinping."),
])
def test_an_opening_clause_before_a_main_clause_to_come_is_still_ahead(spec, language: str, text: str) -> None:  # noqa: ANN001
    # the comma closes an opening clause, and the main clause after it (no relative word) tells the Tuesday to come
    with lexicon.reading(spec.lexicon["languages"][language]):
        assert [f.date for f in find_dates(text, dt.date(2024, 8, 29))] == ["2024-09-03"]
