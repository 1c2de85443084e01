"""Session 41 (issue 12, task mtrap135): batch 135's dev errors, trips that did not happen. Each is a general rule, tested with
sentences written for the test in the languages the monitor reads where the phenomenon exists in them, and controls that must
not change; the words are data in ``data/lookups/monitor_words.yaml`` (English's in ``monitor/lexicon.py``). The names are the
record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"


# 1. A trip denied with an adverb of manner between the negation and the verb ("will not personally attend", "won't physically
#    travel", "wird nicht persönlich … teilnehmen"): the person does not go, however the text qualifies it; no trip to come.
#    (Batch 135's dev page 'Putin will not personally attend the G20 summit to be held in New Delhi next month' gave a
#    planned visit to India.) French, Spanish, Italian and Portuguese put the adverb after the negated verb ('ne participera
#    pas personnellement', 'no asistirá personalmente', 'non parteciperà di persona', 'não participará pessoalmente'), which
#    the negation already covered: they are kept here as the same rule's check in every language.
@pytest.mark.parametrize(("text", "language"), [
    ("Russian President Vladimir Putin will not personally attend the G20 summit to be held in New Delhi next month, the Kremlin said on Friday.", "en"),
    ("Russian President Vladimir Putin won't personally travel to New Delhi next month for the G20 summit, the Kremlin said on Friday.", "en"),
    ("Russian President Vladimir Putin will not physically attend the summit in New Delhi next month, the Kremlin said on Friday.", "en"),
    ("Vladimir Putin would not personally attend the summit in New Delhi next month, his spokesman said on Friday.", "en"),
    ("Vladimir Putin is not personally attending the summit in New Delhi next month, his spokesman said on Friday.", "en"),
    ("Vladimir Putin will not be personally attending the summit in New Delhi next month, his spokesman said on Friday.", "en"),
    ("Der russische Präsident Wladimir Putin wird nicht persönlich am G20-Gipfel in Neu-Delhi im nächsten Monat teilnehmen, teilte der Kreml am Freitag mit.", "de"),
    ("Wladimir Putin wird im nächsten Monat nicht selbst zum Gipfel nach Neu-Delhi in Indien reisen, teilte der Kreml am Freitag mit.", "de"),
    ("Le président russe Vladimir Poutine ne participera pas personnellement au sommet du G20 à New Delhi le mois prochain, a annoncé le Kremlin vendredi.", "fr"),
    ("El presidente ruso Vladimir Putin no asistirá personalmente a la cumbre del G20 en Nueva Delhi el próximo mes, anunció el Kremlin el viernes.", "es"),
    ("Il presidente russo Vladimir Putin non parteciperà di persona al vertice del G20 a Nuova Delhi il mese prossimo, ha detto il Cremlino venerdì.", "it"),
    ("O presidente russo Vladimir Putin não participará pessoalmente da cúpula do G20 em Nova Délhi no próximo mês, anunciou o Kremlin na sexta-feira.", "pt"),
])
def test_a_trip_denied_with_an_adverb_between(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-08-25", "planned_visit", language=language) == [], text
    assert _typed(spec, text, "2023-08-25", "visit", language=language) == [], text


@pytest.mark.parametrize(("text", "language"), [
    # the trip affirmed, with or without the adverb
    ("Russian President Vladimir Putin will personally attend the G20 summit to be held in New Delhi next month, the Kremlin said on Friday.", "en"),
    ("Russian President Vladimir Putin will attend the G20 summit to be held in New Delhi next month, the Kremlin said on Friday.", "en"),
    ("Der russische Präsident Wladimir Putin wird persönlich am G20-Gipfel in Neu-Delhi im nächsten Monat teilnehmen, teilte der Kreml am Freitag mit.", "de"),
    ("Der russische Präsident Wladimir Putin wird am G20-Gipfel in Neu-Delhi im nächsten Monat teilnehmen, teilte der Kreml am Freitag mit.", "de"),
])
def test_a_trip_affirmed_stays(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-08-25", "planned_visit", language=language) == [(PUTIN, "IND", "2023-09")], text
