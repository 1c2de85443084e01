"""Session 36 (issue 12, the lead after merging): a trip to come asked as a question closing the trip's own clause gives no
planned visit in any language (the Italian future 'andrà in' of one task met a headline question of another's traps table);
a question after a colon asks about something else, and the trip told before it still reads."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin andrà in Brasile per il vertice dei Brics?", "it"),
    ("¿Viajará Vladimir Putin a Brasil para la cumbre de los BRICS?", "es"),
    ("Vladimir Putin vai viajar ao Brasil para a cúpula do Brics?", "pt"),
    ("Vladimir Poutine se rendra au Brésil pour le sommet des BRICS ?", "fr"),
])
def test_a_trip_only_asked_about_is_no_planned_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-06-20", "planned_visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin andrà in Brasile per il vertice dei Brics.", "it"),
    ("Vladimir Putin andrà in Brasile per il vertice dei Brics: sarà arrestato?", "it"),
])
def test_a_trip_told_before_a_question_about_something_else_reads(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2025-06-20", "planned_visit", language=language)] == [(PUTIN, "BRA")]
