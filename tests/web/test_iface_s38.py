"""(Session 38, iface6) Two States side by side on the index, in a browser at a phone's width and a laptop's: reached
from the index page and from a State page's form, readable without sideways scrolling, every control labelled; the
State page's "why not higher". The States are read from the index, never written in."""

from __future__ import annotations

import re

from iccwatch.assess.index import compute_index
from iccwatch.facts import Facts

from .conftest import CONTROLS, UNLABELLED, settle


def _two_parties(facts: Facts) -> tuple[dict, dict]:
    rows = sorted((r for r in compute_index(facts, 2025)["states"] if r["group"] == "states_parties" and r["rank"] is not None),
                  key=lambda r: -r["rank"])
    return rows[0], next(r for r in rows if r["score"] != rows[0]["score"])


def test_compare_page_fits_the_screen_and_says_both_states(pg, facts: Facts) -> None:  # noqa: ANN001
    a, b = _two_parties(facts)
    r = pg.goto(f"{pg.base}/index/compare?states={a['iso3']},{b['iso3']}&year=2025")
    assert r is not None and r.status == 200
    settle(pg)
    vw, sw = pg.evaluate("() => [document.documentElement.clientWidth, document.documentElement.scrollWidth]")
    assert sw <= vw, f"the page is {sw} px wide on a {vw} px screen"
    assert not pg.eval_on_selector_all(CONTROLS, UNLABELLED)
    glance = pg.inner_text("#compare-glance")
    assert a["name"] in glance and b["name"] in glance and str(a["score"]) in glance
    words = pg.inner_text("#compare-words")
    assert f"rank {a['rank']} of" in words and f"rank {b['rank']} of" in words
    # each State's facts behind a value open under the indicator
    facts_box = pg.locator("#compare-indicators details.facts").first
    facts_box.locator(":scope > summary").click()
    assert facts_box.locator("ul.evidence > li").first.is_visible()


def test_from_the_index_page_and_a_state_page_to_the_comparison(pg, facts: Facts) -> None:  # noqa: ANN001
    a, b = _two_parties(facts)
    pg.goto(f"{pg.base}/index")
    pg.click("#compare-link")
    pg.wait_for_url(re.compile(r"/index/compare\?year=2025$"))
    assert not pg.eval_on_selector_all(CONTROLS, UNLABELLED)
    pg.goto(f"{pg.base}/states/{a['iso3']}")
    why = pg.inner_text("#index-above")
    assert why.startswith("Why not higher:") and "points below" in why
    pg.fill("#compare-form input[name=b]", b["name"])
    pg.click("#compare-form button[type=submit]")
    pg.wait_for_url(re.compile(rf"/index/compare\?states={a['iso3']},{b['iso3']}&year=2025$"))
    assert b["name"] in pg.inner_text("#compare-glance")
