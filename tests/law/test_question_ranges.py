"""How `ask question` reads a range longer than a month (issue 11, session 16): years, months, seasons, with the day of
the one recorded trip within it, else its first day where one answer holds throughout (checked on the days the record
says the answer can change, which is compared here with asking every day), else refused naming the change; and the
places and regions the reading finds or refuses. Each rule has its contrast case."""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch.service.question import (
    QuestionError,
    _answers_over,
    _same_throughout,
    answer_on,
    read_question,
)

TODAY = dt.date(2026, 12, 2)
PUTIN = "vladimir-vladimirovich-putin"


def _daily(facts, state, person, first, last):
    """The answer on ``first`` and on each day it changes, asking every day (what _answers_over must equal)."""
    out, before, day = [], None, first
    while day <= last:
        key, said = answer_on(facts, state, person, day)
        if key != before:
            out.append(said)
            before = key
        day += dt.timedelta(days=1)
    return out


@pytest.mark.parametrize(("state", "person", "first", "last"), [
    ("HUN", "benjamin-netanyahu", "2026-04-01", "2026-07-31"),  # a withdrawal taking effect (2026-06-02)
    ("MNG", PUTIN, "2023-02-01", "2023-04-30"),  # a warrant issued (2023-03-17)
    ("ARM", PUTIN, "2023-12-01", "2024-02-29"),  # a ratification entering into force (2024-02-01)
    ("PHL", "rodrigo-roa-duterte", "2025-02-01", "2025-04-30"),  # an arrest and surrender (2025-03-11/12)
    ("ARM", None, "2024-01-01", "2024-03-31"),  # a State alone, around its entry into force
    ("HUN", None, "2026-05-01", "2026-06-30"),
])
def test_the_answer_over_a_range_is_read_where_it_can_change_as_asking_every_day_gives(facts, state, person, first, last):
    first_day, last_day = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    daily = _daily(facts, state, person, first_day, last_day)
    assert len(daily) > 1, "each sample holds a change, so the comparison can fail"
    # the same days of change (each said with its answer, or as a change of basis or of a situation's duties)
    assert [a.rsplit(" on ", 1)[1] for a in _answers_over(facts, state, person, first_day, last_day)] == \
        [d.rsplit(" on ", 1)[1] for d in daily]


def _distinct_daily(facts, state, person, first, last):
    """Each distinct answer with the first day it is given, asking every day (what _same_throughout must equal)."""
    seen, day = {}, first
    while day <= last:
        key, said = answer_on(facts, state, person, day)
        seen.setdefault(key, said)
        day += dt.timedelta(days=1)
    return list(seen.values())


@pytest.mark.parametrize(("state", "person", "first", "last", "changes"), [
    ("MNG", PUTIN, "2023-03-01", "2023-03-31", True),  # a warrant issued (2023-03-17)
    ("PHL", "rodrigo-roa-duterte", "2025-03-01", "2025-03-31", True),  # an arrest and surrender (2025-03-11/12)
    ("HUN", None, "2026-06-01", "2026-06-30", True),  # a withdrawal taking effect (2026-06-02)
    ("ARM", None, "2024-01-15", "2024-02-14", True),  # an entry into force (2024-02-01)
    ("MNG", PUTIN, "2024-09-01", "2024-09-30", False),
])
def test_a_month_or_span_is_read_where_the_answer_can_change_as_asking_every_day_gives(facts, state, person, first, last, changes):
    """A month or a span of days (_same_throughout: the month's questions, 'during his visit on 2-3 September') is asked
    on its first day and the days the answer can change: the same answers, with the same first days, as every day."""
    first_day, last_day = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    daily = _distinct_daily(facts, state, person, first_day, last_day)
    assert (len(daily) > 1) == changes, "each sample is a change or a contrast, as labelled"
    assert _same_throughout(facts, state, person, first_day, last_day) == daily


@pytest.mark.parametrize(("text", "on", "whole"), [
    # the one recorded trip within the range
    ("Was Mongolia obliged to arrest Putin between 2023 and 2025?", "2024-09-02", False),
    ("Would Hungary have had to arrest Netanyahu between April and June 2025?", "2025-04-03", False),
    ("Was Mongolia obliged to arrest Putin between September 2024 and March 2025?", "2024-09-02", False),
    # contrast: no trip (or several) and one answer throughout: the range's first day
    ("Must Tajikistan arrest Putin from March to May 2024?", "2024-03-01", True),
    ("Did Kazakhstan have to arrest Putin between 2024 and 2025?", "2024-01-01", True),
    ("Was Russia obliged to arrest Putin in 2024-2025?", "2024-01-01", True),
    # seasons, with their year or counted from the day asked (2026-12-02)
    ("Did Mongolia have to arrest Putin in the summer of 2024?", "2024-06-01", True),
    ("Should Mongolia have arrested Putin last summer?", "2026-06-01", True),
    ("Must Mongolia arrest Putin next summer?", "2027-06-01", True),
    ("Did Belarus have to arrest Putin last winter?", "2025-12-01", True),
    ("Was Hungary obliged to arrest Netanyahu in the winter of 2024-25?", "2024-12-01", True),
])
def test_a_range_is_its_one_trip_or_its_first_day_where_one_answer_holds(facts, text, on, whole):
    q = read_question(facts, text, today=TODAY)
    assert (q["on"], q["period_whole"]) == (on, whole)


@pytest.mark.parametrize(("text", "said"), [
    ("Was Armenia bound by the Rome Statute from 2023 to 2025?", "party on 2024-02-01"),  # the answer changes
    ("Was Hungary a State Party between January and December 2026?", "former_party on 2026-06-02"),
    ("Was Putin wanted between 2022 and 2024?", "travel map is of one day"),  # no State
    ("Was Hungary obliged to arrest Netanyahu in the winter of 2024?", "December 2023 to February 2024 or December 2024"),
    ("Can Putin visit Mongolia in summer?", "names a season but not its year"),
    ("Would Poland have to arrest Putin between Christmas and New Year?", "cannot date"),
])
def test_a_range_that_changes_or_cannot_be_dated_is_refused_saying_why(facts, text, said):
    with pytest.raises(QuestionError, match=said):
        read_question(facts, text, today=TODAY)


def test_a_month_written_in_iso_form_is_no_range_of_years(facts):
    # contrast of '2024-25': '2024-09' is a month (read as such, its one trip), not 2024 to 2009
    q = read_question(facts, "Was Mongolia obliged to arrest Putin in 2024-09?", today=TODAY)
    assert q["on"] == "2024-09-02"
    # 'fall' is a verb as well as a season: without a year or 'last'/'this'/'next' it is no time
    q = read_question(facts, "Does Putin fall under a warrant in Mongolia?", today=TODAY)
    assert (q["state"], q["on"]) == ("MNG", TODAY.isoformat())


@pytest.mark.parametrize(("text", "state"), [
    ("Could Netanyahu be arrested in Rio?", "BRA"),  # a city's first word, every city it starts being in one State
    ("Would Putin be safe in St. Petersburg?", "RUS"),  # 'St.' for 'Saint'
    ("Can Netanyahu land at Ben Gurion airport?", "ISR"),  # an airport (airports.yaml)
    ("Could Putin be arrested in Durban?", "ZAF"),  # a city that is no capital
])
def test_places_are_read_from_the_gazetteers(facts, text, state):
    assert read_question(facts, text, today=TODAY)["state"] == state


def test_a_place_or_region_the_reading_cannot_place_is_refused(facts):
    # contrast: a name no gazetteer holds, and a first word shared by cities of several States ('San')
    for text, said in (("Would Putin be arrested in Springfield?", "Springfield"), ("Would Putin be arrested in San?", "San")):
        with pytest.raises(QuestionError, match=said):
            read_question(facts, text, today=TODAY)
    # a region a list defines (data/lookups/regions.yaml), with a person: its States the record holds, each answered
    for text, name, member in (("Must EU states arrest Netanyahu?", "European Union", "FRA"),
                               ("Which African countries must arrest Bashir?", "Africa", "ZAF"),
                               ("Can Putin visit Latin America?", "Latin America and the Caribbean", "BRA")):
        q = read_question(facts, text, today=TODAY)
        assert (q["kind"], q["state"], q["region"]["name"]) == ("travel", None, name)
        assert member in q["region"]["states"] and set(q["region"]["states"]) <= set(facts.records.states)
    # contrast: a region no list defines is refused, naming it; a defined one with no person asks about no one
    for text, said in (("Would Putin be arrested in Scandinavia?", "'Scandinavia' names a region"),
                       ("Can Netanyahu travel through the Schengen area?", "Schengen"),
                       ("Are EU states parties to the Rome Statute?", "names no person")):
        with pytest.raises(QuestionError, match=said):
            read_question(facts, text, today=TODAY)
    # contrast: a region beside the State asked about describes it; 'the African Union' names a body
    q = read_question(facts, "Must Germany, an EU member, arrest Netanyahu?", today=TODAY)
    assert (q["state"], q["person"]) == ("DEU", "benjamin-netanyahu")
    q = read_question(facts, "Did the African Union ask Kenya to arrest Bashir on 27 August 2010?", today=TODAY)
    assert q["state"] == "KEN"


def test_a_range_to_the_day_asked_and_a_region_beside_the_persons_own_state(facts):
    # 'since 2023': from its first day to the day asked (the one recorded trip within it)
    assert read_question(facts, "Has Mongolia been obliged to arrest Putin since 2023?", today=TODAY)["on"] == "2024-09-02"
    with pytest.raises(QuestionError, match="after the day asked"):
        read_question(facts, "Was Mongolia obliged to arrest Putin since 2027?", today=TODAY)
    # a region beside only the person's own State: the region is where he goes, its States asked about
    q = read_question(facts, "Can Putin fly from Russia to Europe?", today=TODAY)
    assert (q["state"], q["region"]["name"]) == (None, "Europe")
    with pytest.raises(QuestionError, match="'Scandinavia' names a region"):
        read_question(facts, "Can Putin fly from Russia to Scandinavia?", today=TODAY)
    # contrast: another State beside his own is the host, as before
    assert read_question(facts, "Can Putin fly from Russia to France?", today=TODAY)["state"] == "FRA"


def test_an_airport_is_read_by_its_name_without_its_city(facts):
    # 'London Heathrow Airport' in airports.yaml: 'Heathrow' (London being a city of the same State) names it
    assert read_question(facts, "Could Putin fly into Heathrow without being arrested?", today=TODAY)["state"] == "GBR"
    assert read_question(facts, "Can Netanyahu land at Schiphol?", today=TODAY)["state"] == "NLD"
    # contrast: a generic word of airports' names ('Central') names no airport
    with pytest.raises(QuestionError, match="Central"):
        read_question(facts, "Can Putin land at Central?", today=TODAY)


def test_the_reading_says_which_range_it_read(facts):
    q = read_question(facts, "Must Tajikistan arrest Putin from March to May 2024?", today=TODAY)
    assert q["period"] == "2024-03-01/2024-05-31"
    q = read_question(facts, "Was Mongolia obliged to arrest Putin between 2023 and 2025?", today=TODAY)
    assert (q["period"], q["day_from_event"]) == ("2023-01-01/2025-12-31", "2024-09-02-vladimir-vladimirovich-putin-mongolia")
    # contrast: a question naming one day names no range
    assert read_question(facts, "Must Mongolia arrest Putin on 2024-09-03?", today=TODAY)["period"] is None


def test_an_unread_subject_of_a_travel_question_is_refused_but_not_what_it_is_for(facts):
    with pytest.raises(QuestionError, match="'Narnia' is no State"):  # not 'España', which is read (question_state_names)
        read_question(facts, "¿Debe Narnia arrestar a Putin?", today=TODAY)
    # contrast: a capitalised word saying what the warrant is for is not the State asked about
    q = read_question(facts, "Is Bashir wanted for Darfur?", today=TODAY)
    assert (q["kind"], q["person"]) == ("travel", "omar-hassan-ahmad-al-bashir")
    # an occasion after or before which the question asks, without its day, is refused, not read as today
    with pytest.raises(QuestionError, match="names an occasion but not its day"):
        read_question(facts, "Is Putin still wanted after the Alaska summit?", today=TODAY)


def test_states_named_in_german_or_spanish_and_a_state_name_ending_a_longer_name(facts):
    # data/lookups/question_state_names.yaml: read by this reading only
    q = read_question(facts, "Muss Deutschland Netanjahu verhaften?", today=TODAY)
    assert (q["state"], q["person"]) == ("DEU", "benjamin-netanyahu")
    assert read_question(facts, "¿Debe Alemania detener a Netanyahu?", today=TODAY)["state"] == "DEU"
    # contrast: a name left out with its reason ('Kongo' is said of either Congo) is not read
    with pytest.raises(QuestionError, match="Kongo"):
        read_question(facts, "Must Kongo arrest Kony?", today=TODAY)
    # a State's one-word name ending a longer name the record does not hold is not that State
    for text, said in (("Can Putin visit Rhode Island?", "Rhode Island"), ("Would Netanyahu be arrested in New Mexico?",
                                                                            "New Mexico")):
        with pytest.raises(QuestionError, match=said):
            read_question(facts, text, today=TODAY)
    # contrast: an office or a person's name before the State's is no longer name
    assert read_question(facts, "Can President Putin visit Mongolia?", today=TODAY)["state"] == "MNG"


def test_a_time_the_reading_cannot_date_is_refused_not_read_as_today(facts):
    """'during the war', 'after the election', 'on his birthday in 2025': no day can be read from them, so the question
    is refused, naming them, rather than answered for today or for the year named beside them."""
    for text, said in (("Did Mongolia have to arrest Putin during the war?", "during the war"),
                       ("Was Hungary obliged to arrest Netanyahu after the election?", "after the election"),
                       ("Did Tajikistan have to arrest Putin on his birthday in 2025?", "birthday"),
                       ("Should Egypt have arrested Bashir during the Arab Spring?", "Arab Spring")):
        with pytest.raises(QuestionError, match=said):
            read_question(facts, text, today=TODAY)
    # contrast: what a warrant is for is no time ('over war crimes'); an event a person attends is left to the recorded
    # trips ('during the AU summit'), and 'during X' beside a month is read as that month ('during Naadam in July 2024')
    assert read_question(facts, "Must France arrest Putin over war crimes?", today=TODAY)["state"] == "FRA"
    assert read_question(facts, "Did South Africa have to arrest Bashir during the AU summit?", today=TODAY)["on"] == "2015-06-13"
    assert read_question(facts, "Did Mongolia have to arrest Putin during Naadam in July 2024?", today=TODAY)["on"] == "2024-07-01"


def test_a_question_all_in_lower_case_has_its_cities_read(facts):
    q = read_question(facts, "can netanyahu fly to budapest on 2025-04-03", today=TODAY)
    assert (q["state"], q["person"]) == ("HUN", "benjamin-netanyahu")
    # contrast: with capitals elsewhere, a city in lower case is not read as one ('it would be nice for Putin')
    q = read_question(facts, "Would it be nice for Putin to visit Mongolia on 2024-09-03?", today=TODAY)
    assert q["state"] == "MNG"
