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
