"""Session 40 (issue 12, task mleft28): the dev half's largest remaining error kinds, grouped by the sentence shape that loses
them (docs/monitor.md, "Dev errors by shape (session 40)"). Each fix is a general rule, tested with sentences written for the
test in the languages where the shape exists, and controls that must not fire; the words are data in
``data/lookups/monitor_words.yaml`` (English's in ``monitor/lexicon.py``). The names are the record's, used as examples (no State
or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"


# 1. An arrival told as the traveller stepping off the plane ("stepped off the plane at the airport in Ulaanbaatar", 'saiu do avião
#    no aeroporto de Ulan Bator'): a visit made, placed by the place the sentence names and dated by its day.
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin stepped off the plane at the airport in Ulaanbaatar on Monday night.", "en"),
    ("Vladimir Putin got off his plane in Ulaanbaatar on Monday.", "en"),
    ("Vladimir Putin disembarked from his plane in Ulaanbaatar on Monday.", "en"),
    ("Vladimir Putin saiu do avião na segunda-feira à noite no aeroporto de Ulan Bator.", "pt"),
    ("Vladimir Putin desceu do avião na segunda-feira no aeroporto de Ulan Bator.", "pt"),
    ("Vladimir Poutine est descendu de l'avion lundi soir à l'aéroport d'Oulan-Bator.", "fr"),
    ("Vladimir Putin bajó del avión el lunes por la noche en el aeropuerto de Ulán Bator.", "es"),
    ("Vladimir Putin è sceso dall'aereo lunedì sera all'aeroporto di Ulan Bator.", "it"),
    ("Wladimir Putin stieg am Montagabend am Flughafen von Ulan Bator aus dem Flugzeug.", "de"),
])
def test_stepping_off_the_plane_is_an_arrival(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-03", "visit", language=language)
    assert got == [(PUTIN, "MNG", "2024-09-02")], got


@pytest.mark.parametrize(("text", "language"), [
    # not a plane ("got off the phone"), a trip to come, a trip only supposed
    ("Vladimir Putin got off the phone with the president of Mongolia on Monday.", "en"),
    ("Vladimir Putin will step off the plane in Ulaanbaatar on Monday.", "en"),
    ("If Vladimir Putin steps off the plane in Ulaanbaatar, Mongolia must arrest him.", "en"),
    ("Vladimir Putin saiu do governo na segunda-feira.", "pt"),
    ("Si Vladimir Putin baja del avión en Ulán Bator, Mongolia debe detenerlo.", "es"),
    ("Vladimir Poutine descendra de l'avion lundi à Oulan-Bator.", "fr"),
])
def test_no_plane_or_no_arrival_made(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-03", "visit", language=language)
    assert got == [], got


# 2. An arrest told with no place, then, in the next sentence, the person held in a place ("was arrested on Sunday." "He was
#    being held in Turin", 'Si trovava detenuto a Torino'): the State of that custody.
ELMASRY = "osama-elmasry-njeem"


@pytest.mark.parametrize(("text", "language"), [
    ("Osama Elmasry Njeem was arrested on Sunday on a warrant of the Court. He was being held in Turin.", "en"),
    ("Osama Elmasry Njeem was arrested on Sunday on a warrant of the Court. He is detained in a prison in Turin.", "en"),
    ("È stato scarcerato Osama Elmasry Njeem, arrestato domenica su mandato della Corte. Al momento del rilascio si trovava detenuto a Torino.", "it"),
    ("Osama Elmasry Njeem a été arrêté dimanche sur mandat de la Cour. Il était détenu à Turin.", "fr"),
    ("Osama Elmasry Njeem fue detenido el domingo por orden de la Corte. Estaba recluido en una cárcel de Turín.", "es"),
    ("Osama Elmasry Njeem foi preso no domingo por ordem do Tribunal. Estava detido em Turim.", "pt"),
    ("Osama Elmasry Njeem wurde am Sonntag festgenommen. Er wird in Turin festgehalten.", "de"),
])
def test_custody_placed_by_the_next_sentence(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-01-21", "arrest", language=language)
    assert got == [(ELMASRY, "ITA", "2025-01-19")], got


@pytest.mark.parametrize(("text", "language"), [
    # the Court's seat is where custody ends, not where the arrest was; another person held; a place the person came from
    ("Osama Elmasry Njeem was arrested on Sunday on a warrant of the Court. He is now held in The Hague.", "en"),
    ("Osama Elmasry Njeem was arrested on Sunday on a warrant of the Court. Khaled El Hishri is being held in Turin.", "en"),
    ("Osama Elmasry Njeem fue detenido el domingo por orden de la Corte. Había llegado desde Turín.", "es"),
    # an event held in a place, not the person
    ("Osama Elmasry Njeem was arrested on Sunday on a warrant of the Court. The hearing was held in Turin on Monday.", "en"),
    ("Osama Elmasry Njeem was arrested on Sunday on a warrant of the Court. The meeting has been held in Turin.", "en"),
])
def test_no_custody_place_from_another(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-01-21", "arrest", language=language)
    assert [s for _, s, _ in got] in ([], [None]), got
