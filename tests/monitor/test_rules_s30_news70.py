"""Session 30 (issue 12, task mnews70): the readings written on the dev parts of real-news batches 70-71. Each test holds
sentences written for it (not copied from the real-news set) and contrasts that must not fire. The wordings are general (a
State's name with its article in Spanish, a trip expected with its day before its place, a German perfect with a long
middle, a city's name written with a hyphen, a trip in doubt told by its noun, a Council seized over a State's refusal in
French); no State or person is special-cased: the names are the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
BASHIR = "omar-hassan-ahmad-al-bashir"


# --- a State's name with its article, in Spanish ---------------------------------------------------------------------------

def test_a_trip_to_come_to_a_state_named_with_its_article(spec) -> None:  # noqa: ANN001
    text = "Benjamin Netanyahu tiene previsto visitar la Argentina en septiembre."
    assert _typed(spec, text, "2025-08-07", "planned_visit", language="es") == [(NETANYAHU, "ARG", "2025-09")]


def test_an_arrival_in_a_state_named_with_its_article(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin llegó el jueves a la India para una visita de Estado."
    assert _typed(spec, text, "2025-12-05", "visit", language="es") == [(PUTIN, "IND", "2025-12-04")]


@pytest.mark.parametrize("text", [
    "Benjamin Netanyahu no viajará a la Argentina en septiembre.",
    "La Argentina rechazó la visita de Benjamin Netanyahu.",
])
def test_a_state_with_its_article_is_no_trip_when_none_is_told(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-08-07", "planned_visit", language="es") == []
    assert _typed(spec, text, "2025-08-07", "visit", language="es") == []


def test_a_trip_as_the_object_of_making_it_happen_is_no_trip(spec) -> None:  # noqa: ANN001
    text = "Un obstáculo clave para concretar el viaje de Benjamin Netanyahu a la Argentina es el espacio aéreo."
    assert _typed(spec, text, "2025-07-28", "visit", language="es") == []
    assert _typed(spec, text, "2025-07-28", "planned_visit", language="es") == []


@pytest.mark.parametrize("text", [
    "Cuáles son las principales trabas de un viaje de Benjamin Netanyahu a la Argentina",
    "Se habla de una posible visita de Benjamin Netanyahu a la Argentina.",
])
def test_a_trip_with_the_indefinite_article_is_no_trip(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-07-28", "visit", language="es") == []


def test_a_trip_that_would_require_a_guarantee_is_only_supposed(spec) -> None:  # noqa: ANN001
    text = ("Como la Argentina es miembro de la CPI, la visita de Benjamin Netanyahu a la Argentina requeriría una garantía "
            "formal del gobierno de que podrá ingresar al país sin riesgo de arresto.")
    assert _typed(spec, text, "2025-07-28", "visit", language="es") == []


def test_a_trip_made_whose_noun_takes_another_conditional_is_still_made(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin llegó el jueves a la India; su visita sería la primera desde 2021."
    assert _typed(spec, text, "2025-12-05", "visit", language="es") == [(PUTIN, "IND", "2025-12-04")]


def test_a_state_visit_told_with_the_indefinite_article_is_still_a_trip(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin llegó el jueves a la India para una visita de Estado de dos días."
    assert _typed(spec, text, "2025-12-05", "visit", language="es") == [(PUTIN, "IND", "2025-12-04")]


def test_an_arrival_to_make_a_visit_official_is_still_a_trip(spec) -> None:  # noqa: ANN001
    text = "Benjamin Netanyahu llegó el martes a la Argentina para concretar su visita oficial."
    assert _typed(spec, text, "2025-07-28", "visit", language="es") == [(NETANYAHU, "ARG", "2025-07-22")]


# --- a trip expected, its day told before its place -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("Sudan's president Omar al-Bashir is expected tomorrow in Addis Ababa for talks with the government.", "2009-04-21"),
    ("Sudan's president Omar al-Bashir is expected on Wednesday in Ethiopia for talks.", "2009-04-22"),
])
def test_a_trip_expected_with_its_day_before_its_place(spec, text: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2009-04-20", "planned_visit") == [(BASHIR, "ETH", day)]


def test_something_else_expected_is_no_trip(spec) -> None:  # noqa: ANN001
    text = "A decision is expected tomorrow in Ethiopia on the case of Omar al-Bashir."
    assert _typed(spec, text, "2009-04-20", "planned_visit") == []


# --- a German perfect of arrival with a long middle, a city written with a hyphen ------------------------------------------

def test_a_german_perfect_with_a_long_middle_and_an_abbreviation(spec) -> None:  # noqa: ANN001
    text = ("Omar al-Baschir ist trotz eines Haftbefehls des Internationalen Strafgerichtshofs zum Gipfel der Ostafrikanischen "
            "Gemeinschaft (EAC) nach Kenia gereist.")
    assert [(p, s) for p, s, _ in _typed(spec, text, "2010-08-27", "visit", language="de")] == [(BASHIR, "KEN")]


def test_a_german_perfect_behind_a_comma_is_no_trip_told(spec) -> None:  # noqa: ANN001
    text = "Es ist unklar, ob Omar al-Baschir nach Kenia gereist ist."
    assert _typed(spec, text, "2010-08-27", "visit", language="de") == []


@pytest.mark.parametrize(("text", "language"), [
    ("Wladimir Putin ist am Montagabend in Ulan-Bator eingetroffen.", "de"),
    ("Vladimir Putin arrived in Ulan-Bator on Monday evening.", "en"),
])
def test_a_city_written_with_a_hyphen(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-03", "visit", language=language) == [(PUTIN, "MNG", "2024-09-02")]


# --- a trip in doubt, told by its noun ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahu's visit to Argentina hangs by a thread.", "en"),
    ("Benjamin Netanyahu's trip to Argentina remains in doubt.", "en"),
    ("La visita de Benjamin Netanyahu a la Argentina pende de un hilo.", "es"),
    ("El viaje de Benjamin Netanyahu a Argentina sigue en el aire.", "es"),
])
def test_a_trip_in_doubt_is_neither_made_nor_planned(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-08-07", "visit", language=language) == []
    assert _typed(spec, text, "2025-08-07", "planned_visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahu arrived in Argentina on Tuesday; whether he will be arrested remains in doubt.", "en"),
    ("Benjamin Netanyahu llegó el martes a la Argentina, pero su arresto sigue en duda.", "es"),
])
def test_an_arrest_in_doubt_leaves_the_trip_made(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-08-07", "visit", language=language) == [(NETANYAHU, "ARG", "2025-08-05")]


# --- the Council seized over a State's refusal, in French --------------------------------------------------------------------

def test_the_council_seized_over_a_states_refusal_is_a_finding(spec) -> None:  # noqa: ANN001
    text = ("La CPI a saisi mercredi le Conseil de sécurité des Nations unies en raison du refus du Soudan de livrer deux "
            "suspects.")
    assert _typed(spec, text, "2010-05-27", "noncompliance_finding", language="fr") == [(None, "SDN", "2010-05-26")]


@pytest.mark.parametrize("text", [
    "Le procureur a demandé aux juges de saisir le Conseil de sécurité en raison du refus du Soudan de livrer deux suspects.",
    "Le Soudan a confirmé mercredi son refus de livrer deux suspects à la CPI.",
])
def test_a_referral_asked_for_or_a_refusal_alone_is_no_finding(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2010-05-27", "noncompliance_finding", language="fr") == []
