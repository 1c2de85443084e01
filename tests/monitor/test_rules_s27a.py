"""Session 27 (issue 12, batches 64-65): general readings written from the mechanisms behind the dev errors of batches 64-65
(their test parts unread), tested with sentences written for the purpose (not copied from the real-news set), each with a
contrast that must not change. No State or person is special-cased: the names below are only the record's, used as examples."""

from __future__ import annotations

from tests.monitor.probe import typed

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
BASHIR = "omar-hassan-ahmad-al-bashir"
GALLANT = "yoav-gallant"
ELMASRY = "osama-elmasry-njeem"


def _typed(spec, text: str, kind: str, date: str, language: str | None = None) -> list[tuple[object, ...]]:  # noqa: ANN001
    return typed(spec, text, date, kind, read_as=language)


# --- presence told in the progressive by other verbs: participating, taking part, staying ---------------------------------

def test_participating_in_a_summit_is_a_presence(spec) -> None:  # noqa: ANN001
    text = "In Kazakhstan, Vladimir Putin is participating in a regional summit with the leaders of Central Asia."
    assert _typed(spec, text, "visit", "2024-11-27") == [(PUTIN, "KAZ", "2024-11-27")]


def test_taking_part_by_video_link_is_no_presence(spec) -> None:  # noqa: ANN001
    # contrast: a part taken from afar
    text = "Vladimir Putin is taking part in the summit in Brazil by video link from Moscow."
    assert _typed(spec, text, "visit", "2025-07-06") == []


def test_the_hotel_where_the_person_was_staying(spec) -> None:  # noqa: ANN001
    text = "Police guarded the Dushanbe hotel where Vladimir Putin was staying on Thursday."
    assert _typed(spec, text, "visit", "2025-10-10") == [(PUTIN, "TJK", "2025-10-09")]


def test_staying_away_or_in_power_is_no_stay(spec) -> None:  # noqa: ANN001
    # contrasts: "staying away", "staying in power" tell no presence
    assert _typed(spec, "Vladimir Putin was staying away from the summit in Johannesburg on Tuesday.", "visit", "2023-08-23") == []
    assert _typed(spec, "Omar al-Bashir was staying in power in Khartoum while Kenya debated the warrant.", "visit", "2010-08-30") == []


def test_a_date_in_a_relative_clause_before_the_stay_is_not_its_date(spec) -> None:  # noqa: ANN001
    text = "In Mongolia, which has been a party to the Rome Statute since 2002, Vladimir Putin is attending the anniversary celebrations."
    assert _typed(spec, text, "visit", "2024-09-03") == [(PUTIN, "MNG", "2024-09-03")]


# --- a rumour of a warrant beside a stay told ------------------------------------------------------------------------------

def test_a_rumour_about_a_warrant_leaves_the_stay_told(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin arrived in Mongolia on Monday, amid rumours that the court would ask for his arrest."
    assert _typed(spec, text, "visit", "2024-09-03") == [(PUTIN, "MNG", "2024-09-02")]


def test_a_rumour_about_the_trip_is_still_a_doubt(spec) -> None:  # noqa: ANN001
    # contrast: the rumour is the trip's
    text = "There were rumours that Vladimir Putin would travel to Mongolia on Monday."
    assert _typed(spec, text, "visit", "2024-08-30") == []
    assert _typed(spec, text, "planned_visit", "2024-08-30") == []


# --- a State hosting the visitor, in the other languages ------------------------------------------------------------------

def test_a_state_that_welcomed_the_person_in_french(spec) -> None:  # noqa: ANN001
    text = "La Mongolie a accueilli Vladimir Poutine lundi avec tous les honneurs, malgré le mandat de la Cour pénale internationale."
    assert _typed(spec, text, "visit", "2024-09-03", "fr") == [(PUTIN, "MNG", "2024-09-02")]


def test_a_state_that_received_the_president_in_spanish(spec) -> None:  # noqa: ANN001
    text = "Mongolia recibió al presidente ruso Vladimir Putin el lunes pese a la orden de arresto de la Corte Penal Internacional."
    assert _typed(spec, text, "visit", "2024-09-03", "es") == [(PUTIN, "MNG", "2024-09-02")]


def test_a_state_that_welcomes_a_warrant_hosts_no_one(spec) -> None:  # noqa: ANN001
    # contrast (English, unchanged): the object of the welcome is the warrant, not the person
    assert _typed(spec, "Ukraine welcomed the arrest warrant for Vladimir Putin on Friday.", "visit", "2023-03-18") == []


# --- a meeting called off, the trip standing -------------------------------------------------------------------------------

def test_a_meeting_with_someone_cancelled_leaves_the_trip(spec) -> None:  # noqa: ANN001
    text = ("Les États-Unis ont accueilli Yoav Gallant sur leur sol mardi. Il devait avoir plusieurs réunions à Washington, dont une "
            "avec un centre de recherche qui a été annulée.")
    assert _typed(spec, text, "visit", "2024-12-11", "fr") == [(GALLANT, "USA", "2024-12-10")]


def test_a_trip_cancelled_is_still_cancelled(spec) -> None:  # noqa: ANN001
    # contrast: the trip itself is what is called off
    text = "Yoav Gallant a annulé son voyage à Washington prévu mardi."
    assert _typed(spec, text, "planned_visit", "2024-12-09", "fr") == []
    assert _typed(spec, text, "visit", "2024-12-09", "fr") == []


# --- refusals: a need-not told in the other languages; a ranking by the writer is none -----------------------------------------

def test_a_government_not_obliged_to_comply_in_portuguese(spec) -> None:  # noqa: ANN001
    text = ("Benjamin Netanyahu deve viajar para a Hungria na próxima semana. O governo húngaro diz não ser obrigado a cumprir a "
            "decisão do Tribunal Penal Internacional.")
    assert _typed(spec, text, "refusal", "2025-03-30", "pt") == [(NETANYAHU, "HUN", None)]


def test_an_obligation_stated_in_portuguese_is_no_refusal(spec) -> None:  # noqa: ANN001
    # contrast: the obligation affirmed
    text = ("Benjamin Netanyahu deve viajar para a Hungria na próxima semana. O governo húngaro é obrigado a cumprir a decisão do "
            "Tribunal Penal Internacional, lembrou a ONG.")
    assert _typed(spec, text, "refusal", "2025-03-30", "pt") == []


def test_a_government_not_obliged_to_arrest_in_spanish(spec) -> None:  # noqa: ANN001
    text = "El gobierno de Mongolia dijo que no está obligado a detener a Vladimir Putin durante su visita."
    assert _typed(spec, text, "refusal", "2024-09-02", "es") == [(PUTIN, "MNG", None)]


def test_a_state_ranked_by_the_writer_as_refusing_is_no_refusal(spec) -> None:  # noqa: ANN001
    text = "Mongolia has become the first ICC member country to refuse to execute the arrest warrant for Vladimir Putin."
    assert _typed(spec, text, "refusal", "2024-09-03") == []


def test_a_government_saying_it_refuses_is_a_refusal(spec) -> None:  # noqa: ANN001
    # contrast: the government's own word
    text = "Mongolia's government said it would refuse to execute the arrest warrant for Vladimir Putin."
    assert _typed(spec, text, "refusal", "2024-09-03") == [(PUTIN, "MNG", None)]


# --- the suspect named by role, in another language ------------------------------------------------------------------------

def test_the_suspect_by_role_in_italian_is_the_person_named_before(spec) -> None:  # noqa: ANN001
    text = ("La Corte ha diffuso una nota sul caso di Almasri. Il sospettato è stato localizzato a Torino, in Italia, nelle prime "
            "ore di domenica 19 gennaio 2025 ed è stato arrestato dalle autorità italiane.")
    assert _typed(spec, text, "arrest", "2025-01-23", "it") == [(ELMASRY, "ITA", "2025-01-19")]


def test_the_suspect_with_no_person_named_is_no_one(spec) -> None:  # noqa: ANN001
    # contrast: no person named before the role
    text = "Il sospettato è stato localizzato a Torino, in Italia, domenica ed è stato arrestato dalle autorità italiane."
    assert _typed(spec, text, "arrest", "2025-01-23", "it") == []


# --- a calendar date in the document's language is the better date ---------------------------------------------------------

def test_a_calendar_date_in_portuguese_dates_the_trip_to_come(spec) -> None:  # noqa: ANN001
    text = ("O primeiro-ministro Benjamin Netanyahu deve viajar para a Hungria nesta semana. \"Na quarta-feira, 2 de abril de 2025, "
            "o primeiro-ministro Benjamin Netanyahu visitará a Hungria\", disse o gabinete.")
    assert _typed(spec, text, "planned_visit", "2025-03-30", "pt") == [(NETANYAHU, "HUN", "2025-04-02")]


# --- a State in another person's title is no place of the trip ----------------------------------------------------------------

def test_a_state_in_a_title_is_not_the_trip_place(spec) -> None:  # noqa: ANN001
    text = ("Omar al-Bashir was invited by Egyptian officials and by U.S. President Barack Obama's envoy to attend the talks. "
            "Omar al-Bashir is expected to join the talks on Monday.")
    assert (BASHIR, "USA") not in [(p, s) for p, s, _ in _typed(spec, text, "planned_visit", "2011-05-06")]
