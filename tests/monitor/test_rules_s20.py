"""Session 20 (issue 12): general readings written from the mechanisms behind the dev parts' errors of batches 42-43 (their
test parts unread) and the dev leftovers session 19 named, tested with sentences written for the purpose (not copied from the
real-news set), each with contrasts."""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of as _facts
from tests.monitor.probe import rule_candidates

BASHIR = "omar-hassan-ahmad-al-bashir"
PUTIN = "vladimir-vladimirovich-putin"
GBAGBO = "laurent-koudou-gbagbo"
DAY = "2025-05-07"  # a Wednesday


# --- a refusal told as the arrest being none of the government's business; an accusation is none -----------------------------

@pytest.mark.parametrize("text", [
    "Arresting Omar al-Bashir is not the business of the Zambian government, its spokesman said.",
    "\"We have no business with the arrest of Omar al-Bashir,\" Zambia's foreign minister told reporters.",
    "It is none of Zambia's business to arrest Omar al-Bashir, the minister said.",
    "It isn't the job or the business of the Zambian government to arrest Omar al-Bashir, a minister said.",
])
def test_refusal_told_as_no_business_of_the_government(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "refusal") == {(BASHIR, "ZMB")}


@pytest.mark.parametrize("text", [
    # contrasts: an accusation of the State's conduct by someone else, a business that is the arrest's
    "\"By refusing to arrest Omar al-Bashir, Zambia has shamed itself,\" the activist said.",
    "Rights groups criticised Zambia for refusing to arrest Omar al-Bashir.",
    "Zambia's minister said it was the police's business to arrest Omar al-Bashir if he came.",
])
def test_no_refusal_in_an_accusation_or_a_pledge(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "refusal") == set()


def test_refusal_said_by_the_government_is_kept(spec) -> None:  # noqa: ANN001
    text = "Zambia refused to arrest Omar al-Bashir, its foreign minister said on Tuesday."
    assert _facts(spec, text, DAY, "refusal") == {(BASHIR, "ZMB")}


# --- a trip only supposed: "if X showed up in …" -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The minister said that if Vladimir Putin showed up in Germany, the police would have to act.",
    "If Putin turns up in Austria, he must be detained, the chancellor said.",
    "Should Putin appear in Austria, he would be arrested, the chancellor said.",
])
def test_trip_after_if_is_supposed(spec, text: str) -> None:  # noqa: ANN001
    assert [c for c in rule_candidates(spec, text, DAY) if c[0] in ("visit", "planned_visit")] == []


def test_trip_made_after_the_if_clause_is_kept(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin showed up in Tajikistan on Tuesday for a summit, as if nothing had happened."
    assert _facts(spec, text, DAY, "visit") == {(PUTIN, "TJK")}


# --- an arrest made before the Court issued any warrant for the person is no arrest on its warrant -------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("Laurent Gbagbo was arrested by troops loyal to his rival in Abidjan on Monday.", "2011-04-13"),
    ("Forces captured Laurent Gbagbo in his residence in Abidjan today.", "2011-04-11"),
])
def test_arrest_before_any_warrant_is_none(spec, text: str, day: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, day, "arrest") == set()


def test_arrest_after_the_warrant_is_kept(spec) -> None:  # noqa: ANN001
    # the same wording and person, after the Court's first warrant for him (November 2011)
    text = "Laurent Gbagbo was arrested by troops loyal to his rival in Abidjan on Tuesday."
    assert _facts(spec, text, "2011-11-30", "arrest") == {(GBAGBO, "CIV")}
