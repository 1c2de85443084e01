"""Session 44 (issue 12, task mleft35): session 43's leftovers (docs/monitor.md, "Session 43's leftovers (session 44)"). Each
rule is tested with sentences written for the test in the languages the monitor reads where the shape exists in them, with
controls that must not change. The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"


def _pairs(spec, text: str, date: str, kind: str, language: str) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(p, s) for p, s, _ in _typed(spec, text, date, kind, language=language)]


# 1. A trip told made by its noun in the sentence after the one naming the person and the host ("Rights groups urged Tajikistan
#    to arrest X. The visit has ultimately taken place."): the person and the State carried from the sentence before.
@pytest.mark.parametrize(("text", "language"), [
    ("Rights groups urged Tajikistan to arrest Vladimir Putin. The visit has ultimately taken place.", "en"),
    ("Rights groups urged Tajikistan to arrest Vladimir Putin. The trip went ahead all the same.", "en"),
    ("Des ONG ont demandé au Tadjikistan d'arrêter Vladimir Poutine. La visite a finalement eu lieu.", "fr"),
    ("Las ONG pidieron a Tayikistán que arrestara a Vladimir Putin. La visita finalmente tuvo lugar.", "es"),
    ("As ONG pediram ao Tajiquistão que prendesse Vladimir Putin. A visita acabou por acontecer.", "pt"),
    ("Le ONG hanno chiesto al Tagikistan di arrestare Vladimir Putin. La visita ha avuto luogo.", "it"),
    ("Menschenrechtsgruppen forderten Tadschikistan auf, Wladimir Putin festzunehmen. Der Besuch fand schließlich statt.", "de"),
])
def test_a_trip_made_told_by_its_noun_in_the_next_sentence(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _pairs(spec, text, "2025-10-14", "visit", language) == [(PUTIN, "TJK")]


@pytest.mark.parametrize(("text", "language"), [
    ("Rights groups urged Tajikistan to arrest Vladimir Putin. The visit did not take place.", "en"),
    ("Rights groups urged Tajikistan and Kyrgyzstan to arrest Vladimir Putin. The visit has ultimately taken place.", "en"),
    ("Des ONG ont demandé au Tadjikistan d'arrêter Vladimir Poutine. La visite n'a pas eu lieu.", "fr"),
    ("Las ONG pidieron a Tayikistán que arrestara a Vladimir Putin. La visita no se realizó.", "es"),
    ("Menschenrechtsgruppen forderten Tadschikistan auf, Wladimir Putin festzunehmen. Der Besuch fand nicht statt.", "de"),
    # another person named between: the visit is not told as the first one's
    ("Rights groups urged Tajikistan to arrest Vladimir Putin. Emomali Rahmon said the visit has ultimately taken place.", "en"),
])
def test_a_trip_not_made_or_of_two_hosts_is_carried_to_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-10-14", "visit", language=language) == []


# 2. A call with its negation before the place ('forderten, X nicht in Tadschikistan zu empfangen'), then the trip told made:
#    the call's negation does not deny the trip told after it.
@pytest.mark.parametrize(("text", "language"), [
    ("Obwohl Menschenrechtsgruppen forderten, Wladimir Putin nicht in Tadschikistan zu empfangen, fand der Besuch schließlich "
     "statt.", "de"),
    ("Menschenrechtsgruppen hatten gefordert, Wladimir Putin nicht in Tadschikistan zu empfangen, doch der Besuch fand statt.", "de"),
    ("Rights groups had asked Tajikistan not to receive Vladimir Putin. The visit went ahead all the same.", "en"),
])
def test_a_calls_negation_does_not_block_the_trip_told_made_after_it(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _pairs(spec, text, "2025-10-14", "visit", language) == [(PUTIN, "TJK")]


@pytest.mark.parametrize(("text", "language"), [
    ("Obwohl Menschenrechtsgruppen forderten, Wladimir Putin in Tadschikistan festzunehmen, fand der Besuch nicht statt.", "de"),
    ("Wladimir Putin reiste nicht nach Tadschikistan.", "de"),
    ("Wladimir Putin ist nicht in Tadschikistan eingetroffen.", "de"),
])
def test_a_trip_itself_denied_stays_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-10-14", "visit", language=language) == []


# 3. A caption in the present ('X arrive à Y', 'X llega a Y'): an arrival, as English "X arrives in Y", of the page's day.
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Poutine arrive en Mongolie.", "fr"),
    ("Vladimir Poutine arrive à Ulaanbaatar.", "fr"),
    ("Vladimir Putin llega a Mongolia.", "es"),
    ("ULAANBAATAR (MONGOLIA), 02/09/2024.- El presidente ruso, Vladimir Putin, llega al aeropuerto.", "es"),
    ("Vladimir Putin arriva in Mongolia.", "it"),
    ("02.09.2024, Mongolia, Ulan Bator: Vladimir Putin arriva all'aeroporto.", "it"),
    ("Vladimir Putin chega à Mongólia.", "pt"),
    ("Wladimir Putin kommt in der Mongolei an.", "de"),
    ("Wladimir Putin trifft in Ulan Bator ein.", "de"),
    ("02.09.2024, Mongolei, Ulan Bator: Wladimir Putin kommt am Flughafen an.", "de"),
])
def test_a_present_arrival_is_a_visit_of_the_pages_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-02", "visit", language=language) == [(PUTIN, "MNG", "2024-09-02")]


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Poutine n'arrive pas à convaincre la Mongolie.", "fr"),
    ("S'il arrive en Mongolie, Vladimir Poutine devrait être arrêté.", "fr"),
    ("Vladimir Putin no llega a Mongolia.", "es"),
    ("Si llega a Mongolia, Vladimir Putin debería ser detenido.", "es"),
    ("Se arriva in Mongolia, Vladimir Putin dovrebbe essere arrestato.", "it"),
    ("Vladimir Putin não chega à Mongólia.", "pt"),
    ("Wladimir Putin kommt nicht in der Mongolei an.", "de"),
    ("Wenn Wladimir Putin in der Mongolei ankommt, muss er festgenommen werden.", "de"),
])
def test_a_present_arrival_denied_or_supposed_stays_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-02", "visit", language=language) == []


# 4. A bare weekday in the present ('se rend lundi en Mongolie'), as English "heads to Mongolia on Monday": a trip to come, the
#    weekday ahead of the page's day (2025-05-07 is a Wednesday: Monday is 2025-05-12).
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Poutine se rend lundi en Mongolie.", "fr"),
    ("Vladimir Poutine se rend en Mongolie lundi pour un sommet.", "fr"),
    ("Vladimir Putin viaja el lunes a Mongolia.", "es"),
    ("Vladimir Putin si reca lunedì in Mongolia.", "it"),
    ("Vladimir Putin viaja na segunda-feira para a Mongólia.", "pt"),
    ("Vladimir Putin heads to Mongolia on Monday.", "en"),
])
def test_a_present_trip_with_a_bare_weekday_is_a_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "planned_visit", language=language) == [(PUTIN, "MNG", "2025-05-12")]


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Poutine ne se rend pas lundi en Mongolie.", "fr"),
    ("Vladimir Putin no viaja el lunes a Mongolia.", "es"),
    ("Vladimir Putin non si reca lunedì in Mongolia.", "it"),
    ("Vladimir Putin não viaja na segunda-feira para a Mongólia.", "pt"),
    # the weekday of a past told with its week ('lundi dernier') is no trip to come
    ("Vladimir Poutine se rend lundi dernier en Mongolie.", "fr"),
])
def test_a_present_trip_denied_or_past_is_no_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "planned_visit", language=language) == []


# 5. A refusal told in a clause of another's criticism ('kritisierte Ungarn dafür, dass es sich weigerte', "because it refused"):
#    someone judging the State's conduct, as 'für seine Weigerung', "for having refused": no refusal by the critic.
@pytest.mark.parametrize(("text", "language"), [
    ("Frankreich kritisierte Ungarn dafür, dass es sich weigerte, Benjamin Netanjahu festzunehmen.", "de"),
    ("Die Niederlande kritisierten Ungarn, weil es sich weigerte, Benjamin Netanjahu festzunehmen.", "de"),
    ("France criticised Hungary because it refused to arrest Benjamin Netanyahu.", "en"),
    ("La France a critiqué la Hongrie parce qu'elle a refusé d'arrêter Benjamin Netanyahou.", "fr"),
    ("Francia criticó a Hungría porque se negó a detener a Benjamin Netanyahu.", "es"),
    ("La Francia ha criticato l'Ungheria perché si è rifiutata di arrestare Benjamin Netanyahu.", "it"),
    ("A França criticou a Hungria porque se recusou a prender Benjamin Netanyahu.", "pt"),
])
def test_a_refusal_told_as_the_clause_of_a_criticism_is_no_critics_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-04-04", "refusal", language=language)
    assert not [c for c in got if c[1] != "HUN"], got


@pytest.mark.parametrize(("text", "language"), [
    ("Ungarn weigert sich, Benjamin Netanjahu festzunehmen.", "de"),
    ("Hungary refused to arrest Benjamin Netanyahu because it does not recognise the warrant.", "en"),
    ("La Hongrie a refusé d'arrêter Benjamin Netanyahou.", "fr"),
])
def test_a_states_own_refusal_stays(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _pairs(spec, text, "2025-04-04", "refusal", language) == [(NETANYAHU, "HUN")]


# 6. A State's German genitive that is a first name before a surname ('Frances Fitzgerald'): a person, not the State.
@pytest.mark.parametrize("text", [
    "Frances Fitzgerald kritisierte Ungarn, das sich weigerte, Benjamin Netanjahu festzunehmen.",
    "Die Abgeordnete Frances Fitzgerald sagte, die Regierung werde Benjamin Netanjahu nicht festnehmen.",
])
def test_a_genitive_that_is_a_first_name_is_no_state(spec, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-04-04", "refusal", language="de")
    assert "FRA" not in {c[1] for c in got}, got


@pytest.mark.parametrize(("text", "state"), [
    ("Ungarns Regierung weigert sich, Benjamin Netanjahu festzunehmen.", "HUN"),
    ("Russlands Präsident Wladimir Putin reiste am Montag in die Mongolei.", "MNG"),
    ("Frances Fitzgerald sagte, Ungarn werde Benjamin Netanjahu nicht festnehmen.", "HUN"),
])
def test_a_genitive_before_a_noun_stays_the_state(spec, text: str, state: str) -> None:  # noqa: ANN001
    kinds = [c for k in ("refusal", "visit") for c in _typed(spec, text, "2025-04-04", k, language="de")]
    assert state in {c[1] for c in kinds}, kinds


# 7. (parity, found with item 3) A past arrival with no place under a caption's or an agency's dateline, its auxiliary or its
#    simple past the trigger ('est arrivé', 'llegó', 'è arrivato'): placed by the dateline, as English "arrived" and Portuguese
#    'chegou' were.
@pytest.mark.parametrize(("text", "language"), [
    ("Budapest, Hongrie, 3 avril 2025 : Benjamin Netanyahou est arrivé à l'aéroport.", "fr"),
    ("BUDAPEST (HUNGRÍA), 03/04/2025.- El primer ministro israelí, Benjamin Netanyahu, llegó al aeropuerto.", "es"),
    ("Budapest, Ungheria, 3 aprile 2025: Benjamin Netanyahu è arrivato all'aeroporto.", "it"),
    ("Budapeste, Hungria, 3 de abril de 2025: Benjamin Netanyahu chegou ao aeroporto.", "pt"),
    ("Budapest, Hungary, April 3, 2025: Benjamin Netanyahu arrived at the airport.", "en"),
])
def test_a_past_arrival_under_a_dateline_is_placed_by_it(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == [(NETANYAHU, "HUN", "2025-04-03")]


@pytest.mark.parametrize(("text", "language"), [
    ("Budapest, Hongrie, 3 avril 2025 : Benjamin Netanyahou n'est pas arrivé à l'aéroport.", "fr"),
    ("BUDAPEST (HUNGRÍA), 03/04/2025.- Benjamin Netanyahu no llegó al aeropuerto.", "es"),
    ("Budapest, Ungheria, 3 aprile 2025: Benjamin Netanyahu non è arrivato all'aeroporto.", "it"),
    # a trip home is no visit to the dateline's place
    ("BUDAPEST (HUNGRÍA), 03/04/2025.- Benjamin Netanyahu llegó de vuelta a Israel.", "es"),
])
def test_a_past_arrival_denied_or_elsewhere_is_not_placed_by_the_dateline(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [c for c in _typed(spec, text, "2025-04-03", "visit", language=language) if c[1] == "HUN"] == []


@pytest.mark.parametrize("text", [
    "Wladimir Putin kommt in der Mongolei an seine Grenzen.",
    "Wladimir Putin kommt in Ulan Bator an seine Grenzen, sagen Beobachter.",
])
def test_a_german_present_with_the_particle_not_last_is_no_arrival(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-02", "visit", language="de") == []
