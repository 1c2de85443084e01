"""Trips told in ways the rules did not read (session 28, task mtrips): a background trip in a relative clause beside the trip of
the main verb, two legs of one trip in one sentence, an opening clause that tells the subject's trip, a gathering's seat told in a
participle, a group of others as a trip verb's subject, a welcome told in the passive with its host after "by", and a German trip to
come whose verb ends a long clause. Sentences written for the test (no page of the real-news set); each reading has contrasts that
must not fire. The page is dated Wednesday 3 September 2025, so "Monday" is 1 September."""

from __future__ import annotations

import pytest

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

PUTIN = "vladimir-vladimirovich-putin"
DAY = "2025-09-03"


def _trips(spec, text: str, date: str = DAY) -> set[tuple[str, str | None, str | None]]:  # noqa: ANN001
    doc = make_document(text, date=date)
    return {(c.type, c.state, c.date) for c in extract_candidates(doc, spec, mode="rules")
            if c.type in ("visit", "planned_visit") and c.person == PUTIN}


# --- a background trip in a relative clause does not block the main verb's trip, nor take its date ------------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin, who visited Mongolia in 2024, arrived in Tajikistan on Monday.",
    "Vladimir Putin, who was in Mongolia in 2024, arrived in Tajikistan on Monday.",
    "Vladimir Putin, who visited Mongolia last year, then landed in Tajikistan on Monday.",
])
def test_the_main_verbs_trip_is_read_beside_a_relative_clauses(spec, text: str) -> None:  # noqa: ANN001
    trips = _trips(spec, text)
    assert ("visit", "TJK", "2025-09-01") in trips
    # the clause's trip keeps its own (old) date, so it is no news of the page's day
    assert not {t for t in trips if t[1] == "MNG"}


def test_a_relative_clauses_recent_trip_keeps_its_own_date(spec) -> None:  # noqa: ANN001
    trips = _trips(spec, "Vladimir Putin, who visited Tajikistan in August, arrived in Mongolia on Tuesday.")
    assert ("visit", "MNG", "2025-09-02") in trips
    assert ("visit", "TJK", "2025-08") in trips


@pytest.mark.parametrize("text", [
    # the clause is the whole sentence's only trip: no main verb of a trip after it
    "Vladimir Putin, who visited Mongolia in 2024, praised the ties on Monday.",
    # another's trip in the clause
    "Vladimir Putin met the Mongolian envoy, who arrived in Tajikistan in 2024, on Monday.",
])
def test_no_trip_is_made_up_around_a_relative_clause(spec, text: str) -> None:  # noqa: ANN001
    assert not {t for t in _trips(spec, text) if t[0] == "visit" and t[2] and t[2].startswith("2025-09")}


# --- two legs in one sentence, each with its own date ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "first", "second"), [
    ("Vladimir Putin visited Mongolia on Monday and flew on to Tajikistan on Wednesday.", "2025-09-01", "2025-09-03"),
    ("Vladimir Putin arrived in Mongolia on Monday, then travelled to Tajikistan on Tuesday.", "2025-09-01", "2025-09-02"),
])
def test_two_legs_each_take_their_own_day(spec, text: str, first: str, second: str) -> None:  # noqa: ANN001
    trips = _trips(spec, text)
    assert ("visit", "MNG", first) in trips
    assert ("visit", "TJK", second) in trips


def test_one_leg_with_two_places_keeps_one_day(spec) -> None:  # noqa: ANN001
    # contrast: one verb, two places ("visited A and B on Monday"): both take the one day
    trips = _trips(spec, "Vladimir Putin visited Mongolia and Tajikistan on Monday.")
    assert {("visit", "MNG", "2025-09-01"), ("visit", "TJK", "2025-09-01")} <= trips


# --- an opening clause that tells the subject's trip --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("After his visit to Mongolia on Monday, Vladimir Putin flew home.", ("visit", "MNG", "2025-09-01")),
    ("After arriving in Mongolia on Monday, Russian President Vladimir Putin laid a wreath.", ("visit", "MNG", "2025-09-01")),
    # a departure before a main clause in the past is made
    ("Before departing for Mongolia on Sunday, Vladimir Putin praised the ties with Ulaanbaatar.", ("visit", "MNG", "2025-08-31")),
    # a departure before a main clause to come, a trip still on its way: trips to come
    ("Before departing for Mongolia, Vladimir Putin will meet his ministers.", ("planned_visit", "MNG", None)),
    ("On his way to Tajikistan, Vladimir Putin stopped in Mongolia on Monday.", ("planned_visit", "TJK", None)),
])
def test_an_opening_clause_tells_the_subjects_trip(spec, text: str, expected: tuple[str, str, str | None]) -> None:  # noqa: ANN001
    assert expected in _trips(spec, text)


def test_the_main_clauses_stay_is_read_apart_from_the_openings_trip(spec) -> None:  # noqa: ANN001
    trips = _trips(spec, "On his way to Tajikistan, Vladimir Putin stopped in Mongolia on Monday.")
    assert ("visit", "MNG", "2025-09-01") in trips
    assert not {t for t in trips if t[0] == "visit" and t[1] == "TJK"}  # the trip on its way is not made


def test_an_openings_trip_is_not_dated_by_the_main_clause(spec) -> None:  # noqa: ANN001
    trips = _trips(spec, "After his visit to Mongolia, Vladimir Putin flew to Tajikistan on Tuesday.")
    assert ("visit", "TJK", "2025-09-02") in trips
    assert ("visit", "MNG", "2025-09-02") not in trips


@pytest.mark.parametrize("text", [
    "After his visit to Mongolia, officials said Vladimir Putin was tired.",  # another subject after the opening
    "Before departing for Mongolia, officials met Vladimir Putin in Moscow.",
    "If after his visit to Mongolia Vladimir Putin is arrested, the Court will act.",  # supposed
])
def test_an_opening_of_another_subject_gives_no_trip(spec, text: str) -> None:  # noqa: ANN001
    assert not {t for t in _trips(spec, text) if t[1] == "MNG"}


# --- a gathering's seat told in a participle, and the headline's "attends" ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin attends the summit, held this year in the Mongolian capital.",
    "Vladimir Putin attended the summit, held this year in Ulaanbaatar.",
    "Vladimir Putin attends the summit in Ulaanbaatar.",
])
def test_a_gathering_placed_by_its_participle_is_the_days_visit(spec, text: str) -> None:  # noqa: ANN001
    # "this year" is the gathering's time, not the stay's: the stay told in the lead is the page's day's
    assert ("visit", "MNG", DAY) in _trips(spec, text)


@pytest.mark.parametrize("text", [
    "If Vladimir Putin attends the summit in Ulaanbaatar, he must be arrested.",
    "Vladimir Putin rarely attends summits in Mongolia.",
    "Vladimir Putin attends the summit via video link from Moscow, officials in Ulaanbaatar said.",
])
def test_attends_supposed_habitual_or_remote_gives_no_visit(spec, text: str) -> None:  # noqa: ANN001
    assert not {t for t in _trips(spec, text) if t[0] == "visit" and t[1] == "MNG"}


# --- a group of others as the trip verb's subject ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Officials of the ministry flew out to Mongolia on Monday, Vladimir Putin said.",
    "Vladimir Putin said officials of the ministry flew out to Mongolia on Monday.",
    "Vladimir Putin said his aides had arrived in Mongolia on Monday.",
    "Russian officials will travel to Mongolia next week to prepare for the summit, Vladimir Putin said.",
])
def test_others_trip_is_not_the_persons(spec, text: str) -> None:  # noqa: ANN001
    assert not {t for t in _trips(spec, text) if t[1] == "MNG"}


@pytest.mark.parametrize(("text", "kind"), [
    ("Vladimir Putin and his delegation arrived in Mongolia on Monday.", "visit"),
    ("Vladimir Putin and his 26-member delegation arrived in Mongolia on Monday.", "visit"),
    ("Vladimir Putin, accompanied by officials, arrived in Mongolia on Monday.", "visit"),
    ("A Russian delegation led by Vladimir Putin landed in Mongolia on Monday.", "visit"),
    ("Vladimir Putin will travel to Mongolia next week with officials of the ministry.", "planned_visit"),
])
def test_the_person_travelling_with_others_is_read(spec, text: str, kind: str) -> None:  # noqa: ANN001
    assert {t for t in _trips(spec, text) if t[0] == kind and t[1] == "MNG"}


# --- the aircraft and the welcome --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin's plane landed in Ulaanbaatar on Monday.",
    "Vladimir Putin's plane touched down in Ulaanbaatar on Monday evening.",
    "The plane carrying Vladimir Putin landed in Ulaanbaatar on Monday.",
    "Vladimir Putin touched down in Mongolia on Monday.",
    "Vladimir Putin was greeted at the airport by the Mongolian president on Monday.",
    "Vladimir Putin was welcomed by Mongolia's prime minister on Monday.",
])
def test_a_landing_or_a_welcome_is_a_visit(spec, text: str) -> None:  # noqa: ANN001
    assert ("visit", "MNG", "2025-09-01") in _trips(spec, text)


@pytest.mark.parametrize("text", [
    "Vladimir Putin was received in Moscow by the Mongolian president on Monday.",  # the host a guest in the place told
    "Vladimir Putin was greeted by the Mongolian press with questions on Monday.",  # no host's office
])
def test_a_welcome_elsewhere_or_by_no_host_places_nothing(spec, text: str) -> None:  # noqa: ANN001
    assert not {t for t in _trips(spec, text) if t[1] == "MNG"}


# --- German: a trip to come whose verb ends a long clause --------------------------------------------------------------------

def test_a_german_trip_to_come_told_over_a_long_clause(spec) -> None:  # noqa: ANN001
    text = ("Der russische Präsident Wladimir Putin wird nächste Woche zu einem Staatsbesuch in die Mongolei reisen, teilte der "
            "Kreml mit.")
    trips = _trips(spec, text)
    assert {t for t in trips if t[0] == "planned_visit" and t[1] == "MNG"}
    assert not {t for t in trips if t[0] == "visit" and t[1] == "MNG"}


def test_a_german_stay_told_with_the_same_noun_stays_a_visit(spec) -> None:  # noqa: ANN001
    text = "Der russische Präsident Wladimir Putin ist am Montag zu einem Staatsbesuch in der Mongolei eingetroffen, teilte der Kreml mit."
    assert ("visit", "MNG", "2025-09-01") in _trips(spec, text)


# --- opening clauses in the other languages (the patterns are data: monitor_words.yaml OPENING_TRIP, OPENING_BEFORE, MAIN_PAST) --

@pytest.mark.parametrize(("text", "kind"), [
    ("Après sa visite en Mongolie, le président russe Vladimir Poutine s'est rendu au Kremlin pour une réunion avec ses ministres, "
     "selon un communiqué.", "visit"),
    ("Avant de partir pour la Mongolie, le président russe Vladimir Poutine a rencontré ses ministres à Moscou, selon le Kremlin dans "
     "un communiqué.", "visit"),
    ("Tras su visita a Mongolia, el presidente ruso Vladimir Putin regresó a Moscú para una reunión con sus ministros, según el "
     "Kremlin.", "visit"),
    ("Antes de partir hacia Mongolia, el presidente ruso Vladimir Putin se reunió con sus ministros en Moscú, según informó el "
     "Kremlin.", "visit"),
    ("Após sua visita à Mongólia, o presidente russo Vladimir Putin voltou a Moscou para uma reunião com os ministros, segundo o "
     "Kremlin.", "visit"),
    ("Dopo la sua visita in Mongolia, il presidente russo Vladimir Putin è tornato a Mosca per una riunione con i ministri, secondo "
     "il Cremlino.", "visit"),
    ("In viaggio verso la Mongolia, il presidente russo Vladimir Putin si fermerà a Pechino per una riunione con i ministri cinesi, "
     "secondo il Cremlino.", "planned_visit"),
])
def test_an_opening_clause_in_another_language(spec, text: str, kind: str) -> None:  # noqa: ANN001
    assert {t for t in _trips(spec, text) if t[0] == kind and t[1] == "MNG"}


def test_an_opening_of_another_subject_in_french_gives_no_trip(spec) -> None:  # noqa: ANN001
    text = ("Après sa visite en Mongolie, des responsables ont déclaré que Vladimir Poutine était fatigué et qu'il resterait à "
            "Moscou.")
    assert not {t for t in _trips(spec, text) if t[1] == "MNG"}
