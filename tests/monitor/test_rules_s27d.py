"""Session 27 (issue 12, task mnear): near misses on the dev half, the right fact with one field wrong (the date, or the type
from a passive read as the person's act). Sentences written for the purpose (not copied from the real-news set), each with a
contrast that must not fire or must keep its reading. No State or person is special-cased: the names below are only the
record's, used as examples; the words are in ``lexicon`` (WHEN_BETWEEN, ARRIVAL_PAST) and ``extract`` (ONGOING_GATHERING,
over the gatherings' vocabulary in data/lookups/monitor_words.yaml)."""

from __future__ import annotations

from tests.monitor.probe import typed as _typed

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

KONY = "joseph-kony"
BASHIR = "omar-hassan-ahmad-al-bashir"




def _types(spec, text: str, date: str) -> list[str]:  # noqa: ANN001
    return sorted(c.type for c in extract_candidates(make_document(text, date=date), spec, mode="rules"))


# --- the date: a transfer whose day comes between the verb and the Court's seat ------------------------------------------------

def test_a_transfer_dated_between_the_verb_and_the_seat(spec) -> None:  # noqa: ANN001
    # in a page dated only to its month, the day the sentence gives (not the month of "Saturday")
    text = "Joseph Kony was extradited on March 7, 2015 to The Hague, the Netherlands, after the Court's warrant was served."
    assert _typed(spec, text, "2015-03", "surrender") == [(KONY, None, "2015-03-07")]


def test_a_transfer_dated_by_a_weekday_or_a_relative_day_between(spec) -> None:  # noqa: ANN001
    assert _typed(spec, "Joseph Kony was flown yesterday to The Hague to face trial.", "2015-03-09", "surrender") == [
        (KONY, None, "2015-03-08")]
    assert _typed(spec, "Joseph Kony was transferred on Saturday to the custody of the ICC.", "2015-03-09", "surrender") == [
        (KONY, None, "2015-03-07")]


def test_a_transfer_to_come_or_a_delegation_sent_is_no_surrender(spec) -> None:  # noqa: ANN001
    # contrasts: a transfer still to come; a verb of sending (a delegation is sent too); a verb of moving with no Court after it
    assert _typed(spec, "Joseph Kony will be extradited on Saturday to The Hague.", "2015-03-09", "surrender") == []
    assert _typed(spec, "A delegation was sent on Saturday to The Hague to discuss Joseph Kony's case.", "2015-03-09", "surrender") == []
    assert _typed(spec, "Joseph Kony was transferred on Saturday to a prison in Gulu.", "2015-03-09", "surrender") == []


# --- the type: a passive "addressed" is no one's presence ------------------------------------------------------------------------

def test_issues_addressed_by_others_are_no_visit(spec) -> None:  # noqa: ANN001
    text = ("\"Omar al-Bashir will be given safety as a head of state, the Court's issues will be addressed by those concerned and "
            "nobody expects him to be arrested in Rwanda,\" the minister told reporters.")
    assert "visit" not in _types(spec, text, "2016-07-15")
    text = "Omar al-Bashir received a letter addressed to him by the Rwandan government."
    assert "visit" not in _types(spec, text, "2016-07-15")


def test_a_person_who_addressed_a_gathering_still_visited(spec) -> None:  # noqa: ANN001
    # contrast: the active verb, the person's own act, stays a visit
    text = "Omar al-Bashir addressed the African Union summit in Kigali on Sunday."
    assert _typed(spec, text, "2016-07-19", "visit") == [(BASHIR, "RWA", "2016-07-17")]


# --- the date: a trip to come to a gathering the document tells as under way -----------------------------------------------------

def test_a_trip_to_a_gathering_under_way_takes_the_documents_day(spec) -> None:  # noqa: ANN001
    text = ("The minister spoke on Thursday on the sidelines of the ongoing African Union summit in Kigali.\n\n"
            "Omar al-Bashir is expected to join other heads of state at the African Union summit in Rwanda.")
    assert _typed(spec, text, "2016-07-15", "planned_visit") == [(BASHIR, "RWA", "2016-07-15")]


def test_a_trip_to_another_gathering_or_none_under_way_stays_undated(spec) -> None:  # noqa: ANN001
    # contrasts: the gathering under way is another one (its name differs); no gathering is told as under way
    text = ("The minister spoke on Thursday on the sidelines of the ongoing Commonwealth summit in London.\n\n"
            "Omar al-Bashir is expected to join other heads of state at the African Union summit in Rwanda.")
    assert _typed(spec, text, "2016-07-15", "planned_visit") == [(BASHIR, "RWA", None)]
    text = ("The minister spoke on Thursday about the African Union summit in Kigali.\n\n"
            "Omar al-Bashir is expected to join other heads of state at the African Union summit in Rwanda.")
    assert _typed(spec, text, "2016-07-15", "planned_visit") == [(BASHIR, "RWA", None)]


# --- the date: a relative day in a page dated only to its month; a gathering's day told in the future passive -------------------

def test_days_ago_in_a_page_dated_to_its_month_gives_that_month() -> None:
    import datetime as dt

    from iccwatch.monitor.dates import find_dates

    # the page's first day is no day to count back from: "a few days ago" in a November page is November, as "yesterday" is
    assert [d.date for d in find_dates("A few days ago, the Court issued a warrant.", dt.date(2024, 11, 1), exact=False)] == ["2024-11"]
    # contrast: a page with its day counts back from it (into the month before when the words reach it)
    assert [d.date for d in find_dates("Two days ago, the Court issued a warrant.", dt.date(2024, 11, 1), exact=True)] == ["2024-10-30"]


def test_a_day_told_after_will_be_held_is_to_come() -> None:
    import datetime as dt

    from iccwatch.monitor.dates import find_dates

    assert [d.date for d in find_dates("The summit will be held on 29 October.", dt.date(2015, 6, 24))] == ["2015-10-29"]
    # contrasts: the past passive, and the perfect ("has been held"), keep the last such day
    assert [d.date for d in find_dates("The summit was held on 29 October.", dt.date(2015, 6, 24))] == ["2014-10-29"]
    assert [d.date for d in find_dates("The talks will go on, the summit having been held on 29 October.", dt.date(2015, 6, 24))] == [
        "2014-10-29"]


def test_a_trip_to_a_gathering_dated_by_its_future_passive(spec) -> None:  # noqa: ANN001
    text = ("Omar al-Bashir will attend the India-Africa summit in New Delhi, a diplomat said.\n\n"
            "The same diplomat added that the summit will be held on 29 October.")
    assert _typed(spec, text, "2015-06-24", "planned_visit") == [(BASHIR, "IND", "2015-10-29")]
