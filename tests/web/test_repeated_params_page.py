"""A dashboard page given a one-value parameter twice says so (the API refuses it with a 422; the framework
kept the last value without a word, so a page could answer for a date the reader did not mean)."""

from __future__ import annotations

import re
from html import unescape

import pytest

NOTICE = re.compile(r'<p class="notice param-notice"[^>]*>(.*?)</p>', re.S)


def _notices(html: str) -> list[str]:
    return [unescape(re.sub(r"<[^>]+>", "", m)) for m in NOTICE.findall(html)]


@pytest.mark.parametrize(("url", "name", "last"), [("/states/MNG?on=2010-01-01&on=2024-09-03", "on", "2024-09-03"),
                                                   ("/events?state=MNG&state=KEN", "state", "KEN")])
def test_a_page_names_a_parameter_given_twice_and_the_value_it_used(client, url: str, name: str, last: str) -> None:  # noqa: ANN001
    r = client.get(url)
    assert r.status_code == 200
    notices = [n for n in _notices(r.text) if "times" in n]
    assert len(notices) == 1, _notices(r.text)
    assert notices[0].startswith(f"{name} is given 2 times") and notices[0].rstrip(".").endswith(f"shown for the last, {last}"), notices
    api = client.get("/api/v1" + url)
    if api.status_code != 404:  # where the API has the address, it refuses the same request
        assert api.status_code == 422

