"""A long record table (/events) comes in pages a keyboard or a phone can cross: numbered page links
and "Previous"/"Next" with the page in the address, the filters and the sort kept from page to page, a
link to one row landing on the page that holds it (with or without JavaScript), a skip link to the
table, and the CSV and JSON downloads giving every row of the filter whatever the page."""

from __future__ import annotations

import csv
import html
import io
import json
import math
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from tests.web.conftest import ARTIFACTS, sized_page
from tests.web.test_pages import _axe

from iccwatch.web.pages import MAX_CONTROLS, PAGE_SIZE

BASHIR = "omar-hassan-ahmad-al-bashir"
ROW = re.compile(r'<tr id="(e-[^"]+)"')
PAGER_LINK = re.compile(r'<nav class="pager"[^>]*>(.*?)</nav>', re.S)
HREF = re.compile(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', re.S)


def _csv_rows(client, query: str) -> list[str]:  # noqa: ANN001
    """The rows of the filter, in the table's order, from the CSV (which the page is not)."""
    r = client.get("/events?" + query + ("&" if query else "") + "format=csv")
    assert r.status_code == 200
    rows = list(csv.DictReader(io.StringIO(r.text)))
    return [row for row in rows]


def _ids(client, path: str) -> list[str]:  # noqa: ANN001
    r = client.get(path)
    assert r.status_code == 200, (path, r.status_code)
    return ROW.findall(r.text)


def _pager(text: str) -> list[tuple[str, str]]:
    """The (address, words) of the links in the first pager of a page."""
    m = PAGER_LINK.search(text)
    assert m, "no pager"
    # a link's words as read out, "Page 3" written "3" here
    return [(html.unescape(h), re.sub(r"<[^>]+>", "", w).strip().removeprefix("Page ")) for h, w in HREF.findall(m.group(1))]


def _query(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query)


def _current(text: str) -> str:
    m = re.search(r'<nav class="pager"[^>]*>.*?aria-current="page"[^>]*>\s*(?:<span[^>]*>[^<]*</span>\s*)?(\d+)', text, re.S)
    assert m, "no current page"
    return m.group(1)


def _all_event_ids(client) -> list[str]:  # noqa: ANN001
    """Every event's anchor, from the API (all rows), for comparing with the pages."""
    out: list[str] = []
    while True:
        body = client.get("/api/v1/events", params={"limit": 1000, "offset": len(out)}).json()
        out += [f"e-{e['id']}" for e in body["items"]]
        if not body["items"] or len(out) >= body["total"]:
            return out


@pytest.mark.parametrize("query", ["", f"person={BASHIR}", "sort=state_name&dir=desc", "outcome=failed&sort=person_name"])
def test_the_pages_hold_every_row_once_in_the_tables_order(client, query: str) -> None:  # noqa: ANN001
    everyone = set(_all_event_ids(client)) if not query else None
    first = client.get("/events?" + query)
    assert first.status_code == 200
    n_rows = int(re.search(r"(\d+) rows", first.text).group(1))  # type: ignore[union-attr]
    count = math.ceil(n_rows / PAGE_SIZE)
    seen: list[str] = []
    for n in range(1, count + 1):
        ids = _ids(client, "/events?" + query + ("&" if query else "") + f"page={n}")
        assert len(ids) == (PAGE_SIZE if n < count else n_rows - PAGE_SIZE * (count - 1)), (query, n)
        seen += ids
    assert len(seen) == len(set(seen)) == n_rows, query
    if everyone is not None:
        assert set(seen) == everyone and n_rows > PAGE_SIZE
    # the order of the pages is the order of the whole table, as the CSV gives it (the CSV has no anchor:
    # compared by date, the default sort, where the table is sorted by date)
    if "sort=" not in query:
        dates = [r["date"] for r in _csv_rows(client, query)]
        page_dates = []
        for n in range(1, count + 1):
            text = client.get("/events?" + query + ("&" if query else "") + f"page={n}").text
            page_dates += re.findall(r'<td data-label="Date" class="d">([^<]*)</td>', text)
        assert page_dates == dates


def test_the_pager_links_every_page_keeps_the_filters_and_the_sort(client) -> None:  # noqa: ANN001
    query = f"person={BASHIR}&sort=state_name&dir=desc"
    total = len(_csv_rows(client, f"person={BASHIR}"))
    count = math.ceil(total / PAGE_SIZE)
    assert count >= 3, "the test needs a filter that fills three pages"
    for n in range(1, count + 1):
        text = client.get(f"/events?{query}&page={n}").text
        assert _current(text) == str(n)
        links = _pager(text)
        numbered = {w: h for h, w in links if w.isdigit()}
        assert set(numbered) == {str(k) for k in range(1, count + 1)} - {str(n)}
        for h, _w in links:
            q = _query(h)
            assert q["person"] == [BASHIR] and q["sort"] == ["state_name"] and q["dir"] == ["desc"], h
            assert "row" not in q and "format" not in q
        for k, h in numbered.items():
            assert _query(h)["page"] == [k]
        words = {w.split()[0] for h, w in links if not w.isdigit()}
        assert ("Previous" in words) == (n > 1) and ("Next" in words) == (n < count), (n, words)
        prev = [h for h, w in links if w.startswith("Previous")]
        nxt = [h for h, w in links if w.startswith("Next")]
        if prev:
            assert _query(prev[0])["page"] == [str(n - 1)]
        if nxt:
            assert _query(nxt[0])["page"] == [str(n + 1)]
        # the rows of each page are the person's, whatever the page
        assert all(i.startswith("e-") and "al-bashir" in i for i in ROW.findall(text))
        # sorting by a column starts again at the first page; the downloads give every page
        heads = re.findall(r'<th scope="col"[^>]*><a href="([^"]+)"', text)
        assert heads and all("page=" not in html.unescape(h) and f"person={BASHIR}" in html.unescape(h) for h in heads)
        downloads = [html.unescape(h) for h in re.findall(r'<a class="download" href="([^"]+)"', text)]
        assert len(downloads) == 2 and all("page=" not in h and f"person={BASHIR}" in h for h in downloads), downloads


def test_a_link_to_one_row_opens_the_page_that_holds_it(client) -> None:  # noqa: ANN001
    ordered = []
    total = len(_csv_rows(client, f"person={BASHIR}"))
    for n in range(1, math.ceil(total / PAGE_SIZE) + 1):
        ordered += [(i, n) for i in _ids(client, f"/events?person={BASHIR}&page={n}")]
    for i, n in [ordered[0], ordered[PAGE_SIZE - 1], ordered[PAGE_SIZE], ordered[-1]]:
        text = client.get(f"/events?person={BASHIR}&row={i}").text
        assert f'<tr id="{i}"' in text and _current(text) == str(n), (i, n)
    # a row that is not among the filter's rows: the first page, and a notice naming the field and the row
    r = client.get(f"/events?person={BASHIR}&row=e-no-such-event")
    assert r.status_code == 200 and "e-no-such-event" in r.text and "“row”" in r.text and _current(r.text) == "1"


def test_the_links_the_site_makes_to_an_event_name_its_row(client) -> None:  # noqa: ANN001
    """Gaps' dates and search hits lead to an event: each address asks for its row, so the server answers
    the page that holds it (no script needed)."""
    links = set(re.findall(r'href="(/events\?[^"]+)"', client.get("/gaps").text))
    links |= set(re.findall(r'href="(/events\?[^"]+)"', client.get("/search", params={"q": "bashir"}).text))
    assert len(links) >= 5
    for href in sorted(links)[:12]:
        href = html.unescape(href)
        path, _, anchor = href.partition("#")
        assert anchor.startswith("e-") and _query(path)["row"] == [anchor], href
        assert f'<tr id="{anchor}"' in client.get(path).text, href


def test_the_downloads_give_every_row_of_the_filter_whatever_the_page(client) -> None:  # noqa: ANN001
    everyone = _all_event_ids(client)
    for query, expected in [("", len(everyone)), (f"person={BASHIR}", None)]:
        pages_rows = int(re.search(r"(\d+) rows", client.get("/events?" + query).text).group(1))  # type: ignore[union-attr]
        if expected is not None:
            assert pages_rows == expected
        for page in ("", "&page=2", "&page=3"):
            text = client.get(f"/events?{query}{page}&format=csv").text
            assert len(list(csv.DictReader(io.StringIO(text)))) == pages_rows, (query, page)
            r = client.get(f"/events?{query}{page}&format=json")
            assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
            rows = json.loads(r.text)
            assert len(rows) == pages_rows and all("date" in x and "sources" in x for x in rows), (query, page)


@pytest.mark.parametrize("value", ["0", "abc", "-1", "99", "2.5"])
def test_a_page_that_does_not_exist_is_an_error_naming_the_field(client, value: str) -> None:  # noqa: ANN001
    r = client.get(f"/events?person={BASHIR}&page={value}")
    assert r.status_code == 422 and "“page”" in r.text and repr(value) in html.unescape(r.text), value


def test_a_table_of_one_page_has_no_pager(client) -> None:  # noqa: ANN001
    text = client.get("/events?person=vladimir-vladimirovich-putin").text
    assert 0 < len(ROW.findall(text)) <= PAGE_SIZE and 'class="pager"' not in text
    assert client.get("/events?person=vladimir-vladimirovich-putin&page=1").status_code == 200
    assert client.get("/events?year=1999&page=1").status_code == 200  # an empty table is one (empty) page


#: Visible focusable controls, as the Tab walk counts them (test_pages.FOCUSABLE).
COUNT_CONTROLS = """() => [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])")]
    .filter(e => e.checkVisibility() && e.getBoundingClientRect().width > 0).length"""


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_in_the_browser_a_row_link_lands_on_its_page_and_the_keyboard_moves_between_pages(shared_pages, request, size: str) -> None:  # noqa: ANN001
    with sized_page(shared_pages, request, size) as pg:
        base = pg.base  # type: ignore[attr-defined]
        # an old link with the row in its fragment only (as cited before the table had pages): the page's
        # script asks the server for the page that holds it
        page3 = pg.request.get(f"{base}/events?person={BASHIR}&page=3")  # its rows, read without drawing the page
        assert page3.ok
        last = ROW.findall(page3.text())[-1]
        pg.goto(f"{base}/events?person={BASHIR}#{last}")
        pg.wait_for_url(re.compile(r"row="))
        pg.wait_for_selector(f"tr#{last}")
        assert pg.inner_text(".pager [aria-current=page]").strip().endswith("3")
        box = pg.evaluate(f"(() => {{ const r = document.getElementById('{last}').getBoundingClientRect(); return [r.top, r.bottom, innerHeight]; }})()")
        assert box[1] > 0 and box[0] < box[2], box  # the row is on the screen
        # real Tab presses: the second control of the page is the skip link to the table; Enter on it
        # and a few presses more reach the pager's "Next"
        pg.goto(f"{base}/events")
        pg.keyboard.press("Tab")
        pg.keyboard.press("Tab")
        assert pg.evaluate("document.activeElement.textContent").strip() == "Skip to the table"
        pg.keyboard.press("Enter")
        for _ in range(12):
            pg.keyboard.press("Tab")
            if pg.evaluate("document.activeElement.textContent").strip().startswith("Next"):
                break
        else:
            pytest.fail("Next was not reached within 12 presses of the skip link")
        pg.keyboard.press("Enter")
        pg.wait_for_url(re.compile(r"page=2"))
        assert pg.inner_text(".pager [aria-current=page]").strip().endswith("2")
        # a page of the table is short: few controls, and no sideways scrolling on a phone; the last page
        # (a gap "…" in its numbers) and a row not found (its notice) pass axe as the first page does
        for path in ("/events?page=2", "/events?page=5", f"/events?person={BASHIR}&row=e-no-such-event"):
            pg.goto(base + path)
            assert pg.evaluate(COUNT_CONTROLS) <= MAX_CONTROLS, path
            width = pg.evaluate("[document.documentElement.scrollWidth, innerWidth]")
            assert width[0] <= width[1], (path, width)
            if path == "/events?page=2":  # the screenshot's page, its first screen as loaded
                ARTIFACTS.mkdir(exist_ok=True)
                pg.screenshot(path=str(ARTIFACTS / f"events-paged-{size}.png"))
            else:
                assert _axe(pg) == [], path
