"""Session 38 (issue 12, mleft22): the monitor's leftovers, twenty-second list.

Each item a general reading, tested in the languages where its shape exists, with controls that must not fire:

1. Romance and German past-perfect arrests with a day of their own ('era stato arrestato martedì'): Italian 'era' (was) after a
   name is no English 'era' that makes the name only a relation ('the Duterte era').
2. An arrival in the Court's host State (court_places.yaml) of a person the document tells in custody is the surrender's
   arrival, not a visit.
4. A withdrawal announced whose day the sentence before gives, its subject continuing ('It announced …').
5. A trip to come told by 'wird … erwartet' after a weekday, 'partira … pour', 'era diretto in'.
6. A presence told from a day on ("has been in X since Tuesday", 'se trouve en X depuis mardi').
7. A visit's object after a time told between the verb and the State's article ('besuchte am Dienstag die Mongolei', 'a visité
   mardi la Mongolie', 'ha visitato martedì la Mongolia')."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

ALMASRI = "osama-elmasry-njeem"
PUTIN = "vladimir-vladimirovich-putin"
LUBANGA = "thomas-lubanga-dyilo"
GBAGBO = "laurent-koudou-gbagbo"


# 1. past-perfect arrests with a day of their own ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Osama Almasri era stato arrestato martedì a Torino dalla polizia.", "it"),
    ("Osama Almasri era stato fermato martedì a Torino dalla polizia italiana.", "it"),
    ("Osama Almasri había sido detenido el martes en Turín por la policía.", "es"),
    ("Osama Almasri avait été arrêté mardi à Turin par la police italienne.", "fr"),
    ("Osama Almasri tinha sido preso na terça-feira em Turim pela polícia.", "pt"),
    ("Osama Almasri war am Dienstag in Turin von der italienischen Polizei festgenommen worden.", "de"),
])
def test_a_past_perfect_arrest_takes_its_own_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-01-23", "arrest", language=language) == [(ALMASRI, "ITA", "2025-01-21")]


@pytest.mark.parametrize(("text", "language"), [
    # background: the pluperfect with no day of its own gives no day (session 30's reading, kept)
    ("La Corte penale internazionale giudica Osama Almasri. Osama Almasri era stato arrestato a Torino.", "it"),
    ("La Corte Penal Internacional juzga a Osama Almasri. Osama Almasri había sido detenido en Turín.", "es"),
])
def test_a_past_perfect_arrest_without_a_day_stays_background(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-01-23", "arrest", language=language) == []


def test_the_english_era_after_a_name_is_still_a_relation(spec) -> None:  # noqa: ANN001
    # "the Duterte era": the name qualifies a time, no one arrested
    text = "Under the Rodrigo Duterte era, police arrested thousands of suspects on Tuesday."
    assert [p for p, _, _ in _typed(spec, text, "2025-01-23", "arrest", language="en")] == []


# 2. an arrival in the Court's host State in custody ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "date", "person", "day"), [
    ("Thomas Lubanga Dyilo a été arrêté à Kinshasa. Thomas Lubanga Dyilo est arrivé samedi aux Pays-Bas par l'aéroport de "
     "Rotterdam.", "fr", "2006-03-20", LUBANGA, "2006-03-18"),
    ("Thomas Lubanga Dyilo was arrested in Kinshasa. Thomas Lubanga Dyilo arrived in the Netherlands on Saturday.", "en",
     "2006-03-20", LUBANGA, "2006-03-18"),
    ("Laurent Gbagbo fue detenido en abril por las tropas francesas. Laurent Gbagbo llegó el miércoles a los Países Bajos.", "es",
     "2011-12-01", GBAGBO, "2011-11-30"),
])
def test_an_arrival_in_the_host_state_in_custody_is_the_surrender(spec, text: str, language: str, date: str, person: str,
                                                                   day: str) -> None:
    assert _typed(spec, text, date, "visit", language=language) == []
    assert [(p, d) for p, _, d in _typed(spec, text, date, "surrender", language=language)] == [(person, day)]


@pytest.mark.parametrize(("text", "language", "date", "person", "state"), [
    # no custody told: a visit of the host State stays one
    ("Vladimir Putin arrived in the Netherlands on Saturday for talks with the Dutch government.", "en", "2024-03-20", PUTIN, "NLD"),
    ("Vladimir Poutine est arrivé samedi aux Pays-Bas pour des entretiens.", "fr", "2024-03-20", PUTIN, "NLD"),
    # custody told, the arrival in another State: a visit (the host State alone is where a transfer to the Court ends)
    ("Thomas Lubanga Dyilo was arrested in Kinshasa in 2005. Thomas Lubanga Dyilo arrived in Belgium on Saturday.", "en",
     "2006-03-20", LUBANGA, "BEL"),
])
def test_an_arrival_without_custody_or_elsewhere_stays_a_visit(spec, text: str, language: str, date: str, person: str,
                                                               state: str) -> None:
    assert [(p, s) for p, s, _ in _typed(spec, text, date, "visit", language=language)] == [(person, state)]


# 4. a withdrawal whose day the sentence before gives ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("On Tuesday, the government of Burundi met in Bujumbura. It announced its withdrawal from the Rome Statute.", "en"),
    ("Mardi, le gouvernement du Burundi s'est réuni à Bujumbura. Il a annoncé son retrait du Statut de Rome.", "fr"),
    ("El martes, el gobierno de Burundi se reunió en Buyumbura. Anunció su retirada del Estatuto de Roma.", "es"),
    ("On Tuesday, the government of Burundi met in Bujumbura. Burundi announced its withdrawal from the Rome Statute.", "en"),
])
def test_a_withdrawal_takes_the_day_of_the_sentence_before_when_its_subject_continues(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2016-10-13", "withdrawal_announced", language=language) == [(None, "BDI", "2016-10-11")]


@pytest.mark.parametrize(("text", "language"), [
    # another State's sentence before: its day is not the announcement's
    ("On Tuesday, the government of Burundi met in Bujumbura. Gambia announced its withdrawal from the Rome Statute.", "en"),
    # another subject in between: the Court's, not the State's
    ("On Tuesday, the Court's President spoke in The Hague. Burundi announced its withdrawal from the Rome Statute.", "en"),
    # a new paragraph: the story moves on
    ("On Tuesday, the government of Burundi met in Bujumbura.\n\nIt announced its withdrawal from the Rome Statute.", "en"),
])
def test_a_withdrawal_does_not_take_another_subjects_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [d for _, _, d in _typed(spec, text, "2016-10-13", "withdrawal_announced", language=language)
            if d == "2016-10-11"] == []


# 5. trips to come told by 'erwartet', 'partira pour', 'era diretto' ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "day"), [
    ("Am Dienstag wird Wladimir Putin in der Mongolei erwartet.", "de", "2024-09-03"),
    ("Wladimir Putin wird am Dienstag in der Mongolei erwartet.", "de", "2024-09-03"),
    ("Vladimir Poutine partira mardi pour la Mongolie.", "fr", "2024-09-03"),
    ("Vladimir Putin partirà martedì per la Mongolia.", "it", "2024-09-03"),
    # the imperfect of a trip under way: a trip to come, its day untold (as Spanish 'se dirigía a Mongolia' is read)
    ("Vladimir Putin era diretto in Mongolia.", "it", None),
    ("Vladimir Putin se dirigía a Mongolia.", "es", None),
    ("Vladimir Putin è diretto in Mongolia.", "it", "2024-09-02"),
])
def test_a_trip_to_come_or_under_way_is_a_planned_visit(spec, text: str, language: str, day: str | None) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-02", "planned_visit", language=language) == [(PUTIN, "MNG", day)]
    assert _typed(spec, text, "2024-09-02", "visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    # the past: a visit, not one to come
    ("Am Dienstag war Wladimir Putin in der Mongolei.", "de"),
    ("Vladimir Poutine était mardi en Mongolie.", "fr"),
])
def test_a_weekday_told_in_the_past_is_no_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-04", "planned_visit", language=language) == []


# 6. a presence told from a day on ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin has been in Mongolia since Tuesday.", "en"),
    ("Vladimir Poutine se trouve en Mongolie depuis mardi.", "fr"),
    ("Vladimir Poutine est en Mongolie depuis mardi.", "fr"),
    ("Vladimir Putin está en Mongolia desde el martes.", "es"),
    ("Vladimir Putin si trova in Mongolia da martedì.", "it"),
    ("Wladimir Putin ist seit Dienstag in der Mongolei.", "de"),
])
def test_a_presence_since_a_day_is_a_visit_from_that_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-05", "visit", language=language) == [(PUTIN, "MNG", "2024-09-03")]


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin has been in power since 2000, and Mongolia is a State Party.", "en"),
    ("Vladimir Putin has been in contact with Mongolia since Tuesday.", "en"),
    ("Vladimir Poutine se trouve en difficulté depuis mardi face à la Mongolie.", "fr"),
])
def test_a_state_of_affairs_since_a_day_is_no_presence(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-05", "visit", language=language) == []


# 7. a visit's object after a time told between ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "state"), [
    ("Wladimir Putin besuchte am Dienstag die Mongolei.", "de", "MNG"),
    ("Wladimir Putin besuchte gestern die Türkei.", "de", "TUR"),
    ("Wladimir Putin besuchte am Dienstag den Sudan.", "de", "SDN"),
    ("Vladimir Poutine a visité mardi la Mongolie.", "fr", "MNG"),
    ("Vladimir Putin ha visitato martedì la Mongolia.", "it", "MNG"),
    ("Vladimir Putin visitó el martes Mongolia.", "es", "MNG"),
])
def test_a_visit_with_a_time_before_its_object(spec, text: str, language: str, state: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-04", "visit", language=language) == [(PUTIN, state, "2024-09-03")]


@pytest.mark.parametrize(("text", "language"), [
    # a visit received at home: the State only the visitor's title
    ("Wladimir Putin empfing am Dienstag den Präsidenten der Mongolei in Moskau.", "de"),
    ("Wladimir Putin besuchte am Dienstag die Botschaft der Mongolei in Moskau.", "de"),
    ("Vladimir Poutine a visité mardi l'ambassade de Mongolie à Moscou.", "fr"),
])
def test_a_visit_at_home_gives_no_visit_abroad(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [s for _, s, _ in _typed(spec, text, "2024-09-04", "visit", language=language) if s == "MNG"] == []


# 3. an undated arrest told in the body: the day's news under a lead of the day, its State not the flight's origin ------------------

DUTERTE = "rodrigo-roa-duterte"


@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte is in police custody today. Police arrested Rodrigo Duterte at the airport after his flight from Hong Kong.",
     "en"),
    ("Rodrigo Duterte è oggi in stato di fermo. La polizia ha arrestato Rodrigo Duterte all'aeroporto dopo il suo volo da Hong Kong.",
     "it"),
    ("Rodrigo Duterte est en garde à vue aujourd'hui. La police a arrêté Rodrigo Duterte à l'aéroport après son vol en provenance de "
     "Hong Kong.", "fr"),
])
def test_an_undated_body_arrest_under_a_lead_of_the_day_is_not_placed_where_the_flight_began(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-11", "arrest", language=language) == [(DUTERTE, None, "2025-03-11")]


@pytest.mark.parametrize(("text", "language", "found"), [
    # the place of the arrest named as such: kept
    ("Rodrigo Duterte is in police custody today. Police arrested Rodrigo Duterte in Hong Kong after his flight from Manila.", "en",
     [(DUTERTE, "CHN", "2025-03-11")]),
    # background: a relative clause of an earlier year, no day of the page's
    ("Rodrigo Duterte, who was arrested in 2019, appeared in court. Police arrested Rodrigo Duterte at the airport.", "en", []),
])
def test_an_arrest_placed_by_its_own_place_or_told_as_background(spec, text: str, language: str, found: list) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-11", "arrest", language=language) == found
