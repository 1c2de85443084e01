"""(Session 32) A question asking who arrested or surrendered a person ('Who surrendered Duterte?', 'Where is Ongwen
held?'): the dashboard answers it with the record's arrests and surrenders (the State with its page, the day, the
event's sources with publisher and grade, primary first, doubts marked) or says the record holds none, with the
person's warrant status and "cite this"; /api/v1/persons/{id}/custody gives the same JSON. Round 37 taught the
reader; the dashboard had sent such a question to the travel map."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlparse

import pytest
from tests.web.conftest import shot

from iccwatch.service.question import CUSTODY_ACTIONS

ASKED_ON = "2026-12-04"


def _recorded(app, person: str) -> list:  # noqa: ANN001
    """The record's custody events of ``person`` by the day asked, read from the record itself."""
    return sorted((e for e in app.state.facts.records.events.values() if e.person == person and e.action in CUSTODY_ACTIONS
                   and str(e.date) <= ASKED_ON), key=lambda e: str(e.date))


def _person(client, name: str) -> str:  # noqa: ANN001
    return client.get("/api/v1/question", params={"q": f"Who surrendered {name}?", "today": ASKED_ON}).json()["person"]


def test_api_question_points_a_custody_question_at_its_answer(client, app) -> None:  # noqa: ANN001
    read = client.get("/api/v1/question", params={"q": "Who surrendered Duterte?", "today": ASKED_ON}).json()
    assert read["asks"] == "custody"
    url = urlparse(read["answer_url"])
    assert url.path == f"/api/v1/persons/{read['person']}/custody" and parse_qs(url.query) == {"on": [ASKED_ON]}
    got = client.get(read["answer_url"])
    assert got.status_code == 200, got.text
    d = got.json()
    recorded = _recorded(app, read["person"])
    assert recorded, "the record holds Duterte's surrender (round 37)"
    assert [(c["state"], c["on"], c["action"], c["event"]) for c in d["custody"]] == [
        (e.state, str(e.date), e.action, e.id) for e in recorded]
    for c, e in zip(d["custody"], recorded, strict=True):
        assert c["state_url"] == f"/states/{e.state}"
        assert c["state_name"] == app.state.facts.records.states[e.state].name
        assert c["disputed"] == e.disputed
        assert {s["url"] for s in c["sources"]} == {str(s.url) for s in e.sources}
        assert all("publisher" in s and "grade" in s and "primary" in s for s in c["sources"])
        primaries = [s["primary"] for s in c["sources"]]
        assert primaries == sorted(primaries, reverse=True)  # primary first
    assert d["warrant"]["conclusion"] and d["question"] == {"person": read["person"], "person_name": read["person_name"],
                                                          "on": ASKED_ON, "asks": "custody"}
    assert d["citation"]["url"].endswith(f"/ask/custody?person={read['person']}&on={ASKED_ON}")
    assert d["citation"]["api_url"].endswith(read["answer_url"])
    assert "Who arrested or surrendered" in d["citation"]["text"] and ".," not in d["citation"]["text"]


def test_api_custody_of_a_person_the_record_holds_none_for(client, app) -> None:  # noqa: ANN001
    person = _person(client, "Putin")
    assert _recorded(app, person) == []
    d = client.get(f"/api/v1/persons/{person}/custody", params={"on": ASKED_ON}).json()
    assert d["custody"] == [] and "holds no arrest or surrender" in d["in_words"]
    assert client.get("/api/v1/persons/no-such-person/custody").status_code == 404


def test_api_custody_leaves_out_what_came_after_the_day_asked(client, app) -> None:  # noqa: ANN001
    person = _person(client, "Duterte")
    first = _recorded(app, person)[0]
    before = client.get(f"/api/v1/persons/{person}/custody", params={"on": "2020-01-01"}).json()
    assert str(first.date) > "2020-01-01" and first.id not in [c["event"] for c in before["custody"]]


def test_dashboard_answers_a_custody_question_with_the_record(client, app) -> None:  # noqa: ANN001
    r = client.get("/ask", params={"question": "Who surrendered Duterte?"}, follow_redirects=False)
    assert r.status_code == 303
    target = urlparse(r.headers["location"])
    assert target.path == "/ask/custody" and target.fragment == "result"
    person = parse_qs(target.query)["person"][0]
    page = client.get(r.headers["location"])
    assert page.status_code == 200
    body = html.unescape(page.text)
    api = client.get(f"/api/v1/persons/{person}/custody", params={"on": parse_qs(target.query)["on"][0]}).json()
    for c in api["custody"]:  # each row of the API's JSON, on the page
        assert f'href="/states/{c["state"]}"' in body and c["on"] in body
        for s in c["sources"]:
            assert s["url"] in body
    assert api["warrant"]["conclusion"][1:] in body  # the sentence, its first letter a capital
    assert 'id="answer-cite"' in body and api["citation"]["title"] in body
    assert 'id="m"' not in body  # not the travel map


def test_dashboard_says_plainly_when_the_record_holds_none(client) -> None:  # noqa: ANN001
    r = client.get("/ask", params={"question": "Who arrested Putin?"}, follow_redirects=True)
    body = html.unescape(r.text)
    assert r.status_code == 200 and "The record holds no arrest or surrender of Vladimir" in body
    bad = client.get("/ask/custody", params={"person": "no-such-person"})
    assert bad.status_code == 404


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_custody_answer_in_the_browser(shared_pages, request, size: str) -> None:  # noqa: ANN001
    from tests.web.conftest import sized_page

    with sized_page(shared_pages, request, size) as page:
        page.goto(page.base + "/ask")
        page.fill("#question", "In March 2025 Duterte was flown to The Hague. Who surrendered him?")
        page.click("form.ask-words button[type=submit]")
        page.wait_for_selector(".custody-answer", timeout=30000)
        text = page.inner_text(".custody-answer")
        assert re.search(r"\d{4}-\d{2}-\d{2}", text) and "Philippines" in text
        page.click("#answer-cite summary")
        assert "Who arrested or surrendered" in page.inner_text("#answer-cite .cite-text")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= page.viewport_size["width"], f"the page overflows: {width} px wide"
        shot(page, f"ask-custody-{size}")
        page.screenshot(path=str(shot.__globals__["ARTIFACTS"] / f"ask-custody-{size}-full.png"), full_page=True)
        assert page.outside == []
