"""Session 15, third pass (issue 12): places told only by an airport (data/lookups/airports.yaml, written by
scripts/make_airports.py from the airportsdata package), tested with sentences written for the purpose and contrasts."""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of as _facts

DUTERTE = "rodrigo-roa-duterte"
BASHIR = "omar-hassan-ahmad-al-bashir"
PUTIN = "vladimir-vladimirovich-putin"


@pytest.mark.parametrize(("text", "kind", "want"), [
    # an airport's full name, its bare name, its initials
    ("Duterte was arrested at the Ninoy Aquino International Airport on Tuesday morning.", "arrest", {(DUTERTE, "PHL")}),
    ("Bashir arrived at Jomo Kenyatta International Airport on Friday for the ceremony.", "visit", {(BASHIR, "KEN")}),
    ("Bashir landed at JKIA on Friday to attend the ceremony.", "visit", {(BASHIR, "KEN")}),
    ("Bashir landed at Entebbe airport on Friday to attend the ceremony.", "visit", {(BASHIR, "UGA")}),
    # contrasts: no airport, no place at all; a bare name without "airport" is no place (a sea, a person)
    ("Bashir arrived on a ship in the Red Sea on Friday for the ceremony.", "visit", set()),
    ("Duterte was arrested on Tuesday morning.", "arrest", {(DUTERTE, None)}),
    ("Bashir arrived on Friday for the ceremony.", "visit", set()),
])
def test_an_airport_names_its_state(spec, text: str, kind: str, want: set[tuple[str | None, str | None]]) -> None:  # noqa: ANN001
    assert _facts(spec, text, "2025-03-11", kind) == want


@pytest.mark.parametrize(("text", "want"), [
    # "NAIA" is the initials of airports in two States: the document's other place settles it
    ("MANILA — Police arrested Duterte at NAIA on Tuesday as he returned from Hong Kong.", {(DUTERTE, "PHL")}),
    ("ABUJA — Police arrested Duterte at NAIA on Tuesday as he returned from Hong Kong.", {(DUTERTE, "NGA")}),
])
def test_shared_initials_are_settled_by_the_document(spec, text: str, want: set[tuple[str | None, str | None]]) -> None:  # noqa: ANN001
    assert _facts(spec, text, "2025-03-11", "arrest") == want


def test_the_airport_table_never_overrides_a_city(spec) -> None:  # noqa: ANN001
    # a form that is a city keeps the city table's State; a bare airport name gets the airport's
    assert (spec.places["Manila"], spec.places["Moscow"], spec.places["Vnukovo airport"]) == ("PHL", "RUS", "RUS")
    assert "Vnukovo" not in spec.places and "Red Sea" not in spec.places
    # a city's own name with "airport" is the city's (a namesake town's airport elsewhere does not take it)
    assert "Berlin airport" not in spec.places
    assert "NAIA" not in spec.places and sorted(spec.lexicon["ambiguous"]["NAIA"]) == ["NGA", "PHL"]

