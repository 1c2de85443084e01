"""Session 35 (issue 12, task mnews104): readings written on the dev errors of real-news batches 104-105 (trips of persons
under a warrant and what hosts did). Each reading is a general rule, tested with sentences written for the test and a
contrast that must not fire; the words are data in ``data/lookups/monitor_words.yaml``. The names are the record's, used as
examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

BASHIR = "omar-hassan-ahmad-al-bashir"


# 1. A trip told by its noun in French with the elided 'd’' joined to the name ('la présence d’Omar …'), as 'de X' is read.
@pytest.mark.parametrize("text", [
    "La présence d’Omar el-Béchir à Kinshasa a suscité des protestations.",
    "Profitant de la présence d'Omar el-Béchir à Kinshasa, des ONG ont réclamé son arrestation.",
    "L’arrivée d’Omar el-Béchir à Kinshasa a été saluée par le gouvernement.",
])
def test_a_french_trip_noun_with_an_elided_de_is_a_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2014-02-26", "visit", language="fr") == [(BASHIR, "COD", "2014-02-26")]


@pytest.mark.parametrize("text", [
    # the noun's object is no name
    "La présence d’esprit du ministre à Kinshasa a été saluée.",
    # a stay told as past background ('lors de'), years before the page
    "Lors de la présence d’Omar el-Béchir à Kinshasa en 2014, rien ne s’est passé.",
])
def test_a_french_trip_noun_with_no_name_or_in_the_background_gives_no_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2016-02-26", "visit", language="fr") == []


# 2. Two days of one month told as a span in the language's words: the first day is the trip's, so a span that holds the
#    page's day is a stay under way, not a trip to come on its last day.
@pytest.mark.parametrize(("text", "language"), [
    ("La présence d’Omar el-Béchir à Kinshasa du 26 au 27 février a suscité des protestations.", "fr"),
    ("La presenza di Omar al-Bashir a Kinshasa dal 26 al 27 febbraio ha suscitato proteste.", "it"),
])
def test_a_span_holding_the_page_day_is_a_stay_under_way(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2014-02-26", "visit", language=language) == [(BASHIR, "COD", "2014-02-26")]
    assert _typed(spec, text, "2014-02-26", "planned_visit", language=language) == []


@pytest.mark.parametrize(("text", "language", "kind", "day"), [
    ("Omar al Bashir asistirá a la cumbre en Kinshasa del 28 al 29 de febrero.", "es", "planned_visit", "2014-02-28"),
    ("Omar al-Bashir esteve em Kinshasa de 20 a 21 de fevereiro.", "pt", "visit", "2014-02-20"),
    ("Omar el-Béchir s’est rendu à Kinshasa les 20 et 21 février.", "fr", "visit", "2014-02-20"),
])
def test_a_span_gives_its_first_day(spec, text: str, language: str, kind: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2014-02-26", kind, language=language) == [(BASHIR, "COD", day)]


def test_a_single_day_is_still_read_alone(spec) -> None:  # noqa: ANN001
    # contrast: no span, the day told is the trip's
    text = "Omar al Bashir asistirá a la cumbre en Kinshasa el 28 de febrero."
    assert _typed(spec, text, "2014-02-26", "planned_visit", language="es") == [(BASHIR, "COD", "2014-02-28")]


# 3. Presence told in the imperfect ('si trovava a', 'se trouvait à', 'se encontraba en', 'encontrava-se em', 'befand sich …
#    in'): a stay reported, read as the present's 'si trova a' is.
@pytest.mark.parametrize(("text", "language"), [
    ("Il presidente sudanese Omar al-Bashir si trovava a Johannesburg dal 14 giugno per partecipare a un summit.", "it"),
    ("Le président soudanais Omar el-Béchir se trouvait à Johannesburg depuis le 14 juin pour un sommet.", "fr"),
    ("El presidente sudanés Omar al Bashir se encontraba en Johannesburgo desde el 14 de junio para una cumbre.", "es"),
    ("O presidente sudanês Omar al-Bashir encontrava-se em Joanesburgo desde 14 de junho para uma cimeira.", "pt"),
    ("Der sudanesische Präsident Omar al-Baschir befand sich seit dem 14. Juni in Johannesburg.", "de"),
])
def test_presence_told_in_the_imperfect_is_a_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2015-06-15", "visit", language=language) == [(BASHIR, "ZAF", "2015-06-14")]


@pytest.mark.parametrize(("text", "language"), [
    # the place is no place: a state of affairs
    ("Il presidente sudanese Omar al-Bashir si trovava in difficoltà dopo il vertice.", "it"),
    ("Der sudanesische Präsident Omar al-Baschir befand sich in einer schwierigen Lage.", "de"),
    ("El presidente sudanés Omar al Bashir se encontraba en una situación difícil.", "es"),
    # the subject is a thing, not the person
    ("Il documento si trovava a Johannesburg dal 14 giugno.", "it"),
])
def test_the_imperfect_of_a_state_of_affairs_gives_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2015-06-15", "visit", language=language) == []
