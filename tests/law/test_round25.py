"""Round 25 (issue 11): the round's questions in words (tests/law/audit/round25.yaml: the question reader's leftovers of
round 24) asked of /api/v1/question as a caller types them; each must be read as expected (or refused with the words
expected), and the answer address it gives answered as expected (tests/law/test_audit.py asks every question of the
service)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.law.api_rounds import assert_question_in_words, round_questions

WORDS = [(f"{q['_file']}-{q['id']}", q) for q in round_questions("round25*.yaml") if q["kind"] == "question"]


def test_the_round_has_fifteen_questions_in_words() -> None:
    assert len(WORDS) >= 15


@pytest.mark.parametrize("q", [q for _, q in WORDS], ids=[i for i, _ in WORDS])
def test_round25_question_in_words_through_the_api(client: Any, q: dict[str, Any]) -> None:
    assert_question_in_words(client, q)
