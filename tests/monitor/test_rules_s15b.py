"""Session 15, second pass: the dev half's remaining errors after batches 34-35 read as general mechanisms (issue 12),
each tested with sentences written for the purpose in other wordings (not copied from the real-news set) and contrast
cases that must not fire."""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of as _facts

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"


# --- a safe conduct promised to the visitor is a refusal to arrest him -----------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Austrian officials said Putin will face no legal risk during his stay in Vienna.", {(PUTIN, "AUT")}),
    ("The Austrian minister said Putin would be able to enter and leave Austria without any hindrance.", {(PUTIN, "AUT")}),
    ("Austria will guarantee the entry of Putin for the talks and his safe return afterwards, the minister said.", {(PUTIN, "AUT")}),
    ("Kenya said Bashir could travel to Nairobi and return home without fear of arrest.", {(BASHIR, "KEN")}),
    # contrasts: a risk stated, a trip's conditions asked, a hindrance of another kind
    ("Austrian officials said Putin could face arrest if he travels to Vienna.", set()),
    ("Austria demanded guarantees from Russia on gas deliveries before Putin's visit.", set()),
    ("Putin's convoy left the airport in Vienna without incident.", set()),
])
def test_a_safe_conduct_is_a_refusal(spec, text: str, want: set[tuple[str, str]]) -> None:  # noqa: ANN001
    assert _facts(spec, text, "2025-10-17", "refusal") == want


def test_the_refusing_state_is_the_one_named_as_a_state_not_a_visitor_demonym(spec) -> None:  # noqa: ANN001
    text = ("Speaking to reporters, the minister said that Austria is ready to host the Russian and American leaders. "
            "He said President Putin will be able to enter and leave the country without any hindrance.")
    assert _facts(spec, text, "2025-10-17", "refusal") == {(PUTIN, "AUT")}


def test_a_demonym_alone_still_names_the_state_a_later_sentence_means(spec) -> None:  # noqa: ANN001
    # contrast: no State named as a State before, the demonym's State is the one meant
    text = ("Kenyan officials spoke to reporters on Monday. "
            "They said Bashir will be able to enter and leave the country without any hindrance.")
    assert _facts(spec, text, "2010-08-30", "refusal") == {(BASHIR, "KEN")}


# --- a joint declaration is a joint statement --------------------------------------------------------------------------

def _joint(spec, text: str, date: str) -> list[int | None]:  # noqa: ANN001
    doc = make_document(text, date=date)
    return [c.announced_count for c in extract_candidates(doc, spec, mode="rules") if c.type == "joint_statement"]


def test_states_among_the_signatories_of_a_joint_declaration_of_support(spec) -> None:  # noqa: ANN001
    text = ("Chile and Spain are among the 60 member states that signed a joint declaration on Monday reaffirming their "
            "support for the independence of the International Criminal Court.")
    assert _joint(spec, text, "2025-02-10") == [60]


@pytest.mark.parametrize("text", [
    # contrasts: a joint declaration on something else, one against the Court
    "Chile and Spain signed a joint declaration on Monday on fishing quotas in the Pacific.",
    "Russia and Myanmar signed a joint declaration against the ICC on Monday, calling it a political tool.",
])
def test_other_joint_declarations_are_not_statements_of_support(spec, text: str) -> None:  # noqa: ANN001
    assert _joint(spec, text, "2025-02-10") == []


# --- a headline's "X withdraws" over the body's notification -------------------------------------------------------------

def _withdrawals(spec, title: str, body: str, date: str) -> set[tuple[str, str | None]]:  # noqa: ANN001
    doc = make_document(f"{title}\n\n{body}", title=title, date=date)
    return {(c.type, c.state) for c in extract_candidates(doc, spec, mode="rules") if c.type.startswith("withdrawal")}


def test_a_headline_withdrawal_over_a_notification_is_that_notification(spec) -> None:  # noqa: ANN001
    title = "Rights groups dismayed as Burundi withdraws from the Rome Statute"
    body = ("On 27 October 2016, the government of Burundi notified the Secretary-General of the United Nations of its "
            "withdrawal from the Rome Statute of the International Criminal Court.")
    assert _withdrawals(spec, title, body, "2016-10") == {("withdrawal_notified", "BDI")}


def test_a_headline_withdrawal_over_another_state_notification_stays(spec) -> None:  # noqa: ANN001
    # contrast: the body notifies for another State; the headline's own State is not that notification
    title = "Burundi withdraws from the Rome Statute"
    body = ("On 27 October 2016, the government of Gambia notified the Secretary-General of the United Nations of its "
            "withdrawal from the Rome Statute of the International Criminal Court.")
    got = _withdrawals(spec, title, body, "2016-10")
    assert ("withdrawal_notified", "GMB") in got
    assert ("withdrawal_notified", "BDI") not in got


# --- a trip put ahead by its own noun, a departure under way told by its purpose -----------------------------------------

NETANYAHU = "benjamin-netanyahu"


def _trips(spec, text: str, date: str) -> set[tuple[str, str | None, str | None]]:  # noqa: ANN001
    doc = make_document(text, date=date)
    return {(c.type, c.person, c.state) for c in extract_candidates(doc, spec, mode="rules") if c.type in ("visit", "planned_visit")}


@pytest.mark.parametrize(("text", "want"), [
    ("Netanyahu took off from the airport at 9 p.m. on Sunday to fly to Washington for talks with the president.",
     {("planned_visit", NETANYAHU, "USA")}),
    ("Putin set off on Monday morning to travel to Mongolia for the anniversary celebrations.", {("planned_visit", PUTIN, "MNG")}),
    # contrast: the arrival told as made is a visit
    ("Netanyahu landed in Washington on Sunday for talks with the president.", {("visit", NETANYAHU, "USA")}),
])
def test_a_departure_under_way_is_a_trip_to_come(spec, text: str, want: set[tuple[str, str, str]]) -> None:  # noqa: ANN001
    assert _trips(spec, text, "2025-07-06") == want


def test_a_visit_scheduled_by_its_noun_is_a_trip_to_come(spec) -> None:  # noqa: ANN001
    text = ("Vladimir Putin departs for Kazakhstan on Wednesday. "
            "His visit, scheduled for October 8-10, includes talks with the Kazakh president.")
    assert _trips(spec, text, "2025-10-08") == {("planned_visit", PUTIN, "KAZ")}


def test_a_visit_told_as_begun_stays_a_visit(spec) -> None:  # noqa: ANN001
    # contrast: the stay told as under way in the past tense
    text = "Vladimir Putin arrived in Kazakhstan on Wednesday. His visit began with talks with the Kazakh president."
    assert _trips(spec, text, "2025-10-08") == {("visit", PUTIN, "KAZ")}


# --- the owner of an entry or a return is the one who travels -------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Austria will guarantee Vladimir Putin's entry for the talks, the minister said.", {(PUTIN, "AUT")}),
    ("Austria will guarantee Vladimir Putin's safe return after the talks, the minister said.", {(PUTIN, "AUT")}),
    # contrast: the possessive owns something else, the owner is no subject
    ("Austria will guarantee Vladimir Putin's delegation a hotel for the talks, the minister said.", set()),
])
def test_a_possessive_entry_or_return_keeps_its_owner(spec, text: str, want: set[tuple[str, str]]) -> None:  # noqa: ANN001
    assert _facts(spec, text, "2025-10-17", "refusal") == want


def test_a_planned_summit_in_a_place_is_a_trip_to_come(spec) -> None:  # noqa: ANN001
    text = "Austria said it will guarantee the entry of Vladimir Putin for a planned summit in Vienna."
    assert ("planned_visit", PUTIN, "AUT") in _trips(spec, text, "2025-10-17")
    # contrast: a summit held, not planned
    assert _trips(spec, "Austria said Vladimir Putin's remarks at a summit in Vienna last year were noted.", "2025-10-17") == set()


# --- "He was arrested" opening a sentence is the pronoun, not an unknown name ---------------------------------------------

DUTERTE = "rodrigo-roa-duterte"


@pytest.mark.parametrize(("text", "want"), [
    ("Rodrigo Duterte is accused of crimes against humanity. He was arrested on Sunday in Manila.", {(DUTERTE, "PHL")}),
    ("Rodrigo Duterte is wanted by the court in The Hague. He was arrested on Sunday in Manila.", {(DUTERTE, "PHL")}),
    # contrast: a capitalised name the record cannot tell apart before "was arrested"
    ("Rodrigo Duterte is accused of crimes against humanity. Months ago, Mr Dela Rosa was arrested in Manila.", set()),
])
def test_a_sentence_opening_he_was_arrested(spec, text: str, want: set[tuple[str, str]]) -> None:  # noqa: ANN001
    assert _facts(spec, text, "2025-03-12", "arrest") == want  # a day after the warrant of 2025-02-10 (an arrest before it is none)
