"""Session 46 (law59): a comparison of a person's visits with each host's relation to the Statute on the day, answered in
the read ('Which States visited by X were parties at the time?', six languages) with the list the events command gives
(`iccwatch events --person NAME --host-party`): each visit with its day, its host, the host's status that day, what the
host did and its sources. My own sentences; contrasts: a person with no recorded trip, a State asked in the person's
place, a non-comparison that stays as it was."""

from __future__ import annotations

import pytest
from tests.law.reading import read

from iccwatch.service.question import QuestionError

PUTIN, NETANYAHU = "vladimir-vladimirovich-putin", "benjamin-netanyahu"


def _refused(facts, text: str) -> str:
    with pytest.raises(QuestionError) as info:
        read(facts, text)
    return str(info.value)


def _listed(got) -> set[str]:
    return {r["iso3"] for r in got["states_listed"]}


@pytest.mark.parametrize("text", [
    "Which countries visited by Putin since his warrant were States Parties on the day?",
    "Quels pays visités par Poutine depuis son mandat étaient des États parties à ce moment-là ?",
    "¿Qué países visitados por Putin desde su orden de arresto eran Estados Partes en ese momento?",
    "Quali paesi visitati da Putin dal suo mandato di arresto erano Stati parte?",
    "Quais países visitados por Putin desde o mandado de prisão eram Estados Partes na época?",
    "Welche Länder, die Putin seit seinem Haftbefehl besuchte, waren damals Vertragsstaaten?",
])
def test_the_visits_whose_host_was_a_party_are_listed(facts, text):
    got = read(facts, text)
    assert (got["kind"], got["asks"], got["person"]) == ("record", "trips", PUTIN)
    assert got["host_party"] is True
    assert _listed(got) == {"MNG", "TJK"}
    assert all(r["host_status"] in ("party", "party_withdrawal_pending") for r in got["records"])
    assert all(r["sources"] for r in got["records"])
    assert "2024-09-02" in got["in_words"] and "State Party" in got["in_words"]


@pytest.mark.parametrize("text", [
    "Which States visited by Putin since his warrant were not parties to the Statute?",
    "Quels pays visités par Poutine depuis son mandat n'étaient pas parties au Statut ?",
    "Welche Länder, die Putin seit seinem Haftbefehl besuchte, waren keine Vertragsstaaten?",
])
def test_the_visits_whose_host_was_not_a_party_are_listed(facts, text):
    got = read(facts, text)
    assert got["host_party"] is False
    listed = _listed(got)
    assert "MNG" not in listed and "TJK" not in listed
    assert {"CHN", "IND"} <= listed


def test_netanyahus_visits_to_a_party(facts):
    got = read(facts, "Which States visited by Netanyahu since his arrest warrant were parties at the time?")
    assert got["person"] == NETANYAHU and _listed(got) == {"HUN"}
    # the flights over parties are no visits: listed apart in the words, not counted
    assert got["count"] == 1


def test_a_person_with_no_recorded_trip_is_answered_none(facts):
    got = read(facts, "Which States visited by Ahmad Harun were parties at the time?")
    assert got["count"] == 0 and got["states_listed"] == []
    assert "0 trips" in got["in_words"]
    # no start named: 'by' the day asked, not 'from 0001-01-01'; no empty list ': .'
    assert "0001-01-01" not in got["in_words"] and ": ." not in got["in_words"] and ".." not in got["in_words"]


def test_a_state_in_the_persons_place_is_refused(facts):
    said = _refused(facts, "Which States visited by Hungary were parties at the time?")
    assert "no person" in said


def test_a_council_referral_comparison_is_answered_saying_why(facts):
    """Refused in session 46; answered since session 47 (law61, tests/law/test_question_round61.py): the Ukraine
    situation was not referred by the Council, so no visit's host could be bound by a referral."""
    got = read(facts, "Which States visited by Putin were bound by a Security Council referral at the time?")
    assert got["count"] == 0 and "not referred by the Security Council" in got["in_words"]


def test_a_non_comparison_stays_as_it_was(facts):
    got = read(facts, "Which States did Putin visit in 2024?")
    assert got["kind"] == "record" and got.get("host_party") is None
    assert "MNG" in _listed(got) and "CHN" in _listed(got)
    # a State's own duty on a visit's day is still the law's question
    assert read(facts, "Did Mongolia have to arrest Putin on 2 September 2024?")["kind"] == "arrest"
