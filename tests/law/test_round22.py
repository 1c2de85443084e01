"""Round 22 (issue 11): the round's questions marked ``api: true`` (tests/law/audit/round22*.yaml) asked of the REST API
(/api/v1) as a caller asks them; each must get the answer expected and pass its ``check:`` block on the API's JSON, as
the service's answer must (tests/law/test_audit.py asks every question of the service)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.law.api_rounds import api_questions, assert_api_and_words, assert_api_answer

API = api_questions("round22*.yaml")


@pytest.mark.parametrize("q", [q for _, q in API], ids=[i for i, _ in API])
def test_round22_api_question(client: Any, q: dict[str, Any]) -> None:
    assert_api_answer(client, q)


def test_the_round_has_questions_through_the_api_and_in_words() -> None:
    assert_api_and_words("round22*.yaml")
