"""(Session 36, round 46) The ask page's new answers in words: a State's score and rank in the index, each peer group's
lowest band, the day a withdrawal took effect, the persons surrendered in a period, the sanctions in force on a day, a
month holding two joint statements: said on the page with the record's entries and their sources under the same
heading as the command line and the API, at a phone's width and a laptop's. Expected values are read from the record
itself and the index's own explain."""

from __future__ import annotations

import datetime as dt
import html
from urllib.parse import quote

import pytest


def _page(client, q: str) -> str:  # noqa: ANN001
    r = client.get("/ask?question=" + quote(q), follow_redirects=False)
    assert r.status_code == 200, (r.status_code, r.headers.get("location"))
    return html.unescape(r.text)


def test_a_states_index_answer_is_said_with_its_rank_interval_and_method(client, app) -> None:  # noqa: ANN001
    from iccwatch.assess.index import compute_index, explain
    from iccwatch.service.record_answers import RECORD_HEADINGS

    year = dt.date.today().year - 1
    d = explain(app.state.facts, "HUN", year)
    page = _page(client, "Why does Hungary rank where it does?")
    assert f"scored {d['score']} of 100" in page and f"rank {d['rank']} of {d['states_ranked']}" in page
    assert f"from {d['rank_interval'][0]} to {d['rank_interval'][1]}" in page
    assert f"method version {compute_index(app.state.facts, year)['method_version']}" in page
    assert RECORD_HEADINGS["index"] in page  # the heading of its list, the CLI's and the API's words


def test_a_withdrawal_and_the_surrendered_are_said_on_the_ask_page(client, app) -> None:  # noqa: ANN001
    acts = app.state.facts.records.states["BDI"].participation
    day = next(str(p.date) for p in acts if p.instrument == "rome-statute" and p.action == "withdrawal_effective")
    page = _page(client, "When did Burundi's withdrawal take effect?")
    assert f"took effect on {day}" in page
    page = _page(client, "When did South Africa's withdrawal take effect?")  # the contrast: revoked before its effect
    assert "None:" in page and "revoked" in page
    page = _page(client, "Which persons were surrendered in 2025?")
    names = {app.state.facts.records.persons[e.person].name for e in app.state.facts.records.events.values()
             if e.action == "surrender" and str(e.date).startswith("2025")}
    assert names and all(n in page for n in names)


@pytest.mark.parametrize("size", ["phone", "desktop"])
@pytest.mark.parametrize("q", ["Why does Hungary rank where it does?", "Which States rank lowest on due diligence?",
                               "When did the Philippines' withdrawal take effect?", "Which persons were surrendered in 2025?",
                               "Which sanctions against ICC officials were in force on 1 March 2025?",
                               "Did South Africa sign the joint statement of January 2025?"])
def test_round46_answers_fit_the_window(shared_pages, request, size: str, q: str) -> None:  # noqa: ANN001
    from tests.web.conftest import shot, sized_page

    with sized_page(shared_pages, request, size) as page:
        page.goto(page.base + "/ask")
        page.fill("#question", q)
        page.click("form.ask-words button[type=submit]")
        page.wait_for_selector(".record-answer", timeout=60000)
        assert page.inner_text(".record-answer h2") == "The record's answer"
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width == page.viewport_size["width"], f"the page is {width} px wide in a {page.viewport_size['width']} px window"
        slug = "-".join(w.strip("?'").lower() for w in q.split()[:5])
        shot(page, f"ask-r46-{slug}-{size}")
        assert page.outside == []
