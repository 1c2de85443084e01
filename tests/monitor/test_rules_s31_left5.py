"""Session 31 (issue 12, task mleft5): the monitor's leftovers, fifth list. Each test holds sentences written for it (not
copied from the real-news set) and contrasts that must not fire. The wordings are general (a country told by an anaphor, a
sentence with no subject, a title told by a demonym, a group of States and its members); no State or person is special-cased:
the names are the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"
# the page of Thursday 2024-09-05: "Tuesday" is 2024-09-03
DAY = "2024-09-05"
TUESDAY = "2024-09-03"


# --- 1. the country told by an anaphor ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Mongolia is a party to the Rome Statute. On arriving in the country on Tuesday, Vladimir Putin was welcomed by a guard "
     "of honour.", "en"),
    ("Mongolia is a party to the Rome Statute. Vladimir Putin arrived in the country on Tuesday.", "en"),
    ("Mongolia es parte del Estatuto de Roma. A su llegada al país el martes, Vladimir Putin fue recibido por una guardia de "
     "honor.", "es"),
    ("La Mongolie est partie au Statut de Rome. À son arrivée dans le pays mardi, Vladimir Poutine a été accueilli par une garde "
     "d'honneur.", "fr"),
    ("La Mongolia è parte dello Statuto di Roma. Al suo arrivo nel paese martedì, Vladimir Putin è stato accolto da una guardia "
     "d'onore.", "it"),
    ("A Mongólia é parte do Estatuto de Roma. À sua chegada ao país na terça-feira, Vladimir Putin foi recebido por uma guarda "
     "de honra.", "pt"),
    ("Die Mongolei ist Vertragsstaat des Römischen Statuts. Vladimir Putin traf am Dienstag im Land ein.", "de"),
    ("Die Mongolei ist Vertragsstaat des Römischen Statuts. Vladimir Putin ist am Dienstag ins Land gereist.", "de"),
])
def test_the_country_told_by_an_anaphor_is_the_state_named_before(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language=language) == [(PUTIN, "MNG", TUESDAY)]


@pytest.mark.parametrize(("text", "language"), [
    # no State named before: nothing to place the visit in
    ("On arriving in the country on Tuesday, Vladimir Putin was welcomed by a guard of honour.", "en"),
    ("A su llegada al país el martes, Vladimir Putin fue recibido por una guardia de honor.", "es"),
    ("À son arrivée dans le pays mardi, Vladimir Poutine a été accueilli par une garde d'honneur.", "fr"),
    ("Vladimir Putin traf am Dienstag im Land ein.", "de"),
    # the State named before is the traveller's own: never his visit there
    ("Russia is not a party to the Rome Statute. On arriving in the country on Tuesday, Vladimir Putin was welcomed by a guard "
     "of honour.", "en"),
    ("Rusia no es parte del Estatuto de Roma. A su llegada al país el martes, Vladimir Putin fue recibido por una guardia de "
     "honor.", "es"),
])
def test_the_country_told_by_an_anaphor_with_no_other_state_before_places_nothing(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [v for v in _typed(spec, text, DAY, "visit", language=language) if v[1] is not None] == []


# --- 2. a sentence with no subject after one whose subject is a tracked person ---------------------------------------------

@pytest.mark.parametrize(("text", "language", "kind", "state", "date"), [
    ("Vladimir Putin habló el lunes con la prensa. Aterrizó en Budapest el martes.", "es", "visit", "HUN", TUESDAY),
    ("Vladimir Putin habló el lunes con la prensa. Viajó a Mongolia el martes.", "es", "visit", "MNG", TUESDAY),
    ("Vladimir Putin ha parlato lunedì con la stampa. È arrivato a Budapest martedì.", "it", "visit", "HUN", TUESDAY),
    ("Vladimir Putin ha parlato lunedì con la stampa. Si è recato in Ungheria martedì.", "it", "visit", "HUN", TUESDAY),
    ("Omar al-Bashir falou na segunda-feira com a imprensa. Chegou a Nairóbi na terça-feira.", "pt", "visit", "KEN", TUESDAY),
    ("Omar al-Bashir falou na segunda-feira com a imprensa. Chegou ao Quénia na terça-feira.", "pt", "visit", "KEN", TUESDAY),
])
def test_a_sentence_with_no_subject_is_the_last_subjects_act(spec, text: str, language: str, kind: str, state: str,  # noqa: ANN001
                                                              date: str) -> None:
    person = BASHIR if "Bashir" in text else PUTIN
    assert _typed(spec, text, DAY, kind, language=language) == [(person, state, date)]


@pytest.mark.parametrize(("text", "language"), [
    # another person was the last subject (one the record does not track)
    ("Vladimir Putin habló el lunes con la prensa. El canciller Serguéi Lavrov habló el martes. Llegó a Mongolia el martes.", "es"),
    ("Vladimir Putin ha parlato lunedì con la stampa. Il ministro Sergej Lavrov ha parlato martedì. È arrivato a Budapest "
     "martedì.", "it"),
    ("Omar al-Bashir falou na segunda-feira. O ministro Ali Karti falou na terça-feira. Chegou a Nairóbi na terça-feira.", "pt"),
    # no one named before
    ("Llegó a Mongolia el martes.", "es"),
    ("È arrivato a Budapest martedì.", "it"),
    # an impersonal opening or a subject after the verb
    ("Vladimir Putin habló el lunes con la prensa. Se espera que la delegación llegue a Mongolia el martes.", "es"),
    ("Vladimir Putin ha parlato lunedì con la stampa. È arrivata a Budapest martedì la delegazione russa.", "it"),
    ("Vladimir Putin habló el lunes con la prensa. Llegó a Mongolia el martes el canciller Serguéi Lavrov.", "es"),
    # a paragraph between the mention and the sentence before this one
    ("Vladimir Putin habló el lunes con la prensa. Dijo que estaba contento.\n\nEl clima era frío. Llegó a Mongolia el martes.", "es"),
])
def test_a_sentence_with_no_subject_after_another_is_no_ones_act(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language=language) == []


# --- 3. a title told by a demonym in the inflected languages ------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin sprach am Montag mit Journalisten. Der russische Präsident traf am Dienstag in der Mongolei ein.", "de"),
    ("Vladimir Putin sprach am Montag mit Journalisten. Der russische Präsident ist am Dienstag in die Mongolei gereist.", "de"),
    ("Vladimir Putin sprach am Montag mit Journalisten. Der russische Staatschef traf am Dienstag in der Mongolei ein.", "de"),
    ("Vladimir Poutine a parlé lundi aux journalistes. Le président russe est arrivé mardi en Mongolie.", "fr"),
    ("Vladimir Putin habló el lunes con periodistas. El presidente ruso llegó el martes a Mongolia.", "es"),
    ("Vladimir Putin ha parlato lunedì con i giornalisti. Il presidente russo è arrivato martedì in Mongolia.", "it"),
    ("Vladimir Putin falou na segunda-feira com jornalistas. O presidente russo chegou na terça-feira à Mongólia.", "pt"),
    ("Vladimir Putin spoke to reporters on Monday. The Russian president arrived in Mongolia on Tuesday.", "en"),
])
def test_a_title_told_by_the_persons_demonym_is_the_person(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language=language) == [(PUTIN, "MNG", TUESDAY)]


@pytest.mark.parametrize(("text", "language"), [
    # another State's demonym: the host's president, not the person
    ("Vladimir Putin sprach am Montag mit Journalisten. Der mongolische Präsident traf am Dienstag in Ungarn ein.", "de"),
    ("Vladimir Putin habló el lunes con periodistas. El presidente mongol llegó el martes a Hungría.", "es"),
    ("Vladimir Poutine a parlé lundi aux journalistes. Le président mongol est arrivé mardi en Hongrie.", "fr"),
    ("Vladimir Putin spoke to reporters on Monday. The Mongolian president arrived in Hungary on Tuesday.", "en"),
    # no one named before
    ("Der russische Präsident traf am Dienstag in der Mongolei ein.", "de"),
])
def test_a_title_told_by_another_states_demonym_is_not_the_person(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language=language) == []


# --- 5. a group of States with its members listed after it -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("The three Sahel states, Burkina Faso, Mali and Niger, announced their withdrawal from the Rome Statute on Monday.", "en"),
    ("The Alliance of Sahel States (Burkina Faso, Mali and Niger) announced on Monday its withdrawal from the Rome Statute.", "en"),
    ("Les trois États du Sahel, le Burkina Faso, le Mali et le Niger, ont annoncé lundi leur retrait du Statut de Rome.", "fr"),
    ("Los tres Estados del Sahel, Burkina Faso, Malí y Níger, anunciaron el lunes su retirada del Estatuto de Roma.", "es"),
])
def test_a_group_of_states_gives_one_candidate_per_member(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "withdrawal_announced", language=language) == [
        (None, "BFA", "2024-09-02"), (None, "MLI", "2024-09-02"), (None, "NER", "2024-09-02")]


@pytest.mark.parametrize(("text", "language"), [
    # the group's members named, its act only weighed
    ("The three Sahel states, Burkina Faso, Mali and Niger, could announce their withdrawal from the Rome Statute.", "en"),
    ("Les trois États du Sahel, le Burkina Faso, le Mali et le Niger, pourraient annoncer leur retrait du Statut de Rome.", "fr"),
])
def test_a_group_of_states_whose_act_is_only_weighed_gives_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "withdrawal_announced", language=language) == []


# --- 4. demonyms missing from the lookups ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    # 'chadiano' (Fundéu BBVA, after the Ortografía de la lengua española) and 'burkinés' (the RAE's Diccionario panhispánico de
    # dudas): the capital told by its demonym places the trip there, as 'la capital mongola' did
    ("Omar al-Bashir llegó el martes a la capital chadiana.", "TCD"),
    ("Omar al-Bashir llegó el martes a la capital burkinesa.", "BFA"),
])
def test_the_spanish_demonyms_added_place_a_trip(spec, text: str, state: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language="es") == [(BASHIR, state, TUESDAY)]


def test_a_capital_with_no_demonym_places_nothing(spec) -> None:  # noqa: ANN001
    # the contrast: an adjective that is no State's
    assert _typed(spec, "Omar al-Bashir llegó el martes a la capital colonial.", DAY, "visit", language="es") == []
