"""(Session 37, round 47) The ask page's new answers in words: what a State has said on a person's immunity, which
States said they would not arrest a person, and the enforcement gap: said on the page with the record's entries and
their sources under the same heading as the command line and the API, at a phone's width and a laptop's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("size", ["phone", "desktop"])
@pytest.mark.parametrize("q", ["What is France's position on Netanyahu's immunity?",
                               "Which States have said they would not arrest Netanyahu?",
                               "Which failures to arrest were never followed by a finding?",
                               "How long did the Court take to find Mongolia in non-compliance?"])
def test_round47_answers_fit_the_window(shared_pages, request, size: str, q: str) -> None:  # noqa: ANN001
    from tests.web.conftest import shot, sized_page

    from iccwatch.service.record_answers import RECORD_HEADINGS

    with sized_page(shared_pages, request, size) as page:
        page.goto(page.base + "/ask")
        page.fill("#question", q)
        page.click("form.ask-words button[type=submit]")
        page.wait_for_selector(".record-answer", timeout=60000)
        assert page.inner_text(".record-answer h2") == "The record's answer"
        text = page.inner_text(".record-answer")
        assert any(h in text for h in (RECORD_HEADINGS["positions"], RECORD_HEADINGS["positions_list"], RECORD_HEADINGS["gaps"]))
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width == page.viewport_size["width"], f"the page is {width} px wide in a {page.viewport_size['width']} px window"
        slug = "-".join(w.strip("?'").lower() for w in q.split()[:5])
        shot(page, f"ask-r47-{slug}-{size}")
        assert page.outside == []
