"""Session 17's look at the dashboard as a new user (cliweb4): checks run on pages tests/web/test_pages.py
loads anyway (PAGE_CHECKS), so no page is loaded and drawn again for them."""

from __future__ import annotations


def a_what_if_says_its_assumption_in_words(page) -> None:  # noqa: ANN001
    """The what-if answer showed its assumption as typed ("HUN withdrawal_revoked 2026-05-29"): a code and a
    key. It now says it with the State's name and the act in words, the typed form beside it."""
    assumed = page.inner_text(".compare dd:has(.tag.assumed)")
    assert "Hungary: withdrawal revoked on 2026-05-29" in assumed
    assert assumed.index("Hungary") < assumed.index("withdrawal_revoked")  # the words first, the typed form after
