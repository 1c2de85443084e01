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


# --- an arrest told first by a description goes to the person named next only when that person is not told as still free ---

EL_HISHRI = "khaled-mohamed-ali-el-hishri"


@pytest.mark.parametrize(("text", "language"), [
    ("Police arrested a suspect on Tuesday. The arrest took place in Berlin. Khaled El Hishri remains at large.", "en"),
    ("Police arrested a suspect on Tuesday in Berlin. Khaled El Hishri remains at large.", "en"),
    ("La police a arrêté un suspect mardi à Berlin. Khaled El Hishri est toujours en fuite.", "fr"),
    ("La policía detuvo el martes a un sospechoso en Berlín. Khaled El Hishri sigue prófugo.", "es"),
    ("A polícia prendeu na terça-feira um suspeito em Berlim. Khaled El Hishri continua foragido.", "pt"),
    ("La polizia ha arrestato martedì un sospettato a Berlino. Khaled El Hishri è ancora latitante.", "it"),
    ("Die Polizei hat am Dienstag einen Verdächtigen in Berlin festgenommen. Khaled El Hishri ist weiter auf freiem Fuß.", "de"),
])
def test_a_described_arrest_is_not_given_to_a_person_told_as_still_free(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [p for p, _, _ in _typed(spec, text, "2025-07-18", "arrest", language=language)] == []


def test_a_described_arrest_still_goes_to_the_person_named_next(spec) -> None:  # noqa: ANN001
    text = "Police arrested a suspect wanted by the ICC on Wednesday in Berlin. Khaled El Hishri had been on the run for years."
    assert [p for p, _, _ in _typed(spec, text, "2025-07-18", "arrest", language="en")] == [EL_HISHRI]


# --- a refusal only asked about: a question is no refusal, stated or plain ----------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Why did Mongolia not arrest Vladimir Putin during his visit?", "en"),
    ("Why did Mongolia refuse to arrest Vladimir Putin?", "en"),
    ("Pourquoi la Mongolie n'a-t-elle pas arrêté Vladimir Poutine lors de sa visite ?", "fr"),
    ("¿Por qué Mongolia no detuvo a Vladimir Putin durante su visita?", "es"),
])
def test_a_refusal_only_asked_about_is_no_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-05", "refusal", language=language) == []


def test_a_refusal_told_before_a_question_about_something_else_reads(spec) -> None:  # noqa: ANN001
    text = "Mongolia did not arrest Vladimir Putin during his visit on Tuesday."
    assert [(p, s) for p, s, _ in _typed(spec, text, "2024-09-05", "refusal", language="en")] == [(PUTIN, "MNG")]


# --- a stay denied after a plain refusal: no visit either ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Mongolia did not arrest Vladimir Putin because he never travelled to Ulaanbaatar.", "en"),
    ("Mongolia could not arrest Vladimir Putin: he did not travel to Ulaanbaatar.", "en"),
])
def test_a_stay_denied_after_a_refusal_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-05", "visit", language=language) == []
    assert _typed(spec, text, "2024-09-05", "refusal", language=language) == []


def test_a_travel_told_after_a_refusal_is_still_a_visit(spec) -> None:  # noqa: ANN001
    text = "Mongolia did not arrest Vladimir Putin when he travelled to Ulaanbaatar on Tuesday."
    assert [(p, s) for p, s, _ in _typed(spec, text, "2024-09-05", "visit", language="en")] == [(PUTIN, "MNG")]
