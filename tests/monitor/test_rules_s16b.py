"""Session 16, second pass (issue 12): general mechanisms for the dev half's misses from batches 36-37, tested with
sentences written for the purpose (not copied from the real-news set), each with its contrast case."""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of as _facts
from tests.monitor.probe import rule_candidates

from iccwatch.monitor.dates import find_dates
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
BLE_GOUDE = "charles-ble-goude"
TUESDAY = "2025-09-02"


# --- a weekday closing a trip's purpose is the one ahead; the arrival before it is made -------------------------------------

def test_a_weekday_after_a_purpose_is_ahead() -> None:
    import datetime as dt

    ref = dt.date.fromisoformat(TUESDAY)
    ahead = find_dates("Guests have arrived at the gate to watch a military parade Wednesday.", ref)
    behind = find_dates("Guests watched a military parade Wednesday.", ref)  # contrast: told as done, the Wednesday before
    assert ([d.date for d in ahead], [d.date for d in behind]) == (["2025-09-03"], ["2025-08-27"])




@pytest.mark.parametrize(("text", "want"), [
    ("Invited guests including Vladimir Putin have arrived at the Tiananmen Gate in Beijing to watch a military parade Wednesday.",
     [("visit", PUTIN, "CHN", TUESDAY)]),
    # contrast: a trip announced for the day ahead stays a trip to come
    ("Vladimir Putin will travel to Beijing to watch a military parade Wednesday.", [("planned_visit", PUTIN, "CHN", "2025-09-03")]),
])
def test_arrived_to_watch(spec, text: str, want: list[tuple[str, str, str, str]]) -> None:  # noqa: ANN001
    assert rule_candidates(spec, text, TUESDAY) == want


# --- company at a gathering in a place: "joined X in Beijing … for a parade" -------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Vladimir Putin joined President Xi Jinping in Beijing on Sept. 3 for a military parade.", {(PUTIN, "CHN")}),
    # contrasts: a joining with no gathering; the State a commemoration is of is no destination
    ("Vladimir Putin joined the critics of the Court in Beijing on Tuesday.", set()),
    ("Vladimir Putin joined President Xi Jinping in Beijing on Sept. 3 for a parade marking the anniversary of Japan's surrender.",
     {(PUTIN, "CHN")}),
])
def test_joined_in_a_place_for_a_gathering(spec, text: str, want: set[tuple[str | None, str | None]]) -> None:  # noqa: ANN001
    assert _facts(spec, text, "2025-09-03", "visit") == want


# --- a departure told as done towards a place: the trip is to come --------------------------------------------------------

def test_departed_for_a_place_is_a_trip_to_come(spec) -> None:  # noqa: ANN001
    text = "Benjamin Netanyahu departed for Washington on Tuesday for a meeting with the president."
    assert (_facts(spec, text, TUESDAY, "planned_visit"), _facts(spec, text, TUESDAY, "visit")) == ({(NETANYAHU, "USA")}, set())
    # contrast: leaving the place is having been there
    text = "Benjamin Netanyahu departed Washington on Tuesday after a meeting with the president."
    assert (_facts(spec, text, TUESDAY, "planned_visit"), _facts(spec, text, TUESDAY, "visit")) == (set(), {(NETANYAHU, "USA")})


# --- apostrophes written with other characters --------------------------------------------------------------------------

@pytest.mark.parametrize("mark", ["\u02bc", "\u2019", "'", "\u00b4"])
def test_a_possessive_with_any_apostrophe(spec, mark: str) -> None:  # noqa: ANN001
    text = f"Putin{mark}s visit to Mongolia on September 3 angered Kyiv."
    assert (PUTIN, "MNG") in _facts(spec, text, "2024-09-10", "visit")


def test_the_apostrophe_keeps_the_offsets(spec) -> None:  # noqa: ANN001
    text = "Putin\u02bcs visit to Mongolia on September 3 angered Kyiv."
    (c, *_) = [c for c in extract_candidates(make_document(text, date="2024-09-10"), spec, mode="rules") if c.state == "MNG"]
    assert text[c.evidence.start: c.evidence.end].replace("\u02bc", "\u2019") == c.evidence.sentence
    # contrast: without any apostrophe the name is no possessive and no visit is told
    assert not _facts(spec, "Putins visit to Mongolia on September 3 angered Kyiv.", "2024-09-10", "visit") - {(PUTIN, "MNG")}


# --- a warrant for someone described by a State, named in the next sentence -----------------------------------------------

def test_a_state_describing_the_person_is_no_name(spec) -> None:  # noqa: ANN001
    first = "The Court on Monday unsealed an arrest warrant for an Ivory Coast politician charged with four counts of crimes against humanity."
    text = first + " Charles Ble Goude is accused of working with former Ivory Coast president Laurent Gbagbo to orchestrate violence."
    got = [c for c in extract_candidates(make_document(text, date="2013-10-01"), spec, mode="rules") if c.type == "warrant_unsealed"]
    assert [(c.person, c.person_name) for c in got] == [(BLE_GOUDE, None)]
    # contrast: the next sentence names both without saying who is accused: no one is guessed, and no State taken for a name
    text = first + " Rights groups said that Charles Ble Goude and Laurent Gbagbo should be tried together."
    got = [c for c in extract_candidates(make_document(text, date="2013-10-01"), spec, mode="rules") if c.type == "warrant_unsealed"]
    assert [(c.person, c.person_name) for c in got] == []
