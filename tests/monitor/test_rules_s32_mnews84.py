"""Session 32 (issue 12, task mnews84): readings written on the dev parts of real-news batches 84-85. Each test holds
sentences written for it (not copied from the real-news set) and contrasts that must not fire. The wordings are general (a
trip not planned, a trip only weighed, a first visit told as done); no State or person is special-cased: the names are the
record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"
NETANYAHU = "benjamin-netanyahu"
# the page of Monday 2025-06-09 (after every warrant named here): "Sunday" is 2025-06-08
DAY = "2025-06-09"
SUNDAY = "2025-06-08"


# --- 1. a trip not planned -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin is not planning a trip to the forum in Brazil, which will be held in November.",
    "The spokesman said Vladimir Putin was not planning to travel to Brazil for the summit in November.",
    "Benjamin Netanyahu is not scheduled to visit Hungary next month, his office said.",
])
def test_a_trip_not_planned_is_no_planned_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "planned_visit", language="en") == []


@pytest.mark.parametrize(("text", "state"), [
    # the contrasts: the same trips, planned
    ("Vladimir Putin is planning a trip to the forum in Brazil, which will be held in November.", "BRA"),
    ("The spokesman said Vladimir Putin was planning to travel to Brazil for the summit in November.", "BRA"),
])
def test_a_trip_planned_is_still_read(spec, text: str, state: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, DAY, "planned_visit", language="en")] == [(PUTIN, state)]


# --- 2. a trip only weighed ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Moscow is deciding if Vladimir Putin will attend next month's summit in Brazil.",
    "The Kremlin is weighing whether Vladimir Putin will take part in the summit set for November in Brazil.",
    "Officials are still considering whether Benjamin Netanyahu will travel to Hungary in July.",
    "The government has not yet decided whether Vladimir Putin will visit Brazil in November.",
])
def test_a_trip_only_weighed_is_no_planned_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "planned_visit", language="en") == []


@pytest.mark.parametrize(("text", "person", "state"), [
    # the contrasts: the trip decided
    ("The Kremlin said Vladimir Putin will take part in the summit set for November in Brazil.", PUTIN, "BRA"),
    ("Officials said Benjamin Netanyahu will travel to Hungary in July.", NETANYAHU, "HUN"),
])
def test_a_trip_decided_is_still_read(spec, text: str, person: str, state: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, DAY, "planned_visit", language="en")] == [(person, state)]


@pytest.mark.parametrize("text", [
    # the contrasts: something else weighed beside a trip made
    "The court is considering whether Jordan failed to arrest Omar al-Bashir when he visited Amman on Sunday.",
    "Omar al-Bashir arrived in Amman on Sunday, while judges were weighing whether to refer Jordan to the Security Council.",
])
def test_something_else_weighed_leaves_the_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language="en") == [(BASHIR, "JOR", SUNDAY)]


# --- 3. a first visit told as done -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Omar al-Bashir on Sunday became the first foreign leader to visit Syria in seven years.",
    "Omar al-Bashir was on Sunday the first head of state to set foot in Syria since the war began.",
])
def test_a_first_visit_told_as_done_is_a_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language="en") == [(BASHIR, "SYR", SUNDAY)]
    assert _typed(spec, text, DAY, "planned_visit", language="en") == []


@pytest.mark.parametrize("text", [
    # the contrast: a first still to come is a trip to come, not a visit
    "Omar al-Bashir will on Sunday be the first foreign leader to visit Syria in seven years.",
])
def test_a_first_visit_to_come_is_no_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language="en") == []


# --- 4. a force named as a person's office -------------------------------------------------------------------------------

ELMASRY = "osama-elmasry-njeem"
# the page of Monday 2025-01-20: "Sunday" is 2025-01-19
JAN_DAY = "2025-01-20"
JAN_SUNDAY = "2025-01-19"


@pytest.mark.parametrize(("text", "language", "state"), [
    ("Libyan police chief Osama Almasri Njeem was arrested on Sunday in Italy.", "en", "ITA"),
    ("The Libyan police chief Osama Almasri Njeem was arrested on Sunday at a hotel.", "en", None),
    ("Il capo della polizia libica Osama Almasri Njeem è stato arrestato domenica in Italia.", "it", "ITA"),
])
def test_a_force_that_names_the_persons_office_is_not_the_arresting_state(spec, text: str, language: str,  # noqa: ANN001
                                                                           state: str | None) -> None:
    assert _typed(spec, text, JAN_DAY, "arrest", language=language) == [(ELMASRY, state, JAN_SUNDAY)]


@pytest.mark.parametrize(("text", "language"), [
    # the contrasts: the force acts
    ("Libyan police arrested Osama Almasri Njeem on Sunday.", "en"),
    ("Osama Almasri Njeem was arrested on Sunday by Libyan police.", "en"),
    ("La polizia libica ha arrestato domenica Osama Almasri Njeem.", "it"),
])
def test_a_force_that_acts_is_still_the_arresting_state(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, JAN_DAY, "arrest", language=language) == [(ELMASRY, "LBY", JAN_SUNDAY)]
