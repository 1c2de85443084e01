"""Session 29 (issue 12, the lead): trips to come told in the five other languages the monitor reads, found by writing
variants of announcements (sentences written for the purpose, not copied from the real-news set), each with a contrast.

- A day or month without its year in a clause to come in the language's own words ('doit se rendre en Mongolie le 3
  septembre', 'tiene previsto visitar Mongolia el 3 de septiembre', 'participera au sommet … en août') is the next such
  day: read only by the English words before it, it fell in the year before, and the trip became a stay made long ago.
- The object of a visit before a verb that ends the clause ('die Mongolei besuchen') and after an Italian verb with its
  article ('visiterà l'Ungheria') is the State visited.
- Portuguese 'deverá visitar', 'é esperado na' (and 'não deverá visitar' denied); Spanish 'se espera que X llegue a'.
No State or person is special-cased: the names below are only the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
DAY = "2025-05-07"  # a Wednesday


@pytest.mark.parametrize(("text", "language", "want"), [
    ("Vladimir Poutine doit se rendre en Mongolie le 3 septembre.", "fr", [(PUTIN, "MNG", "2025-09-03")]),
    ("Vladimir Poutine participera au sommet des BRICS à Johannesburg en août.", "fr", [(PUTIN, "ZAF", "2025-08")]),
    ("Vladimir Poutine effectuera une visite officielle au Tadjikistan en octobre.", "fr", [(PUTIN, "TJK", "2025-10")]),
    ("Vladimir Putin tiene previsto visitar Mongolia el 3 de septiembre.", "es", [(PUTIN, "MNG", "2025-09-03")]),
    ("Vladimir Putin realizará una visita oficial a Tayikistán en octubre.", "es", [(PUTIN, "TJK", "2025-10")]),
    ("Vladimir Putin parteciperà al vertice di Johannesburg in agosto.", "it", [(PUTIN, "ZAF", "2025-08")]),
    ("Vladimir Putin visitará a Mongólia em setembro.", "pt", [(PUTIN, "MNG", "2025-09")]),
])
def test_a_date_without_its_year_in_a_clause_to_come_is_ahead(spec, text, language, want) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "planned_visit", language=language) == want
    assert typed(spec, text, DAY, "visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    # the same dates in a clause told as past stay in the year before: a stay made long ago (background), no trip to come
    ("Vladimir Poutine s'est rendu en Mongolie le 3 septembre.", "fr"),
    ("Vladimir Putin visitó Mongolia el 3 de septiembre.", "es"),
])
def test_the_same_date_in_a_past_clause_stays_behind(spec, text, language) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "planned_visit", language=language) == []
    # … and the same stay told in a page of the week after: the day before the page, a visit
    assert typed(spec, text, "2025-09-05", "visit", language=language) == [(PUTIN, "MNG", "2025-09-03")]


@pytest.mark.parametrize(("text", "language", "state"), [
    ("Wladimir Putin will im September die Mongolei besuchen.", "de", "MNG"),
    ("Benjamin Netanjahu soll nächste Woche Ungarn besuchen.", "de", "HUN"),
    ("Benjamin Netanyahu visiterà l'Ungheria la prossima settimana.", "it", "HUN"),
    ("Vladimir Putin visiterà la Mongolia la prossima settimana.", "it", "MNG"),
])
def test_the_object_of_a_visit_to_come(spec, text, language, state) -> None:  # noqa: ANN001
    assert [(p, st) for p, st, _ in typed(spec, text, DAY, "planned_visit", language=language)] == [
        (NETANYAHU if "Netan" in text else PUTIN, state)]


@pytest.mark.parametrize(("text", "language"), [
    # a State before 'besuchen' that is no object of the visit: the verb's object is another word
    ("Wladimir Putin will die Ukraine nicht besuchen.", "de"),
    # a State after the noun 'visita' with 'di' is the visitor's, not the destination
    ("La visita del presidente della Mongolia è prevista per settembre.", "it"),
])
def test_no_visit_without_an_object_of_the_visit(spec, text, language) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "planned_visit", language=language) == []


@pytest.mark.parametrize(("text", "language", "state"), [
    ("Vladimir Putin deverá visitar a Mongólia em setembro.", "pt", "MNG"),
    ("Vladimir Putin é esperado na Mongólia na próxima semana.", "pt", "MNG"),
    ("Se espera que Vladimir Putin llegue a Mongolia la próxima semana.", "es", "MNG"),
])
def test_trips_expected(spec, text, language, state) -> None:  # noqa: ANN001
    assert [(p, st) for p, st, _ in typed(spec, text, DAY, "planned_visit", language=language)] == [(PUTIN, state)]


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin não deverá visitar a Mongólia em setembro.", "pt"),
    ("No se espera que Vladimir Putin llegue a Mongolia, dijo el Kremlin, que canceló el viaje.", "es"),
])
def test_trips_expected_denied(spec, text, language) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "planned_visit", language=language) == []
