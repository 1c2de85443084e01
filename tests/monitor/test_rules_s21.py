"""Session 21 (issue 12): a general reading written from the mechanism behind a dev error of batches 44-45 (their test
parts unread), tested with sentences written for the purpose (not copied from the real-news set), with contrasts."""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of as _facts
from tests.monitor.probe import rule_candidates

BASHIR = "omar-hassan-ahmad-al-bashir"
DAY = "2025-05-07"  # a Wednesday


# --- "paid a surprise visit to X": a visit told with words between the article and "visit" -----------------------------------

@pytest.mark.parametrize("text", [
    "Omar al-Bashir paid a surprise visit to Chad on Tuesday.",
    "Omar al-Bashir paid a brief two-day visit to Chad last week.",
    "Omar al-Bashir made an unannounced visit to Chad on Tuesday.",
    "On Tuesday Omar al-Bashir paid his first official visit to Chad.",
])
def test_visit_paid_with_words_before_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "visit") == {(BASHIR, "TCD")}


@pytest.mark.parametrize("text", [
    # contrasts: a decision, a plan or a promise to visit is no visit; a visit paid by someone else to the person
    "Omar al-Bashir made a decision to visit Chad next month.",
    "Omar al-Bashir made plans to visit Chad next month.",
])
def test_no_visit_in_a_decision_or_plan_to_visit(spec, text: str) -> None:  # noqa: ANN001
    assert [c for c in rule_candidates(spec, text, DAY) if c[0] == "visit"] == []


def test_no_visit_in_a_promise_to_visit(spec) -> None:  # noqa: ANN001
    # the trip-made reading ("made his first trip abroad ... to") no longer takes "made a promise to visit" as a trip made
    assert [c for c in rule_candidates(spec, "Omar al-Bashir made a promise to visit Chad soon.", DAY) if c[0] == "visit"] == []
    assert [c[0] for c in rule_candidates(spec, "Omar al-Bashir made his first trip abroad to Chad on Monday.", DAY)] == ["visit"]
