"""(session 42) A question with a misspelt common word and a misspelt name ('Must Mongolia arest Putn ...?') was refused as
asking nothing of the law, with no question to ask: read with the common word spelt (round 54), it is refused for the name,
and that refusal's questions to ask (the record's closest names, round 53) are given, with the common word spelt. Nothing
is answered on the guessed name."""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch.service.question import QuestionError, read_question

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize("text", [
    "Must Mongolia arest Putn on 2024-09-03?",
    "Must Mongolia arest Putn?",
])
def test_a_misspelt_word_and_name_give_the_question_to_ask(facts, text: str) -> None:  # noqa: ANN001
    with pytest.raises(QuestionError) as got:
        read_question(facts, text, TODAY, None)
    asks = got.value.asks
    assert asks and all("arrest" in a and "Putin" in a and "arest" not in a for a in asks), asks
    assert "'arest' read as 'arrest'" in str(got.value)


def test_the_name_alone_misspelt_still_gives_its_question(facts) -> None:  # noqa: ANN001
    with pytest.raises(QuestionError) as got:
        read_question(facts, "Must Mongolia arrest Putn on 2024-09-03?", TODAY, None)
    assert got.value.asks == ["Must Mongolia arrest Putin on 2024-09-03?"]
