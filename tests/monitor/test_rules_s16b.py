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


# --- a part of a month is a span of days, and a stay so told is judged news by its last day --------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("He came in early April.", ("2025-04-01", "2025-04-10")),
    ("He came in mid-April.", ("2025-04-11", "2025-04-20")),
    ("He came in late February.", ("2025-02-21", "2025-02-28")),
    ("He came at the end of June 2024.", ("2024-06-21", "2024-06-30")),
    ("He came in April.", ("2025-04", None)),  # contrast: the month alone stays a month
])
def test_a_part_of_a_month(text: str, want: tuple[str, str | None]) -> None:
    import datetime as dt

    (d,) = find_dates(text, dt.date(2025, 4, 30))
    assert (d.date, d.end_date) == want


def test_a_stay_early_in_the_month_is_no_news_at_its_end(spec, facts) -> None:  # noqa: ANN001
    from iccwatch.monitor.alerts import alert_for

    text = "The decision follows Benjamin Netanyahu's visit to Budapest in early April."

    def alerts(day: str) -> list[object]:
        got = extract_candidates(make_document(text, date=day), spec, mode="rules")
        return [a for c in got if c.type == "visit" and (a := alert_for(c, facts, day)) is not None]

    # 30 April: the stay ended by 10 April, weeks ago; contrast: on 20 April it may have been ten days before, still news
    assert (len(alerts("2025-04-30")), len(alerts("2025-04-20"))) == (0, 1)


# --- warrants listed after a count; "confirmed that it had issued" is the news, not a recalled warrant ------------------------

def test_the_members_counted_then_listed(spec) -> None:  # noqa: ANN001
    listed = ("\"The following people have been indicted: Joseph Kony, Vincent Otti, Raska Lukwiya, Okot Odhiambo and Dominic Ongwen,\" "
              "he added.")
    text = "The Court has issued arrest warrants for five senior members of the rebel group, the minister said on Friday. " + listed
    got = {c.person for c in extract_candidates(make_document(text, date="2005-10-07"), spec, mode="rules") if c.type == "warrant_issued"}
    assert len(got) == 5
    # contrast: a warrant for one named member: the list after it is not its subjects
    text = "The Court has issued an arrest warrant for Joseph Kony, a senior member of the rebel group, on Friday. " + listed
    got = {c.person for c in extract_candidates(make_document(text, date="2005-10-07"), spec, mode="rules") if c.type == "warrant_issued"}
    assert len(got) == 1


@pytest.mark.parametrize(("text", "want"), [
    ("The Court confirmed that it had issued an arrest warrant against Omar al-Bashir on January 18.", {("omar-hassan-ahmad-al-bashir", None)}),
    # contrast: a relative clause recalls the warrant
    ("Omar al-Bashir, against whom the Court had issued a warrant, travelled to Chad on January 18.", set()),
])
def test_confirmed_that_it_issued(spec, text: str, want: set[tuple[str | None, str | None]]) -> None:  # noqa: ANN001
    assert _facts(spec, text, "2025-01-20", "warrant_issued") == want


# --- a surrender told with an apposition; the Court's custody told after it is no arrest ----------------------------------

AL_HASSAN = "al-hassan-ag-abdoul-aziz-ag-mohamed-ag-mahmoud"


def test_handed_over_with_an_apposition(spec) -> None:  # noqa: ANN001
    text = ("On Saturday, Malian authorities handed over Al Hassan Ag Abdoul Aziz Ag Mohamed Ag Mahmoud, a Malian man who is wanted "
            "for war crimes to the ICC. He has been taken into custody.")
    assert rule_candidates(spec, text, "2018-04-03") == [("surrender", AL_HASSAN, "MLI", "2018-03-31")]
    # contrast: custody told alone is an arrest
    text = "Al Hassan Ag Abdoul Aziz Ag Mohamed Ag Mahmoud has been taken into custody by the police."
    assert [c[0] for c in rule_candidates(spec, text, "2018-04-03")] == ["arrest"]


# --- an arrest made on the warrant the same sentence tells made public -----------------------------------------------------

def test_an_arrest_on_a_warrant_made_public(spec) -> None:  # noqa: ANN001
    text = "Callixte Mbarushimana was taken into custody in the French capital today on a secret warrant that was made public today."
    assert {c[0] for c in rule_candidates(spec, text, "2010-10-12")} == {"warrant_unsealed", "arrest"}
    # contrast: wanted on the warrant, not taken
    text = "Callixte Mbarushimana is wanted on a secret warrant that was made public today."
    assert {c[0] for c in rule_candidates(spec, text, "2010-10-12")} == {"warrant_unsealed"}


# --- a preposition opening a sentence is no first name ---------------------------------------------------------------------

def test_a_preposition_before_a_surname_is_no_first_name(spec) -> None:  # noqa: ANN001
    text = "During Putin\u2019s visit to Mongolia on September 2-3 he met the president."
    assert _facts(spec, text, "2024-09-20", "visit") == {(PUTIN, "MNG")}
    # contrast: a capitalised word that is no preposition still makes another person's name (a namesake, not the record's)
    text = "Dmitry Putin\u2019s visit to Mongolia on September 2-3 was private."
    assert _facts(spec, text, "2024-09-20", "visit") == set()
