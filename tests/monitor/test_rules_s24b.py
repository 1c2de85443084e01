"""Session 24 (issue 12, batches 54-55): general readings written from the mechanisms behind the dev errors of batches 54-55
(their test parts unread), tested with sentences written for the purpose (not copied from the real-news set), each with a
contrast that must not change. No State or person is special-cased: the names below are only the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

BASHIR = "omar-hassan-ahmad-al-bashir"
PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
LVOVA_BELOVA = "maria-alekseyevna-lvova-belova"
DAY = "2025-05-07"  # a Wednesday


def _typed(spec, text: str, kind: str, date: str = DAY) -> list[tuple[object, ...]]:  # noqa: ANN001
    return typed(spec, text, date, kind)


# --- a pronoun after a relative of its sex named by kinship stands for the relative -----------------------------------------

def test_she_after_his_wife_is_the_wife(spec) -> None:  # noqa: ANN001
    text = "Benjamin Netanyahu thanked his wife, Sara, for her support. She flew to Hungary on Monday."
    assert _typed(spec, text, "visit") == []


@pytest.mark.parametrize("text", [
    "Benjamin Netanyahu thanked his aides for their support. He flew to Hungary on Monday.",
    # the pronoun of the person's own sex still stands for the person
    "Benjamin Netanyahu thanked his wife, Sara, for her support. He flew to Hungary on Monday.",
])
def test_the_persons_own_pronoun_still_stands_for_the_person(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "visit") == [(NETANYAHU, "HUN", "2025-05-05")]


def test_he_after_her_husband_is_the_husband(spec) -> None:  # noqa: ANN001
    day = "2024-12-20"
    assert _typed(spec, "Maria Lvova-Belova spoke with her husband in Moscow. He traveled to Mongolia on November 27.", "visit", day) == []
    assert _typed(spec, "Maria Lvova-Belova spoke with her husband in Moscow. She traveled to Mongolia on November 27.", "visit", day) == [
        (LVOVA_BELOVA, "MNG", "2024-11-27")]


# --- a cause denied is no trip denied ---------------------------------------------------------------------------------------

def test_a_denied_reason_leaves_the_trip_told(spec) -> None:  # noqa: ANN001
    text = "Omar al-Bashir arrived in Abuja on Sunday. Officials denied that fear of arrest was the reason he left early."
    assert _typed(spec, text, "visit") == [(BASHIR, "NGA", "2025-05-04")]


def test_a_denied_stay_is_still_denied(spec) -> None:  # noqa: ANN001
    # contrast: the stay itself denied
    assert _typed(spec, "Omar al-Bashir arrived in Abuja on Sunday. Officials denied that he had been there.", "visit") == []


# --- a conference's immunity for every guest is no refusal ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mongolia granted diplomatic immunity to all the leaders attending the summit, including Vladimir Putin.",
    "The Mongolian government granted immunity to the delegates attending the summit, among them Vladimir Putin.",
])
def test_immunity_for_every_guest_is_no_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "refusal") == []


def test_immunity_granted_to_the_person_is_a_refusal(spec) -> None:  # noqa: ANN001
    # contrast: the immunity granted to the person himself
    assert _typed(spec, "Mongolia granted Vladimir Putin immunity for his visit.", "refusal") == [(PUTIN, "MNG", None)]


# --- the place of the crimes is no destination, in the languages the monitor reads ------------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    ("Buscado por crímenes de guerra en Ucrania, Vladimir Putin llegó el lunes a Mongolia.", "MNG"),
    ("Acusado de crimes de guerra na Ucrânia, Vladimir Putin chegou nesta segunda-feira ao Quirguistão.", "KGZ"),
    ("Ricercato per crimini di guerra in Ucraina, Vladimir Putin è arrivato lunedì in Mongolia.", "MNG"),
    ("Recherché pour crimes de guerre en Ukraine, Vladimir Poutine est arrivé lundi en Mongolie.", "MNG"),
])
def test_the_crimes_place_is_no_destination(spec, text: str, state: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "visit") == [(PUTIN, state, "2025-05-05")]


def test_a_concessive_warrant_clause_names_no_destination(spec) -> None:  # noqa: ANN001
    text = ("A pesar de la orden de arresto de la Corte Penal Internacional por crímenes de guerra en Ucrania, el presidente "
            "ruso Vladimir Putin inicia una visita oficial a Mongolia.")
    assert _typed(spec, text, "visit") == [(PUTIN, "MNG", DAY)]


# --- a host named as the agent of the welcome -------------------------------------------------------------------------------

def test_received_by_a_state_is_a_visit_there(spec) -> None:  # noqa: ANN001
    assert _typed(spec, "Vladimir Putin was received by Mongolia on Tuesday with full honours.", "visit") == [(PUTIN, "MNG", "2025-05-06")]


def test_receiving_a_guest_at_home_is_no_visit(spec) -> None:  # noqa: ANN001
    # contrast: the person is the host, at home
    assert _typed(spec, "Vladimir Putin received the Mongolian president in Moscow on Tuesday.", "visit") == []


# --- German: the subject inside the verb's frame, the separable verb ---------------------------------------------------------

@pytest.mark.parametrize(("text", "state", "day"), [
    ("Trotz des Haftbefehls ist der israelische Regierungschef Benjamin Netanjahu am Mittwoch nach Ungarn gereist.", "HUN", DAY),
    ("Am Montag traf Putin in der Mongolei ein.", "MNG", "2025-05-05"),
])
def test_german_subject_inside_the_verbs_frame(spec, text: str, state: str, day: str) -> None:  # noqa: ANN001
    person = NETANYAHU if "Netanjahu" in text else PUTIN
    assert _typed(spec, text, "visit") == [(person, state, day)]


def test_german_traf_with_an_object_is_no_arrival(spec) -> None:  # noqa: ANN001
    # contrast: 'traf eine Entscheidung' (made a decision) has no particle 'ein' at the clause's end
    assert _typed(spec, "Der Präsident traf am Montag in Budapest eine Entscheidung über Putin.", "visit") == []


# --- Italian: a refusal in the passive, presence at a ceremony ---------------------------------------------------------------

def test_italian_passive_refusal(spec) -> None:  # noqa: ANN001
    assert _typed(spec, "Il governo mongolo ha detto che Vladimir Putin non sarà arrestato.", "refusal") == [(PUTIN, "MNG", None)]


def test_italian_arrest_told_as_future_is_neither_refusal_nor_arrest(spec) -> None:  # noqa: ANN001
    # contrast: a pledge to arrest, supposed
    text = "Il governo mongolo ha detto che Vladimir Putin sarà arrestato se entrerà nel paese."
    assert _typed(spec, text, "refusal") == [] and _typed(spec, text, "arrest") == []


def test_italian_presence_at_a_ceremony(spec) -> None:  # noqa: ANN001
    assert _typed(spec, "Il presidente sudanese Omar al-Bashir ha presenziato alla cerimonia a Nairobi.", "visit") == [(BASHIR, "KEN", DAY)]
    # contrast: the presence denied
    assert _typed(spec, "Il presidente sudanese Omar al-Bashir non ha presenziato alla cerimonia a Nairobi.", "visit") == []


# --- a refusal is the State whose authorities speak --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    ("Putin skipped the summit in Brazil, while the Mongolian authorities assured Moscow he would not be arrested.", "MNG"),
    ("A medida fez com que Putin faltasse a uma cúpula no Brasil, mesmo quando as autoridades armênias asseguravam que "
     "o líder russo não seria preso se entrasse no país.", "ARM"),
    # contrast: the State whose government speaks is also the one named first
    ("South Africa's government said Putin would not be arrested at the summit in Johannesburg.", "ZAF"),
])
def test_refusal_is_the_speaking_authorities_state(spec, text: str, state: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "refusal") == [(PUTIN, state, None)]
