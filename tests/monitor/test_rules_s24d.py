"""Session 24 (issue 12): trips told across sentences, read by general rules (a trip to come dated by its gathering's date told
in another sentence; a leg told "on the same day" as a trip of the other type; the German, Italian and Portuguese words of the
type-and-date rules of test_rules_s24c). Sentences written for the purpose (not copied from the real-news set), each with a
contrast that must not fire. No State or person is special-cased: the names below are only the record's, used as examples."""

from __future__ import annotations

import pytest

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

PUTIN = "vladimir-vladimirovich-putin"


def _trips(spec, text: str, date: str, language: str | None = None) -> list[tuple[object, ...]]:  # noqa: ANN001
    """(type, person, State, date) of the rules' visits and planned visits in ``text``, sorted."""
    doc = make_document(text, date=date, language=language)
    return sorted(((c.type, c.person, c.state, c.date) for c in extract_candidates(doc, spec, mode="rules")
                   if c.type in ("visit", "planned_visit")), key=str)


# --- a trip to come dated by its gathering's date, told in another sentence --------------------------------------------------

@pytest.mark.parametrize("text, want", [
    # the finest date told of the same gathering: "next week", then "on September 3"
    ("Vladimir Putin will attend a military parade in Beijing, the ministry said.\n\n"
     "Twenty leaders will attend the parade next week, officials added.\n\n"
     "During the \"Victory Day\" parade on September 3, the guests will stand beside the host.", "2025-09-03"),
    # the gathering's date in the lead, its State only in a later sentence
    ("Officials say Vladimir Putin will attend the BRICS summit in October in person.\n\n"
     "Officials said that Putin would attend the BRICS summit in China in person.", "2025-10"),
    # the date before the noun
    ("Vladimir Putin will attend the summit in China, officials said.\n\nThe September 9 summit will gather twenty leaders.", "2025-09-09"),
])
def test_a_trip_to_come_takes_its_gatherings_date_from_another_sentence(spec, text: str, want: str) -> None:  # noqa: ANN001
    assert _trips(spec, text, "2025-08-28") == [("planned_visit", PUTIN, "CHN", want)]


@pytest.mark.parametrize("text", [
    # another gathering, named apart
    "Vladimir Putin will attend the BRICS summit in China in person.\n\nThe G20 summit on September 9 will be held in India.",
    # the same gathering's earlier session, already held at the document's date
    "Vladimir Putin will attend the BRICS summit in China in person.\n\nThe BRICS summit in March was held online.",
    # the day the plan was told, not the gathering's
    "Vladimir Putin will attend the summit in China in person.\n\nThe summit, the ministry announced on Monday, will be large.",
    # no gathering named by the trip
    "Vladimir Putin will travel to China.\n\nThe parade on September 3 will be large.",
])
def test_no_date_from_another_gathering_a_past_one_or_a_telling(spec, text: str) -> None:  # noqa: ANN001
    assert _trips(spec, text, "2025-08-28") == [("planned_visit", PUTIN, "CHN", None)]


# --- a leg told "on the same day" as a trip of the other type -----------------------------------------------------------------

def test_a_leg_on_the_same_day_as_a_stay_told_today(spec) -> None:  # noqa: ANN001
    text = ("Vladimir Putin has arrived in Abu Dhabi, where he will hold talks with the president.\n\n"
            "After his talks in Abu Dhabi, Putin will continue on to Riyadh, Saudi Arabia, on the same day.")
    assert _trips(spec, text, "2023-12-06") == [("planned_visit", PUTIN, "SAU", "2023-12-06"), ("visit", PUTIN, "ARE", "2023-12-06")]


def test_a_leg_without_the_same_day_keeps_no_day(spec) -> None:  # noqa: ANN001
    # contrast: a next leg not told of the same day has no day of its own (the stay's day is not given to it)
    text = ("Vladimir Putin has arrived in Abu Dhabi, where he will hold talks with the president.\n\n"
            "After his talks in Abu Dhabi, Putin will continue on to Riyadh, Saudi Arabia.")
    got = _trips(spec, text, "2023-12-06")
    assert ("visit", PUTIN, "ARE", "2023-12-06") in got
    assert [t for t in got if t[2] == "SAU"] and all(t[3] != "2023-12-06" for t in got if t[2] == "SAU")


# --- the type-and-date words in German, Italian and Portuguese -----------------------------------------------------------------

@pytest.mark.parametrize("language, text, want", [
    # REPORTED_DAY: the day the plan was told is not the trip's (the telling's month, the document's)
    ("de", "Der Kreml teilte am Montag mit, Wladimir Putin wird nach Ungarn reisen.", ("planned_visit", PUTIN, "HUN", "2025-10")),
    ("it", "Il Cremlino ha annunciato lunedì che Vladimir Putin si recherà in Ungheria.", ("planned_visit", PUTIN, "HUN", "2025-10")),
    ("pt", "O Kremlin anunciou na segunda-feira que Vladimir Putin visitará a Hungria.", ("planned_visit", PUTIN, "HUN", "2025-10")),
    # AHEAD_CLAUSE: a date in a clause still to come after the stay is that clause's; the stay is the document's day
    ("de", "Wladimir Putin ist in Ungarn eingetroffen und wird am Sonntag nach Moskau zurückkehren.", ("visit", PUTIN, "HUN", "2025-10-20")),
    ("it", "Vladimir Putin è arrivato in Ungheria e rientrerà a Mosca domenica.", ("visit", PUTIN, "HUN", "2025-10-20")),
    ("pt", "Vladimir Putin chegou à Hungria e regressará a Moscou no domingo.", ("visit", PUTIN, "HUN", "2025-10-20")),
    # GATHERING_TIME: the gathering's own time in a clause of it after the arrival
    ("de", "Wladimir Putin ist in Ungarn eingetroffen, zum Gipfel, der am Mittwoch beginnt.", ("visit", PUTIN, "HUN", "2025-10-20")),
    ("it", "Vladimir Putin è arrivato in Ungheria per il vertice, che si apre mercoledì.", ("visit", PUTIN, "HUN", "2025-10-20")),
    ("pt", "Vladimir Putin chegou à Hungria para a cúpula, que começa na quarta-feira.", ("visit", PUTIN, "HUN", "2025-10-20")),
])
def test_type_and_date_words_in_other_languages(spec, language: str, text: str, want: tuple[object, ...]) -> None:  # noqa: ANN001
    assert _trips(spec, text, "2025-10-20", language) == [want]  # 2025-10-20 is a Monday


@pytest.mark.parametrize("language, text, want", [
    # contrasts: the trip's own day is kept
    ("de", "Der Kreml teilte am Montag mit, Wladimir Putin wird am Freitag nach Ungarn reisen.", ("planned_visit", PUTIN, "HUN", "2025-10-24")),
    ("it", "Il Cremlino ha annunciato che Vladimir Putin si recherà in Ungheria venerdì.", ("planned_visit", PUTIN, "HUN", "2025-10-24")),
    ("pt", "O Kremlin anunciou que Vladimir Putin visitará a Hungria na sexta-feira.", ("planned_visit", PUTIN, "HUN", "2025-10-24")),
    ("de", "Wladimir Putin ist am Sonntag in Ungarn eingetroffen.", ("visit", PUTIN, "HUN", "2025-10-19")),
    ("it", "Vladimir Putin è arrivato in Ungheria domenica.", ("visit", PUTIN, "HUN", "2025-10-19")),
])
def test_a_trips_own_day_is_kept_in_other_languages(spec, language: str, text: str, want: tuple[object, ...]) -> None:  # noqa: ANN001
    assert _trips(spec, text, "2025-10-20", language) == [want]


# --- a trip begun, its noun awaited, a State a party is allied to --------------------------------------------------------------

def test_a_trip_begun_on_a_day_is_a_visit_of_each_state_it_names(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin began a trip on Wednesday to Kyrgyzstan and Tajikistan, hoping to win support from partners allied to China."
    assert _trips(spec, text, "2025-05-07") == [("visit", PUTIN, "KGZ", "2025-05-07"), ("visit", PUTIN, "TJK", "2025-05-07")]


def test_a_state_stood_with_is_no_destination(spec) -> None:  # noqa: ANN001
    # "allied to China" names no place anyone goes; contrast: "and to China" is a second destination
    assert _trips(spec, "Vladimir Putin travelled to Kyrgyzstan on Wednesday, a partner closely allied to China.", "2025-05-07") == \
        [("visit", PUTIN, "KGZ", "2025-05-07")]
    assert _trips(spec, "Vladimir Putin travelled to Kyrgyzstan and to China on Wednesday.", "2025-05-07") == \
        [("visit", PUTIN, "CHN", "2025-05-07"), ("visit", PUTIN, "KGZ", "2025-05-07")]


@pytest.mark.parametrize("text", [
    "Officials discussed the expected visit to Kyrgyzstan of Vladimir Putin.",
    "Officials discussed the forthcoming visit of Vladimir Putin to Kyrgyzstan.",
])
def test_an_expected_visit_is_a_trip_to_come(spec, text: str) -> None:  # noqa: ANN001
    assert _trips(spec, text, "2025-05-07") == [("planned_visit", PUTIN, "KGZ", None)]


def test_a_visit_named_by_its_noun_in_the_past_is_not_to_come(spec) -> None:  # noqa: ANN001
    # contrast: the noun with no word that awaits it, dated before the document, is no trip to come
    assert not [t for t in _trips(spec, "Officials discussed the visit to Kyrgyzstan of Vladimir Putin in March 2024.", "2025-05-07")
                if t[0] == "planned_visit"]


# --- the host's welcome set ahead; arrivals told by the plane or by stealth --------------------------------------------------

def test_a_welcome_to_come_is_a_trip_to_come(spec) -> None:  # noqa: ANN001
    assert _trips(spec, "Kyrgyz President Sadyr Japarov will welcome Vladimir Putin in Bishkek on Friday.", "2025-08-13") == \
        [("planned_visit", PUTIN, "KGZ", "2025-08-15")]
    # contrast: the welcome made is a visit
    assert _trips(spec, "Kyrgyz President Sadyr Japarov welcomed Vladimir Putin in Bishkek on Wednesday.", "2025-08-13") == \
        [("visit", PUTIN, "KGZ", "2025-08-13")]


@pytest.mark.parametrize("text", [
    "Vladimir Putin flew in his presidential plane to Kyrgyzstan on Wednesday.",
    "Vladimir Putin snuck into Kyrgyzstan on Wednesday without the prime minister's knowledge.",
])
def test_an_arrival_by_plane_or_by_stealth_is_a_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _trips(spec, text, "2025-08-13") == [("visit", PUTIN, "KGZ", "2025-08-13")]


def test_a_plane_flown_without_its_traveller_is_no_visit(spec) -> None:  # noqa: ANN001
    # contrast: a plane sent, not flown in by the person
    assert _trips(spec, "Officials said the plane flew to Kyrgyzstan on Wednesday, before Vladimir Putin spoke in Moscow.", "2025-08-13") == []


# --- a trip under way in the present: the document's day ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "From Budapest, Vladimir Putin heads to Kyrgyzstan to meet the president.",
    "Vladimir Putin is on his way to Kyrgyzstan for talks.",
])
def test_a_trip_under_way_is_the_documents_day(spec, text: str) -> None:  # noqa: ANN001
    assert _trips(spec, text, "2025-04-07") == [("planned_visit", PUTIN, "KGZ", "2025-04-07")]


@pytest.mark.parametrize("text, date, want", [
    ("Vladimir Putin heads to Kyrgyzstan on Friday for talks.", "2025-04-07", "2025-04-11"),  # its own day kept
    ("Vladimir Putin will travel to Kyrgyzstan for talks.", "2025-04-07", None),  # a trip to come, not under way
    ("Vladimir Putin heads to Kyrgyzstan for talks.", "2025-04", None),  # a page dated to its month: no day to give
])
def test_no_day_given_to_a_trip_not_under_way_or_dated(spec, text: str, date: str, want: str | None) -> None:  # noqa: ANN001
    assert _trips(spec, text, date) == [("planned_visit", PUTIN, "KGZ", want)]
