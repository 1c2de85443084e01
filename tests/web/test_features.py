"""What a journalist and a researcher do with the dashboard, by keyboard, at a phone's width and a
laptop's: ask and share an answer, cite it, search, read custody and honest labels, and use the map."""

from __future__ import annotations

import datetime as dt
import json
import re

from tests.web.conftest import SEARCH_BOX

PUTIN = "vladimir-vladimirovich-putin"


def _tab_to(page, selector: str, limit: int = 80) -> None:  # noqa: ANN001
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_ask_by_keyboard_gives_a_permalink_and_a_citation(pg) -> None:  # noqa: ANN001
    pg.goto(pg.base + "/ask")
    _tab_to(pg, "#state")
    pg.keyboard.type("Mongolia")  # a select takes typed text
    _tab_to(pg, "#person")
    pg.keyboard.type("Vladimir")
    _tab_to(pg, "#on")
    pg.keyboard.press("Control+A")  # the field may hold a date already: replaced
    pg.keyboard.type("2024-09-03")  # written as the site writes dates, whatever the browser's locale (docs/web.md)
    _tab_to(pg, "form.ask button[type=submit]")
    pg.keyboard.press("Enter")
    pg.wait_for_selector(".verdict", timeout=30000)
    assert pg.inner_text(".verdict") == "obliged"
    pg.wait_for_function("location.search.includes('state=MNG')", timeout=10000)
    url = pg.evaluate("location.href")
    assert "state=MNG" in url and f"person={PUTIN}" in url and "on=2024-09-03" in url
    pg.click("#answer-cite summary")
    cite = pg.inner_text("#answer-cite .cite-text")
    assert "retrieved" in cite and url.split("//", 1)[1] in cite and ("data commit" in cite or "checked through" in cite)
    # the answer and the sources it rests on, each with its publisher's grade (tests/web/test_cliweb9_s22.py has the rest)
    assert f"answer: {pg.inner_text('.verdict')}" in cite and re.search(r" Sources: [^;]+, grade [ABCX]", cite)
    csl = json.loads(pg.inner_text("#answer-cite .cite-csl"))
    assert csl[0]["URL"] == url and csl[0]["accessed"]["date-parts"][0][0] >= 2024
    assert pg.inner_text("#answer-cite .cite-bib").startswith("@misc{")
    # the permalink, opened afresh, gives the same answer
    pg.goto(url)
    assert pg.inner_text(".verdict") == "obliged"
    assert pg.outside == []


def test_what_if_shows_both_answers_and_labels_assumptions(pg) -> None:  # noqa: ANN001
    pg.goto(pg.base + f"/ask?state=HUN&person={PUTIN}&on=2026-07-01&assume=HUN+withdrawal_revoked+2026-05-29")
    cols = pg.query_selector_all(".compare .col")
    assert len(cols) == 2
    assert "As recorded" in cols[0].inner_text() and "With the assumptions" in cols[1].inner_text()
    assert cols[1].query_selector(".tag.assumed") is not None
    assert cols[0].query_selector(".tag.assumed") is None
    # the recorded answer's reasoning and sources are folded (one control to Tab past, not ~170 links); the
    # answer with the assumptions shows its own open
    fold = cols[0].query_selector("details.fold")
    assert fold is not None and fold.get_attribute("open") is None
    assert not cols[0].query_selector(".tree").is_visible()
    assert cols[1].query_selector("details.fold") is None and cols[1].query_selector(".tree").is_visible()
    fold.query_selector("summary").click()
    assert cols[0].query_selector(".tree").is_visible()
    # an assumption is never shown as a sourced fact with a link
    assert pg.query_selector_all("a[href*='iccwatch.invalid']") == []
    if pg.width_name == "desktop":  # side by side on a laptop, stacked on a phone
        a, b = (c.bounding_box() for c in cols)
        assert a and b and abs(a["y"] - b["y"]) < 5 and b["x"] > a["x"]


def test_a_malformed_assumption_is_shown_beside_its_field(pg) -> None:  # noqa: ANN001
    pg.goto(pg.base + "/ask")
    pg.select_option("#state", "HUN")
    pg.select_option("#person", PUTIN)
    pg.fill("#assume", "HUN leaves")
    pg.click("form.ask button[type=submit]")
    pg.wait_for_selector("#assume-error", timeout=30000)
    assert "cannot read assumption" in pg.inner_text("#assume-error")
    assert pg.get_attribute("#assume", "aria-invalid") == "true"
    assert "assume-error" in (pg.get_attribute("#assume", "aria-describedby") or "")
    field = pg.query_selector("#assume").bounding_box()
    error = pg.query_selector("#assume-error").bounding_box()
    assert field and error and 0 <= error["y"] - (field["y"] + field["height"]) < 80  # right below the field


def test_search_box_on_every_page_by_keyboard(pg) -> None:  # noqa: ANN001
    # that every page has the search box is asserted for every page of test_pages.PAGES at both widths,
    # where each is loaded anyway (loading the map page and two others here again made the browser draw them twice)
    pg.goto(pg.base + "/about")
    assert pg.query_selector(SEARCH_BOX) is not None
    _tab_to(pg, "#site-q")
    pg.keyboard.type("bashir")
    pg.keyboard.press("Enter")
    pg.wait_for_selector("ol.hits", timeout=30000)
    kinds = set(pg.eval_on_selector_all("ol.hits .tag", "els => els.map(e => e.innerText)"))  # one call, not one per hit
    assert {"Person", "Event", "Decision"} <= kinds
    pg.click("ol.hits a[href='/persons/omar-hassan-ahmad-al-bashir']")
    pg.wait_for_selector("h1")
    assert "Al-Bashir" in pg.inner_text("h1")


def person_in_custody_says_so(pg) -> None:  # noqa: ANN001
    """Asserted by tests/web/test_pages.py on /persons/rodrigo-roa-duterte at both widths, where that page is loaded anyway."""
    assert re.search(r"In the Court's custody since \d{4}-\d{2}-\d{2}", pg.inner_text("#custody"))


def test_labels_are_honest(pg, facts) -> None:  # noqa: ANN001
    # a cancelled trip is its own outcome, never "complied"
    pg.goto(pg.base + "/events?person=" + PUTIN)
    row = pg.inner_text("tr#e-2023-08-22-vladimir-vladimirovich-putin-south-africa")
    assert "cancelled" in row and "complied" not in row
    # after the check date: one notice for the page, no "(doubt)" on every row
    # the day after the duty kinds' check date: a day the record may not know everything about
    after = facts.checked_through_of(facts.DUTY_KINDS)[0] + dt.timedelta(days=1)
    pg.goto(pg.base + f"/?on={max(after, dt.date(2026, 7, 1)).isoformat()}")
    assert pg.query_selector_all("#check-notice") and len(pg.query_selector_all("#check-notice")) == 1
    assert "(doubt)" not in pg.inner_text("#map-table")
    assert pg.inner_text("#map-table tr[data-iso3='HUN']").count("disputed") == 1  # the real dispute stays
    names = pg.eval_on_selector_all("#map-table tbody tr td:first-child", "els => els.map(e => e.innerText)")  # one call, not one per row
    assert names[:3] == sorted(names[:3]) and names[0] == "Afghanistan"
    # values for people: no Python lists, no snake_case
    pg.goto(pg.base + "/persons")
    text = pg.inner_text("table.data")
    assert "['" not in text and "at_large" not in text and "Sudan" in text


def test_state_page_sections_and_sources(pg) -> None:  # noqa: ANN001
    pg.goto(pg.base + "/states/USA?on=2025-06-01")
    assert pg.query_selector("#measures") is not None
    assert "sanctions against court" in pg.inner_text("section:has(#measures)")
    pg.goto(pg.base + "/states/MNG?on=2024-09-03")
    duties = pg.eval_on_selector_all("section:has(#duties) tbody tr", "els => els.map(e => e.innerText)")
    assert duties and len(duties) == len(set(duties)) and all(r.strip() for r in duties)
    decision = pg.query_selector("section:has(#dec) tbody tr")
    assert decision is not None and decision.query_selector("details.refs") is not None
    # the answer for Mongolia that these decisions lead to: in tests/web/test_pages.py (an_answer_cites_the_courts_record)


def an_answer_cites_the_courts_record(pg) -> None:  # noqa: ANN001
    """Asserted by tests/web/test_pages.py on the answer for Mongolia, Putin, 2024-09-03 at both widths, where
    that page is loaded anyway: a link to the Court's record, and its first source listed."""
    links = pg.eval_on_selector_all(".determination a", "els => els.map(a => a.getAttribute('href'))")
    assert any(h and h.startswith("https://www.icc-cpi.int/court-record/icc-") for h in links)
    first = pg.query_selector(".determination ol.sources li")
    assert first is not None and ("primary" in first.inner_text() or "grade" in first.inner_text() or first.inner_text())


def map_draws_small_states_as_points_with_a_legend(pg) -> None:  # noqa: ANN001
    """Asserted by tests/web/test_pages.py on the map at 2024-09-03 at both widths, where that page is loaded
    and drawn anyway (a test of its own here drew the map twice more)."""
    circles = pg.query_selector_all("#map svg .mark-symbol path")
    assert len(circles) > 30  # microstates, Caribbean and Pacific States, and Tuvalu from the lookup table
    swatches = pg.eval_on_selector_all("#legend .swatch", "els => els.map(e => getComputedStyle(e).backgroundColor)")
    assert len(swatches) >= 4 and len(set(swatches)) == len(swatches)  # every status its own colour
    legend = pg.query_selector("#legend").bounding_box()
    drawn = pg.query_selector("#map").bounding_box()
    assert legend and drawn
    if pg.width_name == "desktop":
        assert legend["x"] >= drawn["x"] + drawn["width"] - 5 and legend["y"] < drawn["y"] + drawn["height"]  # beside
    else:
        assert legend["y"] >= drawn["y"] + drawn["height"] - 5  # right below on a phone


def test_errors_are_pages_for_pages_and_json_for_the_api(pg) -> None:  # noqa: ANN001
    r = pg.goto(pg.base + "/no-such-page")
    assert r is not None and r.status == 404 and "text/html" in r.headers["content-type"]
    r = pg.goto(pg.base + "/api/v1/no-such-thing")
    assert r is not None and r.status == 404 and "application/json" in r.headers["content-type"]
    r = pg.goto(pg.base + "/api/v1/search?q=bashir")
    assert r is not None and r.status == 200
    data = json.loads(pg.inner_text("body"))
    assert any(i["record_kind"] == "persons" and i["key"] == "omar-hassan-ahmad-al-bashir" for i in data["items"])


def test_the_index_links_to_its_method_as_a_page(pg) -> None:  # noqa: ANN001
    pg.goto(pg.base + "/index")
    # the groups are ranked apart and shown apart: one table per group (tests/web/test_review_s6.py)
    assert len(pg.query_selector_all("table.index-table")) > 1
    pg.click("a[href='/index/method']")
    pg.wait_for_selector("h1")
    assert "index" in pg.inner_text("h1").lower()
    text = pg.inner_text("main")
    assert "What the index does not measure" in text
    # the generated figures are there, and every table scrolls inside its own box
    assert "Largest group sharing one rank" in text
    tables = pg.query_selector_all("main table")
    assert tables and all(t.evaluate("e => e.parentElement.classList.contains('scroll')") for t in tables)


BASHIR = "omar-hassan-ahmad-al-bashir"


def test_a_long_travel_list_is_summarised_grouped_by_year_and_filtered(pg) -> None:  # noqa: ANN001
    pg.goto(pg.base + f"/persons/{BASHIR}")
    # read here, on the page as loaded, for the two tests below (each loaded this page again for it)
    _labels_read_as_words(pg)
    _check_notice_says_today(pg)
    summary = pg.inner_text("#trip-summary")
    total = int(re.match(r"(\d+) travel events? recorded", summary).group(1))  # type: ignore[union-attr]
    assert total == pg.locator("details.year tbody tr").count() > 25
    years = pg.eval_on_selector_all("details.year", "els => els.map(e => [e.id, e.open, e.querySelectorAll('tbody tr').length,"
                                    " e.querySelector('summary').textContent])")
    # folded, one line per year, but the latest year (today's, if it has travel) open
    assert len(years) > 1 and [open_ for _, open_, _, _ in years] == [False] * (len(years) - 1) + [True]
    for year_id, _, n, text in years:
        assert text.startswith(year_id[2:] + ": " + str(n) + " event"), text
        # every row of the group is in that year
        dates = pg.eval_on_selector_all(f"#{year_id} tbody td.d", "els => els.map(e => e.textContent)")
        assert all(d.startswith(year_id[2:]) for d in dates)
    # the assessment counts of the summary add up to the total
    assert sum(int(n) for n in re.findall(r"(\d+)", summary.split("Assessment:")[1].split("Host's duty")[0])) == total
    # filter: failures only, by keyboard
    _tab_to(pg, "#f-outcome")
    pg.select_option("#f-outcome", "failed")
    option = pg.eval_on_selector("#f-outcome", "s => s.selectedOptions[0].textContent")
    pg.click("section[aria-labelledby=t] button[type=submit]")
    pg.wait_for_selector("#trip-filter")
    shown = int(pg.inner_text("#trip-filter").split(" of ")[0])
    assert shown == int(re.search(r"\((\d+)\)", option).group(1)) == pg.locator("details.year tbody tr").count() > 0  # type: ignore[union-attr]
    outcomes = pg.eval_on_selector_all("details.year tbody td[data-label=Assessment]", "els => els.map(e => e.textContent)")
    assert set(outcomes) == {"failed"}
    if pg.width_name == "phone":  # a row is a card: each cell names its column, nothing beyond the right edge
        pg.eval_on_selector_all("details.year", "els => els.forEach(e => e.open = true)")
        cell = pg.locator("details.year[open] tbody td[data-label='Host State']").first
        assert pg.evaluate("(e) => getComputedStyle(e, '::before').content", cell.element_handle()) == '"Host State"'
        assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        box = cell.bounding_box()
        assert box is not None and box["x"] + box["width"] <= 390
    assert pg.outside == []


def _labels_read_as_words(pg) -> None:  # noqa: ANN001
    """On a person's page: acronyms in capitals, never the stored code."""
    assert not re.search(r"\b(unsc|asp)\b", pg.inner_text("main"))


def test_labels_read_as_words_and_a_state_names_each_person_once(pg) -> None:  # noqa: ANN001
    # /persons/<Al-Bashir> is held to _labels_read_as_words in test_a_long_travel_list_..., where it is loaded
    pg.goto(pg.base + "/states/BDI")
    rows = pg.eval_on_selector_all("section[aria-labelledby=duties] tbody tr",
                                   "els => els.map(r => [...r.querySelectorAll('a[href^=\"/persons/\"]')].map(a => a.getAttribute('href')))")
    assert rows and all(len(links) == len(set(links)) for links in rows)
    instruments = pg.eval_on_selector_all("section[aria-labelledby=rel] tbody tr td:nth-child(2)", "els => els.map(e => e.textContent)")
    assert instruments and not any(re.fullmatch(r"[a-z0-9-]+", t) for t in instruments)  # names, not identifiers


def test_an_empty_filter_says_so_and_offers_every_row(pg) -> None:  # noqa: ANN001
    pg.goto(pg.base + "/decisions?year=2003")
    assert "No row matches these filters" in pg.inner_text("#empty")
    assert pg.locator("table.data").count() == 0
    pg.click("#empty a")
    pg.wait_for_selector("table.data tbody tr")
    pg.goto(pg.base + "/events?outcome=failed")
    outcomes = pg.eval_on_selector_all("table.data tbody td[data-label=Assessment]", "els => els.map(e => e.textContent)")
    assert outcomes and set(outcomes) == {"failed"}


def _check_notice_says_today(pg) -> None:  # noqa: ANN001
    """On a page asked of no date: the check notice, if any, speaks of today's date."""
    notice = pg.locator("#check-notice")
    if notice.count():  # only when today is after the record's check date
        assert notice.inner_text().startswith("Today's date")


def test_the_check_notice_says_today_unless_a_date_was_asked(pg) -> None:  # noqa: ANN001
    # /persons/<Al-Bashir> asked of no date is held to _check_notice_says_today in test_a_long_travel_list_...
    pg.goto(pg.base + f"/persons/{BASHIR}?on=2100-01-01")
    assert pg.inner_text("#check-notice").startswith("The date asked (2100-01-01)")


def test_gaps_figures_are_listed_and_each_row_leads_to_its_sources(pg) -> None:  # noqa: ANN001
    pg.goto(pg.base + "/gaps")
    figures = pg.eval_on_selector_all("#figures dt", "els => els.map(e => e.textContent)")
    assert "Failures" in figures and not any("_" in f for f in figures)
    assert not re.search(r"\.0\b", pg.inner_text("#figures"))  # whole numbers of days read as such
    pg.click("table.data tbody tr:first-child td[data-label=Date] a")
    pg.wait_for_selector("table.data tbody tr")
    target = pg.evaluate("location.hash")
    assert target.startswith("#e-") and pg.locator(f"tr[id='{target[1:]}'] details.refs").count() == 1


def a_ruling_that_is_not_a_finding_is_said_in_words(pg) -> None:  # noqa: ANN001
    """Asserted by tests/web/test_pages.py on the answer for Mongolia, Putin, 2024-09-03 at both widths, where that page is loaded anyway."""
    decided = pg.inner_text(".determination dl")
    assert "a ruling (" not in decided  # never the record's identifier in place of what the Court decided


def test_persons_filter_by_status(pg) -> None:  # noqa: ANN001
    pg.goto(pg.base + "/persons")
    everyone = pg.locator("table.data tbody tr").count()
    pg.select_option("#f-status", "at_large")
    pg.click("form.controls button[type=submit]")
    pg.wait_for_url("**status=at_large**")
    statuses = pg.eval_on_selector_all("table.data tbody td[data-label=Status]", "els => els.map(e => e.textContent)")
    # session 39: a person the Court reads at large whom a State holds reads "held by <State>, not surrendered to the
    # Court" (one phrase, the person page's), never "at large" beside "held by"
    assert statuses and len(statuses) < everyone and "at large" in statuses
    assert all(s == "at large" or (s.startswith("held by ") and s.endswith(", not surrendered to the Court")) for s in statuses), statuses


def test_a_derived_treaty_date_names_what_it_follows_from(pg) -> None:  # noqa: ANN001
    pg.goto(pg.base + "/states/IRL")
    derived = pg.eval_on_selector_all("section[aria-labelledby=rel] tbody tr:has(.derived)",
                                      "els => els.map(r => [r.children[1].textContent, r.querySelector('.derived').textContent])")
    assert derived, "Ireland's record has a derived date (data/states/IRL.yaml)"
    for instrument, note in derived:
        assert note.startswith("(date derived from the ") and "Statute's rule" not in note, note  # APIC has its own rule
        assert instrument and not re.fullmatch(r"[a-z0-9-]+", instrument)


def test_a_state_report_is_served_again_from_the_cache(pg) -> None:  # noqa: ANN001
    # Days no other test asks (one pair per width: the server is shared by the worker's tests), so the first
    # request computes the report.
    day = 2 if pg.viewport_size["width"] < 800 else 12
    first = pg.request.get(pg.base + f"/states/MNG/report.html?on=2025-01-{day:02d}")
    assert first.ok and "Mongolia" in first.text() and first.headers["x-cache"] == "miss"
    again = pg.request.get(pg.base + f"/states/MNG/report.html?on=2025-01-{day:02d}")
    assert again.ok and again.text() == first.text() and again.headers["x-cache"] == "hit"
    other_day = pg.request.get(pg.base + f"/states/MNG/report.html?on=2025-01-{day + 1:02d}")
    assert other_day.ok and other_day.headers["x-cache"] == "miss"
    assert pg.request.get(pg.base + "/states/XXX/report.html").status == 404


def test_the_year_of_the_date_asked_is_open(pg) -> None:  # noqa: ANN001
    pg.goto(pg.base + f"/persons/{BASHIR}?on=2015-06-14")
    opened = pg.eval_on_selector_all("details.year[open]", "els => els.map(e => e.id)")
    assert opened == ["y-2015"]
    assert "South Africa" in pg.inner_text("#y-2015")  # the open year's trips are read without a click


def search_context_shows_no_record_identifiers(pg) -> None:  # noqa: ANN001
    """Asserted by tests/web/test_pages.py on /search?q=bashir at both widths, where that page is loaded anyway."""
    contexts = pg.eval_on_selector_all("ol.hits li .help", "els => els.map(e => e.textContent)")
    assert pg.locator("ol.hits li").count() > 10
    assert not any(re.search(r"\b(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+){2,}\b|_", c) for c in contexts), contexts[:5]


def search_says_when_it_shows_only_the_first_results(pg) -> None:  # noqa: ANN001
    """Asserted by tests/web/test_pages.py on /search?q=bashir at both widths, where that page is loaded anyway."""
    n = pg.locator("ol.hits li").count()
    text = pg.inner_text("main")
    assert re.search(rf"The best {n} of \d+ results", text) if n >= 100 else (f"{n} results" in text)


def test_search_says_when_nothing_matches(pg) -> None:  # noqa: ANN001
    # how many results a search shows is said: search_says_when_it_shows_only_the_first_results, in test_pages
    pg.goto(pg.base + "/search?q=zzqxv")
    assert "Nothing in the record matches" in pg.inner_text("main")
