"""(Session 44) A question given to the ask page under the name the search box uses (`q`, or `text`) was ignored with a
notice listing what the page takes, but without saying which of them was meant; the notice now offers `question`, as it
offers `on` for `date`. Pages that take neither are unchanged (no hint names a parameter the page does not take)."""

from __future__ import annotations

import re
from html import unescape

import pytest

NOTICE = re.compile(r'<p class="notice param-notice"[^>]*>(.*?)</p>', re.S)


def _notices(html: str) -> list[str]:
    return [unescape(re.sub(r"<[^>]+>", "", m)) for m in NOTICE.findall(html)]


@pytest.mark.parametrize("name", ["q", "text"])
def test_the_ask_page_offers_question_for_a_search_word(client, name: str) -> None:  # noqa: ANN001
    notices = _notices(client.get(f"/ask?{name}=Must+Hungary+arrest+Netanyahu").text)
    assert len(notices) == 1 and f"'{name}' is not a parameter of this address; did you mean question?" in notices[0], notices


def test_a_page_without_question_offers_no_hint(client) -> None:  # noqa: ANN001
    notices = _notices(client.get("/events?text=putin").text)
    assert len(notices) == 1 and "did you mean" not in notices[0], notices


def test_the_search_page_still_takes_q(client) -> None:  # noqa: ANN001
    assert _notices(client.get("/search?q=putin").text) == []
