"""Session 32 (issue 12, task mleft9): an arrest told inside a custody clause in Spanish, French, Italian and Portuguese, as
the English one is read (session 32, ``test_rules_s32_left7.py`` item 2): "bajo custodia de la CPI tras su detención en Manila
el martes" is an arrest with its place and day when the arrest is of the days before the page; an arrest of an earlier year
told there stays background; a custody of a child or of documents is no arrest. The sentences are written for the test; the
names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

DUTERTE = "rodrigo-roa-duterte"
# a page of Thursday 2025-03-13, after the person's warrant: "Tuesday" is 2025-03-11
NEWS_DAY = "2025-03-13"
NEWS_TUESDAY = "2025-03-11"
LATER_PAGE = "2026-06-04"

CLAUSES = [
    ("Rodrigo Duterte se encuentra bajo custodia de la CPI tras su detención en Manila el martes.", "es"),
    ("Rodrigo Duterte, que está bajo custodia de la CPI tras su detención en Manila el martes, comparecerá el viernes.", "es"),
    ("Rodrigo Duterte est détenu par la CPI depuis son arrestation mardi à Manille.", "fr"),
    ("Rodrigo Duterte, détenu par la CPI depuis son arrestation mardi à Manille, comparaîtra vendredi.", "fr"),
    ("Rodrigo Duterte è in custodia della CPI dopo l'arresto di martedì a Manila.", "it"),
    ("Rodrigo Duterte, in custodia della CPI dopo l'arresto di martedì a Manila, comparirà venerdì.", "it"),
    ("Rodrigo Duterte está sob custódia do TPI após a sua detenção na terça-feira em Manila.", "pt"),
    ("Rodrigo Duterte, que está sob custódia do TPI após a sua detenção na terça-feira em Manila, comparecerá na sexta-feira.",
     "pt"),
]


@pytest.mark.parametrize(("text", "language"), CLAUSES)
def test_an_arrest_told_in_a_custody_clause_is_an_arrest_with_its_place_and_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language=language) == [(DUTERTE, "PHL", NEWS_TUESDAY)]


@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte se encuentra bajo custodia de la CPI tras su detención en Manila en marzo de 2025.", "es"),
    ("Rodrigo Duterte est détenu par la CPI depuis son arrestation à Manille en mars 2025.", "fr"),
    ("Rodrigo Duterte è in custodia della CPI dopo l'arresto a Manila nel marzo 2025.", "it"),
    ("Rodrigo Duterte está sob custódia do TPI após a sua detenção em Manila em março de 2025.", "pt"),
])
def test_a_custody_since_an_arrest_of_an_earlier_year_is_background(spec, text: str, language: str) -> None:  # noqa: ANN001
    # a page of June 2026: neither the arrest nor a handover of the page's day
    assert _typed(spec, text, LATER_PAGE, "arrest", language=language) == []
    assert [v for v in _typed(spec, text, LATER_PAGE, "surrender", language=language) if v[2] == LATER_PAGE] == []


@pytest.mark.parametrize(("text", "language"), [
    # a custody of a child, of documents: no arrest, even with a day and a place
    ("Rodrigo Duterte obtuvo el martes en Manila la custodia de su nieto.", "es"),
    ("Los documentos de Rodrigo Duterte están bajo custodia de la CPI tras su incautación en Manila el martes.", "es"),
    # a warrant's noun after the same words is no arrest
    ("Rodrigo Duterte está en Manila desde el martes tras su orden de detención.", "es"),
    ("Rodrigo Duterte est à Manille depuis mardi, après sa mise en accusation.", "fr"),
    ("Rodrigo Duterte a obtenu mardi à Manille la garde de son petit-fils.", "fr"),
    ("Les archives de Rodrigo Duterte sont sous la garde de la CPI depuis leur saisie mardi à Manille.", "fr"),
    ("Rodrigo Duterte ha ottenuto martedì a Manila la custodia del nipote.", "it"),
    ("I documenti di Rodrigo Duterte sono in custodia della CPI dopo la consegna di martedì a Manila.", "it"),
    ("Rodrigo Duterte obteve na terça-feira em Manila a custódia do neto.", "pt"),
    ("Os documentos de Rodrigo Duterte estão sob custódia do TPI após a sua entrega na terça-feira em Manila.", "pt"),
])
def test_a_custody_of_a_child_or_of_documents_is_no_arrest(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language=language) == []
