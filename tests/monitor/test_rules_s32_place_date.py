"""Session 32 (issue 12): two readings found when hard-wrapped pages were first read whole (a name broken over two lines
had hidden the sentence from every rule).

- A language's word for where something happened ('arrêté à Paris', 'detenido en Madrid') names the arresting State even
  when another State is named earlier in the sentence as the person's origin: the data pattern ended at the text's end and
  never matched with the space before the place, so the first State named won.
- A date told in a clause of the warrant's issue set off before the custody verb ("Under the warrant issued on 28
  September 2010, French authorities arrested X") is the warrant's, not the arrest's.

Sentences written for this test, about a person the record holds (his name used as an example)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

MBARUSHIMANA = "callixte-mbarushimana"


@pytest.mark.parametrize(("text", "language", "state"), [
    ("Callixte Mbarushimana, du Rwanda, a été arrêté à Paris lundi.", "fr", "FRA"),
    ("Le chef des Forces démocratiques pour la libération du Rwanda, Callixte Mbarushimana, a été arrêté lundi à Paris.", "fr", "FRA"),
    ("Callixte Mbarushimana, de Ruanda, fue detenido en Madrid el lunes.", "es", "ESP"),
    ("Callixte Mbarushimana, aus Ruanda, wurde am Montag in Berlin festgenommen.", "de", "DEU"),
    # contrasts: no place word before another State, so the State named stays the only one
    ("Callixte Mbarushimana a été arrêté lundi au Rwanda.", "fr", "RWA"),
    ("The leader of the Democratic Forces for the Liberation of Rwanda, Callixte Mbarushimana, was arrested in Paris on Monday.", "en", "FRA"),
])
def test_the_place_word_names_the_arresting_state(spec, text: str, language: str, state: str) -> None:
    assert typed(spec, text, "2010-10-12", "arrest", language=language) == [(MBARUSHIMANA, state, "2010-10-11")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Under the warrant issued under seal on 28 September 2010, French authorities arrested Callixte Mbarushimana on Monday.", "en",
     [(MBARUSHIMANA, "FRA", "2010-10-11")]),
    ("En vertu du mandat d'arrêt délivré sous scellés par les juges de la Cour pénale internationale le 28 septembre 2010, les "
     "autorités françaises ont arrêté M. Callixte Mbarushimana.", "fr", [(MBARUSHIMANA, "FRA", "2010-10-12")]),
    # contrasts: the custody's own day, before or after the trigger, still dates it
    ("French police arrested Callixte Mbarushimana on 11 October 2010 under a warrant issued on 28 September 2010.", "en",
     [(MBARUSHIMANA, "FRA", "2010-10-11")]),
    ("On 11 October 2010, French authorities arrested Callixte Mbarushimana under an ICC warrant.", "en",
     [(MBARUSHIMANA, "FRA", "2010-10-11")]),
])
def test_a_date_of_the_warrants_issue_does_not_date_the_arrest(spec, text: str, language: str, expected: list) -> None:
    assert typed(spec, text, "2010-10-12", "arrest", language=language) == expected
