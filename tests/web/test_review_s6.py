"""What a reader of the dashboard found at a phone's width (390 px) and a laptop's (1366 px), held as
rules: nothing wider than the screen and no data table that scrolls sideways on a phone, the index's
groups never ranked in one table and its ties and bands shown, chart legends whole, sources numbered
with their publisher and grade (primary first), error pages that name the field and keep the value."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from tests.web.conftest import SIDEWAYS_TABLES, http_get, settle

PUTIN = "vladimir-vladimirovich-putin"
# ``pg`` (tests/web/conftest.py): the worker's shared page at a phone's width, then at a laptop's.


# ---- width -----------------------------------------------------------------------------------------

#: Pages whose tables are records (the method document's tables and commands may scroll in their box).
#: The map (/?on=2024-09-03), /index, /states/HUN?on=2026-07-01, /about, /situations and /persons/<Putin>?on=2024-09-03
#: are held to the same two rules in tests/web/test_pages.py, at both widths, where each is loaded anyway, and the
#: index in its other orders by test_index_ranks_each_group_in_its_own_table_and_marks_ties_and_bands below.
TABLE_PAGES = ["/events?state=MNG", "/states/XXX", "/events?year=abc"]


@pytest.mark.parametrize("path", TABLE_PAGES)
def test_no_page_is_wider_than_the_screen_and_no_record_table_scrolls_sideways(pg, path: str) -> None:  # noqa: ANN001
    pg.goto(pg.base + path)
    page_fits_and_no_record_table_scrolls_sideways(pg, path)


def page_fits_and_no_record_table_scrolls_sideways(pg, path: str) -> None:  # noqa: ANN001
    settle(pg)
    wide = pg.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert wide[0] <= wide[1], f"{path} is wider than the screen at {pg.width_name}: {wide}"
    sideways = pg.evaluate(SIDEWAYS_TABLES)
    assert sideways == [], f"{path} at {pg.width_name}: tables scroll sideways: {sideways}"


# ---- the index -------------------------------------------------------------------------------------

def _index_api(server: str, year: int = 2025) -> dict:  # noqa: ANN001
    status, body = http_get(server, f"/api/v1/index?year={year}")
    assert status == 200
    return json.loads(body)


@pytest.mark.parametrize("query", ["?sort=score&dir=desc", "?sort=name"])
def test_index_ranks_each_group_in_its_own_table_and_marks_ties_and_bands(pg, query: str) -> None:  # noqa: ANN001
    """The index in its other orders (in rank order, /index, by tests/web/test_pages.py, where it is loaded anyway),
    which is also held to the width rules of TABLE_PAGES."""
    pg.goto(pg.base + "/index" + query)
    index_ranks_each_group_in_its_own_table_and_marks_ties_and_bands(pg, query)
    page_fits_and_no_record_table_scrolls_sideways(pg, "/index" + query)


def index_ranks_each_group_in_its_own_table_and_marks_ties_and_bands(pg, query: str = "") -> None:  # noqa: ANN001
    """On the index as loaded (``query``: its order, "" for rank order): each group in its own table, ties and bands
    as the API gives them; in rank order each band headed once with its number of States."""
    data = _index_api(pg.base)
    group_of = {r["name"]: r["group"] for r in data["states"]}
    by_name = {r["name"]: r for r in data["states"]}
    tables = pg.query_selector_all("table.index-table")
    assert len(tables) == len(data["groups"]) > 1
    shown = 0
    for table in tables:
        rows = table.evaluate("""t => [...t.querySelectorAll('tbody tr:not(.band-head)')].map(r => ({
            name: r.querySelector('td:nth-child(4)').innerText.trim(), rank: r.querySelector('td:nth-child(2)').innerText,
            interval: r.querySelector('td:nth-child(3)').innerText.trim(), band: r.querySelector('td:nth-child(1)').textContent.trim()}))""")
        groups = {group_of[r["name"]] for r in rows}
        assert len(groups) == 1, f"one table ranks States of several groups: {groups}"  # never a State Party beside another State
        for r in rows:
            api = by_name[r["name"]]
            assert r["rank"].startswith("=") == bool(api["tied"]), r
            assert ("tied" in r["rank"]) == bool(api["tied"]), r
            lo, hi = api["rank_interval"]
            assert r["interval"] == f"{lo}–{hi}", r
            assert r["band"] == str(api["band"]), r
        if not query:  # in rank order, each band is headed, once, with the number of States in it
            heads = table.evaluate("t => [...t.querySelectorAll('tr.band-head')].map(h => h.innerText)")
            bands = [str(by_name[r["name"]]["band"]) for r in rows]
            assert len(heads) == len(set(bands))
            for h in heads:
                band = re.match(r"Band (\d+): (\d+) State", h)
                assert band and int(band.group(2)) == bands.count(band.group(1)), h
        shown += len(rows)
    assert shown == len(data["states"])


def test_index_csv_is_one_group_at_a_time_and_a_bad_group_is_named(server: str) -> None:
    data = _index_api(server)
    for gid in data["groups"]:
        status, body = http_get(server, f"/index?group={gid}&format=csv")
        assert status == 200
        lines = body.strip().splitlines()
        header = lines[0].split(",")
        assert "group" not in header and "tied" in header and "band" in header
        assert len(lines) - 1 == sum(r["group"] == gid for r in data["states"])
    status, body = http_get(server, "/index?group=no-such-group")
    assert status == 422 and "group" in body and "no-such-group" in body


def test_a_states_index_line_names_its_group_band_and_a_shared_rank(pg) -> None:  # noqa: ANN001
    data = _index_api(pg.base)
    tied = next(r for r in data["states"] if r["tied"])
    pg.goto(pg.base + f"/states/{tied['iso3']}?year=2025")
    line = pg.inner_text("section:has(#idx) p.answer")
    assert f"={tied['rank']}" in line and data["groups"][tied["group"]]["label"] in line and f"band {tied['band']}" in line
    links = pg.eval_on_selector_all("a[href*='/report.']", "els => els.map(a => a.getAttribute('href'))")
    assert links and all("year=2025" in h for h in links)  # the report shows the index the page shows


# ---- charts, map and about -------------------------------------------------------------------------

def timeline_legend_shows_every_status_drawn_inside_the_chart(pg) -> None:  # noqa: ANN001
    """On a State's page as loaded: the timeline's legend names every status the chart draws, each label
    inside the chart's box. (/states/HUN?on=2026-07-01 is held to it by tests/web/test_pages.py, where that
    page is loaded anyway.)"""
    chart = pg.wait_for_selector(".chart[data-rendered]", timeout=30000)
    spec = json.loads(chart.get_attribute("data-spec") or "{}")
    statuses = {v["status"] for v in spec["data"]["values"]}
    box = chart.bounding_box()
    assert box
    labels = chart.evaluate("""c => [...c.querySelectorAll('.role-legend-label text')].map(t => {
        const r = t.getBoundingClientRect(); return {text: t.textContent, top: r.top, bottom: r.bottom, left: r.left, right: r.right}; })""")
    seen = {t["text"] for t in labels}
    where = f"{pg.url} at {pg.width_name}"
    assert statuses <= seen, f"{where}: legend lacks {statuses - seen}"
    for t in labels:  # drawn inside the chart's box, never cut off by it
        assert box["y"] - 1 <= t["top"] and t["bottom"] <= box["y"] + box["height"] + 1, (where, t, box)
        assert box["x"] - 1 <= t["left"] and t["right"] <= box["x"] + box["width"] + 1, (where, t, box)


def test_timeline_legend_shows_every_status_drawn_inside_the_chart(pg) -> None:  # noqa: ANN001
    for iso3 in ("BDI", "USA"):  # and HUN in tests/web/test_pages.py
        pg.goto(pg.base + f"/states/{iso3}?on=2026-07-01")
        timeline_legend_shows_every_status_drawn_inside_the_chart(pg)


def map_table_says_what_the_legend_says(pg) -> None:  # noqa: ANN001
    """Asserted by tests/web/test_pages.py on the map at 2024-09-03 at both widths, where that page is loaded
    and drawn anyway (a test of its own here drew the map twice more)."""
    legend = {re.sub(r" \(\d+\)$", "", t) for t in pg.eval_on_selector_all("#legend li", "els => els.map(e => e.textContent.trim())")}
    table = {re.sub(r" \(disputed\)$", "", t) for t in pg.eval_on_selector_all("#map-table tbody td:nth-child(3)", "els => els.map(e => e.textContent.trim())")}
    assert table and table <= legend, table - legend


def about_lists_what_is_incomplete_item_by_item(pg) -> None:  # noqa: ANN001
    """Asserted by tests/web/test_pages.py on /about at both widths, where that page is loaded anyway. Each
    kind's list is folded under its row and, opened, spans the table's width (session 21: in a column of its own
    it was a strip a few words wide, and the page ran to 33,000 px at 1366 px)."""
    for fold in pg.query_selector_all("main tr.incomplete details:not([open]) > summary"):
        fold.click()
    widths = pg.eval_on_selector_all("main td ul.items", """lists => lists.map(u => [
        u.closest('td').getBoundingClientRect().width, u.closest('table').getBoundingClientRect().width])""")
    assert widths and all(td >= 0.95 * table for td, table in widths), widths
    lists = pg.query_selector_all("main td ul")
    assert any(len(u.query_selector_all("li")) > 1 for u in lists)
    for u in lists:
        apart = u.evaluate("""u => [...u.querySelectorAll(':scope > li')].map((li, i) => {
            const s = getComputedStyle(li); return s.listStyleType !== 'none' || (i > 0 && s.borderTopStyle !== 'none'); })""")
        assert all(apart), "list items run together without a marker or a separator"
    assert "`" not in pg.inner_text("main")  # commands shown as code, not between backquotes


# ---- sources --------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", [f"/ask?state=MNG&person={PUTIN}&on=2024-09-03",
                                  f"/ask?state=HUN&person={PUTIN}&on=2026-07-01&assume=HUN+withdrawal_revoked+2026-05-29"])
def test_an_answers_source_marks_point_to_its_listed_sources(pg, path: str) -> None:  # noqa: ANN001
    """In a browser, at both widths: every source mark of an answer points to a source listed on the page.
    (Slow: an answer page with its reasoning and sources, at two widths.)"""
    pg.goto(pg.base + path)
    pg.wait_for_selector(".determination")
    ids = pg.eval_on_selector_all("[id]", "els => els.map(e => e.id)")
    assert len(ids) == len(set(ids)), "an id is used twice"
    for fold in pg.query_selector_all("details.fold:not([open]) > summary"):
        fold.click()  # the recorded answer's reasoning and sources, folded beside a what-if: opened as a reader would
    for section in pg.query_selector_all(".determination"):
        # What the page shows of the answer's sources and marks, read in one call to the browser (one call per
        # element made this test slow); the assertions are on the same texts, links and positions.
        shown = section.evaluate("""s => { const items = [...s.querySelectorAll('ol.sources > li')];
            return {items: items.map(li => ({text: li.innerText, link: li.querySelector("a[href^='http']") !== null})),
                    marks: [...s.querySelectorAll("a[href^='#src-']")].map(a => [a.getAttribute('href'), a.textContent,
                                                                               items.indexOf(s.querySelector(a.getAttribute('href'))) + 1])}; }""")
        items = shown["items"]
        assert items
        kinds = [("primary" in li["text"]) for li in items]
        assert kinds == sorted(kinds, reverse=True), "primary sources first"
        for li in items:
            assert li["link"] and re.search(r"grade [A-Z]", li["text"]), li["text"]
        marks = shown["marks"]
        assert marks
        for href, text, position in marks:  # "[n]" leads to the n-th source listed in the same answer
            assert position > 0 and text == f"[{position}]", (href, text, position)


class _Report(HTMLParser):
    """The footnote marks and the footnotes of a State report."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[str] = []
        self.notes: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:  # noqa: ANN001
        a = dict(attrs)
        if tag == "span" and a.get("class") == "cite":
            self._in, self._buf = "mark", ""
        elif tag == "ol" and a.get("class") == "footnotes":
            self._in = "notes"
        elif tag == "li" and self._in == "notes":
            self.notes.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._in == "mark":
            self.marks.append(self._buf)
            self._in = None
        elif tag == "ol" and self._in == "notes":
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "mark":
            self._buf += data
        elif self._in == "notes" and self.notes:
            self.notes[-1] += data


@pytest.mark.parametrize("iso3", ["HUN", "USA", "SDN"])
def test_report_footnotes_show_publisher_and_grade_and_marks_put_primary_first(server: str, iso3: str) -> None:
    status, html = http_get(server, f"/states/{iso3}/report.html?on=2026-07-01&year=2025")
    assert status == 200
    r = _Report()
    r.feed(html)
    assert r.notes and r.marks
    primary = []
    for note in r.notes:
        publisher, _, rest = note.partition("(")
        assert publisher.strip(" ,"), f"a footnote without its publisher: {note[:80]}"
        assert re.search(r"\(grade [A-Z](, primary)?\)", note), f"a footnote without its grade: {note[:80]}"
        primary.append(", primary)" in note)
    for mark in r.marks:
        numbers = [int(n) for n in re.findall(r"\[(\d+)\]", mark)]
        kinds = [primary[n - 1] for n in numbers]
        assert kinds == sorted(kinds, reverse=True), f"{mark}: a secondary source before a primary one"


def situations_show_their_sources(pg) -> None:  # noqa: ANN001
    """Asserted by tests/web/test_pages.py on /situations at both widths, where that page is loaded anyway."""
    rows = pg.query_selector_all("table.data tbody tr")
    assert rows and all(r.query_selector("details.refs") for r in rows)


# ---- bad input ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "status", "words"), [
    ("/states/HUN?on=2024-13-45", 422, ["“on”", "'2024-13-45'"]),
    ("/persons/" + PUTIN + "?on=2024-02-30", 422, ["“on”", "'2024-02-30'"]),
    ("/states/XXX", 404, ["'XXX'"]),
    ("/persons/nobody-at-all", 404, ["'nobody-at-all'"]),
    ("/events?year=abc", 422, ["“year”", "'abc'"]),
    ("/index?year=1800", 422, ["“year”", "1800"]),
    ("/states/HUN/report.html?year=1800", 422, ["“year”"]),
    ("/persons?status=no-such-status", 422, ["“status”", "'no-such-status'"]),
    ("/events?outcome=no-such-outcome", 422, ["“outcome”", "'no-such-outcome'"]),
    ("/monitor?status=no-such-status", 422, ["“status”", "'no-such-status'"]),
])
def test_an_error_page_names_the_field_and_the_value_given(pg, path: str, status: int, words: list[str]) -> None:  # noqa: ANN001
    response = pg.goto(pg.base + path)
    assert response is not None and response.status == status
    message = pg.inner_text("[role=alert]")
    for w in words:
        assert w in message, (path, message)
    wide = pg.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert wide[0] <= wide[1]


def test_the_ask_form_keeps_the_whole_unknown_value(pg) -> None:  # noqa: ANN001
    pg.goto(pg.base + "/ask?state=QQQ&person=nobody-at-all&on=2024-01-01")
    assert "'QQQ'" in pg.inner_text("#state-error")
    assert "'nobody-at-all'" in pg.inner_text("#person-error")


def test_an_empty_monitor_queue_says_which_status_is_empty(pg) -> None:  # noqa: ANN001
    for status in ("pending", "rejected"):
        pg.goto(pg.base + f"/monitor?status={status}")
        if pg.query_selector("#empty"):
            assert status in pg.inner_text("#empty")
        else:
            assert pg.query_selector("table.data tbody tr")
        assert "`" not in pg.inner_text("main")


# ---- keyboard and cards ---------------------------------------------------------------------------

#: Every page of tests/web/test_pages.PAGES (the map, /ask, /states/HUN, /index, ...) is held to this rule at both
#: widths by that test's Tab walk, on every control it reaches.
@pytest.mark.parametrize("path", ["/events?page=2"])
def test_every_control_the_tab_key_reaches_shows_that_it_has_focus(pg, path: str) -> None:  # noqa: ANN001
    """Thirty real Tab presses from the top of the page (on /events?page=2 they reach its pager): each control focus lands on has a visible focus
    mark (an outline or a shadow). The page notes each control's style as focus reaches it (a listener,
    no synthetic key), so a press costs one round trip to the browser and the notes are read once."""
    pg.goto(pg.base + path)
    settle(pg)
    pg.evaluate("""() => { window.__focusSeen = [];
        document.addEventListener('focusin', () => { const e = document.activeElement; if (!e || e === document.body) return;
            const s = getComputedStyle(e);
            window.__focusSeen.push({what: e.tagName + '#' + e.id + ' ' + (e.getAttribute('type') || ''),
                marked: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'}); }, true); }""")
    for _ in range(30):
        pg.keyboard.press("Tab")
    seen = pg.evaluate("window.__focusSeen")
    assert seen, f"{path} at {pg.width_name}: the Tab key reached no control"
    unmarked = [s["what"] for s in seen if not s["marked"]]
    assert unmarked == [], f"{path} at {pg.width_name}: focus not shown on {sorted(set(unmarked))}"


@pytest.mark.parametrize("path", ["/gaps", "/persons/rodrigo-roa-duterte", "/decisions"])
def test_a_card_on_a_phone_shows_no_column_name_without_a_value(pg, path: str) -> None:  # noqa: ANN001
    if pg.width_name != "phone":
        pytest.skip("cards are the phone's layout")
    pg.goto(pg.base + path)
    settle(pg)
    empty = pg.evaluate("""() => [...document.querySelectorAll('table.stack td')]
        .filter(td => td.getBoundingClientRect().height > 0 && !td.innerText.trim()).map(td => td.dataset.label)""")
    assert empty == [], f"{path}: labels without a value: {sorted(set(empty))}"
