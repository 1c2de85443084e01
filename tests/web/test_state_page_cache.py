"""A State's page keeps the duties it lists in the pages' cache of the record read (web.pages._state_duties): the page
asked again (another width, a reload, another year of the index) is the page computed afresh, and a page on another
day lists that day's duties, not those of a day asked before it."""

from __future__ import annotations

import datetime as dt
import re

STATE = "ZAF"
#: Two days on which the State's duties differ (checked below): before and after the Statute entered into force.
DAYS = ("2002-06-01", "2024-09-03")


def _duties(html: str) -> str:
    """The page's duties section (state.html: from its heading to the next section)."""
    found = re.search(r'<section aria-labelledby="duties">.*?</section>', html, re.S)
    assert found is not None, "the page has no duties section"
    return found.group(0)


def test_a_state_page_from_the_cache_is_the_page_computed_afresh(app, client) -> None:  # noqa: ANN001
    held = getattr(app.state, "page_cache", None)  # the session's cache, given back at the end
    try:
        _cached_is_afresh(app, client)
    finally:
        app.state.page_cache = held


def _cached_is_afresh(app, client) -> None:  # noqa: ANN001
    app.state.page_cache = None  # an empty cache: the first request of each day computes its duties
    first = {on: client.get(f"/states/{STATE}?on={on}").text for on in DAYS}
    cache = app.state.page_cache[1]
    assert all(("state-duties", STATE, dt.date.fromisoformat(on)) in cache for on in DAYS)
    again = {on: client.get(f"/states/{STATE}?on={on}").text for on in reversed(DAYS)}  # from the cache
    other_year = client.get(f"/states/{STATE}?on={DAYS[1]}&year=2024").text
    app.state.page_cache = None
    afresh = {on: client.get(f"/states/{STATE}?on={on}").text for on in reversed(DAYS)}  # the later day first
    assert again == first == afresh
    assert _duties(afresh[DAYS[0]]).replace(DAYS[0], "") != _duties(afresh[DAYS[1]]).replace(DAYS[1], ""), \
        "the two days' duties must differ for this test to tell them apart"
    assert _duties(other_year) == _duties(first[DAYS[1]])
