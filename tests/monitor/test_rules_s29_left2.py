"""Session 29 (issue 12, task mleft2): the monitor's leftovers, second list, each fixed as a general rule (a wording or a
structure; words as data in data/lookups/monitor_words.yaml). Each test holds sentences written for it (not copied from the
real-news set) and a contrast that must not fire. No State or person is special-cased: the names are the record's, used as
examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"


# --- 1. a host State as the subject of a welcome to come, in the other languages --------------------------------------------

@pytest.mark.parametrize(("text", "language", "date", "state", "when"), [
    ("La Mongolie s'apprête à accueillir Vladimir Poutine le 3 septembre.", "fr", "2024-08-29", "MNG", "2024-09-03"),
    ("La Mongolie se prépare à recevoir Vladimir Poutine mardi.", "fr", "2024-08-29", "MNG", "2024-09-03"),
    ("La Hongrie accueillera Benjamin Netanyahu jeudi.", "fr", "2025-05-07", "HUN", "2025-05-08"),
    ("Ungarn wird Benjamin Netanjahu am Donnerstag empfangen.", "de", "2025-05-07", "HUN", "2025-05-08"),
    ("Hungría recibirá a Benjamin Netanyahu el jueves.", "es", "2025-05-07", "HUN", "2025-05-08"),
    ("A Hungria vai receber Benjamin Netanyahu na quinta-feira.", "pt", "2025-05-07", "HUN", "2025-05-08"),
    ("L'Ungheria accoglierà Benjamin Netanyahu giovedì.", "it", "2025-05-07", "HUN", "2025-05-08"),
])
def test_a_host_state_welcoming_ahead_is_a_trip_to_come(spec, text: str, language: str, date: str, state: str,  # noqa: ANN001
                                                        when: str) -> None:
    person = PUTIN if "Poutine" in text else NETANYAHU
    assert _typed(spec, text, date, "planned_visit", language=language) == [(person, state, when)]
    assert _typed(spec, text, date, "visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    # contrast: the welcome is a person's, not a State's (no State is the subject); or the welcome was made (no trip to come)
    ("Le ministre s'apprête à accueillir Benjamin Netanyahu jeudi.", "fr"),
    ("Hungría no recibirá a Benjamin Netanyahu el jueves.", "es"),
    ("Ungarn wird Benjamin Netanjahu nicht empfangen.", "de"),
])
def test_no_host_state_or_a_welcome_denied_is_no_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "planned_visit", language=language) == []


# --- 3. French "Il" for the person just named ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Benjamin Netanyahu a quitté Israël mercredi. Il est arrivé jeudi à Budapest.",
    "Benjamin Netanyahu a quitté Israël mercredi. Il s'est rendu en Hongrie jeudi.",
])
def test_a_french_arrival_told_by_il_after_a_first_mention(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-09", "visit", language="fr") == [(NETANYAHU, "HUN", "2025-05-08")]


@pytest.mark.parametrize("text", [
    # the impersonal "il": no one travels
    "Benjamin Netanyahu a quitté Israël mercredi. Il semble que le ministre soit arrivé jeudi à Budapest.",
    "Benjamin Netanyahu a quitté Israël mercredi. Il y a eu des arrivées jeudi à Budapest.",
    "Benjamin Netanyahu a quitté Israël mercredi. Il est possible qu'une délégation soit arrivée jeudi à Budapest.",
    # another is named as the subject
    "Benjamin Netanyahu reste en Israël. Le ministre hongrois est arrivé jeudi à Budapest.",
])
def test_a_french_il_that_stands_for_no_one_is_no_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-09", "visit", language="fr") == []


# --- 4. "indicted by the ICC", "incriminato dalla Corte penale internazionale": a warrant issued, the Court the actor -------

@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahu was indicted by the International Criminal Court on Thursday.", "en"),
    ("The ICC indicted Benjamin Netanyahu on Thursday.", "en"),
    ("Benjamin Netanyahu è stato incriminato giovedì dalla Corte penale internazionale.", "it"),
    ("La Corte penale internazionale ha incriminato giovedì Benjamin Netanyahu.", "it"),
])
def test_an_indictment_by_the_court_is_a_warrant_issued(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued", language=language) == [(NETANYAHU, None, "2024-11-21")]


@pytest.mark.parametrize(("text", "language"), [
    # contrast: a national court is the actor, or no court is named
    ("Benjamin Netanyahu was indicted by a district court in Jerusalem on Thursday.", "en"),
    ("Benjamin Netanyahu was indicted on Thursday on corruption charges.", "en"),
    ("Benjamin Netanyahu è stato incriminato giovedì da un tribunale di Gerusalemme.", "it"),
])
def test_an_indictment_by_another_court_is_no_warrant_issued(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued", language=language) == []


# --- 2. a place written with or without its accents ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the record lists 'Rio de Janeiro' (no accent), the text writes it the Spanish way
    "Benjamin Netanyahu arrived in Río de Janeiro on Thursday.",
    # the record lists 'Belém' (accented), the text drops the accent
    "Benjamin Netanyahu arrived in Belem on Thursday.",
])
def test_a_place_matches_with_or_without_its_accents(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-09", "visit") == [(NETANYAHU, "BRA", "2025-05-08")]


def test_a_folded_place_shared_by_two_states_names_neither(spec) -> None:  # noqa: ANN001
    # contrast: two listed places of two States fold to the same form: the unaccented form names neither
    import dataclasses

    places = {k: v for k, v in spec.places.items() if not k.startswith("Bel")}
    other = dataclasses.replace(spec, places={**places, "Belém": "BRA", "Bélem": "PRT"})
    assert _typed(other, "Benjamin Netanyahu arrived in Belem on Thursday.", "2025-05-09", "visit") == []
    assert _typed(other, "Benjamin Netanyahu arrived in Belém on Thursday.", "2025-05-09", "visit") == [(NETANYAHU, "BRA", "2025-05-08")]
    # … and a folded form is matched as a whole word only, with its case
    assert _typed(spec, "Benjamin Netanyahu arrived in the belem district on Thursday.", "2025-05-09", "visit") == []


@pytest.mark.parametrize(("text", "language"), [
    # contrast: the indictment in a relative clause is the person's background, not the sentence's act
    ("Benjamin Netanyahu, who was indicted by the International Criminal Court last year, arrived in Budapest on Thursday.", "en"),
    ("Benjamin Netanyahu, who has been indicted by the ICC, arrived in Budapest on Thursday.", "en"),
    ("Benjamin Netanyahu, che è stato incriminato dalla Corte penale internazionale, è arrivato giovedì a Budapest.", "it"),
])
def test_an_indictment_in_a_relative_clause_is_no_warrant_issued(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued", language=language) == []


# --- 5. the host named by its demonym and office as the subject of a welcome ------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("The Mongolian president received Vladimir Putin on Tuesday.", "en"),
    ("The Mongolian president warmly welcomed Russian President Vladimir Putin on Tuesday.", "en"),
    ("Le président mongol a reçu Vladimir Poutine mardi.", "fr"),
    ("El presidente mongol recibió a Vladimir Putin el martes.", "es"),
])
def test_a_host_named_by_its_demonym_places_the_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-04", "visit", language=language) == [(PUTIN, "MNG", "2024-09-03")]


@pytest.mark.parametrize(("text", "language"), [
    # contrast: the sentence names another place (the host may be the guest there), the person is no object of the welcome, or
    # the office is no host's
    ("The Mongolian president received Vladimir Putin in Moscow on Tuesday.", "en"),
    ("The Mongolian president received a letter from Vladimir Putin on Tuesday.", "en"),
    ("The Mongolian opposition received Vladimir Putin's envoy on Tuesday.", "en"),
    ("Le président mongol a reçu Vladimir Poutine mardi à Moscou.", "fr"),
])
def test_a_host_by_demonym_with_another_place_or_object_places_nothing(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert ("vladimir-vladimirovich-putin", "MNG", "2024-09-03") not in _typed(spec, text, "2024-09-04", "visit", language=language)


def test_a_folded_place_is_no_word_left_out(spec) -> None:  # noqa: ANN001
    # contrast: 'Seul' is left out of the place names as a French word ('Seul X …', alone); an accented listing folded to it
    # ('Séul') must not bring it back
    assert "Seul" in spec.lexicon["places_left_out"]
    text = "Seul Vladimir Poutine est arrivé mardi en Irak pour une visite officielle."
    assert _typed(spec, text, "2024-03-12", "visit") == [(PUTIN, "IRQ", "2024-03-12")]
