"""Session 30 (issue 12): German subordinate clauses, whose verb comes last. A trip to come told after 'dass' ("Der Kreml
bestätigte, dass X am Freitag in die Mongolei reisen wird") gave no planned visit, and its Friday, with the future's auxiliary
after it, was read as the Friday before; a trip made told so ("…, dass X die Mongolei besucht hat") gave no visit; a trip
told in the present with a time ahead, the verb last ("…, dass X nächste Woche in die Mongolei reist"), none either. Words as
data (data/lookups/monitor_words.yaml: ``TRAVEL_FUTURE``, ``ARRIVAL_PAST``, ``HYPOTHETICAL_TRIP`` and the new optional
``future_after``, the rest of a clause after a date that sets it ahead). Sentences written for the purpose, with contrasts:
a trip denied, one only asked about ('Ob …'), one made before a return to come."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

PUTIN = "vladimir-vladimirovich-putin"
DAY = "2025-05-07"  # a Wednesday: the Friday to come is 2025-05-09, the one before 2025-05-02


@pytest.mark.parametrize(("text", "date"), [
    ("Der Kreml bestätigte, dass Wladimir Putin am Freitag in die Mongolei reisen wird.", "2025-05-09"),
    ("Der Kreml bestätigte, dass Wladimir Putin am Freitag die Mongolei besuchen wird.", "2025-05-09"),
    ("Der Kreml bestätigte, dass Wladimir Putin am Freitag an dem Gipfel in der Mongolei teilnehmen wird.", "2025-05-09"),
    ("Der Kreml teilte mit, dass Wladimir Putin am 3. September die Mongolei besuchen werde.", "2025-09-03"),
    ("Der Kreml teilte mit, dass Putin nächste Woche in die Mongolei reist.", "2025-05"),
    ("Wladimir Putin wird am Freitag in die Mongolei reisen.", "2025-05-09"),
])
def test_a_trip_to_come_in_a_clause_ending_with_its_verb(spec, text, date) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "planned_visit", language="de") == [(PUTIN, "MNG", date)]


@pytest.mark.parametrize("text", [
    "Der Kreml teilte mit, dass Wladimir Putin am Freitag die Mongolei besucht hat.",
    "Der Kreml teilte mit, dass Wladimir Putin am Freitag in der Mongolei eingetroffen ist.",
])
def test_a_trip_made_in_a_clause_ending_with_its_verb(spec, text) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "visit", language="de") == [(PUTIN, "MNG", "2025-05-02")]
    assert typed(spec, text, DAY, "planned_visit", language="de") == []


@pytest.mark.parametrize("text", [
    "Der Kreml bestätigte, dass Wladimir Putin am Freitag nicht in die Mongolei reisen wird.",
    "Der Kreml dementierte, dass Wladimir Putin am Freitag in die Mongolei reisen wird.",
    "Ob Wladimir Putin am Freitag in die Mongolei reisen wird, ist unklar.",
    "Es ist unklar, ob Wladimir Putin nächste Woche in die Mongolei reist.",
])
def test_a_trip_denied_or_asked_about_is_none(spec, text) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "planned_visit", language="de") == []
    assert typed(spec, text, DAY, "visit", language="de") == []


def test_a_trip_made_before_a_return_to_come_keeps_its_day(spec) -> None:  # noqa: ANN001
    text = "Wladimir Putin, der am Montag in die Mongolei reiste, wird am Freitag zurückkehren."
    assert typed(spec, text, DAY, "visit", language="de") == [(PUTIN, "MNG", "2025-05-05")]
    assert typed(spec, text, DAY, "planned_visit", language="de") == []
