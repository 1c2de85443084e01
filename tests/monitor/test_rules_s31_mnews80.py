"""Session 31 (issue 12, batches 80-81): two readings written on the new dev parts' errors, checked on sentences written for
the purpose, each with a contrast that must not fire.

1. A handover's or arrest's agent named by a preposition ("extradited by the Philippines", 'extraditado por Filipinas',
   'remis à la CPI par la Côte d'Ivoire'): the State that acts is the surrendering State, not the place of landing told
   before it ("after landing in the Netherlands"), which gave the Court's host State. Words as data
   (data/lookups/monitor_words.yaml: the optional ``handover_by`` of each language; English in mentions.HANDOVER_BY).
2. A German headline's arrival, the participle without its auxiliary ('X zu Besuch in Budapest eingetroffen'), gave no
   visit. Words as data (``ARRIVAL_PAST``). Left: the same arrival told by its noun with the traveller in the genitive
   ('kurz nach Eintreffen des israelischen Ministerpräsidenten X in Budapest') still gives none, and a German arrival
   denied in the perfect ('ist nicht in Budapest eingetroffen') still gives one (both before this session too)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

DUTERTE = "rodrigo-roa-duterte"
NETANYAHU = "benjamin-netanyahu"
DAY = "2025-05-07"  # a Wednesday


@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte entered the Court's detention centre on Tuesday after landing in the Netherlands, extradited by the Philippines.", "en"),
    ("Rodrigo Duterte ingresó el martes en el centro de detención de la Corte Penal Internacional tras aterrizar en Países Bajos, "
     "extraditado por Filipinas.", "es"),
    ("Rodrigo Duterte a été remis à la CPI par les Philippines mardi, après son atterrissage aux Pays-Bas.", "fr"),
    ("Rodrigo Duterte è stato consegnato alla Corte penale internazionale dalle Filippine martedì, dopo l'atterraggio nei Paesi Bassi.", "it"),
    ("Rodrigo Duterte foi entregue ao Tribunal Penal Internacional pelas Filipinas na terça-feira, depois de aterrar nos Países Baixos.", "pt"),
])
def test_the_handovers_agent_is_the_surrendering_state(spec, text, language) -> None:  # noqa: ANN001
    assert [(p, st) for p, st, _ in typed(spec, text, DAY, "surrender", language=language)] == [(DUTERTE, "PHL")]


@pytest.mark.parametrize(("text", "language"), [
    # contrast: no agent named, the place of landing told alone: the rules' reading as before (the Court's host State is no agent)
    ("Rodrigo Duterte ingresó el martes en el centro de detención de la Corte Penal Internacional tras aterrizar en Países Bajos.", "es"),
    ("Rodrigo Duterte entered the Court's detention centre on Tuesday after landing in the Netherlands.", "en"),
])
def test_without_an_agent_the_landing_place_gives_no_philippines(spec, text, language) -> None:  # noqa: ANN001
    assert all(st != "PHL" for _, st, _ in typed(spec, text, DAY, "surrender", language=language))


def test_an_agent_word_before_a_person_not_a_state_gives_no_state(spec) -> None:  # noqa: ANN001
    # contrast: 'por' before a person's name is no State acting
    text = "Rodrigo Duterte fue entregado a la Corte Penal Internacional el martes, según lo anunciado por Marcos."
    assert all(st is None or st == "PHL" for _, st, _ in typed(spec, text, DAY, "surrender", language="es"))


@pytest.mark.parametrize(("text", "state"), [
    ("Benjamin Netanjahu zu Besuch in Budapest eingetroffen.", "HUN"),
    ("Netanjahu zu Besuch in Budapest eingetroffen - Ungarn kündigt Austritt an.\n\nDer Ministerpräsident Benjamin Netanjahu traf Orbán.", "HUN"),
    ("Wladimir Putin zu Staatsbesuch in der Mongolei angekommen.", "MNG"),
])
def test_a_german_headlines_arrival_without_its_auxiliary(spec, text, state) -> None:  # noqa: ANN001
    found = typed(spec, text, DAY, "visit", language="de")
    assert [st for _, st, _ in found] == [state]


@pytest.mark.parametrize("text", [
    # contrasts: a headline's arrival denied, one only expected
    "Benjamin Netanjahu nicht zu Besuch in Budapest eingetroffen.",
    "Benjamin Netanjahu zu Besuch in Budapest erwartet.",
])
def test_a_headlines_arrival_denied_or_expected_is_no_visit(spec, text) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "visit", language="de") == []
