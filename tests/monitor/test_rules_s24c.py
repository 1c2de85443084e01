"""Session 24 (issue 12): a trip's type (visit or planned visit) and its date, read by general rules written from the
mechanisms behind the dev half's wrong trips (the rules as they are and three earlier versions, out of fold; the test half
unread), tested with sentences written for the purpose (not copied from the real-news set), each with a contrast. No State or
person is special-cased: the names below are only the record's, used as examples."""

from __future__ import annotations

import pytest

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

BASHIR = "omar-hassan-ahmad-al-bashir"
PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
DAY = "2025-05-07"  # a Wednesday


def _trips(spec, text: str, date: str = DAY) -> list[tuple[object, ...]]:  # noqa: ANN001
    """(type, person, State, date) of the rules' visits and planned visits in ``text``, sorted."""
    doc = make_document(text, date=date)
    return sorted(((c.type, c.person, c.state, c.date) for c in extract_candidates(doc, spec, mode="rules")
                   if c.type in ("visit", "planned_visit")), key=str)


# --- a trip to come is not dated by the day it was told ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Kremlin said on Monday that Vladimir Putin will visit Kyrgyzstan.",
    "Vladimir Putin will travel to Kyrgyzstan, state media reported on Monday.",
    "Vladimir Putin will travel to Kyrgyzstan in the coming weeks, a government website reported on Monday.",
])
def test_the_telling_day_is_not_the_trips(spec, text: str) -> None:  # noqa: ANN001
    # no day of its own: the month of the telling, the news of the document's month (never Monday, the telling's day)
    assert _trips(spec, text) == [("planned_visit", PUTIN, "KGZ", "2025-05")]


def test_the_trips_own_day_is_kept_beside_the_telling(spec) -> None:  # noqa: ANN001
    # contrast: a day the trip is told for is the trip's, whatever the telling's
    assert _trips(spec, "Vladimir Putin will travel to Kyrgyzstan on Friday, state media reported on Monday.") == \
        [("planned_visit", PUTIN, "KGZ", "2025-05-09")]
    assert _trips(spec, "Vladimir Putin will visit Kyrgyzstan tomorrow, the Kremlin said on Monday.") == \
        [("planned_visit", PUTIN, "KGZ", "2025-05-08")]


def test_an_older_telling_gives_no_date(spec) -> None:  # noqa: ANN001
    # told in an earlier month than the page's: no time known for the trip (neither the telling's day nor its month)
    text = "Kremlin spokesman Dmitry Peskov announced at the end of April that Putin would visit Kyrgyzstan, but did not specify the date."
    assert _trips(spec, text, "2025-05-20") == [("planned_visit", PUTIN, "KGZ", None)]


def test_the_telling_day_still_dates_a_trip_made(spec) -> None:  # noqa: ANN001
    # contrast: a trip told as made takes the day told, even a telling's (it was made by then)
    assert _trips(spec, "Vladimir Putin arrived in Kyrgyzstan, the Kremlin said on Monday.") == [("visit", PUTIN, "KGZ", "2025-05-05")]


def test_the_telling_day_in_another_sentence_leaves_the_trips_day(spec) -> None:  # noqa: ANN001
    text = ("Omar al-Bashir will attend the ceremony in Kenya, state media reported on Monday. "
            "The Sudanese president will fly to Nairobi on Friday at the invitation of his Kenyan counterpart.")
    assert ("planned_visit", BASHIR, "KEN", "2025-05-09") in _trips(spec, text)
    assert ("planned_visit", BASHIR, "KEN", "2025-05-05") not in _trips(spec, text)


# --- a stay or an arrival is not dated by a clause still to come, or by its gathering's own time ----------------------------

@pytest.mark.parametrize("text", [
    "Omar al-Bashir is in Chad for a summit and will return home on Sunday.",
    "Omar al-Bashir is currently in Chad and is expected to leave on Friday.",
    "Omar al-Bashir arrived in Chad, where he will meet the president on Friday.",
])
def test_a_stay_is_not_dated_by_what_is_to_come(spec, text: str) -> None:  # noqa: ANN001
    # the stay is the document's day's news, a visit (not a planned visit dated by the return or the meeting)
    assert _trips(spec, text) == [("visit", BASHIR, "TCD", DAY)]


def test_a_stays_own_day_is_kept(spec) -> None:  # noqa: ANN001
    # contrast: the arrival's own day, before the clause to come
    assert _trips(spec, "Omar al-Bashir arrived in Chad on Monday and will return home on Sunday.") == [("visit", BASHIR, "TCD", "2025-05-05")]


@pytest.mark.parametrize("text", [
    "Omar al-Bashir arrived in Amman for the Arab summit, which opens on Thursday.",
    "Omar al-Bashir arrived in Amman for the Arab summit that begins on Friday.",
])
def test_an_arrival_is_not_dated_by_its_gatherings_opening(spec, text: str) -> None:  # noqa: ANN001
    assert _trips(spec, text) == [("visit", BASHIR, "JOR", DAY)]


def test_an_arrival_dated_before_its_gathering(spec) -> None:  # noqa: ANN001
    # contrast: the arrival's own day is kept, the gathering's later one is not taken
    text = "Omar al-Bashir arrived in Amman on Monday for the Arab summit, which opens on Thursday."
    assert _trips(spec, text) == [("visit", BASHIR, "JOR", "2025-05-05")]


def test_a_planned_trip_keeps_its_gatherings_time(spec) -> None:  # noqa: ANN001
    # contrast: for a trip to come, the gathering's days are the trip's best time
    text = "Omar al-Bashir will attend the Arab summit in Amman, which opens on Friday."
    assert _trips(spec, text) == [("planned_visit", BASHIR, "JOR", "2025-05-09")]


# --- a stay told in the present, with what is to come after it, is a visit -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin remains in Hungary, where he will meet the prime minister on Friday.",
    "Vladimir Putin is staying in Budapest until Friday.",
])
def test_a_stay_under_way_is_a_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _trips(spec, text) == [("visit", PUTIN, "HUN", DAY)]


def test_a_stay_in_power_is_no_visit(spec) -> None:  # noqa: ANN001
    # contrast: "remains in" before no place
    assert _trips(spec, "Vladimir Putin remains in power and will meet the prime minister of Hungary on Friday.") == []


# --- a trip named by its noun: its time is the main clause's or its wait's --------------------------------------------------

@pytest.mark.parametrize("text", [
    "During Putin's visit to Vietnam, it is planned to discuss the development of the partnership.",
    "During Putin's visit to Vietnam, the two leaders will sign a treaty.",
    "Vladimir Putin's visit to Vietnam will include talks with the president.",
    "Officials prepare for Putin's visit to Vietnam",
    "Security was tightened in Hanoi ahead of Putin's visit to Vietnam.",
])
def test_a_trip_noun_set_ahead_is_planned(spec, text: str) -> None:  # noqa: ANN001
    assert [(t, p, s) for t, p, s, _ in _trips(spec, text)] == [("planned_visit", PUTIN, "VNM")]


@pytest.mark.parametrize("text", [
    "During Putin's visit to Vietnam, the two sides signed fifteen agreements.",
    "Vladimir Putin's visit to Vietnam included talks with the president.",
    "Security was tightened in Hanoi during Putin's visit to Vietnam.",
    # the future told in a clause of its own is not the trip's
    "During Putin's visit to Vietnam, the two sides signed agreements that will double trade.",
    "Vladimir Putin's visit to Vietnam, which will include talks, began on Wednesday.",
])
def test_a_trip_noun_told_as_made_stays_a_visit(spec, text: str) -> None:  # noqa: ANN001
    assert [(t, p, s) for t, p, s, _ in _trips(spec, text)] == [("visit", PUTIN, "VNM")]


# --- a departure from a named place for another ------------------------------------------------------------------------------

def test_a_departure_for_a_place_is_the_trip_to_come(spec) -> None:  # noqa: ANN001
    # the traveller's own State left: only the trip to come
    assert _trips(spec, "Benjamin Netanyahu departed Tel Aviv for Washington on Monday.") == [("planned_visit", NETANYAHU, "USA", "2025-05-05")]


def test_a_departure_from_a_visited_state_ends_a_visit(spec) -> None:  # noqa: ANN001
    # another State left: the stay it ends, and the trip to come
    assert _trips(spec, "Omar al-Bashir left Kenya for Uganda on Friday.") == \
        [("planned_visit", BASHIR, "UGA", "2025-05-02"), ("visit", BASHIR, "KEN", "2025-05-02")]


def test_a_departure_alone_ends_a_visit(spec) -> None:  # noqa: ANN001
    # contrast: no place the trip is for
    assert _trips(spec, "Omar al-Bashir left Kenya on Friday, cutting short his visit.") == [("visit", BASHIR, "KEN", "2025-05-02")]


# --- a person carried in custody is transported, not visiting ---------------------------------------------------------------

DUTERTE = "rodrigo-roa-duterte"
HELD = "Rodrigo Duterte was arrested in Manila on Tuesday on a warrant of the International Criminal Court.\n\n"


@pytest.mark.parametrize("text", [
    "The chartered plane carrying Rodrigo Duterte landed in Dubai on Wednesday for a stopover.",
    "He left Manila for The Hague on Wednesday night.",
])
def test_custody_transport_is_no_trip(spec, text: str) -> None:  # noqa: ANN001
    assert _trips(spec, HELD + text, "2025-05-08") == []


def test_a_plane_carrying_a_free_traveller_is_a_visit(spec) -> None:  # noqa: ANN001
    # contrast: no custody of the person told: the plane carrying a head of State lands on a visit
    assert _trips(spec, "The plane carrying Vladimir Putin landed in Ulaanbaatar on Monday.") == [("visit", PUTIN, "MNG", "2025-05-05")]


# --- a trip's noun after a departure to come names that trip ----------------------------------------------------------------

def test_a_trip_noun_after_a_departure_is_the_trip_to_come(spec) -> None:  # noqa: ANN001
    text = ("Benjamin Netanyahu departed for Washington on Tuesday for talks at the White House.\n\n"
            "This marks Netanyahu's fifth visit to the United States this year.")
    assert _trips(spec, text, "2025-05-06") == [("planned_visit", NETANYAHU, "USA", "2025-05-06")]


def test_a_trip_made_beside_a_departure_to_come_is_kept(spec) -> None:  # noqa: ANN001
    # contrast: a stay told by a verb of its own, with the departure for the next leg
    text = ("Benjamin Netanyahu departed for Washington on Tuesday for talks at the White House.\n\n"
            "Netanyahu visited the United States in February.")
    assert ("planned_visit", NETANYAHU, "USA", "2025-05-06") in _trips(spec, text, "2025-05-06")


# --- the same mechanisms in French and Spanish (data/lookups/monitor_words.yaml) ---------------------------------------------

def _trips_in(spec, text: str, language: str, date: str = DAY) -> list[tuple[object, ...]]:  # noqa: ANN001
    doc = make_document(text, date=date, language=language)
    return sorted(((c.type, c.person, c.state, c.date) for c in extract_candidates(doc, spec, mode="rules", learned=False)
                   if c.type in ("visit", "planned_visit")), key=str)


@pytest.mark.parametrize(("language", "text", "want"), [
    ("fr", "Le Kremlin a annoncé lundi que Vladimir Poutine se rendra au Kirghizistan.", "2025-05"),
    ("fr", "Vladimir Poutine se rendra au Kirghizistan vendredi, a annoncé lundi le Kremlin.", "2025-05-09"),
    ("es", "Vladímir Putin viajará a Kirguistán, informó el lunes el Kremlin.", "2025-05"),
    ("es", "Vladímir Putin viajará a Kirguistán el viernes, anunció el lunes el Kremlin.", "2025-05-09"),
])
def test_the_telling_day_in_french_and_spanish(spec, language: str, text: str, want: str) -> None:  # noqa: ANN001
    assert _trips_in(spec, text, language) == [("planned_visit", PUTIN, "KGZ", want)]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Vladimir Poutine est actuellement en Hongrie et rentrera à Moscou dimanche."),
    ("es", "Vladímir Putin se encuentra en Hungría y regresará a Moscú el domingo."),
])
def test_a_stay_with_a_return_to_come_in_french_and_spanish(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _trips_in(spec, text, language) == [("visit", PUTIN, "HUN", DAY)]
