"""Session 27 (issue 12, task mplanned): visits and planned visits read by general mechanisms found on the dev half's errors.
Sentences written for the purpose (not copied from the real-news set), each family with contrasts that must not fire
(declined, cancelled, by video link, supposed, another's trip). No State or person is special-cased: the persons below are
only the record's, used as examples; the words are data or patterns of the lexicon (lexicon.TRAVEL_FUTURE,
rules_travel.ATTENDING_NOW, extract.SKIPPED_PART, extract._ongoing_gathering, mentions.CITY_THEN_STATE)."""

from __future__ import annotations

import pytest

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

BASHIR = "omar-hassan-ahmad-al-bashir"
PUTIN = "vladimir-vladimirovich-putin"
FRIDAY = "2016-07-15"  # a Friday
LATER_FRIDAY = "2025-05-09"  # a Friday after the warrant of the second person (a trip before any warrant is no candidate)


def _trips(spec, text: str, date: str = FRIDAY) -> set[tuple[str, str | None, str | None, str | None]]:  # noqa: ANN001
    doc = make_document(text, date=date)
    return {(c.type, c.person, c.state, c.date) for c in extract_candidates(doc, spec, mode="rules")
            if c.type in ("visit", "planned_visit")}


# --- a departure told as the trip: its place after "the", or a flight out -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Omar al-Bashir left today for the Nigerian capital Abuja to take part in a regional summit.",
    "Omar al-Bashir set off today for the Nigerian capital Abuja, his office said.",
    "Omar al-Bashir flew out to Abuja today for a regional summit.",
])
def test_a_departure_is_a_trip_to_come_not_a_stay(spec, text: str) -> None:  # noqa: ANN001
    assert _trips(spec, text) == {("planned_visit", BASHIR, "NGA", FRIDAY)}


@pytest.mark.parametrize("text", [
    "Omar al-Bashir declined to fly out to Abuja today.",  # declined
    "Omar al-Bashir is in Khartoum. If he left for the Nigerian capital Abuja, he would be arrested.",  # supposed
    "The trip was cancelled: Omar al-Bashir will not fly out to Abuja today.",  # cancelled
])
def test_a_departure_not_made_gives_no_trip(spec, text: str) -> None:  # noqa: ANN001
    assert not {t for t in _trips(spec, text) if t[2] == "NGA"}


def test_a_departure_from_a_place_still_places_the_stay_there(spec) -> None:  # noqa: ANN001
    # (the place left stays a visit, as before: "left Abuja for home")
    assert ("visit", BASHIR, "NGA", "2016-07-10") in _trips(spec, "Omar al-Bashir left Abuja for home on Sunday.")


# --- "will land": a trip to come ---------------------------------------------------------------------------------------------

def test_a_landing_to_come_is_a_trip_to_come(spec) -> None:  # noqa: ANN001
    assert _trips(spec, "Vladimir Putin is in Moscow. The Russian president will land in Alaska on Friday.", "2025-05-07") == \
        {("planned_visit", PUTIN, "USA", LATER_FRIDAY)}


@pytest.mark.parametrize("text", [
    "Vladimir Putin will land a blow on his critics in Alaska on Friday.",  # another sense of the verb
    "Vladimir Putin will not land in Alaska on Friday, the Kremlin said.",  # denied
    "Vladimir Putin will take part by video link; his ministers will land in Alaska on Friday.",  # others, remotely
])
def test_a_landing_not_his_or_not_made_gives_no_trip(spec, text: str) -> None:  # noqa: ANN001
    assert not _trips(spec, text, "2025-05-07")


# --- a place the gazetteer lacks, then its State -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind", "state"), [
    ("Vladimir Putin will land in Anchorage, Alaska, on Friday.", "planned_visit", "USA"),
    ("Vladimir Putin arrived in Causeway Bay, Hong Kong, on Friday.", "visit", "CHN"),
])
def test_an_unknown_city_before_its_state_places_the_trip(spec, text: str, kind: str, state: str) -> None:  # noqa: ANN001
    assert _trips(spec, text, LATER_FRIDAY) == {(kind, PUTIN, state, LATER_FRIDAY)}


@pytest.mark.parametrize("text", [
    "Vladimir Putin arrived from Novosibirsk, Mongolia's neighbour, on Friday.",  # from: where he came from
    "Vladimir Putin said in Sochi, Russia, that he would travel.",  # his own State
])
def test_a_city_before_a_state_that_is_no_destination_gives_none(spec, text: str) -> None:  # noqa: ANN001
    assert not {t for t in _trips(spec, text, LATER_FRIDAY) if t[2] in ("MNG", "RUS")}


def test_a_state_named_before_the_comma_is_a_list_not_a_city(spec) -> None:  # noqa: ANN001
    # "to Visit Chad, Libya" (a headline, Chad read as a person's name there): Libya is no city's State, so a later visit to
    # the traveller's own capital does not take it as the headline's one place
    text = ("Omar al-Bashir to Visit Chad, Libya Despite Warrant\n\nOmar al-Bashir will travel to Chad and Libya this weekend.\n\n"
            "The president of Chad invited Bashir to the summit during his visit to Khartoum last week.")
    assert ("visit", BASHIR, "LBY") not in {t[:3] for t in _trips(spec, text, "2013-02-12")}


# --- taking part told in the present progressive -------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["is currently participating in", "is participating in", "was participating in"])
def test_taking_part_now_is_a_stay_of_the_day(spec, verb: str) -> None:  # noqa: ANN001
    assert _trips(spec, f"Omar al-Bashir {verb} the summit in Addis Ababa, officials said.") == {("visit", BASHIR, "ETH", FRIDAY)}


def test_taking_part_next_week_is_a_trip_to_come(spec) -> None:  # noqa: ANN001
    assert {t[0] for t in _trips(spec, "Omar al-Bashir is participating in the summit in Addis Ababa next week.")} == {"planned_visit"}


@pytest.mark.parametrize("text", [
    "Omar al-Bashir is participating in the summit by video link from Khartoum with leaders meeting in Addis Ababa.",
    "Omar al-Bashir is not participating in the summit in Addis Ababa, his office said.",
])
def test_taking_part_remotely_or_not_gives_no_stay(spec, text: str) -> None:  # noqa: ANN001
    assert not {t for t in _trips(spec, text) if t[2] == "ETH"}


# --- a part of a stay skipped: the stay stands --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Omar al-Bashir attended the ceremony in Nairobi but skipped the luncheon at State House.",
    "Omar al-Bashir arrived in Nairobi on Friday and then skipped the dinner.",
])
def test_a_stay_told_then_a_part_skipped_is_a_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _trips(spec, text) == {("visit", BASHIR, "KEN", FRIDAY)}


@pytest.mark.parametrize("text", [
    "Omar al-Bashir skipped the ceremony in Nairobi.",
    "Omar al-Bashir was due to visit Nairobi but skipped the trip.",
    "Omar al-Bashir skipped the summit in Nairobi and stayed in Khartoum.",
])
def test_a_gathering_or_trip_skipped_gives_no_visit(spec, text: str) -> None:  # noqa: ANN001
    assert not {t for t in _trips(spec, text) if t[2] == "KEN"}


# --- "he was not arrested": no arrest told, so the trip in the sentence is read --------------------------------------------

def test_a_stay_without_arrest_is_read(spec) -> None:  # noqa: ANN001
    text = "During Vladimir Putin's visit to Mongolia on 2 May, he was not arrested."
    assert _trips(spec, text, LATER_FRIDAY) == {("visit", PUTIN, "MNG", "2025-05-02")}


@pytest.mark.parametrize("text", [
    "Vladimir Putin was not arrested.",
    "Vladimir Putin will not be arrested if he visits Mongolia.",  # supposed
    "Vladimir Putin would not be arrested should he travel to Mongolia.",
])
def test_no_arrest_and_no_trip_gives_no_trip(spec, text: str) -> None:  # noqa: ANN001
    assert not _trips(spec, text, LATER_FRIDAY)


# --- a trip to come to a gathering told elsewhere as under way: the document's day ----------------------------------------------

ONGOING = ("Officials spoke on the sidelines of the ongoing 27th African Union (AU) summit in Kigali. "
           "The Sudanese leader Omar al-Bashir is expected to join other heads of state at the African Union summit in Kigali.")


def test_a_trip_to_a_gathering_under_way_takes_the_documents_day(spec) -> None:  # noqa: ANN001
    assert ("planned_visit", BASHIR, "RWA", FRIDAY) in _trips(spec, ONGOING)


@pytest.mark.parametrize("text", [
    ONGOING.replace("ongoing ", ""),  # no gathering under way: no day
    ONGOING.replace("ongoing 27th African Union (AU) summit", "ongoing G20 summit"),  # another gathering under way
])
def test_no_gathering_under_way_gives_no_day(spec, text: str) -> None:  # noqa: ANN001
    assert ("planned_visit", BASHIR, "RWA", None) in _trips(spec, text)


def test_a_page_dated_to_its_month_gives_no_day_from_an_ongoing_gathering(spec) -> None:  # noqa: ANN001
    # its month, the gathering being under way then (extract._ongoing_gathering, one rule for both branches of session 27)
    assert ("planned_visit", BASHIR, "RWA", "2016-07") in _trips(spec, ONGOING, "2016-07")


def test_a_declined_trip_to_an_ongoing_gathering_gives_nothing(spec) -> None:  # noqa: ANN001
    text = ONGOING.replace("is expected to join", "has declined to join")
    assert not {t for t in _trips(spec, text) if t[2] == "RWA"}
