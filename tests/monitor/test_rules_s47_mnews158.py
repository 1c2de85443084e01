"""Session 47 (issue 12, task mnews158): the shapes of a trip to come that batch 158's dev pages showed unread, each as the
general shape in the languages whose family holds it. Sentences written for the test (none copied from a page of the set),
with controls that must not change. The names are the record's, used as examples (no State, city or person is special)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"

# 1. A trip to come in reported speech with the day of the saying between the verb of saying and its 'that'
#    ('a confirmé mercredi qu'il se rendrait', 'confirmó el miércoles que viajaría', 'confirmou na quarta-feira que
#    viajaria'): the reported-speech family of each language read its 'that' only right after the verb.
REPORTED_WITH_DAY = [
    ("fr", "Vladimir Poutine a confirmé mercredi qu'il se rendrait en Mongolie le mois prochain."),
    ("fr", "Le Kremlin a annoncé lundi que Vladimir Poutine se rendrait en Mongolie le mois prochain."),
    ("es", "El Kremlin confirmó el miércoles que Vladimir Putin viajaría a Mongolia el mes próximo."),
    ("pt", "O Kremlin confirmou na quarta-feira que Vladimir Putin viajaria à Mongólia no próximo mês."),
]


@pytest.mark.parametrize(("language", "text"), REPORTED_WITH_DAY, ids=[f"{t[0]}-{i}" for i, t in enumerate(REPORTED_WITH_DAY)])
def test_reported_trip_with_the_day_of_the_saying_before_that(spec, language: str, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-08-28", "planned_visit", language=language)
    assert [(p, s) for p, s, _ in got] == [(PUTIN, "MNG")], got


# Controls: the same sentences with no day between (read before this session) and a reported trip denied stay as they were.
@pytest.mark.parametrize(("language", "text", "n"), [
    ("fr", "Le Kremlin a annoncé que Vladimir Poutine se rendrait en Mongolie le mois prochain.", 1),
    ("es", "El Kremlin confirmó que Vladimir Putin viajaría a Mongolia el mes próximo.", 1),
    ("fr", "Le Kremlin a démenti mercredi que Vladimir Poutine se rendrait en Mongolie le mois prochain.", 0),
    ("es", "El Kremlin negó el miércoles que Vladimir Putin viajaría a Mongolia el mes próximo.", 0),
])
def test_control_reported_trip_without_day_or_denied(spec, language: str, text: str, n: int) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-08-28", "planned_visit", language=language)
    assert len(got) == n, got


# 2. A visit named as what a person has on the programme ('tiene programada una visita a', 'tiene prevista una visita a',
#    'tem programada uma visita a', 'a programmé une visite en'), as Italian's 'ha in programma una visita' already read.
PROGRAMMED_VISIT = [
    ("es", "Vladimir Putin tiene programada una visita a Mongolia la próxima semana."),
    ("es", "Vladimir Putin tiene programadas reuniones con varios líderes y una visita a Mongolia la próxima semana."),
    ("es", "Vladimir Putin tiene prevista una visita a Mongolia la próxima semana."),
    ("pt", "Vladimir Putin tem programada uma visita à Mongólia na próxima semana."),
    ("pt", "Vladimir Putin tem prevista uma visita à Mongólia na próxima semana."),
    ("fr", "Vladimir Poutine a programmé une visite en Mongolie la semaine prochaine."),
    ("it", "Vladimir Putin ha in programma una visita in Mongolia la prossima settimana."),
]


@pytest.mark.parametrize(("language", "text"), PROGRAMMED_VISIT, ids=[f"{t[0]}-{i}" for i, t in enumerate(PROGRAMMED_VISIT)])
def test_a_visit_on_the_programme_is_a_trip_to_come(spec, language: str, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-08-28", "planned_visit", language=language)
    assert [(p, s) for p, s, _ in got] == [(PUTIN, "MNG")], got


# Controls: a visit on the programme of a person under no warrant, and one cancelled, give nothing.
@pytest.mark.parametrize(("language", "text"), [
    ("es", "El ministro de Exteriores tiene programada una visita a Mongolia la próxima semana."),
    ("es", "Vladimir Putin tenía programada una visita a Mongolia, pero la canceló."),
    ("pt", "Vladimir Putin tinha programada uma visita à Mongólia, mas cancelou a viagem."),
])
def test_control_programmed_visit_of_another_or_cancelled(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-08-28", "planned_visit", language=language) == []
