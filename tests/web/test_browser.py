"""The dashboard in a real browser: the map and its slider, the ask form, offline (a person page and a State's
page: the checks tests/web/test_pages.py runs on them as loaded)."""

from __future__ import annotations

from tests.web.conftest import CONTROLS, UNLABELLED, shot


def test_map_party_count_follows_the_date(page) -> None:  # noqa: ANN001
    page.goto(page.base + "/?on=2017-10-26")
    page.wait_for_selector("#map[data-rendered='2017-10-26'] svg", timeout=30000)
    assert page.inner_text("#party-count") == "124"
    page.fill("#on", "2017-10-28")
    page.dispatch_event("#on", "change")
    page.wait_for_selector("#map[data-rendered='2017-10-28']", timeout=30000)
    assert page.inner_text("#party-count") == "123"
    assert page.inner_text("#count-date") == "2017-10-28"
    # the date is written as every other date on the site (YYYY-MM-DD), whatever the browser's locale: a text
    # field, not the browser's date picker (12/02/2026 in an American browser); a date written otherwise is
    # said beside the field and not drawn
    assert page.get_attribute("#on", "type") == "text" and page.input_value("#on") == "2017-10-28"
    assert "YYYY-MM-DD" in page.inner_text("label[for=on]")
    for bad, said in (("10/28/2017", "YYYY-MM-DD"), ("2017-02-30", "not a real calendar date"), ("1999-01-01", "2002-07-01")):
        page.fill("#on", bad)
        page.dispatch_event("#on", "change")
        assert said in page.eval_on_selector("#on", "e => e.validationMessage"), bad
        assert page.get_attribute("#on", "aria-invalid") == "true"
        assert page.get_attribute("#map", "data-rendered") == "2017-10-28"  # nothing asked of the server
    page.fill("#on", "2017-10-28")
    page.dispatch_event("#on", "change")
    assert page.eval_on_selector("#on", "e => e.validity.valid") and page.get_attribute("#on", "aria-invalid") is None
    burundi = page.inner_text("#map-table tr[data-iso3='BDI']")
    assert "former party" in burundi
    shot(page, "map-2017-10-28")
    # the map page's controls are labelled, after the date changed (every page of test_pages.PAGES is held
    # to this at both widths as loaded)
    assert page.eval_on_selector_all(CONTROLS, UNLABELLED) == [], "/"
    assert page.outside == []


def test_slider_moves_the_date(page) -> None:  # noqa: ANN001
    page.goto(page.base + "/?on=2010-01-01")
    page.wait_for_selector("#map[data-rendered='2010-01-01'] svg", timeout=30000)
    first = page.inner_text("#party-count")
    page.focus("#slider")
    page.keyboard.press("End")  # keyboard use: jump to today
    page.dispatch_event("#slider", "change")
    page.wait_for_function("document.querySelector('#map').dataset.rendered !== '2010-01-01'", timeout=30000)
    assert page.inner_text("#party-count") != first
    assert page.outside == []


def person_page_shows_warrants_travels_and_travel_map(page) -> None:  # noqa: ANN001
    """Asserted by tests/web/test_pages.py on /persons/<Putin>?on=2024-09-03 at both widths, where that page is
    loaded anyway (loading it here again, in a third window, cost a page load and a map drawn; its screenshots are
    test_pages' person-phone.png and person-desktop.png)."""
    main = page.inner_text("main")
    assert "Warrants and status" in main
    assert "Mongolia" in main and "failed" in main
    page.wait_for_selector("#map[data-rendered='2024-09-03'] svg", timeout=30000)


def test_ask_shows_the_answer_with_citations(page) -> None:  # noqa: ANN001
    page.goto(page.base + "/ask")
    page.select_option("#state", "MNG")
    page.select_option("#person", "vladimir-vladimirovich-putin")
    page.fill("#on", "2024-09-03")
    page.click("form.ask button[type=submit]")
    page.wait_for_selector(".verdict", timeout=30000)
    assert page.inner_text(".verdict") == "obliged"
    links = page.eval_on_selector_all(".determination a", "els => els.map(e => e.textContent)")
    assert "RS art 89(1)" in links and any(t.startswith("ICC-02/05-01/09-") for t in links)  # the Court's records cited, linked
    assert "Contrary position" in page.inner_text(".determination")
    shot(page, "ask-mongolia-putin")
    assert page.outside == []


def state_page_shows_the_dispute(page) -> None:  # noqa: ANN001
    """Asserted by tests/web/test_pages.py on /states/HUN?on=2026-07-01 at both widths, where that page is loaded
    anyway with its chart drawn, and where its controls are held to be labelled and nothing to load from outside
    (its screenshots: state-phone.png and state-desktop.png)."""
    assert "disputed" in page.inner_text("main")
