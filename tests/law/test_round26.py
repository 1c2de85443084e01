"""Round 26 (issue 11): the round's questions marked ``api: true`` (tests/law/audit/round26*.yaml; round26h.yaml holds the questions held out until the fixes) asked of the REST API
(/api/v1) as a caller asks them; each must get the answer expected and pass its ``check:`` block on the API's JSON, as
the service's answer must (tests/law/test_audit.py asks every question of the service)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.law.api_rounds import (
    api_questions,
    assert_api_and_words,
    assert_api_answer,
    assert_question_in_words,
    round_questions,
)

API = api_questions("round26*.yaml")


@pytest.mark.parametrize("q", [q for _, q in API], ids=[i for i, _ in API])
def test_round26_api_question(client: Any, q: dict[str, Any]) -> None:
    assert_api_answer(client, q)


def test_the_round_has_questions_through_the_api_and_in_words() -> None:
    assert_api_and_words("round26*.yaml")


WORDS = [(f"{q['_file']}-{q['id']}", q) for q in round_questions("round26*.yaml") if q["kind"] == "question"]


@pytest.mark.parametrize("q", [q for _, q in WORDS], ids=[i for i, _ in WORDS])
def test_round26_question_in_words_through_the_api(client: Any, q: dict[str, Any]) -> None:
    assert_question_in_words(client, q)
