"""Session 37 (issue 12, task mleft18): the monitor's leftovers, eighteenth list. Each item is a general rule, tested with
sentences written for the test and contrasts that must not fire; the words are data in ``data/lookups/monitor_words.yaml``.
The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

from iccwatch.monitor.rules_context import is_question

PUTIN = "vladimir-vladimirovich-putin"
YEKATOM = "alfred-yekatom"
DAY = "2024-09-05"  # a Thursday: 'Tuesday' is 2024-09-03, 'Wednesday' 2024-09-04


# 1. One check of "is this sentence a question", on the sentence context, used by every rule: a question mark at the end, also
#    before a closing quote or bracket, and Spanish's question opened by '¿' and closed before an attribution.
@pytest.mark.parametrize("text", [
    "Will Hungary leave the Court?",
    "Will Hungary leave the Court? ",
    '"Will Hungary leave the Court?"',
    "«Will Hungary leave the Court?»",
    "(Will Hungary leave the Court?)",
    "“Will Hungary leave the Court?”",
    "¿Abandonará Hungría la Corte?",
    "¿Abandonará Hungría la Corte?, se pregunta el diario.",
    "« ¿Abandonará Hungría la Corte? », se pregunta el diario.",
])
def test_a_question_is_read_as_one(text: str) -> None:
    assert is_question(text)


@pytest.mark.parametrize("text", [
    "Hungary will leave the Court.",
    'Hungary will leave the Court, he said: "Why not?" and laughed.',
    "Hungary asked why? No one knows.",
    "Hungary said it will leave the Court (why? no one said).",
    "",
])
def test_a_statement_is_no_question(text: str) -> None:
    assert not is_question(text)


@pytest.mark.parametrize(("text", "language"), [
    ('"Has Hungary notified the United Nations of its withdrawal from the Rome Statute?"', "en"),
    ("«Hungary has notified the United Nations of its withdrawal from the Rome Statute?»", "en"),
    ("¿Ha notificado Hungría a las Naciones Unidas su retirada del Estatuto de Roma?, se pregunta el diario.", "es"),
])
def test_a_withdrawal_only_asked_about_before_a_closing_mark_is_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    for kind in ("withdrawal_notified", "withdrawal_announced"):
        assert _typed(spec, text, "2025-06-02", kind, language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ('"So Mongolia did not arrest Vladimir Putin during his visit?"', "en"),
    ('"And Mongolia refused to arrest Vladimir Putin?"', "en"),
    ("¿Por qué Mongolia no detuvo a Vladimir Putin durante su visita?, se pregunta el diario.", "es"),
])
def test_a_refusal_only_asked_about_before_a_closing_mark_is_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, "Vladimir Putin arrived in Mongolia on Tuesday. " + text if language == "en" else text, DAY, "refusal",
                  language=language) == []


def test_a_trip_only_asked_about_before_a_closing_quote_is_no_planned_visit(spec) -> None:  # noqa: ANN001
    text = '«Vladimir Putin andrà in Brasile per il vertice dei Brics?»'
    assert _typed(spec, text, "2025-06-20", "planned_visit", language="it") == []
