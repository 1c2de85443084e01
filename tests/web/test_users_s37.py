"""(Session 37) The dashboard and the reports as their users use them (docs/web.md, "Users' tasks (session 37)"):
a diplomat reading the State's report on a phone, court staff listing the warrants outstanding and for how long.
Each test failed before its fix; expected values are read from the service, never written in."""

from __future__ import annotations

import re
from html import unescape

import pytest

from iccwatch import service
from iccwatch.facts import Facts

from .conftest import sized_page

#: A State Party: its report's duties table lists every situation, with the persons to arrest.
PARTY = "TJK"


@pytest.mark.parametrize("path", [f"/states/{PARTY}/report.html", "/index/report.html"])
def test_a_report_in_html_fits_a_phone(shared_pages, request, path: str) -> None:  # noqa: ANN001
    """At 390 px the State report's duties table ran 140 px past the screen's edge: its last column, the persons
    to arrest, was cut off and the whole page scrolled sideways; the report had no viewport, so a phone drew it
    980 px wide and shrank its text. A wide table now scrolls in its own box and the page fits the screen."""
    with sized_page(shared_pages, request, "phone") as pg:
        r = pg.goto(pg.base + path)
        assert r is not None and r.status == 200
        assert pg.locator('meta[name="viewport"]').count() == 1
        vw, sw = pg.evaluate("() => [document.documentElement.clientWidth, document.documentElement.scrollWidth]")
        assert sw <= vw, f"{path}: the page is {sw} px wide on a {vw} px screen"
        # nothing is lost: a table wider than the screen can be scrolled to its last column
        hidden = pg.evaluate("""() => [...document.querySelectorAll('table')].filter(t => {
            const s = getComputedStyle(t); return t.scrollWidth > t.clientWidth + 1 && !['auto', 'scroll'].includes(s.overflowX);
          }).length""")
        assert hidden == 0


def test_the_report_keeps_its_print_layout(client) -> None:  # noqa: ANN001
    """The phone's rules are for the screen: the PDF (WeasyPrint, print media) lays the tables out as before."""
    html = client.get(f"/states/{PARTY}/report.html").text
    css = re.search(r"<style>(.*?)</style>", html, re.S)
    assert css
    phone = re.search(r"@media screen and \(max-width:[^)]*\)\s*\{(.*)\}", css.group(1), re.S)
    assert phone and "overflow-x" in phone.group(1)
    assert "overflow-x" not in css.group(1)[:phone.start()]


def _cell(html: str, name: str) -> str:
    """The text of the row of the persons table that links the person."""
    row = re.search(r"<tr[^>]*>(?:(?!</tr>).)*?>" + re.escape(name) + r"</a>(.*?)</tr>", html, re.S)
    assert row, name
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", row.group(1))).split())


def test_the_persons_page_says_since_when_and_why_not(client, facts: Facts) -> None:  # noqa: ANN001
    """Court staff read a bare number of days on the persons page, with no day it counts from or to, and nothing at
    all for a warrant whose issue day is known only to a month or a year. Each count now gives its first day, a
    missing count its reason, and the page the day the days are counted to; the CSV has the day too."""
    html = client.get("/persons", params={"outstanding": "yes"}).text
    rows = service.persons_list(facts, None, None, None, True)
    counted = [r for r in rows if r["days_outstanding"] is not None]
    unknown = [r for r in rows if r["outstanding_unknown"]]
    assert counted and unknown
    for r in counted:
        assert f"yes {r['outstanding_since']} {r['days_outstanding']}" in _cell(html, r["name"]), r["name"]
    for r in unknown:
        assert r["outstanding_unknown"] in _cell(html, r["name"]), r["name"]
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())
    # session 38 (useraudit5): the day counted to is the one rule's (the rows' days_counted_to), no longer the record's day
    assert f"counted to {rows[0]['days_counted_to']}" in text
    # the warrants checked through an earlier day than the record: the count says a change since may be missing
    day, words = facts.checked_through_of(("warrants", "persons"))
    # session 39 (useraudit6): each kind's day is said where they differ, the earlier one in "a change after <day>"
    assert (f"through {words}: a change after {words} may be missing" in text) == (day < facts.checked_through)


def test_the_persons_page_lists_the_warrants_outstanding(client, facts: Facts) -> None:  # noqa: ANN001
    """The page had no way to keep only the persons under a warrant outstanding (the CLI's --outstanding, the API's
    outstanding=true): court staff had to sort and count by eye. It now has the filter, and its CSV the same rows."""
    want = {r["name"] for r in service.persons_list(facts, None, None, None, True)}
    rest = {r["name"] for r in service.persons_list(facts, None, None, None, False)}
    assert want and rest
    r = client.get("/persons", params={"outstanding": "yes", "format": "csv"})
    assert r.status_code == 200
    import csv
    import io

    got = list(csv.DictReader(io.StringIO(r.text)))
    assert {row["name"] for row in got} == want
    assert all(row["outstanding_since"] or row["days_outstanding"] == "" for row in got)
    assert any(row["outstanding_since"] for row in got)
    html = client.get("/persons", params={"outstanding": "no"}).text
    assert all(f">{n}</a>" not in html for n in want)
    bad = client.get("/persons", params={"outstanding": "maybe"})
    assert bad.status_code == 422 and "outstanding" in bad.text


def test_an_answer_about_a_day_with_a_recorded_trip_says_what_the_record_holds_of_it(client, facts: Facts) -> None:  # noqa: ANN001
    """A journalist asked whether a State had to arrest a person on the day of his recorded visit: the answer gave the
    law's duty and nothing of the visit (no arrest, and how it was assessed), though the person's page links each
    trip to this answer. The answer now says what the record holds of that day, linked to the trip, with its
    assessment and sources; a day with no trip has no such block."""
    rows = [r for r in service.assessed_events(facts) if len(r["date"]) == 10 and r.get("trip") == "visit"]
    assert rows
    r = rows[-1]
    html = client.get("/ask", params={"state": r["state"], "person": r["person"], "on": r["date"]}).text
    block = re.search(r'<div id="trips-on-day"[^>]*>(.*?)</div>', html, re.S)
    assert block, "no block for the day of a recorded trip"
    assert f'href="/persons/{r["person"]}#e-{r["event"]}"' in block.group(1)
    _, outcome = service.event_texts(r)
    assert outcome in unescape(block.group(1))
    # the day before the trip began (none recorded then, for this person in this State)
    days = {x["date"] for x in service.assessed_events(facts, r["state"], r["person"])}
    import datetime as dt

    before = (dt.date.fromisoformat(r["date"]) - dt.timedelta(days=40)).isoformat()
    if not any(d[:7] == before[:7] or d[:4] == before for d in days):
        html = client.get("/ask", params={"state": r["state"], "person": r["person"], "on": before}).text
        assert 'id="trips-on-day"' not in html


def _misspelt_state(client, facts: Facts) -> tuple[str, str]:  # noqa: ANN001
    """A State's one-word name with one letter dropped ('Tajikstan'), which the search finds nothing for."""
    for st in sorted(facts.records.states.values(), key=lambda s: s.iso3):
        if " " in st.name or len(st.name) < 8:
            continue
        q = st.name[:5] + st.name[6:]
        if client.get("/api/v1/search", params={"q": q}).json()["total"] == 0:
            return st.iso3, q
    raise AssertionError("no State's name to misspell")


def test_a_search_for_a_misspelt_state_offers_the_state(client, facts: Facts) -> None:  # noqa: ANN001
    """A journalist typed a State's name with a letter missing into the search box: "Nothing in the record matches",
    with no suggestion (the search offered persons only; the State commands offered the State). The page, the API
    and the CLI now offer the State closest in spelling, linked to its page."""
    iso3, q = _misspelt_state(client, facts)
    api = client.get("/api/v1/search", params={"q": q}).json()
    assert {"kind": "states", "id": iso3, "name": facts.records.states[iso3].name, "url": f"/states/{iso3}"} in api["did_you_mean"]
    page = client.get("/search", params={"q": q}).text
    assert re.search(r"Did you mean [^?]*<a href=\"/states/" + iso3 + '">', page)
