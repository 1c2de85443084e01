"""Session 49, second wave (issue 12, task mleft42): three readings the first wave's reports left
(docs/monitor.md "## Batch 160 (session 49)" and "## Type confusion (session 49)").

1. A withdrawal's State is not the place of the crimes named in the same sentence ('… wanted for war crimes in the Gaza Strip',
   'crimes de guerre dans la bande de Gaza', 'Kriegsverbrechen im Gazastreifen'): the territory after a word of crimes and a
   preposition of place is where crimes were committed, not a State that leaves the Statute.
2. A host named only by office and demonym with the head's name in apposition ('Hungarian Prime Minister Viktor Orbán received
   X', 'o primeiro-ministro húngaro, Viktor Orbán, recebeu X', 'der ungarische Ministerpräsident Viktor Orbán empfing X'): a
   visit to the demonym's State, as 'the Mongolian president received X' already is (rules_travel._host_by_demonym).
3. An arrest ruled out by an anaphor after the sentence before names it with the person and the State ('… whether Hungary would
   arrest X. The government ruled it out.', 'a exclu cette éventualité', 'descartó esa posibilidad'): a refusal by that State.

Sentences written for the test (none copied from a page of the set), with controls that must not change. The names are the
record's, used as examples (no State is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

DAY = "2025-04-03"
NETANYAHU = "benjamin-netanyahu"

# 1. The place of the crimes is not the State that withdraws.
CRIME_PLACE = [
    ("en", "Hungary announced on Thursday its withdrawal from the Rome Statute, as it hosted Benjamin Netanyahu, who is wanted by "
           "the Court for alleged war crimes in the Gaza Strip."),
    ("en", "Hungary announced on Thursday that it is withdrawing from the International Criminal Court while hosting Benjamin "
           "Netanyahu, accused of crimes against humanity in Gaza."),
    ("fr", "La Hongrie a annoncé jeudi son retrait du Statut de Rome, alors qu'elle accueillait Benjamin Netanyahou, visé par un "
           "mandat d'arrêt pour crimes de guerre dans la bande de Gaza."),
    ("es", "Hungría anunció el jueves su retirada del Estatuto de Roma mientras recibía a Benjamin Netanyahu, buscado por "
           "crímenes de guerra en la Franja de Gaza."),
    ("pt", "Budapeste anunciou hoje que tinha iniciado o processo de retirada do Tribunal Penal Internacional, quando recebia "
           "Benjamin Netanyahu, alvo de um mandado de detenção por crimes de guerra na Faixa de Gaza."),
    ("it", "L'Ungheria ha annunciato giovedì il ritiro dallo Statuto di Roma mentre accoglieva Benjamin Netanyahu, ricercato per "
           "crimini di guerra nella Striscia di Gaza."),
    ("de", "Ungarn hat am Donnerstag seinen Austritt aus dem Römischen Statut angekündigt, während es Benjamin Netanjahu empfing, "
           "der wegen mutmaßlicher Kriegsverbrechen in Gaza gesucht wird."),
]


@pytest.mark.parametrize(("language", "text"), CRIME_PLACE, ids=[f"{c[0]}{i}" for i, c in enumerate(CRIME_PLACE)])
def test_the_place_of_the_crimes_does_not_withdraw(spec, language: str, text: str) -> None:  # noqa: ANN001
    states = {s for _, s, _ in _typed(spec, text, DAY, "withdrawal_announced", language=language)}
    assert states == {"HUN"}


# Controls: a State named as the subject of the withdrawal stays, even when it is also named as a place of crimes.
SUBJECT_STAYS = [
    ("en", "After the Court opened an inquiry into crimes in Burundi, Burundi announced on Thursday its withdrawal from the Rome "
           "Statute.", "BDI"),
    ("fr", "Après l'ouverture d'un examen sur des crimes au Burundi, le Burundi a annoncé jeudi son retrait du Statut de Rome.", "BDI"),
    ("en", "The Philippines announced on Thursday its withdrawal from the Rome Statute.", "PHL"),
    ("de", "Burundi hat am Donnerstag seinen Austritt aus dem Römischen Statut angekündigt.", "BDI"),
]


@pytest.mark.parametrize(("language", "text", "state"), SUBJECT_STAYS, ids=[f"{c[0]}{i}" for i, c in enumerate(SUBJECT_STAYS)])
def test_control_the_subject_of_the_withdrawal_stays(spec, language: str, text: str, state: str) -> None:  # noqa: ANN001
    states = {s for _, s, _ in _typed(spec, text, DAY, "withdrawal_announced", language=language)}
    assert state in states


# 2. A host named by office and demonym, the head's name in apposition.
HOST_NAMED = [
    ("en", "Hungarian Prime Minister Viktor Orbán received Benjamin Netanyahu on Thursday."),
    ("en", "The Hungarian prime minister, Viktor Orbán, received Benjamin Netanyahu on Thursday."),
    ("pt", "O primeiro-ministro húngaro, Viktor Orbán, recebeu Benjamin Netanyahu na quinta-feira."),
    ("pt", "O primeiro-ministro húngaro, Viktor Orbán, recebeu Benjamin Netanyahu em Budapeste."),
    ("fr", "Le Premier ministre hongrois, Viktor Orbán, a reçu Benjamin Netanyahou jeudi."),
    ("es", "El primer ministro húngaro, Viktor Orbán, recibió a Benjamin Netanyahu el jueves."),
    ("it", "Il primo ministro ungherese, Viktor Orbán, ha ricevuto Benjamin Netanyahu giovedì."),
    ("de", "Der ungarische Ministerpräsident Viktor Orbán empfing Benjamin Netanjahu am Donnerstag."),
]


@pytest.mark.parametrize(("language", "text"), HOST_NAMED, ids=[f"{c[0]}{i}" for i, c in enumerate(HOST_NAMED)])
def test_a_host_named_by_office_and_demonym_is_a_visit(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, DAY, "visit", language=language)] == [(NETANYAHU, "HUN")]


# Controls: the meeting told in another place (the host may be the guest there), the host's demonym the traveller's own, a
# supposed welcome.
HOST_ELSEWHERE = [
    ("en", "Hungarian Prime Minister Viktor Orbán received Benjamin Netanyahu in Washington on Thursday."),
    ("pt", "O primeiro-ministro húngaro, Viktor Orbán, recebeu Benjamin Netanyahu em Washington."),
    ("de", "Der ungarische Ministerpräsident Viktor Orbán empfing Benjamin Netanjahu in Washington."),
    ("en", "Israeli Prime Minister Benjamin Netanyahu received the Hungarian foreign minister on Thursday."),
]


@pytest.mark.parametrize(("language", "text"), HOST_ELSEWHERE, ids=[f"{c[0]}{i}" for i, c in enumerate(HOST_ELSEWHERE)])
def test_control_a_host_met_elsewhere_is_no_visit_to_the_host(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert "HUN" not in {s for _, s, _ in _typed(spec, text, DAY, "visit", language=language)}


# 3. The arrest ruled out by an anaphor, named with the person and the State in the sentence before.
RULED_OUT = [
    ("en", "Benjamin Netanyahu arrived in Hungary on Thursday. Asked whether Hungary would arrest Benjamin Netanyahu, the "
           "government ruled it out."),
    ("en", "Benjamin Netanyahu arrived in Hungary on Thursday. The question was whether Hungary would arrest Benjamin Netanyahu. "
           "The government ruled out this possibility."),
    ("fr", "Benjamin Netanyahou est arrivé en Hongrie jeudi. La question était de savoir si la Hongrie arrêterait Benjamin "
           "Netanyahou. Les autorités ont exclu cette éventualité."),
    ("es", "Benjamin Netanyahu llegó a Hungría el jueves. Se preguntaba si Hungría detendría a Benjamin Netanyahu. El gobierno "
           "descartó esa posibilidad."),
    ("pt", "Benjamin Netanyahu chegou à Hungria na quinta-feira. Perguntava-se se a Hungria prenderia Benjamin Netanyahu. O "
           "governo afastou essa possibilidade."),
    ("it", "Benjamin Netanyahu è arrivato in Ungheria giovedì. Ci si chiedeva se l'Ungheria avrebbe arrestato Benjamin Netanyahu. "
           "Il governo ha escluso questa possibilità."),
    ("de", "Benjamin Netanjahu ist am Donnerstag in Ungarn eingetroffen. Es stellte sich die Frage, ob Ungarn Benjamin Netanjahu "
           "festnehmen würde. Die Regierung schloss das aus."),
    # the arrest spoken of earlier in the same sentence, the person named in the sentence before
    ("fr", "Benjamin Netanyahou est arrivé en Hongrie jeudi. Budapest aurait dû l'arrêter, mais les autorités hongroises ont "
           "exclu cette éventualité."),
    ("es", "Benjamin Netanyahu llegó a Hungría el jueves. Se esperaba que Budapest lo entregara, pero el gobierno húngaro "
           "descartó esa posibilidad."),
]


@pytest.mark.parametrize(("language", "text"), RULED_OUT, ids=[f"{c[0]}{i}" for i, c in enumerate(RULED_OUT)])
def test_an_arrest_ruled_out_by_an_anaphor_is_a_refusal(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, DAY, "refusal", language=language)] == [(NETANYAHU, "HUN")]


# Controls: something else ruled out (no arrest in the sentence before), the arrest asked for and ruled out as a delay, a
# possibility not ruled out.
RULED_OUT_CONTROL = [
    ("en", "Benjamin Netanyahu arrived in Hungary on Thursday. Journalists asked whether he would stay a second day. The "
           "government ruled it out."),
    ("en", "Benjamin Netanyahu arrived in Hungary on Thursday. Asked whether Hungary would arrest Benjamin Netanyahu, the "
           "government did not rule it out."),
    ("fr", "Benjamin Netanyahou est arrivé en Hongrie jeudi. On se demandait s'il prolongerait son séjour. Les autorités ont "
           "exclu cette éventualité."),
    ("es", "Benjamin Netanyahu llegó a Hungría el jueves. Se preguntaba si Hungría detendría a Benjamin Netanyahu. El gobierno "
           "no descartó esa posibilidad."),
    ("fr", "Benjamin Netanyahou est arrivé en Hongrie jeudi. Budapest a été invitée à prolonger sa visite, mais les autorités "
           "hongroises ont exclu cette éventualité."),
    ("en", "Benjamin Netanyahu arrived in Hungary on Thursday. Asked whether Hungary would arrest Benjamin Netanyahu, the "
           "government has not ruled it out."),
]


@pytest.mark.parametrize(("language", "text"), RULED_OUT_CONTROL, ids=[f"{c[0]}{i}" for i, c in enumerate(RULED_OUT_CONTROL)])
def test_control_no_arrest_ruled_out_is_no_refusal(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "refusal", language=language) == []
