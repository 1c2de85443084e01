"""Session 40 (issue 12, task mnews129): general rules written on the dev errors of batch 129 (trips of persons under a warrant),
each tested with sentences written for the test in the languages the phenomenon is read in, and contrasts that must not fire.
The words are data in ``data/lookups/monitor_words.yaml`` (English's in monitor/lexicon.py). The names are the record's, used as
examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
BASHIR = "omar-hassan-ahmad-al-bashir"


# 1. An agency's dateline with its day and no comma before it ('Kinshasa 23 Nov. 2017 (ACP).-'): where the story was filed,
#    not a place the person is in.
@pytest.mark.parametrize(("text", "language", "state"), [
    ("Kinshasa 23 Nov. 2017 (ACP).- Le président soudanais Omar el-Béchir est arrivé jeudi en Russie pour une visite officielle.",
     "fr", "RUS"),
    ("Nairobi 14 Nov. 2017 (KNA) - Sudanese President Omar al-Bashir arrived in Uganda on Monday for a state visit.", "en", "UGA"),
    ("Dakar 13 nov. 2017 (APS).- Le président soudanais Omar el-Béchir est arrivé lundi en Ouganda.", "fr", "UGA"),
])
def test_a_dateline_with_its_day_and_no_comma_is_no_place_of_the_trip(spec, text: str, language: str, state: str) -> None:  # noqa: ANN001
    assert {s for _, s, _ in _typed(spec, text, "2017-11-23" if "23" in text else "2017-11-14", "visit", language=language)} == {state}


# 2. A trip awaited, told in the imperfect with its day ('était attendu ce jeudi 23 novembre en Russie', 'era esperado el jueves
#    en Rusia'): a trip to come on the day told, as the present 'est attendu jeudi en Russie' is read.
@pytest.mark.parametrize(("text", "language"), [
    ("Le président soudanais Omar el-Béchir était attendu ce jeudi 23 novembre en Russie pour sa première visite officielle.", "fr"),
    ("Le président soudanais Omar el-Béchir était attendu jeudi en Russie.", "fr"),
    ("El presidente sudanés Omar al Bashir era esperado este jueves en Rusia para su primera visita oficial.", "es"),
    ("O presidente sudanês Omar al-Bashir era esperado nesta quinta-feira na Rússia.", "pt"),
    ("Il presidente sudanese Omar al-Bashir era atteso giovedì in Russia per la sua prima visita ufficiale.", "it"),
])
def test_a_trip_awaited_in_the_imperfect_with_its_day_is_a_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2017-11-23", "planned_visit", language=language) == [(BASHIR, "RUS", "2017-11-23")]


@pytest.mark.parametrize(("text", "language"), [
    ("Le président soudanais Omar el-Béchir était attendu en Russie, mais le voyage a été annulé.", "fr"),  # cancelled
    ("Si Omar el-Béchir était attendu jeudi en Russie, le Kremlin l'aurait annoncé.", "fr"),  # a supposition
])
def test_an_awaited_trip_cancelled_or_supposed_gives_no_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2017-11-23", "planned_visit", language=language) == []


# 3. A trip to come told by 'effectuer' and a possessive before its noun ('va effectuer sa première visite officielle en Russie'),
#    as 'va effectuer une visite' is read.
@pytest.mark.parametrize(("text", "language"), [
    ("Omar el-Béchir va effectuer sa première visite officielle en Russie la semaine prochaine.", "fr"),
    ("Omar el-Béchir doit effectuer son premier voyage officiel en Russie la semaine prochaine.", "fr"),
    ("Omar al-Bashir vai realizar sua primeira visita oficial à Rússia na próxima semana.", "pt"),
])
def test_a_visit_to_come_with_a_possessive_is_a_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2017-11-16", "planned_visit", language=language)] == [(BASHIR, "RUS")]


# 4. A warrant a State 'cannot ignore' is an obligation acknowledged, not a refusal ('cannot ignore the warrant', 'no puede ignorar
#    la orden'); 'will ignore the warrant' stays one.
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin did not attend the summit. South Africa, a signatory to the Rome Statute, cannot ignore the warrant.", "en"),
    ("Vladimir Putin did not attend the summit. South Africa can't ignore the warrant, the minister said.", "en"),
    ("Vladimir Putin no asistió a la cumbre. Sudáfrica, firmante del Estatuto de Roma, no puede ignorar la orden de la CPI.", "es"),
])
def test_a_warrant_that_cannot_be_ignored_is_no_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-08-25", "refusal", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin plans to attend the summit. South Africa said it will ignore the warrant.", "en"),
    ("Vladimir Putin asistirá a la cumbre. El Gobierno de Sudáfrica ignora la orden de la CPI.", "es"),
])
def test_a_warrant_a_state_will_ignore_is_still_a_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2023-08-25", "refusal", language=language)] == [(PUTIN, "ZAF")]


# 5. A departure for a trip told as made ('embarcou para sua visita à Hungria', 'partió rumbo a Hungría', 'è partito per
#    l'Ungheria', 'a embarqué pour la Hongrie'): a trip under way, as English 'left for Budapest'.
@pytest.mark.parametrize(("text", "language"), [
    ("O primeiro-ministro israelense, Benjamin Netanyahu, embarcou para sua visita de quatro dias à Hungria nesta quarta-feira à noite.", "pt"),
    ("Benjamin Netanyahu partiu na quarta-feira para a Hungria, onde se reunirá com Viktor Orbán.", "pt"),
    ("El primer ministro israelí Benjamin Netanyahu partió el miércoles rumbo a Hungría.", "es"),
    ("Il premier israeliano Benjamin Netanyahu è partito mercoledì per l'Ungheria.", "it"),
    ("Le Premier ministre israélien Benjamin Netanyahou a embarqué mercredi pour la Hongrie.", "fr"),
])
def test_a_departure_for_a_state_is_a_trip_under_way(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2025-04-02", "planned_visit", language=language)] == [(NETANYAHU, "HUN")]


@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahu partiu de Budapeste na domingo.", "pt"),  # a departure from, not for
    ("Benjamin Netanyahu partió de Hungría el domingo.", "es"),
    ("Benjamin Netanyahu non è partito per l'Ungheria.", "it"),  # denied
])
def test_a_departure_from_or_denied_is_no_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-06", "planned_visit", language=language) == []


# 6. The host named by its head's office and the State after it ('o presidente da Mongólia, X, agradeceu a visita de Y', 'The
#    President of Mongolia welcomed Y'), as the subject of the welcome: a visit to that State, as 'the Mongolian president received
#    Y' (its demonym) is read; a visit thanked for is a welcome ('agradeceu a visita de Y', 'a remercié Y pour sa visite').
@pytest.mark.parametrize(("text", "language"), [
    ("Na terça-feira (3), o presidente da Mongólia, Ukhnaagiin Khurelsukh, agradeceu a visita de Vladimir Putin.", "pt"),
    ("On Tuesday the President of Mongolia, Ukhnaagiin Khurelsukh, welcomed Vladimir Putin with an honour guard.", "en"),
    ("Mardi, le président de la Mongolie, Ukhnaa Khurelsukh, a reçu Vladimir Poutine avec les honneurs.", "fr"),
    ("Mardi, le président de la Mongolie a remercié Vladimir Poutine pour sa visite.", "fr"),
    ("El martes, el presidente de Mongolia, Ukhnaa Khurelsukh, recibió a Vladimir Putin con honores militares.", "es"),
])
def test_a_host_named_by_its_heads_office_welcoming_the_person_is_a_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-04", "visit", language=language) == [(PUTIN, "MNG", "2024-09-03")]


@pytest.mark.parametrize(("text", "language"), [
    ("O presidente da Mongólia agradeceu o apoio de Vladimir Putin.", "pt"),  # thanks for support, no visit
    ("Le président de la Mongolie a remercié Vladimir Poutine pour son soutien.", "fr"),
    ("The ambassador of Mongolia welcomed Vladimir Putin's decision on Tuesday.", "en"),  # not the head, not the person welcomed
])
def test_thanks_or_a_welcome_placed_elsewhere_is_no_visit_to_the_heads_state(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert "MNG" not in {s for _, s, _ in _typed(spec, text, "2024-09-04", "visit", language=language)}
