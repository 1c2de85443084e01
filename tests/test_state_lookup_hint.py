"""An unknown State name's error suggests the States whose names hold its words (never when none or too many)."""

from __future__ import annotations

import pytest

from iccwatch.facts import UnknownState


def test_a_partial_name_lists_the_states_it_may_mean(facts) -> None:  # noqa: ANN001
    with pytest.raises(UnknownState) as e:
        facts.state("Korea")
    message = str(e.value)
    assert "did you mean" in message and "(PRK)" in message and "(KOR)" in message


def test_words_in_another_order_find_the_state(facts) -> None:  # noqa: ANN001
    with pytest.raises(UnknownState, match=r"\(SSD\)"):
        facts.state("Sudan South")


@pytest.mark.parametrize("text", ["Zzz", "republic", "of"])
def test_no_hint_when_nothing_or_too_much_matches(facts, text: str) -> None:  # noqa: ANN001
    with pytest.raises(UnknownState) as e:
        facts.state(text)
    assert "did you mean" not in str(e.value)
