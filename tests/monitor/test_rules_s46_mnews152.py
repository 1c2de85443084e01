"""Session 46 (issue 12, task mnews152): shapes of batch 152's dev errors, each as the general shape in the languages the
monitor reads. Sentences written for the test (none copied from a page of the set), with controls that must not change. The
names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"
DAY = "2025-07-29"


# 1. An official visit told by its noun after an infinitive of making, with an indefinite article ('analiza la posibilidad de
#    realizar una visita oficial a X'): the trip is only weighed or to come, not a stay under way. The noun's 'official visit'
#    alone read it as a stay ('en visita oficial'); the infinitive before the article now keeps it from being one.
WEIGHED = [
    ("en", "Benjamin Netanyahu is weighing whether to make an official visit to Argentina to meet its president."),
    ("es", "Benjamin Netanyahu estudia la posibilidad de realizar una visita oficial a Chile para reunirse con su presidente."),
    ("fr", "Benjamin Netanyahu envisage d'effectuer une visite officielle en Argentine pour rencontrer son président."),
    ("pt", "Benjamin Netanyahu avalia a possibilidade de fazer uma visita oficial ao Chile para se reunir com o presidente."),
    ("it", "Benjamin Netanyahu valuta la possibilità di effettuare una visita ufficiale in Argentina per incontrare il presidente."),
    ("de", "Benjamin Netanjahu erwägt, Argentinien einen offiziellen Besuch abzustatten, um den Präsidenten zu treffen."),
]

# controls: a stay under way told by the same noun ('en visita oficial', 'is on an official visit') stays a visit
UNDER_WAY = [
    ("en", "Benjamin Netanyahu is on an official visit to Hungary.", "HUN"),
    ("es", "Benjamin Netanyahu se encuentra en visita oficial en Hungría.", "HUN"),
    ("fr", "Benjamin Netanyahu est en visite officielle en Hongrie.", "HUN"),
    ("pt", "Benjamin Netanyahu está em visita oficial à Hungria.", "HUN"),
    ("it", "Benjamin Netanyahu è in visita ufficiale in Ungheria.", "HUN"),
    ("de", "Benjamin Netanjahu ist zu einem offiziellen Besuch in Ungarn.", "HUN"),
]


@pytest.mark.parametrize(("language", "text"), WEIGHED, ids=[w[0] for w in WEIGHED])
def test_an_official_visit_after_an_infinitive_of_making_is_no_stay(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language=language) == []


@pytest.mark.parametrize(("language", "text", "state"), UNDER_WAY, ids=[u[0] for u in UNDER_WAY])
def test_an_official_visit_under_way_is_still_a_visit(spec, language: str, text: str, state: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, DAY, "visit", language=language)] == [(NETANYAHU, state)]
