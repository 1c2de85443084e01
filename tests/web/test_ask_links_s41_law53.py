"""The ask page's refusals that offer questions to ask (round 53): two States or persons named together, a misspelt
name, a day in numbers whose two readings differ. Each question offered is a link that asks it, at a phone's width and a
laptop's (Debian's Chromium via Playwright, tests/web/conftest.py)."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest
from tests.web.conftest import settle, shot

REFUSALS = [
    ("Must Armenia and Azerbaijan arrest Putin today?", ["Must Armenia arrest Putin today?", "Must Azerbaijan arrest Putin today?"]),
    ("Must Tajikstan arrest Putin?", ["Must Tajikistan arrest Putin?"]),
    ("Was Armenia obliged to arrest Putin on 1/2/2024?", ["Was Armenia obliged to arrest Putin on 1 February 2024?",
                                                          "Was Armenia obliged to arrest Putin on 2 January 2024?"]),
]


def _links(html: str) -> list[tuple[str, str]]:
    block = re.search(r'<ul id="question-asks"[^>]*>(.*?)</ul>', html, re.S)
    assert block, "no list of questions to ask"
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', block.group(1))


@pytest.mark.parametrize(("question", "asks"), REFUSALS)
def test_each_question_offered_is_a_link_that_asks_it(client, question, asks):
    got = client.get("/ask", params={"question": question})
    assert got.status_code == 422
    links = _links(got.text)
    assert [words for _, words in links] == asks
    for url, words in links:
        url = url.replace("&amp;", "&")
        assert parse_qs(urlparse(url).query)["question"] == [words]
        answer = client.get(url, follow_redirects=False)
        assert answer.status_code == 303, (words, answer.text[:300])  # read: on to its answer


def test_a_refusal_offering_nothing_has_no_list(client):
    """Contrast: a question saying nothing of the law offers no question to ask."""
    got = client.get("/ask", params={"question": "Tell me about the weather in Paris"})
    assert got.status_code == 422 and 'id="question-asks"' not in got.text


@pytest.mark.parametrize("question", [q for q, _ in REFUSALS])
def test_the_links_in_a_browser(pg, question):  # noqa: ANN001
    from urllib.parse import quote

    pg.goto(pg.base + "/ask?question=" + quote(question))
    settle(pg)
    links = pg.locator("#question-asks a")
    assert links.count() >= 1
    for i in range(links.count()):
        box = links.nth(i).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= pg.viewport_size["width"] + 1, box
        assert box["height"] >= 20  # a target a finger can take
    overflow = pg.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"the page scrolls sideways by {overflow}px"
    shot(pg, f"law53-ask-links-{pg.width_name}-{REFUSALS[[q for q, _ in REFUSALS].index(question)][1][0][:20].replace(' ', '-')}")
    first = links.nth(0).inner_text()
    links.nth(0).click()
    pg.wait_for_load_state()
    assert "/ask" in pg.url and pg.locator("#question-asks").count() == 0
    assert first.split(" arrest")[0].split()[-1] in pg.content()  # the State offered is the one answered
