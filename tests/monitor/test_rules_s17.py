"""Session 17 (issue 12): general readings for the test half's weakest types (unsealings, planned visits, arrests), tested
with sentences written for the purpose (not copied from the real-news set), each family with its contrasts."""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of as _facts

BLE_GOUDE = "charles-ble-goude"
PUTIN = "vladimir-vladimirovich-putin"
DUTERTE = "rodrigo-roa-duterte"
TUESDAY_2013 = "2013-10-01"  # a Tuesday: "on Monday" is 2013-09-30
WEDNESDAY = "2025-05-07"


# --- unsealings: the act's own verb dates it, whatever the warrant noun and its inset clauses before it -----------------------

@pytest.mark.parametrize(("text", "day"), [
    ("The warrant against Charles Blé Goudé, issued under seal in December 2011, was made public on Monday.", "2013-09-30"),
    ("The warrant against Charles Blé Goudé, issued under seal in 2011, was made public yesterday.", "2013-09-30"),
    ("The warrant for Charles Blé Goudé, which had been issued under seal on 21 December 2011, was made public on Monday.", "2013-09-30"),
    ("The ICC announced on Monday that the warrant against Charles Blé Goudé, issued in 2011, is no longer under seal.", "2013-09-30"),
    # the seal lifted, in the passive; a date that qualifies the warrant noun is the warrant's own
    ("The seal on a warrant for Charles Blé Goudé was lifted on Monday.", "2013-09-30"),
    ("The Court on Monday lifted the seal on a December 2011 warrant against Charles Blé Goudé.", "2013-09-30"),
    # the secrecy's start is no day of the unsealing; the present perfect is the page's day
    ("The ICC has published the arrest warrant against Charles Blé Goudé, which had been under seal since 2011.", TUESDAY_2013),
    # the warrant as the person's own: "X's warrant"
    ("Charles Blé Goudé's warrant was unsealed yesterday.", "2013-09-30"),
])
def test_unsealing_dated_by_its_own_verb(spec, text: str, day: str) -> None:  # noqa: ANN001
    from tests.monitor.probe import rule_candidates

    assert rule_candidates(spec, text, TUESDAY_2013) == [("warrant_unsealed", BLE_GOUDE, None, day)]


@pytest.mark.parametrize("text", [
    # contrasts: an unsealing only spoken of, asked for, denied, or a warrant made public long before
    "The Court may unseal the warrant for Charles Blé Goudé next month.",
    "The warrant for Charles Blé Goudé could be unsealed in the coming weeks.",
    "The Court will make public the warrant for Charles Blé Goudé next week.",
    "Lawyers asked the Court to lift the seal on the warrant for Charles Blé Goudé.",
    "The warrant for Charles Blé Goudé has not been made public.",
    "The warrant for Charles Blé Goudé remains under seal.",
    "The warrant against Charles Blé Goudé, made public in 2011, was executed on Monday.",
])
def test_unsealing_not_told_as_done(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, TUESDAY_2013, "warrant_unsealed") == set()


# --- planned visits: a trip to come in other wordings ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    # a future in the past after a verb of saying, and a trip after accepting an invitation: the month ahead, not the one behind
    ("The Kremlin announced that Vladimir Putin would visit Mongolia on September 3.", "2025-09-03"),
    ("Vladimir Putin has accepted an invitation to visit Mongolia in September.", "2025-09"),
    # a journey in the present progressive is one arranged: the weekday ahead
    ("Vladimir Putin is travelling to Mongolia on Monday.", "2025-05-12"),
    ("Vladimir Putin intends to go to Mongolia in September.", "2025-09"),
    ("A visit by Vladimir Putin to Mongolia is planned for September.", "2025-09"),
    ("Vladimir Putin is expected to make a state visit to Mongolia in September.", "2025-09"),
    # joining a gathering to come
    ("Vladimir Putin is expected to join other leaders at the summit in Ulaanbaatar in September.", "2025-09"),
    # an adverb between the modal and the verb
    ("Mongolia will personally welcome Vladimir Putin in Ulaanbaatar in September.", "2025-09"),
])
def test_trip_to_come(spec, text: str, day: str) -> None:  # noqa: ANN001
    from tests.monitor.probe import rule_candidates

    assert rule_candidates(spec, text, WEDNESDAY) == [("planned_visit", PUTIN, "MNG", day)]


@pytest.mark.parametrize("text", [
    # contrasts: a trip only asked about, an invitation alone or declined, a condition, a trip unlikely
    "It is not known whether Vladimir Putin will travel to Mongolia.",
    "Vladimir Putin has been invited to Mongolia.",
    "Vladimir Putin has declined an invitation to visit Mongolia.",
    "Vladimir Putin could visit Mongolia if the summit goes ahead.",
    "Vladimir Putin is unlikely to visit Mongolia next month.",
    # a journey in the past progressive is no trip announced
    "Vladimir Putin was travelling to Mongolia last September.",
])
def test_no_trip_to_come(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, WEDNESDAY, "planned_visit") == set()


def test_an_older_trip_before_lends_no_place(spec) -> None:  # noqa: ANN001
    # a trip to come told without its place does not take the State of a trip made last year, told the sentence before
    before = "Vladimir Putin attended a summit in Mongolia last year. "
    text = before + "He is also due to attend the next gathering of the group in September."
    assert _facts(spec, text, WEDNESDAY, "planned_visit") == set()
    # contrast: the trip just told, to come, lends its place
    text = "Vladimir Putin will travel to Mongolia next month. He is due to attend the summit there in September."
    assert _facts(spec, text, WEDNESDAY, "planned_visit") == {(PUTIN, "MNG")}


# --- arrests: others arrested, arrests sought, arrests recalled ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the person named inside a clause of another subject or object
    "A man who threatened Rodrigo Duterte was arrested on Tuesday.",
    "The lawyer who represents Rodrigo Duterte was arrested in Manila on Tuesday.",
    "Police arrested a man who had insulted Rodrigo Duterte on Tuesday.",
    "The activists demanding Rodrigo Duterte's arrest were detained on Tuesday.",
    "Two aides who had accompanied Rodrigo Duterte were detained on Tuesday.",
    # arrests sought, supposed or failed
    "The ICC is seeking the arrest of Rodrigo Duterte.",
    "Rights groups demanded that Rodrigo Duterte be arrested.",
    "Mongolia could have arrested Vladimir Putin.",
    "Vladimir Putin was not arrested in Mongolia.",
    # a historical arrest as background of the day's news: dated by its own clause, weeks old
    "Since his arrest in Manila in March, Rodrigo Duterte has been held in The Hague.",
    "Ever since Rodrigo Duterte was arrested in March, his supporters have protested.",
    "Two months after Rodrigo Duterte was arrested, the hearing opened on Tuesday.",
    "The arrest of Rodrigo Duterte in March divided the country.",
])
def test_no_arrest_of_the_person_today(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, WEDNESDAY, "arrest") == set()


@pytest.mark.parametrize("text", [
    "Rodrigo Duterte was arrested on Tuesday at Manila airport.",
    "Philippine police on Tuesday arrested Rodrigo Duterte.",
    # the arrest as a dated noun subject
    "The arrest of Rodrigo Duterte on Tuesday shocked the country.",
    # contrasts to the clauses above: the person as the subject, a relative clause set off by commas, a vehicle carrying him
    "Rodrigo Duterte, who had threatened the Court, was arrested on Tuesday.",
    "A plane carrying Rodrigo Duterte left Manila on Tuesday after his arrest there.",
])
def test_arrest_of_the_person(spec, text: str) -> None:  # noqa: ANN001
    assert DUTERTE in {p for p, _ in _facts(spec, text, WEDNESDAY, "arrest")}


def test_a_new_name_owning_the_warrant(spec) -> None:  # noqa: ANN001
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import extract_candidates

    def names(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(c.type, c.person_name, c.date) for c in extract_candidates(make_document(text, date=WEDNESDAY), spec, mode="rules")]

    # a person the record lacks, named as the warrant's owner before it
    assert names("Ahmed Salem Karimov's arrest warrant was unsealed on Tuesday.") == [("warrant_unsealed", "Ahmed Salem Karimov", "2025-05-06")]
    # contrast: the Court's own warrant names no one
    assert names("The Court's arrest warrant was unsealed on Tuesday.") == []


def test_a_departure_after_the_arrest_places_it(spec) -> None:  # noqa: ANN001
    text = "The plane left Manila before midnight on March 11 to bring Rodrigo Duterte to The Hague, following his arrest hours earlier."
    assert _facts(spec, text, "2025-03-13", "arrest") == {(DUTERTE, "PHL")}
    # contrast: an arrival from a place is no departure after the arrest
    assert _facts(spec, "Rodrigo Duterte was arrested on Tuesday upon his arrival from Hong Kong.", "2025-03-13", "arrest") == {(DUTERTE, None)}


def test_a_time_set_off_by_commas_takes_the_tense_of_its_clause() -> None:
    import datetime as dt

    from iccwatch.monitor.dates import find_dates

    july = dt.date(2025, 7, 1)
    told = "The last time he was in the Oval Office, in April, he sat beside the president, who said talks would follow."
    assert [d.date for d in find_dates(told, july, False)] == ["2025-04"]
    # contrast: a future clause before the comma keeps the month ahead
    ahead = "He will be back in the Oval Office, in April, the president said talks would follow."
    assert [d.date for d in find_dates(ahead, july, False)] == ["2026-04"]


@pytest.mark.parametrize(("text", "want"), [
    # the person as the subject of a warrant served, dated by the serving (not read as the warrant's own date)
    ("Rodrigo Duterte was served a warrant of arrest at Manila airport on Tuesday.", [("arrest", DUTERTE, "PHL", "2025-03-11")]),
    # contrast: a serving only supposed
    ("Rodrigo Duterte will be served a warrant of arrest if he returns.", []),
])
def test_served_with_a_warrant(spec, text: str, want: list[tuple[str, str, str, str]]) -> None:  # noqa: ANN001
    from tests.monitor.probe import rule_candidates

    assert rule_candidates(spec, text, "2025-03-12") == want


def test_a_trip_takes_the_day_its_meeting_is_scheduled(spec) -> None:  # noqa: ANN001
    netanyahu = "benjamin-netanyahu"
    lead = "Benjamin Netanyahu heads to Washington. "
    dated = lead + "For Benjamin Netanyahu, the meeting with the president scheduled for Monday will be a victory lap."
    from tests.monitor.probe import rule_candidates

    assert rule_candidates(spec, dated, WEDNESDAY) == [("planned_visit", netanyahu, "USA", "2025-05-12")]
    # contrast: a meeting of others scheduled for Monday gives the trip no day of its own (the trip under way, "heads to", is
    # the document's day's since session 24: test_rules_s24d)
    other = lead + "The meeting of the foreign ministers scheduled for Monday will be short."
    assert rule_candidates(spec, other, WEDNESDAY) == [("planned_visit", netanyahu, "USA", WEDNESDAY)]
