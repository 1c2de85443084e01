"""The round-60 fixes (tests/law/audit/round60.yaml), each with sentences of my own and contrasts that must not be read
the new way; and the comparison's modes written once (question_words.yaml `record_questions.named_modes`). Asked on
tests.law.reading.TODAY (2026-12-04): 'the day before yesterday' is 2026-12-02."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.law.reading import NETANYAHU, PUTIN, read, refused

from iccwatch.facts import Assumption
from iccwatch.service import ask_arrest
from iccwatch.service.question import _lexicon

# --- a withdrawal supposed in a month: its first and last day supposed as the notification's day --------------------


@pytest.mark.parametrize(("text", "state", "person", "on", "days", "answer"), [
    # effective June 2021, before the Ukraine investigation (2022-03-02): no duty stays either way
    ("If Tajikistan had withdrawn in June 2020, would it have had to arrest Putin on 8 October 2025?",
     "TJK", PUTIN, "2025-10-08", ["2020-06-01", "2020-06-30"], "not_obliged"),
    # effective January 2025, the Palestine investigation and the warrant (2024-11-21) before it: the duty stays
    ("Si la Hongrie s'était retirée en janvier 2024, aurait-elle dû arrêter Netanyahou le 3 avril 2025 ?",
     "HUN", NETANYAHU, "2025-04-03", ["2024-01-01", "2024-01-31"], "obliged"),
    # notified in July 2024: still a party (withdrawal pending) on the visit's day
    ("Si Mongolia se hubiera retirado en julio de 2024, ¿habría tenido que detener a Putin el 2 de septiembre de 2024?",
     "MNG", PUTIN, "2024-09-02", ["2024-07-01", "2024-07-31"], "obliged"),
    # a February of 28 days; pending on the day
    ("Wenn Ungarn im Februar 2025 ausgetreten wäre, hätte es Netanyahu am 3. April 2025 festnehmen müssen?",
     "HUN", NETANYAHU, "2025-04-03", ["2025-02-01", "2025-02-28"], "obliged"),
    # effective 2022-02-01 to 2022-02-28, before the investigation of 2022-03-02 either way
    ("Se il Tagikistan si fosse ritirato nel febbraio 2021, avrebbe dovuto arrestare Putin l'8 ottobre 2025?",
     "TJK", PUTIN, "2025-10-08", ["2021-02-01", "2021-02-28"], "not_obliged"),
    ("Se a Mongólia tivesse se retirado em maio de 2023, teria de prender Putin em 2 de setembro de 2024?",
     "MNG", PUTIN, "2024-09-02", ["2023-05-01", "2023-05-31"], "obliged"),
])
def test_a_withdrawal_in_a_month_supposes_its_first_and_last_day(facts, text, state, person, on, days, answer):
    got = read(facts, text)
    assert (got["kind"], got["state"], got["person"], got["on"]) == ("arrest", state, person, on)
    assert got["supposed"]["days"] == days and got["supposed"]["answer"] == answer
    assert "on either day" in got["supposed"]["words"] and "Art. 127(1)" in got["supposed"]["words"]
    for day in days:
        assumed = facts.with_assumptions([Assumption.parse(f"{state} withdrawal_notified {day}")])
        assert ask_arrest(assumed, state, person, dt.date.fromisoformat(on))["answer"] == answer


def test_a_withdrawal_in_a_month_whose_ends_differ_says_what_the_answer_depends_on(facts):
    """Notified 2021-03-01: effective 2022-03-01, before the investigation (not obliged); notified 2021-03-31: effective
    2022-03-31, the investigation before and the warrant after (contested)."""
    said = refused(facts, "If Tajikistan had withdrawn in March 2021, would it have had to arrest Putin on 8 October 2025?")
    assert "notification's day within the month" in said
    assert "TJK withdrawal_notified 2021-03-01" in said and "TJK withdrawal_notified 2021-03-31" in said


@pytest.mark.parametrize(("text", "days"), [
    # contrasts: a year and a day are read as before
    ("Wenn Tadschikistan im Jahr 2020 ausgetreten wäre, hätte es Putin am 8. Oktober 2025 festnehmen müssen?",
     ["2020-01-01", "2020-12-31"]),
    ("If Hungary had withdrawn on 10 March 2024, must it arrest Netanyahu on 3 April 2025?", ["2024-03-10"]),
])
def test_a_year_or_a_day_is_still_read_as_before(facts, text, days):
    assert read(facts, text)["supposed"]["days"] == days


def test_an_accession_in_a_month_stays_refused(facts):
    assert "assume" in refused(facts, "Si le Kazakhstan avait adhéré au Statut en mars 2020, devrait-il arrêter Poutine ?")


# --- 'the day before yesterday' in English, Spanish, Portuguese, Italian and German ----------------------------------


@pytest.mark.parametrize(("text", "state", "person"), [
    ("Was France obliged to arrest Putin the day before yesterday?", "FRA", PUTIN),
    ("¿Tenía España que detener a Putin anteayer?", "ESP", PUTIN),
    ("A Itália tinha de prender Netanyahu anteontem?", "ITA", NETANYAHU),
    ("La Germania doveva arrestare Putin l'altro ieri?", "DEU", PUTIN),
    ("Musste Frankreich Netanyahu vorgestern festnehmen?", "FRA", NETANYAHU),
])
def test_the_day_before_yesterday_is_two_days_before(facts, text, state, person):
    got = read(facts, text)
    assert (got["kind"], got["state"], got["person"], got["on"]) == ("arrest", state, person, "2026-12-02")


@pytest.mark.parametrize("text", [
    # contrasts: 'yesterday' alone, in three languages, is the day before
    "Was France obliged to arrest Putin yesterday?",
    "La Germania doveva arrestare Putin ieri?",
    "Musste Frankreich Putin gestern festnehmen?",
])
def test_yesterday_alone_is_still_the_day_before(facts, text):
    assert read(facts, text)["on"] == "2026-12-03"


# --- the comparison's modes written once ------------------------------------------------------------------------------


def test_both_trips_entries_read_the_one_named_list_of_modes(facts):
    """The round-45 trips entry and the comparison entry name `host_relation`: each reads its three modes, the same
    patterns."""
    lexicon = _lexicon(facts)
    trips = [modes for answer, _, _, modes in lexicon.record_answers if answer == "trips"]
    assert len(trips) == 2
    assert all(set(m) == {"host_party", "host_not_party", "host_referral"} for m in trips)
    assert {k: p.pattern for k, p in trips[0].items()} == {k: p.pattern for k, p in trips[1].items()}
