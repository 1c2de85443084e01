"""Session 37 (issue 12, helper mnews116: batches 116 and 117 of the real-news set, their dev parts' errors).

A ruling, a hearing or a vote put off is no trip put off: the words of postponing are words of a trip denied, so "The court
postponed ruling till Monday" in a page that tells a visitor's departure lost the visit told before it (monitor_words.yaml
``postponed_proceedings``, every language's). A trip named as what an obstacle stands in the way of ("one of the main
obstacles to X's visit is the warrant") is a trip not made, no visit (the DENIAL family, each language's)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from tests.monitor.probe import typed as _typed

BASHIR = "omar-hassan-ahmad-al-bashir"
NETANYAHU = "benjamin-netanyahu"


# --- a proceeding put off leaves the visit told standing -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Omar al-Bashir arrived in South Africa on Sunday for the summit. The hearing was postponed until Monday.", "en"),
    ("Omar al-Bashir has left South Africa before a court ruling. The court postponed ruling till Monday.", "en"),
    ("Omar al-Bashir est arrivé en Afrique du Sud dimanche pour le sommet. L'audience a été reportée à lundi.", "fr"),
    ("Omar al Bashir llegó a Sudáfrica el domingo para la cumbre. La audiencia fue aplazada hasta el lunes.", "es"),
    ("Omar al-Bashir chegou à África do Sul no domingo para a cúpula. A audiência foi adiada para segunda-feira.", "pt"),
    ("Omar al-Bashir è arrivato in Sudafrica domenica per il vertice. L'udienza è stata rinviata a lunedì.", "it"),
    ("Omar al-Bashir ist am Sonntag zum Gipfel in Südafrika eingetroffen. Die Anhörung wurde auf Montag vertagt.", "de"),
])
def test_a_proceeding_put_off_keeps_the_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2015-06-15", "visit", language=language)] == [(BASHIR, "ZAF")]


@pytest.mark.parametrize(("text", "language"), [
    ("Omar al-Bashir arrived in South Africa on Sunday for the summit. The visit was postponed until Monday.", "en"),
    ("Omar al-Bashir will travel to South Africa on Sunday for the summit. The trip was postponed after the court's ruling.", "en"),
    ("Omar al Bashir viajará a Sudáfrica el domingo para la cumbre. La visita fue aplazada hasta el lunes.", "es"),
    ("Omar al-Bashir viajará à África do Sul no domingo. A viagem foi adiada e a audiência também.", "pt"),
])
def test_a_trip_put_off_is_still_denied(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2015-06-15", "visit", language=language) + _typed(spec, text, "2015-06-15", "planned_visit", language=language)
    assert got == []


# --- a trip named as what an obstacle stands in the way of is no visit -----------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("One of the main obstacles to Netanyahu's visit to Argentina is the arrest warrant.", "en"),
    ("Uno de los principales obstáculos para la visita de Netanyahu a Argentina es la orden de arresto internacional.", "es"),
    ("Um dos principais obstáculos para a visita de Netanyahu à Argentina é o mandado de prisão.", "pt"),
    ("L'un des principaux obstacles à la visite de Netanyahou en Argentine est le mandat d'arrêt.", "fr"),
    ("Uno dei principali ostacoli alla visita di Netanyahu in Argentina è il mandato di arresto.", "it"),
    ("Das größte Hindernis für den Besuch von Netanjahu in Argentinien ist der Haftbefehl.", "de"),
])
def test_an_obstacle_to_a_visit_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-07-28", "visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Netanyahu arrived in Buenos Aires on Monday. The main obstacle to a deal is the price of gas.", "en"),
    ("Netanyahu llegó a Buenos Aires el lunes. El principal obstáculo para el acuerdo es el precio.", "es"),
])
def test_an_obstacle_to_something_else_keeps_the_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2025-07-28", "visit", language=language)] == [(NETANYAHU, "ARG")]


# --- the words' table refuses what it cannot read --------------------------------------------------------------------------

def test_postponed_proceedings_table_names_a_bad_language_and_a_bad_pattern() -> None:
    from iccwatch.dataset.loader import _PostponedProceedings

    good = {"reason": "r", "postponements": {"en": "postponed"}, "proceedings": {"en": "hearings?"}, "trips": {"en": "visits?"}}
    _PostponedProceedings(**good)
    with pytest.raises(ValidationError) as exc:
        _PostponedProceedings(**{**good, "proceedings": {"english": "hearings?"}})
    assert "postponed_proceedings.proceedings" in str(exc.value) and "english" in str(exc.value)
    with pytest.raises(ValidationError):
        _PostponedProceedings(**{**good, "trips": {"en": "(visit"}})
