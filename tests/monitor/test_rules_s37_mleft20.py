"""Session 37 (issue 12, mleft20): the dev half's remaining errors of arrests, surrenders, warrants and the rest.

A surrender told without its State takes the one State the document tells the transfer leaving ("L'avion vient de quitter
Bangui", 'una delegación del tribunal que ha abandonado la República Centroafricana'): the State that held the person and hands
them over, as a detention placed in one State gives it (session 26). Each language's departure words are its own
(``DEPARTED_FROM_PLACE`` in data/lookups/monitor_words.yaml); a departure told of another person of the record, from places of
two States, or from the Court's seat gives none."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

YEKATOM = "alfred-yekatom"
ONGWEN = "dominic-ongwen"


@pytest.mark.parametrize(("text", "language"), [
    ("Alfred Yekatom was transferred to the International Criminal Court on Saturday. The plane left Bangui at noon, an official "
     "said.", "en"),
    ("Alfred Yekatom a été transféré samedi à la Cour pénale internationale. « L'avion vient de quitter Bangui », a précisé une "
     "source gouvernementale.", "fr"),
    ("Alfred Yekatom a été transféré samedi à la Cour pénale internationale. L'avion a décollé de Bangui à midi.", "fr"),
    ("Alfred Yekatom è stato trasferito sabato alla Corte penale internazionale. L'aereo ha lasciato Bangui a mezzogiorno, ha "
     "detto una fonte.", "it"),
    ("Alfred Yekatom è stato trasferito sabato alla Corte penale internazionale. L'aereo è partito da Bangui a mezzogiorno.", "it"),
    ("Alfred Yekatom wurde am Samstag an den Internationalen Strafgerichtshof überstellt. Das Flugzeug verließ Bangui am Mittag, "
     "sagte eine Quelle.", "de"),
    ("Alfred Yekatom foi entregue no sábado ao Tribunal Penal Internacional. O avião deixou Bangui ao meio-dia, disse uma fonte.",
     "pt"),
    ("Alfred Yekatom fue entregado el sábado a la Corte Penal Internacional. El avión salió de Bangui al mediodía, dijo una "
     "fuente.", "es"),
])
def test_a_surrender_takes_the_state_its_flight_left(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2018-11-17", "surrender", language=language)] == [(YEKATOM, "CAF")]


def test_a_surrender_takes_the_state_its_escort_left_spanish(spec) -> None:  # noqa: ANN001
    text = ("Dominic Ongwen ha sido transferido a La Haya, donde será juzgado por el Tribunal Penal Internacional. Ongwen está "
            "siendo escoltado por una delegación del tribunal que ha abandonado la República Centroafricana.")
    assert [(p, s) for p, s, _ in _typed(spec, text, "2015-01-20", "surrender", language="es")] == [(ONGWEN, "CAF")]


@pytest.mark.parametrize(("text", "language"), [
    # another person of the record leaves: not the transfer's flight
    ("Alfred Yekatom was transferred to the International Criminal Court on Saturday. Jean-Pierre Bemba left Kinshasa on "
     "Friday.", "en"),
    ("Alfred Yekatom a été transféré samedi à la Cour pénale internationale. Jean-Pierre Bemba a quitté Kinshasa vendredi.", "fr"),
    # places of two States left: no one State
    ("Alfred Yekatom was transferred to the International Criminal Court on Saturday. The plane left Bangui and then left "
     "Kinshasa.", "en"),
    ("Alfred Yekatom è stato trasferito sabato alla Corte penale internazionale. L'aereo ha lasciato Bangui, poi ha lasciato "
     "Kinshasa.", "it"),
    # the Court's seat left: no State that held the person
    ("Alfred Yekatom was transferred to the International Criminal Court on Saturday. The judges left The Hague on Friday.", "en"),
    ("Alfred Yekatom wurde am Samstag an den Internationalen Strafgerichtshof überstellt. Die Richter verließen Den Haag am "
     "Freitag.", "de"),
])
def test_a_departure_of_another_person_or_places_or_from_the_court_gives_no_state(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2018-11-17", "surrender", language=language)] == [(YEKATOM, None)]


def test_a_departure_gives_no_surrender_of_its_own(spec) -> None:  # noqa: ANN001
    text = "Alfred Yekatom spoke to parliament on Saturday. The plane left Bangui at noon, an official said."
    assert _typed(spec, text, "2018-11-17", "surrender", language="en") == []


@pytest.mark.parametrize(("text", "language"), [
    ("Alfred Yekatom a été extradé samedi vers la Cour pénale internationale. « L'avion vient de quitter Bangui », a précisé une "
     "source. Il a été arrêté après avoir ouvert le feu dans l'hémicycle.", "fr"),
    ("Alfred Yekatom was extradited to the International Criminal Court on Saturday. The plane left Bangui at noon. He was "
     "arrested after he fired shots in parliament.", "en"),
])
def test_an_arrest_with_no_day_or_place_of_its_own_beside_a_placed_surrender_is_that_custody(spec, text: str, language: str) -> None:  # noqa: ANN001
    # the surrender takes the State its flight left; the arrest told with neither day nor place is not given that State and the
    # document's day as a second custody
    assert _typed(spec, text, "2018-11-17", "arrest", language=language) == []
    assert [(p, s) for p, s, _ in _typed(spec, text, "2018-11-17", "surrender", language=language)] == [(YEKATOM, "CAF")]



def test_a_people_driven_out_of_a_state_is_no_departure_of_the_transfer(spec) -> None:  # noqa: ANN001
    # "driven out of" tells an expulsion of others, not the flight of a transfer (a dev page's 'Long driven out of Uganda, small
    # bands of LRA fighters now roam …' gave Ongwen's surrender to rebels the State Uganda)
    text = ("Dominic Ongwen has surrendered to the ICC, the Court said on Tuesday. Long driven out of Uganda, small bands of fighters "
            "now roam the forests.")
    assert [s for _, s, _ in _typed(spec, text, "2015-01-07", "surrender", language="en")] == [None]
