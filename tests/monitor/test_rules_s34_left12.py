"""Session 34 (issue 12, task mleft12): the monitor's leftovers, twelfth list. Each reading is a general rule, tested with
sentences written for the test and a contrast that must not fire; the words are data in ``data/lookups/monitor_words.yaml``
and the Court's places in ``data/lookups/court_places.yaml``. The names are the record's, used as examples (no State or
person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

DUTERTE = "rodrigo-roa-duterte"
# a page of Thursday 2025-03-13, after the person's warrant: "last weekend" is Saturday 2025-03-08 (and its Sunday)
NEWS_DAY = "2025-03-13"
LAST_SATURDAY = "2025-03-08"
WEDNESDAY = "2025-03-12"


# 4. A weekend told relative to the document's day, in the other languages read as English reads "last weekend".
LAST_WEEKEND = [
    ("Rodrigo Duterte was arrested in Manila last weekend.", "en"),
    ("Rodrigo Duterte fue detenido en Manila este pasado fin de semana.", "es"),
    ("Rodrigo Duterte fue detenido en Manila el fin de semana pasado.", "es"),
    ("Rodrigo Duterte a été arrêté à Manille le week-end dernier.", "fr"),
    ("Rodrigo Duterte è stato arrestato a Manila lo scorso fine settimana.", "it"),
    ("Rodrigo Duterte foi detido em Manila no último fim de semana.", "pt"),
    ("Rodrigo Duterte wurde am vergangenen Wochenende in Manila festgenommen.", "de"),
]


@pytest.mark.parametrize(("text", "language"), LAST_WEEKEND)
def test_last_weekend_is_the_weekend_before_the_page(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language=language) == [(DUTERTE, "PHL", LAST_SATURDAY)]


@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte fue detenido en Manila. Cada fin de semana recibe visitas de su familia.", "es"),
    ("Rodrigo Duterte è stato arrestato a Manila. Ogni fine settimana riceve visite.", "it"),
])
def test_every_weekend_is_no_date(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language=language) == [(DUTERTE, "PHL", NEWS_DAY)]


# 1 (a). A move that ends at a place of the Court's detention (data/lookups/court_places.yaml) is a surrender, with no word of
# the Court; a prison elsewhere, a move supposed, or a visit to the place is not.
MOVED_TO_DETENTION = [
    # (the perfect is the page's news; English's simple past is dated by its own day, as for any surrender)
    ("Rodrigo Duterte è stato portato nella prigione di Scheveningen.", "it", NEWS_DAY),
    ("Dopo essere atterrato, Rodrigo Duterte è stato portato nella prigione olandese di Scheveningen.", "it", NEWS_DAY),
    ("Rodrigo Duterte was transferred on Wednesday to the detention centre in The Hague.", "en", WEDNESDAY),
    ("Rodrigo Duterte was taken to the Scheveningen prison on Wednesday.", "en", WEDNESDAY),
    ("Rodrigo Duterte was taken to the ICC detention centre on Wednesday.", "en", WEDNESDAY),
    ("Rodrigo Duterte fue trasladado al centro de detención de Scheveningen.", "es", NEWS_DAY),
    ("Rodrigo Duterte a été conduit au centre de détention de Scheveningen.", "fr", NEWS_DAY),
    ("Rodrigo Duterte foi levado para a prisão de Scheveningen.", "pt", NEWS_DAY),
    ("Rodrigo Duterte wurde in das Gefängnis in Scheveningen gebracht.", "de", NEWS_DAY),
]


@pytest.mark.parametrize(("text", "language", "day"), MOVED_TO_DETENTION)
def test_a_move_ending_at_the_courts_detention_is_a_surrender(spec, text: str, language: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "surrender", language=language) == [(DUTERTE, None, day)]


@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte was taken to a prison in Manila.", "en"),
    ("Rodrigo Duterte could be taken to the detention centre in The Hague on Wednesday.", "en"),
    ("Rodrigo Duterte was taken to a prison in Manila on Wednesday.", "en"),
    ("Rodrigo Duterte's lawyers visited the detention centre in The Hague on Wednesday.", "en"),
    ("Rodrigo Duterte è stato portato nella prigione di Manila.", "it"),
    ("Rodrigo Duterte fue trasladado a una prisión de Manila.", "es"),
    ("Rodrigo Duterte wurde in das Gefängnis in Manila gebracht.", "de"),
    ("Rodrigo Duterte non è stato portato nella prigione di Scheveningen.", "it"),
    # (session 35: an older Spanish reading had no denial guard; every arrest and surrender now has one, lexicon.negated_before)
    ("Rodrigo Duterte no fue trasladado al centro de detención de Scheveningen.", "es"),
    ("Rodrigo Duterte n'a pas été conduit au centre de détention de Scheveningen.", "fr"),
    ("Rodrigo Duterte não foi levado para a prisão de Scheveningen.", "pt"),
    ("Rodrigo Duterte wurde nicht in das Gefängnis in Scheveningen gebracht.", "de"),
    ("Rodrigo Duterte was not taken to the Scheveningen prison on Wednesday.", "en"),
])
def test_a_move_to_another_prison_or_supposed_is_no_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "surrender", language=language) == []


# 1 (b). The State named after the Court's seat is the host State, never the surrendering one, in every language; the State
# the person was taken from still is.
@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte è stato trasferito presso la Corte penale internazionale, il tribunale dell'Aia, nei Paesi Bassi.", "it"),
    ("Rodrigo Duterte a été transféré à la Cour pénale internationale, à La Haye, aux Pays-Bas.", "fr"),
    ("Rodrigo Duterte a été transféré de Manille à La Haye, aux Pays-Bas.", "fr"),
    ("Rodrigo Duterte fue entregado a la CPI en La Haya, en los Países Bajos.", "es"),
    ("Rodrigo Duterte foi entregue ao TPI em Haia, nos Países Baixos.", "pt"),
])
def test_the_seats_state_is_not_the_surrendering_state(spec, text: str, language: str) -> None:  # noqa: ANN001
    found = _typed(spec, text, NEWS_DAY, "surrender", language=language)
    assert found and all(state != "NLD" for _, state, _ in found)


@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte è stato trasferito dalle Filippine alla Corte penale internazionale, il tribunale dell'Aia, nei Paesi Bassi.", "it"),
    ("Rodrigo Duterte a été transféré à la CPI depuis l'aéroport de Manille, puis à La Haye, aux Pays-Bas.", "fr"),
])
def test_the_state_the_person_left_is_the_surrendering_state(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "surrender", language=language) == [(DUTERTE, "PHL", NEWS_DAY)]


def test_an_arrest_at_the_seat_is_still_where_it_happened(spec) -> None:  # noqa: ANN001
    # the seat's State is excluded from a surrender only: an arrest told at the seat took place in its State
    text = "Rodrigo Duterte a été arrêté mardi à La Haye, aux Pays-Bas."
    assert _typed(spec, text, NEWS_DAY, "arrest", language="fr") == [(DUTERTE, "NLD", "2025-03-11")]


def test_a_state_not_after_the_seat_keeps_its_reading(spec) -> None:  # noqa: ANN001
    # a surrender told in the Netherlands' own custody, the State not told as the seat's: the Netherlands surrendered
    text = "Rodrigo Duterte a été remis à la CPI par les autorités néerlandaises."
    assert _typed(spec, text, NEWS_DAY, "surrender", language="fr") == [(DUTERTE, "NLD", NEWS_DAY)]


# 2. A State named as the attribute of an armed group, its army or its leaders inside the person's description is not the
# place of the surrender; a State the person was taken from, or that handed the person over, still is.
ONGWEN = "dominic-ongwen"
ONGWEN_PAGE = "2015-01-21"


@pytest.mark.parametrize(("text", "language"), [
    ("Dominic Ongwen, uno de los líderes del LRA de Uganda, ha sido transferido a La Haya.", "es"),
    ("Dominic Ongwen, comandante del ejército rebelde de Uganda, ha sido transferido a La Haya.", "es"),
    ("Dominic Ongwen, uno de los líderes del Ejército de Resistencia del Señor (LRA) de Uganda, ha sido transferido a La Haya.", "es"),
    ("Dominic Ongwen, l'un des chefs de l'armée rebelle de l'Ouganda, a été transféré à La Haye.", "fr"),
    ("Dominic Ongwen, uno dei capi dell'LRA dell'Uganda, è stato trasferito all'Aia.", "it"),
    ("Dominic Ongwen, um dos líderes do LRA de Uganda, foi transferido para Haia.", "pt"),
])
def test_a_groups_state_in_the_description_is_not_the_surrendering_state(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, ONGWEN_PAGE, "surrender", language=language) == [(ONGWEN, None, ONGWEN_PAGE)]


@pytest.mark.parametrize(("text", "language"), [
    ("Dominic Ongwen ha sido transferido desde Uganda a La Haya.", "es"),
    ("Uganda ha entregado a Dominic Ongwen a la CPI.", "es"),
    ("Dominic Ongwen a été transféré de l'Ouganda à La Haye.", "fr"),
])
def test_the_state_taken_from_or_handing_over_is_the_surrendering_state(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, ONGWEN_PAGE, "surrender", language=language) == [(ONGWEN, "UGA", ONGWEN_PAGE)]


# 5. A finding whose sentence goes on with the crimes' period ('... cometidos ... entre 2003 y 2008'): the period is no date of
# the finding, alone or after a sentence that told the same finding.
BASHIR = "omar-hassan-ahmad-al-bashir"
FINDING_DAY = "2017-07-06"
FIRST = ("El Tribunal Penal Internacional ha dictaminado que Sudáfrica incumplió sus obligaciones al no detener al presidente "
         "de Sudán, Omar Hasán al Bashir.")
REPEATED = ('La Cámara del TPI ha concluido que Sudáfrica "no cumplió con la petición de la corte de arrestar y entregar a Al '
            'Bashir", acusado de genocidio por los abusos cometidos en la provincia de Darfur entre 2003 y 2008.')


@pytest.mark.parametrize("text", [REPEATED, FIRST + "\n\n" + REPEATED, FIRST + " " + REPEATED])
def test_a_finding_followed_by_the_crimes_period_keeps_its_day(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, FINDING_DAY, "noncompliance_finding", language="es") == [(BASHIR, "ZAF", FINDING_DAY)]


def test_an_english_finding_followed_by_the_crimes_period_keeps_its_day(spec) -> None:  # noqa: ANN001
    text = ("The Pre-Trial Chamber found on Thursday that South Africa failed to comply with its obligations by not arresting "
            "Omar al-Bashir, who is accused of genocide for crimes committed in Darfur between 2003 and 2008.")
    assert _typed(spec, text, FINDING_DAY, "noncompliance_finding") == [(BASHIR, "ZAF", FINDING_DAY)]


@pytest.mark.parametrize(("text", "language"), [
    ("Al Bashir está acusado de genocidio por los abusos cometidos en Darfur entre 2003 y 2008.", "es"),
    ("Omar al-Bashir is accused of genocide for crimes committed in Darfur between 2003 and 2008.", "en"),
])
def test_the_crimes_period_alone_is_no_finding(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, FINDING_DAY, "noncompliance_finding", language=language) == []


def test_an_arrests_own_day_before_the_crimes_period_is_kept(spec) -> None:  # noqa: ANN001
    text = "Rodrigo Duterte was arrested in Manila on Tuesday for crimes committed between 2011 and 2019."
    assert _typed(spec, text, NEWS_DAY, "arrest") == [(DUTERTE, "PHL", "2025-03-11")]
