"""The dashboard in a browser as a journalist on a phone would read it (session 16, cliweb3). Each test
failed before its fix; tests/test_cliweb3_s16.py has the checks that need no browser."""

from __future__ import annotations

import re

import pytest
from tests.web.conftest import http_get, settle, sized_page

PUTIN = "vladimir-vladimirovich-putin"

#: Each date kept on one line (``span.nw``) that the browser drew over two lines.
SPLIT_DATES = """() => [...document.querySelectorAll('.nw')].filter(e => e.checkVisibility() && e.getClientRects().length > 1)
    .map(e => e.textContent)"""


@pytest.mark.parametrize("path", ["/states/SSD", "/states/HUN?on=2026-01-01", f"/persons/{PUTIN}",
                                  f"/ask?state=MNG&person={PUTIN}&on=2024-09-03"])
def test_on_a_phone_no_date_in_a_heading_or_answer_breaks_over_two_lines(shared_pages, request, path: str) -> None:  # noqa: ANN001
    """At 390 px "South Sudan is not a party on 2026-12-" ended a line and "02" began the next (and "Who must
    arrest Rodrigo Roa Duterte on 2026-12-" / "02"): a date read as two. Each such date is now one unit."""
    with sized_page(shared_pages, request, "phone") as pg:
        pg.goto(pg.base + path)  # type: ignore[attr-defined]
        settle(pg)
        assert pg.locator(".nw").count() > 0
        assert pg.evaluate(SPLIT_DATES) == [], path


def test_a_new_date_on_a_persons_map_updates_its_counts_and_table(shared_pages, request, server: str) -> None:  # noqa: ANN001
    """On a person's page, choosing another date redrew the map and the heading's date, but the counts
    ("bound by statute: 124 · ...") and the map's text alternative kept the first date's figures: a number
    under the wrong date. They now come from the page at the new date."""
    before, after = "2026-07-01", "2023-03-01"  # the warrant was issued on 2023-03-17: no one is bound before
    _, fresh = http_get(server, f"/persons/{PUTIN}?on={after}")
    want = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", re.search(r'<p class="count">(.*?)</p>', fresh, re.S).group(1))).strip()  # type: ignore[union-attr]
    with sized_page(shared_pages, request, "desktop") as pg:
        pg.goto(pg.base + f"/persons/{PUTIN}?on={before}")  # type: ignore[attr-defined]
        settle(pg)
        first = pg.inner_text("#travel-summary p.count").strip()
        assert first != want
        pg.fill("#map-controls input[name=on]", after)
        pg.press("#map-controls input[name=on]", "Enter")
        pg.wait_for_function(f"document.getElementById('map').dataset.rendered === '{after}'")
        settle(pg)
        assert pg.inner_text("#count-date") == after
        assert re.sub(r"\s+", " ", pg.inner_text("#travel-summary p.count")).strip() == want
        assert pg.locator("#map-table tbody tr").count() == len(re.findall(r"<tr><td><a href=\"/ask", fresh))
        assert pg.locator("#no-warrant").count() == 1  # before the warrant: the reason no State must arrest


def test_on_a_phone_a_statements_signatories_read_as_a_table(shared_pages, request) -> None:  # noqa: ANN001
    """A joint statement's signatories (two columns: the State and its relation on the day) became one card
    per State on a phone, each repeating "Signatory State" and "Relation to the Rome Statute on that date":
    67 States ran over 8,000 px. Two short columns fit 390 px: they now stay a table, without scrolling sideways."""
    from tests.web.conftest import SIDEWAYS_TABLES

    with sized_page(shared_pages, request, "phone") as pg:
        pg.goto(pg.base + "/statements/js-2020-06-23")  # type: ignore[attr-defined]
        settle(pg)
        rows = pg.locator("table.data tbody tr")
        assert rows.count() > 50
        assert rows.first.evaluate("tr => getComputedStyle(tr).display") == "table-row"
        assert pg.evaluate(SIDEWAYS_TABLES) == []
        assert pg.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        height = pg.evaluate("() => document.querySelector('table.data').getBoundingClientRect().height")
        assert height < rows.count() * 60, height  # a line or two a State, not a card
