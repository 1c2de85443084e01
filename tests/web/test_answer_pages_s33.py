"""(Session 33) The dashboard's answers to the question kinds session 32 and round 40 taught the reader: what the
Assembly or the Council did about a State's findings of non-compliance ('What sanctions did the Assembly impose on
Mongolia?'), who arrested a person in one State ('Who arrested Duterte in the Philippines?') and a count or a list of
States ('How many States are parties?'). Each has a page of its own, reached from the ask form, and the same JSON under
/api/v1, linked from /api/v1/question's ``answer_url``. Expected values are read from the record itself."""

from __future__ import annotations

import html
from urllib.parse import parse_qs, urlparse

import pytest
from tests.web.conftest import shot

from iccwatch.service.question import CUSTODY_ACTIONS

ASKED_ON = "2026-12-04"
UNTIL_ON = "2026-06-01"  # a withdrawal notified on 2025-06-02 takes effect on 2026-06-02 (checked by a test below)


def _read(client, q: str) -> dict:  # noqa: ANN001
    r = client.get("/api/v1/question", params={"q": q, "today": ASKED_ON})
    assert r.status_code == 200, r.text
    return r.json()


def _findings(app, iso3: str, on: str) -> list:  # noqa: ANN001
    """The Court's findings of non-compliance against ``iso3`` dated by ``on``, read from the record."""
    return sorted((d for d in app.state.facts.records.decisions.values()
                   if d.finding == "non_compliance" and d.state == iso3 and str(d.date) <= on), key=lambda d: (str(d.date), d.id))


def _primary_first(sources: list[dict]) -> None:
    assert all("publisher" in s and "grade" in s and "primary" in s for s in sources), sources
    flags = [s["primary"] for s in sources]
    assert flags == sorted(flags, reverse=True)


# --- the Assembly's or the Council's responses ---------------------------------------------------------------------

def test_api_question_points_a_forum_question_at_the_responses(client, app) -> None:  # noqa: ANN001
    read = _read(client, "What sanctions did the Assembly impose on Mongolia?")
    assert read["asks"] == "responses" and read["forum"] == "ASP"
    url = urlparse(read["answer_url"])
    assert url.path == f"/api/v1/states/{read['state']}/responses"
    assert parse_qs(url.query) == {"forum": ["ASP"], "on": [ASKED_ON]}
    got = client.get(read["answer_url"])
    assert got.status_code == 200, got.text
    d = got.json()
    recorded = _findings(app, read["state"], ASKED_ON)
    assert recorded, "the record holds the Court's finding against Mongolia (2024)"
    assert [f["finding"] for f in d["findings"]] == [x.id for x in recorded]
    assert [f["finding"] for f in d["findings"]] == [f["finding"] for f in read["responses"]]  # the read's own list
    for f, x in zip(d["findings"], recorded, strict=True):
        assert f["date"] == str(x.date) and f["referred_to"] == x.referred_to and f["chamber"] == x.chamber
        assert {s["url"] for s in f["sources"]} == {str(s.url) for s in x.sources}
        _primary_first(f["sources"])
        if not f["responses"]:
            assert f["responses_gap"] == x.responses_gap
    assert d["question"] == {"state": read["state"], "state_name": read["state_name"], "forum": "ASP",
                             "forum_name": "the Assembly of States Parties", "on": ASKED_ON, "asks": "responses"}
    assert d["citation"]["url"].endswith(f"/ask/responses?state={read['state']}&forum=ASP&on={ASKED_ON}")
    assert d["citation"]["api_url"].endswith(read["answer_url"])
    assert ".," not in d["citation"]["text"]


def test_api_responses_list_the_forums_responses_with_their_sources(client, app) -> None:  # noqa: ANN001
    facts = app.state.facts
    linked = [(r, did) for r in facts.records.responses.values() for did in r.about_decisions()
              if did in facts.records.decisions and facts.records.decisions[did].finding == "non_compliance"
              and facts.records.decisions[did].state and len(str(r.date)) == 10]
    assert linked, "the record links some responses to findings"
    r, did = linked[0]
    state = facts.records.decisions[did].state
    d = client.get(f"/api/v1/states/{state}/responses", params={"forum": r.body, "on": ASKED_ON}).json()
    finding = next(f for f in d["findings"] if f["finding"] == did)
    row = next(x for x in finding["responses"] if x["id"] == r.id)
    assert row["date"] == str(r.date) and row["body"] == r.body and row["summary"] == r.summary
    assert {s["url"] for s in row["sources"]} == {str(s.url) for s in r.sources}
    _primary_first(row["sources"])
    other = "UNSC" if r.body == "ASP" else "ASP"
    d2 = client.get(f"/api/v1/states/{state}/responses", params={"forum": other, "on": ASKED_ON}).json()
    assert r.id not in [x["id"] for f in d2["findings"] for x in f["responses"]]  # the other forum's list is its own
    before = client.get(f"/api/v1/states/{state}/responses", params={"forum": r.body, "on": str(r.date)[:4] + "-01-01"}).json()
    assert r.id not in [x["id"] for f in before["findings"] for x in f["responses"]] or str(r.date)[5:] == "01-01"


def test_api_responses_say_plainly_when_the_record_holds_no_finding(client, app) -> None:  # noqa: ANN001
    assert _findings(app, "FRA", ASKED_ON) == []
    d = client.get("/api/v1/states/FRA/responses", params={"forum": "UNSC", "on": ASKED_ON}).json()
    assert d["findings"] == [] and "holds no finding of non-compliance" in d["in_words"]
    first = _findings(app, "MNG", ASKED_ON)[0]
    before = client.get("/api/v1/states/MNG/responses", params={"forum": "ASP", "on": "2020-01-01"}).json()
    assert str(first.date) > "2020-01-01" and before["findings"] == []


@pytest.mark.parametrize(("path", "params", "status", "field"), [
    ("/api/v1/states/MNG/responses", {"forum": "UN"}, 422, "forum"),
    ("/api/v1/states/MNG/responses", {"forum": "ASP", "on": "24/10/2024"}, 422, "on"),
    ("/api/v1/states/MNG/responses", {"forum": ""}, 422, "forum"),
    ("/api/v1/states/Narnia/responses", {"forum": "ASP"}, 404, "state"),
    ("/api/v1/persons/rodrigo-roa-duterte/custody", {"state": "Narnia"}, 404, "state"),
    ("/api/v1/persons/rodrigo-roa-duterte/custody", {"state": ""}, 422, "state"),
    ("/api/v1/persons/no-such-person/custody", {"state": "PHL"}, 404, "person"),
    ("/api/v1/state-lists/members", {}, 422, "list_of"),
    ("/api/v1/state-lists/parties", {"on": "2024-13-01"}, 422, "on"),
    ("/api/v1/state-lists/non_compliance", {"person": "no-such-person"}, 404, "person"),
    ("/api/v1/state-lists/parties", {"person": "omar-hassan-ahmad-al-bashir"}, 422, "person"),
    ("/api/v1/state-lists/parties", {"on": "2020-01-01", "to": "2019-01-01"}, 422, "to"),
    ("/api/v1/state-lists/parties", {"on": "2020-01-01", "to": "2020/12/31"}, 422, "to"),
    ("/api/v1/state-lists/non_compliance", {"on": "2020-01-01", "to": "2020-12-31"}, 422, "to"),
])
def test_api_bad_input_is_named(client, path: str, params: dict, status: int, field: str) -> None:  # noqa: ANN001
    r = client.get(path, params=params)
    assert r.status_code == status, r.text
    assert r.json()["field"] == field


@pytest.mark.parametrize(("path", "status", "said"), [
    ("/ask/responses?state=MNG&forum=UN", 422, "forum"),
    ("/ask/responses?state=MNG&forum=ASP&on=2024.10.24", 422, "on"),
    ("/ask/responses?state=&forum=ASP", 422, "state"),
    ("/ask/responses?state=Narnia&forum=ASP", 404, "state"),
    ("/ask/custody?person=Duterte&state=Narnia", 404, "state"),
    ("/ask/list?list_of=members", 422, "list_of"),
    ("/ask/list?list_of=parties&on=1.1.2020", 422, "on"),
    ("/ask/list?list_of=non_compliance&person=no-such-person", 404, "person"),
    ("/ask/list?list_of=parties&on=2020-01-01&to=2019-12-31", 422, "to"),
])
def test_pages_bad_input_is_named(client, path: str, status: int, said: str) -> None:  # noqa: ANN001
    r = client.get(path)
    assert r.status_code == status, r.text[:500]
    body = html.unescape(r.text)
    assert f"“{said}”" in body or f"'{said}'" in body or f"parameter {said}" in body, body[:2000]


# --- who arrested a person in one State -------------------------------------------------------------------------

def test_api_custody_in_one_state(client, app) -> None:  # noqa: ANN001
    read = _read(client, "Who arrested Duterte in the Philippines?")
    assert read["asks"] == "custody" and read["custody_state"] == "PHL"
    url = urlparse(read["answer_url"])
    assert url.path == f"/api/v1/persons/{read['person']}/custody"
    assert parse_qs(url.query) == {"state": ["PHL"], "on": [ASKED_ON]}
    d = client.get(read["answer_url"]).json()
    recorded = sorted((e for e in app.state.facts.records.events.values() if e.person == read["person"]
                       and e.action in CUSTODY_ACTIONS and e.state == "PHL" and str(e.date) <= ASKED_ON), key=lambda e: str(e.date))
    assert recorded and [c["event"] for c in d["custody"]] == [e.id for e in recorded]
    assert [c["event"] for c in d["custody"]] == [c["event"] for c in read["custody"]]
    assert d["question"]["state"] == "PHL" and d["question"]["state_name"] == "Philippines"
    assert d["citation"]["url"].endswith(f"/ask/custody?person={read['person']}&state=PHL&on={ASKED_ON}")
    none = client.get(f"/api/v1/persons/{read['person']}/custody", params={"state": "MNG", "on": ASKED_ON}).json()
    assert none["custody"] == [] and "by Mongolia (MNG)" in none["in_words"]
    every = client.get(f"/api/v1/persons/{read['person']}/custody", params={"on": ASKED_ON}).json()
    assert "state" not in every["question"]  # without a State, the answer of session 32, unchanged


# --- a count or a list of States --------------------------------------------------------------------------------

def test_api_question_points_a_list_question_at_its_list(client) -> None:  # noqa: ANN001
    for q in ("How many States are parties?", "Which States failed to arrest al-Bashir?", "Which States have withdrawn?"):
        read = _read(client, q)
        assert read["kind"] == "states"
        url = urlparse(read["answer_url"])
        assert url.path == f"/api/v1/state-lists/{read['list_of']}"
        d = client.get(read["answer_url"])
        assert d.status_code == 200, d.text
        d = d.json()
        assert d["count"] == read["count"] and d["in_words"] == read["in_words"]
        assert [r["iso3"] for r in d["states_listed"]] == [r["iso3"] for r in read["states_listed"]]
        for row in d["states_listed"]:
            for s in row.get("sources") or [s for f in row.get("findings") or [] for s in f["sources"]]:
                assert "publisher" in s and "grade" in s and "primary" in s
        page = parse_qs(urlparse(d["citation"]["url"]).query)
        assert page.pop("list_of") == [read["list_of"]] and page == parse_qs(urlparse(read["answer_url"]).query)


# --- the pages --------------------------------------------------------------------------------------------------

def test_ask_form_sends_each_kind_to_its_page(client) -> None:  # noqa: ANN001
    cases = [("What sanctions did the Assembly impose on Mongolia?", "/ask/responses", "/api/v1/states/MNG/responses"),
             ("Who arrested Duterte in the Philippines?", "/ask/custody", None),
             ("How many States are parties?", "/ask/list", "/api/v1/state-lists/parties"),
             ("Which States failed to arrest al-Bashir?", "/ask/list", "/api/v1/state-lists/non_compliance")]
    for q, page_path, api_path in cases:
        r = client.get("/ask", params={"question": q}, follow_redirects=False)
        assert r.status_code == 303, (q, r.text[:300])
        target = urlparse(r.headers["location"])
        assert target.path == page_path and target.fragment == "result", r.headers["location"]
        page = client.get(r.headers["location"])
        assert page.status_code == 200, page.text[:500]
        body = html.unescape(page.text)
        assert 'id="answer-cite"' in body
        if api_path:
            assert api_path in body  # "the same as JSON"
    custody = client.get("/ask", params={"question": "Who arrested Duterte in the Philippines?"}, follow_redirects=False)
    assert parse_qs(urlparse(custody.headers["location"]).query)["state"] == ["PHL"]


def test_responses_page_shows_the_api_answer(client) -> None:  # noqa: ANN001
    api = client.get("/api/v1/states/SDN/responses", params={"forum": "UNSC", "on": ASKED_ON}).json()
    assert api["findings"]
    body = html.unescape(client.get(f"/ask/responses?state=SDN&forum=UNSC&on={ASKED_ON}").text)
    for f in api["findings"]:
        assert f["date"] in body and f'id="f-{f["finding"]}"' in body
        for s in f["sources"]:
            assert s["url"] in body
        for x in f["responses"]:
            assert x["date"] in body and all(s["url"] in body for s in x["sources"])
        if not f["responses"]:
            assert "The record holds no response of the Security Council linked to this finding" in body
    assert api["citation"]["title"] in body
    none = html.unescape(client.get(f"/ask/responses?state=FRA&forum=ASP&on={ASKED_ON}").text)
    assert "The record holds no finding of non-compliance against France" in none


def test_list_page_shows_the_api_answer(client) -> None:  # noqa: ANN001
    api = client.get("/api/v1/state-lists/former_parties", params={"on": ASKED_ON}).json()
    body = html.unescape(client.get(f"/ask/list?list_of=former_parties&on={ASKED_ON}").text)
    assert api["in_words"] in body
    for row in api["states_listed"]:
        assert f'href="/states/{row["iso3"]}' in body and all(s["url"] in body for s in row["sources"])
    assert "checked through" not in body.split('id="list-table"')[1].split("</table>")[0]  # the check date's notice once, not on every row


PAGES = [("responses", "/ask/responses?state=SDN&forum=UNSC&on=" + ASKED_ON, ".responses-answer"),
         ("custody-state", "/ask/custody?person=rodrigo-roa-duterte&state=PHL&on=" + ASKED_ON, ".custody-answer"),
         ("list", "/ask/list?list_of=non_compliance&person=omar-hassan-ahmad-al-bashir&on=" + ASKED_ON, ".list-answer"),
         ("list-parties", "/ask/list?list_of=parties&on=" + ASKED_ON, ".list-answer"),
         # (session 34) a day on which a notified withdrawal had not yet taken effect: the list has a fourth column
         # ("Until"), and its table overflowed a phone (427 px in 390) while it kept its columns
         ("list-parties-until", "/ask/list?list_of=parties&on=" + UNTIL_ON, ".list-answer")]


@pytest.mark.parametrize("size", ["phone", "desktop"])
@pytest.mark.parametrize(("name", "path", "selector"), PAGES)
def test_answer_pages_in_the_browser(shared_pages, request, size: str, name: str, path: str, selector: str) -> None:  # noqa: ANN001
    from tests.web.conftest import ARTIFACTS, sized_page

    with sized_page(shared_pages, request, size) as page:
        page.goto(page.base + path)
        page.wait_for_selector(selector, timeout=30000)
        page.click("#answer-cite summary")
        assert page.inner_text("#answer-cite .cite-text").strip()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width == page.viewport_size["width"], f"the page is {width} px wide in a {page.viewport_size['width']} px window"
        shot(page, f"ask-{name}-{size}")
        page.screenshot(path=str(ARTIFACTS / f"ask-{name}-{size}-full.png"), full_page=True)
        assert page.outside == []


def test_ask_form_reaches_the_responses_page_in_the_browser(shared_pages, request) -> None:  # noqa: ANN001
    from tests.web.conftest import sized_page

    with sized_page(shared_pages, request, "phone") as page:
        page.goto(page.base + "/ask")
        page.fill("#question", "What sanctions did the Assembly impose on Mongolia?")
        page.click("form.ask-words button[type=submit]")
        page.wait_for_selector(".responses-answer", timeout=30000)
        assert "Mongolia" in page.inner_text(".responses-answer")


def test_a_dated_forum_question_lists_what_was_by_its_day(client, app) -> None:  # noqa: ANN001
    """'... against Sudan in 2012?': the read, its answer address and the page list the findings and responses by the
    period's last day, not those of 2015 (the read listed every finding, whatever the day)."""
    read = _read(client, "What action did the Security Council take against Sudan in 2012?")
    assert read["asks"] == "responses" and read["period"] == "2012-01-01/2012-12-31"
    assert parse_qs(urlparse(read["answer_url"]).query)["on"] == ["2012-12-31"]
    d = client.get(read["answer_url"]).json()
    expected = [x.id for x in _findings(app, "SDN", "2012-12-31")]
    later = [x.id for x in _findings(app, "SDN", ASKED_ON) if str(x.date) > "2012-12-31"]
    assert expected and later, "the record holds Sudan's findings of 2010 and 2015"
    assert [f["finding"] for f in d["findings"]] == [f["finding"] for f in read["responses"]] == expected
    assert [[x["id"] for x in f["responses"]] for f in d["findings"]] == [[x["id"] for x in f["responses"]]
                                                                           for f in read["responses"]]


def test_api_a_period_whose_list_changes_points_at_the_same_period(client) -> None:  # noqa: ANN001
    """A period over which the list changes (round 41) is answered at the list's own address with ``to``: the same
    count, States, changes and counts on its first and last day as the question's read (session 33)."""
    read = _read(client, "Which States were parties between 2018 and 2020?")
    assert read["kind"] == "states" and read["list_changes"], read  # the record holds a change in that period
    url = urlparse(read["answer_url"])
    assert parse_qs(url.query)["to"] == [read["period"].split("/")[1]]
    d = client.get(read["answer_url"]).json()
    assert d["count"] == read["count"] and d["list_changes"] == read["list_changes"]
    assert (d["count_first"], d["count_last"]) == (read["count_first"], read["count_last"])
    assert [r["iso3"] for r in d["states_listed"]] == [r["iso3"] for r in read["states_listed"]]
    assert d["question"]["to"] == read["period"].split("/")[1]
    page = client.get(d["citation"]["url"].split("//", 1)[1].split("/", 1)[1].join(["/", ""]))
    assert page.status_code == 200
    one_day = client.get(url.path, params={"on": read["on"]}).json()  # its first day alone: no changes told
    assert not one_day.get("list_changes")
    assert one_day["count"] == read["count_first"]


def test_the_until_day_lists_a_state_leaving(client) -> None:  # noqa: ANN001
    """The browser case "list-parties-until" is only worth its name while the list of UNTIL_ON has a State whose
    withdrawal takes effect later: read that from the API, so a change of the record fails here, not silently."""
    r = client.get("/api/v1/state-lists/parties", params={"on": UNTIL_ON})
    assert r.status_code == 200, r.text
    assert any(s.get("until") for s in r.json()["states_listed"])
