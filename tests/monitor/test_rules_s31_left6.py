"""Session 31 (issue 12, task mleft6): the monitor's leftovers, sixth list. Each test holds sentences written for it (not
copied from the real-news set) and contrasts that must not fire. The wordings are general (an arrival told by its noun, a
past travel verb, a denial in the perfect, a pronoun after an untracked person, a surrender's day); no State or person is
special-cased: the names are the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
DUTERTE = "rodrigo-roa-duterte"
# the page of Thursday 2024-09-05: "Tuesday" is 2024-09-03
DAY = "2024-09-05"
TUESDAY = "2024-09-03"


def _placed(spec, text: str, kind: str, language: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [v for v in _typed(spec, text, DAY, kind, language=language) if v[1] is not None]


# --- 1. a trip told by the arrival noun ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Protesters gathered on Tuesday shortly after the arrival of Vladimir Putin in Budapest.", "en"),
    ("The arrival of Vladimir Putin in Budapest on Tuesday drew protests.", "en"),
    ("Kurz nach Eintreffen des russischen Präsidenten Wladimir Putin in Budapest am Dienstag kündigte "
     "Ungarn seinen Austritt an.", "de"),
    ("Peu après l'arrivée de Vladimir Poutine à Budapest mardi, la Hongrie a annoncé son retrait.", "fr"),
    ("Poco después de la llegada de Vladimir Putin a Budapest el martes, Hungría anunció su retirada.", "es"),
    ("Poco dopo l'arrivo di Vladimir Putin a Budapest martedì, l'Ungheria ha annunciato il ritiro.", "it"),
    ("Pouco depois da chegada de Vladimir Putin a Budapeste na terça-feira, a Hungria anunciou a sua saída.", "pt"),
])
def test_an_arrival_told_by_its_noun_is_a_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [v[:2] for v in _placed(spec, text, "visit", language)] == [(PUTIN, "HUN")]


@pytest.mark.parametrize(("text", "language"), [
    ("Hungary prepared for the expected arrival of Vladimir Putin in Budapest on Tuesday.", "en"),
    ("Protesters gathered ahead of the arrival of Vladimir Putin in Budapest.", "en"),
    ("The government will speak after the arrival of Vladimir Putin in Budapest is confirmed.", "en"),
    ("Vor der erwarteten Ankunft von Wladimir Putin in Budapest wurden die Straßen gesperrt.", "de"),
    # German: the noun with no day of its own, told as the time of the clause's fact, places no undated visit
    ("Die Ankündigung erfolgte kurz nach der Ankunft des russischen Präsidenten Wladimir Putin in Ungarn.", "de"),
    ("Avant l'arrivée prévue de Vladimir Poutine à Budapest, la police a fermé les rues.", "fr"),
    ("Antes de la llegada prevista de Vladimir Putin a Budapest, la policía cerró las calles.", "es"),
    ("In attesa dell'arrivo di Vladimir Putin a Budapest, la polizia ha chiuso le strade.", "it"),
    ("Antes da chegada prevista de Vladimir Putin a Budapeste, a polícia fechou as ruas.", "pt"),
])
def test_an_arrival_noun_to_come_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _placed(spec, text, "visit", language) == []


def test_a_german_arrival_told_with_bei_seiner_ankunft_is_a_visit(spec) -> None:  # noqa: ANN001
    text = "Bei seiner Ankunft in der Mongolei wurde Wladimir Putin am Dienstag mit militärischen Ehren empfangen."
    assert _placed(spec, text, "visit", "de") == [(PUTIN, "MNG", TUESDAY)]


# --- 2. a past travel verb with the State named ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "state"), [
    ("Vladimir Putin viajou para o Quénia na terça-feira.", "pt", "KEN"),
    ("Vladimir Putin viajou ao Quênia na terça-feira.", "pt", "KEN"),
    ("Vladimir Putin viajó a Kenia el martes.", "es", "KEN"),
    ("Vladimir Putin viajou para a Mongólia na terça-feira.", "pt", "MNG"),
    ("Vladimir Putin viajou para o Brasil na terça-feira.", "pt", "BRA"),
    ("Vladimir Putin viajou rumo ao Quénia na terça-feira.", "pt", "KEN"),
])
def test_a_past_travel_verb_with_the_state_named_is_a_visit(spec, text: str, language: str, state: str) -> None:  # noqa: ANN001
    assert _placed(spec, text, "visit", language) == [(PUTIN, state, TUESDAY)]


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin não viajou para o Quénia na terça-feira.", "pt"),
    ("Vladimir Putin no viajó a Kenia el martes.", "es"),
])
def test_a_past_travel_verb_denied_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _placed(spec, text, "visit", language) == []


# --- 3. denials in the perfect ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin has not arrived in Budapest.", "en"),
    ("Vladimir Putin did not arrive in Budapest on Tuesday.", "en"),
    ("Wladimir Putin ist am Dienstag nicht nach Budapest gereist.", "de"),
    ("Wladimir Putin traf am Dienstag nicht in Budapest ein.", "de"),
    ("Wladimir Putin ist am Dienstag nicht in Budapest eingetroffen.", "de"),
    ("Vladimir Putin no ha llegado a Budapest.", "es"),
    ("Vladimir Poutine n'est pas arrivé à Budapest mardi.", "fr"),
    ("Vladimir Putin non è arrivato a Budapest martedì.", "it"),
    ("Vladimir Putin não chegou a Budapeste na terça-feira.", "pt"),
])
def test_an_arrival_denied_in_the_perfect_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _placed(spec, text, "visit", language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Wladimir Putin ist am Dienstag nach Budapest gereist.", "de"),
    ("Wladimir Putin ist nicht nur nach Budapest gereist, sondern auch nach Wien.", "de"),
    ("Wladimir Putin ist am Dienstag in Budapest eingetroffen.", "de"),
    ("Vladimir Putin ha llegado a Budapest el martes.", "es"),
    ("Vladimir Poutine est arrivé à Budapest mardi.", "fr"),
    ("Vladimir Putin è arrivato a Budapest martedì.", "it"),
    ("Vladimir Putin chegou a Budapeste na terça-feira.", "pt"),
])
def test_the_same_arrivals_not_denied_are_visits(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert (PUTIN, "HUN") in {v[:2] for v in _placed(spec, text, "visit", language)}


# --- 4. "He" after an untracked person --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin spoke on Monday. Prime Minister John Smith said the talks went well. He arrived in Mongolia on Tuesday.",
    "Vladimir Putin spoke on Monday. Foreign Minister Sergei Lavrov spoke to the press. He arrived in Mongolia on Tuesday.",
])
def test_he_after_an_untracked_person_is_not_the_tracked_one(spec, text: str) -> None:  # noqa: ANN001
    assert _placed(spec, text, "visit", "en") == []


@pytest.mark.parametrize("text", [
    "Vladimir Putin spoke on Monday. He arrived in Mongolia on Tuesday.",
    "Vladimir Putin spoke on Monday. The talks went well. He arrived in Mongolia on Tuesday.",
    "Vladimir Putin met Prime Minister John Smith on Monday. He arrived in Mongolia on Tuesday.",
])
def test_he_after_the_tracked_person_is_still_read(spec, text: str) -> None:  # noqa: ANN001
    assert _placed(spec, text, "visit", "en") == [(PUTIN, "MNG", TUESDAY)]


# --- 6. a surrender told with the arrest's day ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "date"), [
    # the custody in the lead's present, the arrest told as the time before it: the page's day, not the arrest's
    ("Rodrigo Duterte is now in ICC custody following his arrest in Manila on Tuesday.", DAY),
    # the handover's own day, before the arrest's clause or after the handover's trigger
    ("On Wednesday, Rodrigo Duterte was handed over to the ICC following his arrest in Manila on Tuesday.", "2024-09-04"),
    ("Rodrigo Duterte was handed over to the ICC on Wednesday following his arrest in Manila on Tuesday.", "2024-09-04"),
])
def test_a_custody_after_an_arrest_on_a_day_takes_its_own_day(spec, text: str, date: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "surrender", language="en") == [(DUTERTE, "PHL", date)]


# --- 5. a listed capital's accented spelling ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin llegó a Ulán Bator el martes.",
    "Vladimir Putin aterrizó en Ulán Bator el martes.",
])
def test_a_listed_capitals_accented_spelling_places_the_trip(spec, text: str) -> None:  # noqa: ANN001
    assert _placed(spec, text, "visit", "es") == [(PUTIN, "MNG", TUESDAY)]


def test_a_name_left_out_for_another_reason_still_places_nothing(spec) -> None:  # noqa: ANN001
    # 'Adelaida' is left out of the places as a first name (place_names.yaml): no trip to the city's State
    assert _placed(spec, "Vladimir Putin llegó a Adelaida el martes.", "visit", "es") == []
