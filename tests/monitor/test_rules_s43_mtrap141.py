"""Session 43 (issue 12, task mtrap141): the monitor's readings written on batch 141's dev part (trips denied, cancelled or only
hypothetical; docs/monitor.md, "Batch 141 (session 43)"). Each rule is tested with sentences written for the test in the
languages the monitor reads where the phenomenon exists in them, and with contrasts that must not fire. The names are the
record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"


# 1. A trip to come that the text then says no one has confirmed ("Neither government has confirmed the visit", 'ainda não deram
#    declarações oficiais a respeito do possível encontro'): reported, not announced, so no planned visit (batch 141's dev page
#    imprensapublica-deputado-quer-que-netanyahu-nao-sobrevoe-o-brasil).
@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahu plans to visit Argentina later this month, Israeli media reported. Neither Jerusalem nor Buenos Aires "
     "has confirmed the visit.", "en"),
    ("Benjamin Netanyahu plans to visit Argentina later this month, Israeli media reported. The trip has not been officially "
     "confirmed.", "en"),
    ("Benjamin Netanyahu plans to visit Argentina later this month, Israeli media reported. Argentina has yet to confirm the "
     "visit.", "en"),
    ("Reportagens da imprensa israelense informaram que Benjamin Netanyahu planeja visitar a Argentina ainda neste mês. Tanto "
     "Tel Aviv quanto Buenos Aires ainda não deram declarações oficiais a respeito do possível encontro.", "pt"),
    ("Benjamin Netanyahu planeja visitar a Argentina ainda neste mês, segundo a imprensa israelense. Nem Tel Aviv nem Buenos "
     "Aires confirmaram oficialmente o encontro.", "pt"),
    ("Benjamin Netanyahu planea visitar Argentina a fines de este mes, según la prensa israelí. El gobierno argentino aún no ha "
     "confirmado la visita.", "es"),
    ("Benjamin Netanyahou prévoit de se rendre en Argentine ce mois-ci, selon la presse israélienne. Buenos Aires n'a pas encore "
     "confirmé la visite.", "fr"),
    ("Benjamin Netanyahu intende recarsi in Argentina questo mese, secondo la stampa israeliana. Buenos Aires non ha ancora "
     "confermato la visita.", "it"),
    ("Benjamin Netanjahu will noch in diesem Monat nach Argentinien reisen, berichten israelische Medien. Buenos Aires hat den "
     "Besuch noch nicht bestätigt.", "de"),
])
def test_a_trip_no_one_has_confirmed_is_no_planned_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-08-20", "planned_visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahu plans to visit Argentina later this month. The Argentine government confirmed the visit on Tuesday.", "en"),
    ("Benjamin Netanyahu plans to visit Argentina later this month. The ICC has not confirmed the arrest of anyone.", "en"),
    ("Benjamin Netanyahu planeja visitar a Argentina ainda neste mês. O governo argentino confirmou a visita.", "pt"),
    ("Benjamin Netanyahou prévoit de se rendre en Argentine ce mois-ci. Buenos Aires a confirmé la visite.", "fr"),
])
def test_a_trip_confirmed_stays_a_planned_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2025-08-20", "planned_visit", language=language)] == [(NETANYAHU, "ARG")]


# 2. A trip told made by its noun ("the visit has ultimately taken place", 'la visite a finalement eu lieu', 'fand der Besuch
#    schließlich statt'): the visit of the person the sentence names, in the State it names (batch 141's dev page
#    ulag-tajikistans-welcome-of-putin-betrays-victims-hope-for-justice).
@pytest.mark.parametrize(("text", "language"), [
    ("Since rights groups called for Vladimir Putin not to be welcomed in Tajikistan, the visit has ultimately taken place.", "en"),
    ("Although rights groups called for Vladimir Putin not to be welcomed in Tajikistan, the trip went ahead.", "en"),
    ("Bien que des ONG aient demandé que Vladimir Poutine ne soit pas accueilli au Tadjikistan, la visite a finalement eu lieu.", "fr"),
    ("Aunque las ONG pidieron que Vladimir Putin no fuera recibido en Tayikistán, la visita finalmente tuvo lugar.", "es"),
    ("Embora as ONG tenham pedido que Vladimir Putin não fosse recebido no Tajiquistão, a visita acabou por acontecer.", "pt"),
    ("Sebbene le ONG avessero chiesto che Vladimir Putin non fosse accolto in Tagikistan, la visita ha avuto luogo.", "it"),
    ("Obwohl Menschenrechtsgruppen forderten, Wladimir Putin in Tadschikistan festzunehmen, fand der Besuch schließlich statt.", "de"),
])
def test_a_trip_told_made_by_its_noun_is_a_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2025-10-14", "visit", language=language)] == [(PUTIN, "TJK")]


@pytest.mark.parametrize(("text", "language"), [
    ("Although rights groups called for Vladimir Putin not to be welcomed in Tajikistan, the visit did not take place.", "en"),
    ("Vladimir Putin was invited to Tajikistan, but the visit never took place.", "en"),
    ("Bien que des ONG aient demandé que Vladimir Poutine ne soit pas accueilli au Tadjikistan, la visite n'a pas eu lieu.", "fr"),
    ("Aunque las ONG pidieron que Vladimir Putin no fuera recibido en Tayikistán, la visita no se realizó.", "es"),
    ("Obwohl Menschenrechtsgruppen forderten, Wladimir Putin in Tadschikistan festzunehmen, fand der Besuch nicht statt.", "de"),
])
def test_a_trip_told_not_made_by_its_noun_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-10-14", "visit", language=language) == []


# 1b. A presence as the subject of 'not confirmed' is who was on board, not a trip left unconfirmed (the whole dev half's
#     internazionale-omar-al-bashir-lascia-il-sudafrica lost its visit to the first reading of rule 1).
@pytest.mark.parametrize(("text", "language"), [
    ("Omar al Bashir era andato in Sudafrica il 14 giugno per un vertice. L'aereo presidenziale era decollato da Johannesburg "
     "questa mattina, ma la presenza a bordo del capo di stato non era stata confermata.", "it"),
    ("Omar al Bashir esteve na África do Sul em 14 de junho para uma cúpula. O avião presidencial decolou de Joanesburgo esta "
     "manhã, mas a presença a bordo do chefe de Estado não foi confirmada.", "pt"),
])
def test_a_presence_on_board_unconfirmed_keeps_the_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2015-06-15", "visit", language=language)] == [
        ("omar-hassan-ahmad-al-bashir", "ZAF")]
