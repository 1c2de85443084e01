"""(Session 35, round 44) The ask page's answers in words of each kind the record answers itself (a joint statement's
signatories, sanctions against the Court, findings referred to a forum): said on the page with the record's entries and
their sources, at a phone's width and a laptop's; and a trip across several States is no longer called "a region".
Expected values are read from the record itself."""

from __future__ import annotations

import html
from urllib.parse import quote

import pytest


def _page(client, q: str) -> str:  # noqa: ANN001
    r = client.get("/ask?question=" + quote(q), follow_redirects=False)
    assert r.status_code == 200, (r.status_code, r.headers.get("location"))
    return html.unescape(r.text)


def test_a_statement_answer_is_said_on_the_ask_page_with_its_sources(client, app) -> None:  # noqa: ANN001
    s = app.state.facts.records.statements["js-2025-02-07"]
    assert "BRA" in s.signatories and s.complete
    page = _page(client, "Did Brazil sign the joint statement of 7 February 2025?")
    assert "The record's answer" in page and "Yes: Brazil (BRA) is among the signatories" in page
    assert all(str(x.url) in page for x in s.sources)
    assert 'href="/statements/js-2025-02-07"' in page
    refused = _page(client, "Did Hungary sign the joint statement of 7 February 2025?")
    assert "No: Hungary (HUN) is not among the" in refused  # the contrast: a complete list without Hungary


def test_a_partial_list_keeps_its_doubt_on_the_page(client, app) -> None:  # noqa: ANN001
    s = app.state.facts.records.statements["js-2024-06-14"]
    assert not s.complete and "ZAF" not in s.signatories
    page = _page(client, "Did South Africa sign the joint statement of June 2024?")
    assert "Unknown: South Africa (ZAF)" in page and f"lists {len(s.signatories)} of {s.announced_signatories}" in page


def test_sanctions_and_referrals_are_said_on_the_ask_page(client, app) -> None:  # noqa: ANN001
    page = _page(client, "Which States sanctioned ICC officials?")
    states = {m.state for m in app.state.facts.records.measures.values() if m.kind == "sanctions_against_court" and m.state}
    assert f"{len(states)} State{'' if len(states) == 1 else 's'} took sanctions" in page
    page = _page(client, "How many findings were referred to the Assembly?")
    assert "findings of non-compliance were referred to the Assembly of States Parties" in page
    assert "reversed on appeal" in page


def test_a_trip_across_states_is_no_region_on_the_ask_page(client) -> None:  # noqa: ANN001
    r = client.get("/ask?question=" + quote("Must Putin be arrested on a tour of Mongolia and China?"))
    assert r.status_code == 422
    text = html.unescape(r.text)
    assert "names 2 States" in text and "is a region" not in text and "the trip State by State" in text
    r = client.get("/ask?question=" + quote("Must EU states arrest Netanyahu?"))  # the contrast: a region stays one
    assert "is a region of" in html.unescape(r.text)


@pytest.mark.parametrize("size", ["phone", "desktop"])
@pytest.mark.parametrize("q", ["Did South Africa sign the joint statement of June 2024?", "Which States sanctioned ICC officials?",
                               "How many findings were referred to the Security Council?",
                               # round 45's record answers (tests/web/test_ask_round45_s35.py)
                               "Who is wanted by the ICC?", "Which States has Putin visited since his warrant?",
                               "How did Mongolia comply when Putin visited?"])
def test_record_answers_fit_the_window(shared_pages, request, size: str, q: str) -> None:  # noqa: ANN001
    from tests.web.conftest import shot, sized_page

    with sized_page(shared_pages, request, size) as page:
        page.goto(page.base + "/ask")
        page.fill("#question", q)
        page.click("form.ask-words button[type=submit]")
        page.wait_for_selector(".record-answer", timeout=30000)
        assert page.inner_text(".record-answer h2") == "The record's answer"
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width == page.viewport_size["width"], f"the page is {width} px wide in a {page.viewport_size['width']} px window"
        shot(page, f"ask-record-{q.split()[0].lower()}-{q.split()[-1].strip('?').lower()}-{size}")
        assert page.outside == []


def test_a_record_answer_is_headed_as_one_not_as_an_arrest_question(client) -> None:  # noqa: ANN001
    page = _page(client, "How many findings were referred to the Assembly?")
    h1 = page.split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert "record" in h1 and "arrest" not in h1, h1
    plain = client.get("/ask").text.split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert "arrest" in plain
