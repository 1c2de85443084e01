"""Every page at a phone's width (390 px) and a laptop's (1366 px), in Debian's Chromium: no horizontal
overflow of the page, no record table scrolling sideways, every form control labelled, every control reachable
by keyboard (and at most MAX_CONTROLS of them), focus shown on each control the Tab key reaches, no
serious or critical axe-core violation, nothing loaded from outside this machine, the site's search box on
each, and what other modules assert of a page as loaded (PAGE_CHECKS); a screenshot of each one's first
screen in test-artifacts/. One test per page loads it at both widths; the Tab walk (a real key press per
control) runs at the second width only where what decides the walk differs there (_FOCUS_SIGNATURE)."""

from __future__ import annotations

import pytest
from tests.web.conftest import (
    ARTIFACTS,
    CONTROLS,
    SEARCH_BOX,
    SIDEWAYS_TABLES,
    UNLABELLED,
    WIDTHS,
    settle,
    sized_page,
)
from tests.web.test_browser import (
    person_page_shows_warrants_travels_and_travel_map,
    state_page_shows_the_dispute,
)
from tests.web.test_cliweb4_s17 import a_what_if_says_its_assumption_in_words
from tests.web.test_features import (
    a_ruling_that_is_not_a_finding_is_said_in_words,
    an_answer_cites_the_courts_record,
    map_draws_small_states_as_points_with_a_legend,
    person_in_custody_says_so,
    search_context_shows_no_record_identifiers,
    search_says_when_it_shows_only_the_first_results,
)
from tests.web.test_review_s6 import (
    about_lists_what_is_incomplete_item_by_item,
    index_ranks_each_group_in_its_own_table_and_marks_ties_and_bands,
    map_table_says_what_the_legend_says,
    situations_show_their_sources,
    timeline_legend_shows_every_status_drawn_inside_the_chart,
)

from iccwatch.web.pages import MAX_CONTROLS

PUTIN = "vladimir-vladimirovich-putin"


def each_warrant_shows_the_persons_custody(pg) -> None:  # noqa: ANN001
    """Two warrants and one custody spell listed under the first: each warrant's history shows the custody
    (the second read "issued" alone), the second saying under which warrant the record lists it."""
    rows = pg.locator("section[aria-labelledby=w] tbody tr")
    assert rows.count() >= 2
    texts = [rows.nth(i).inner_text() for i in range(rows.count())]
    assert all("held by" in t for t in texts), texts
    assert any("recorded under the warrant of" in t for t in texts[1:])


#: (name, path, a selector that shows the page is ready)
PAGES = [
    ("map", "/?on=2024-09-03", "#map[data-rendered='2024-09-03'] svg"),
    ("ask", "/ask", "form.ask"),
    ("ask-answer", f"/ask?state=MNG&person={PUTIN}&on=2024-09-03", ".verdict"),
    ("ask-what-if", f"/ask?state=HUN&person={PUTIN}&on=2026-07-01&assume=HUN+withdrawal_revoked+2026-05-29", ".compare .verdict"),
    ("ask-bad-assumption", f"/ask?state=HUN&person={PUTIN}&on=2026-07-01&assume=HUN+leaves", "#assume-error"),
    ("ask-custody", "/ask/custody?person=rodrigo-roa-duterte&on=2026-12-04", ".custody-answer"),  # session 32
    ("ask-responses", "/ask/responses?state=SDN&forum=UNSC&on=2026-12-04", ".responses-answer"),  # session 33
    ("ask-custody-state", "/ask/custody?person=rodrigo-roa-duterte&state=PHL&on=2026-12-04", ".custody-answer"),  # session 33
    ("ask-list", "/ask/list?list_of=parties&on=2026-12-04", ".list-answer"),  # session 33
    ("persons", "/persons", "table.data"),
    ("api", "/api", "h2"),
    ("person", f"/persons/{PUTIN}?on=2024-09-03", "#map[data-rendered] svg"),
    ("person-in-custody", "/persons/rodrigo-roa-duterte", "#custody"),
    ("person-two-warrants", "/persons/omar-hassan-ahmad-al-bashir", "#custody"),
    ("state", "/states/HUN?on=2026-07-01", ".chart[data-rendered] svg"),
    ("situations", "/situations", "table.data"),
    ("decisions", "/decisions", "table.data"),
    ("events", "/events", "table.data"),
    ("statements", "/statements", "table.data"),
    ("gaps", "/gaps", "table.data"),
    ("index", "/index", "table.data"),
    ("index-method", "/index/method", "table.data"),
    ("monitor", "/monitor", "h1"),
    ("about", "/about", "h1"),
    ("search", "/search?q=bashir", "ol.hits"),
    ("not-found", "/no-such-page", "h1"),
]
#: What other test modules assert on a page of PAGES as loaded, run here where that page is loaded (and its
#: map or chart drawn) anyway, before the screenshot, axe and the Tab walk: name -> checks.
PAGE_CHECKS = {
    "map": (map_draws_small_states_as_points_with_a_legend, map_table_says_what_the_legend_says),
    "state": (timeline_legend_shows_every_status_drawn_inside_the_chart, state_page_shows_the_dispute),
    "person": (person_page_shows_warrants_travels_and_travel_map,),
    "ask-answer": (an_answer_cites_the_courts_record, a_ruling_that_is_not_a_finding_is_said_in_words),
    "ask-what-if": (a_what_if_says_its_assumption_in_words,),
    "person-in-custody": (person_in_custody_says_so,),
    "person-two-warrants": (each_warrant_shows_the_persons_custody,),
    "situations": (situations_show_their_sources,),
    "about": (about_lists_what_is_incomplete_item_by_item,),
    "index": (index_ranks_each_group_in_its_own_table_and_marks_ties_and_bands,),
    "search": (search_context_shows_no_record_identifiers, search_says_when_it_shows_only_the_first_results),
}
#: Pages held to a higher bound of controls than MAX_CONTROLS, each with its reason and its own bound (still
#: one that can fail). None now: the what-if answer (359 controls in session 12, two whole answers side by
#: side) folds the recorded answer's reasoning and sources under one summary (186 controls).
MORE_CONTROLS: dict[str, int] = {}
#: Pages whose tables may scroll in their box: the method document's tables and commands are not records.
SCROLLING_TABLES_ALLOWED = {"index-method"}
TAB_BATCH = 10  # Tab presses between two reads of how many controls focus has reached
#: Hides the focus ring during the Tab walk (site.css draws it as an outline on :focus and on an input's
#: :focus-within): an outline is drawn over the page, never laid out, so the controls and their order are the
#: same, but redrawing it costs the browser more than the rest of a press.
_NO_RING = "*:focus, *:focus-within { outline: none !important; }"
FOCUSABLE = ("a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])")


def _screenshot(page, name: str) -> None:  # noqa: ANN001
    """The first screen of the page as a reader sees it. (A full-page capture makes Chromium resize the
    viewport to the page's height and lay the page out again, redrawing its charts: seconds per page.)"""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-{page.width_name}.png"), full_page=False)


#: The axe rules that can report nothing but a minor or a moderate violation (the rule's own impact and every
#: one of its checks' impacts), read from axe's own metadata: the pages are held to no serious or critical
#: violation, which these rules can never report, so they are not run (~15 % of axe's time; a rule or a check
#: whose impact axe does not state is kept and run).
_LOW_ONLY_RULES = """() => { const low = (i) => i === 'minor' || i === 'moderate'; const off = {};
    for (const r of axe._audit.rules) {
        const impacts = [...r.any, ...r.all, ...r.none].map(c => (axe._audit.data.checks[c.id || c] || {}).impact);
        if (impacts.length && impacts.every(low) && (r.impact === undefined || r.impact === null || low(r.impact)))
            off[r.id] = {enabled: false};
    }
    return off; }"""


def _axe(page) -> list[str]:  # noqa: ANN001
    """The page's serious and critical axe-core violations, as "rule: help @ where"."""
    page.add_script_tag(url="/static/vendor/axe.min.js")
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations'], rules: (LOW_ONLY)()});
        return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
    }""".replace("(LOW_ONLY)", "(" + _LOW_ONLY_RULES + ")"))
    return list(result)


#: Notes, in order, each element the Tab key gives focus to (not the body): one push, no style read, so a
#: press costs the browser no more than the focus move itself.
_NOTE_FOCUS_ORDER = """() => { window.__focusOrder = [];
    document.addEventListener('focusin', () => { const e = document.activeElement;
        if (e && e !== document.body) window.__focusOrder.push(e); }, true); }"""

#: Whether the site shows focus on each element the walk gave focus to (an outline or a shadow), read after the
#: walk with the site's own style (the ring-hiding rule removed): each element is given focus again, as the Tab
#: key gave it (``:focus`` and ``:focus-within`` match the same; no scrolling), and its style read. An element
#: that can no longer take focus counts as not marked. (Reading the style at each press, with the hiding rule
#: lifted from the one element, cost 40 % of the walk's CPU.)
_FOCUS_SHOWN = """() => { const seen = []; const done = new Set();
    for (const e of window.__focusOrder) {
        const what = e.tagName + '#' + e.id + ' ' + (e.getAttribute('type') || '');
        if (done.has(e)) continue; done.add(e);
        e.focus({preventScroll: true});
        const s = getComputedStyle(e);
        const marked = document.activeElement === e
            && ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none');
        seen.push({what, marked}); }
    document.activeElement && document.activeElement.blur();
    return seen; }"""


def _keyboard_reaches_every_control(page) -> tuple[list[str], int, list[dict]]:  # noqa: ANN001
    """Tab through the page; return the visible controls focus never reached, how many there are, and
    each control focus landed on, with whether the site shows that it has focus."""
    controls = page.evaluate("""(sel) => {
        const visible = (e) => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
            const folded = e.closest('details:not([open])') && !(e.tagName === 'SUMMARY' && e.parentElement.matches('details:not([open])'))
                && e.closest('details:not([open])') !== e.parentElement;
            return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && !e.disabled && !e.closest('[inert]')
                && !folded && e.checkVisibility(); };
        const all = [...document.querySelectorAll(sel)].filter(visible);
        all.forEach((e, i) => e.dataset.kbd = String(i));
        return all.length;
    }""", FOCUSABLE)
    # Every control that takes focus is noted in the page as it gets it, so a Tab is one round trip to
    # the browser; how many controls focus has reached is read after each batch of presses.
    page.evaluate("""() => { window.__kbdReached = new Set();
        document.addEventListener('focusin', (e) => { const k = e.target.dataset && e.target.dataset.kbd;
            if (k != null) window.__kbdReached.add(k); }, true); }""")
    page.evaluate("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    page.focus("body") if page.query_selector("body[tabindex]") else None
    # Each element that gets focus is noted in order (_NOTE_FOCUS_ORDER); whether the site shows its focus is
    # read after the walk (_FOCUS_SHOWN). The focus ring is hidden during the walk (_NO_RING).
    page.evaluate(_NOTE_FOCUS_ORDER)
    ring = page.add_style_tag(content=_NO_RING)
    # Each press focuses one control at most, so none can have reached them all before ``controls``
    # presses: the first read comes after that many, then after each batch (up to 40 presses more).
    presses = 0
    while presses < controls + 40:
        for _ in range(max(controls - presses, min(TAB_BATCH, controls + 40 - presses))):
            page.keyboard.press("Tab")
            presses += 1
        if page.evaluate("window.__kbdReached.size") == controls:
            break
    ring.evaluate("e => e.remove()")
    seen = page.evaluate(_FOCUS_SHOWN)
    reached = page.evaluate("[...window.__kbdReached]")
    missed = page.evaluate("""(reached) => [...document.querySelectorAll('[data-kbd]')]
        .filter(e => !reached.includes(e.dataset.kbd)).slice(0, 5).map(e => e.outerHTML.slice(0, 120))""", sorted(reached))
    return list(missed), controls, list(seen)


#: What decides where the Tab key goes and whether focus is shown, read from the loaded page: for each element
#: FOCUSABLE selects (its markup, in document order), whether it is drawn (the walk's own test of visibility,
#: ``checkVisibility()`` and a box of its own, which the browser's sequential focus order follows), the boxes
#: that scroll (the browser lets the keyboard focus a box that scrolls), the root's and the body's attributes, and
#: every style rule the page's current width brings in (inside an ``@media`` that matches) that sets an outline or
#: a shadow or names a focus state. The same markup is served at every width; where two widths give the same
#: signature, the Tab key meets the same controls in the same order with the same focus styles at both, so one
#: walk answers for both.
_FOCUS_SIGNATURE = """(sel) => {
    const visible = (e) => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
        const folded = e.closest('details:not([open])') && !(e.tagName === 'SUMMARY' && e.parentElement.matches('details:not([open])'))
            && e.closest('details:not([open])') !== e.parentElement;
        return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && !e.disabled && !e.closest('[inert]')
            && !folded && e.checkVisibility(); };
    const box = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
    const controls = [...document.querySelectorAll(sel)].map(e => [visible(e), e.checkVisibility(), box(e), e.outerHTML]);
    const scrolls = [...document.querySelectorAll('*')].filter(e => {
        const wide = e.scrollWidth > e.clientWidth, tall = e.scrollHeight > e.clientHeight;
        if (!wide && !tall) return false;  // (the style is read only of a box whose content overflows it)
        const s = getComputedStyle(e);
        return (wide && /(auto|scroll)/.test(s.overflowX)) || (tall && /(auto|scroll)/.test(s.overflowY)); })
        .map(e => e.tagName + '#' + e.id + '.' + e.className);
    // the rules in force at this width that can change a focus style: an @container rule (its condition is a
    // box's width, not read here) brings in the width itself, so that each width is walked
    const rules = [];
    const read = (list, active) => { for (const r of list) {
        if (r instanceof CSSContainerRule) rules.push('@container at ' + innerWidth);
        if (r instanceof CSSMediaRule) read(r.cssRules, active && matchMedia(r.media.mediaText).matches);
        else if (r.cssRules) read(r.cssRules, active);
        else if (active && /outline|box-shadow|:focus/.test(r.cssText)) rules.push(r.cssText); } };
    for (const sheet of document.styleSheets) read(sheet.cssRules, true);
    const attrs = (e) => [...e.attributes].map(a => a.name + '=' + a.value);
    return JSON.stringify({controls, scrolls, rules, root: attrs(document.documentElement), body: attrs(document.body)});
}"""


def _load(page, name: str, path: str, ready: str):  # noqa: ANN001, ANN202
    """Loads the page and runs every check but the Tab walk on it; gives the response."""
    response = page.goto(page.base + path)
    assert response is not None
    page.wait_for_selector(ready, timeout=30000)
    settle(page)
    assert page.query_selector(SEARCH_BOX) is not None, f"{name} has no search box"
    overflow = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert overflow[0] <= overflow[1], f"{name} is wider than the screen at {page.width_name}: {overflow}"
    if name not in SCROLLING_TABLES_ALLOWED:  # no record table scrolls sideways (test_review_s6's rule)
        sideways = page.evaluate(SIDEWAYS_TABLES)
        assert sideways == [], f"{name} at {page.width_name}: tables scroll sideways: {sideways}"
    # every form control is labelled (a label[for] or an aria-label)
    assert page.eval_on_selector_all(CONTROLS, UNLABELLED) == [], f"{name} at {page.width_name}: unlabelled controls"
    for check in PAGE_CHECKS.get(name, ()):
        check(page)
    _screenshot(page, name)
    violations = _axe(page)
    assert violations == [], f"{name} at {page.width_name}: {violations}"
    return response


@pytest.fixture
def pages_at_widths(shared_pages, request):  # noqa: ANN001, ANN201
    """The session's page at each of WIDTHS (``sized_page``), for a test that loads one address at each."""
    with sized_page(shared_pages, request, WIDTHS[0]) as first, sized_page(shared_pages, request, WIDTHS[1]) as second:
        yield {WIDTHS[0]: first, WIDTHS[1]: second}


@pytest.mark.parametrize(("name", "path", "ready"), PAGES, ids=[p[0] for p in PAGES])
def test_page_fits_is_accessible_and_keyboard_usable(pages_at_widths, name: str, path: str, ready: str) -> None:  # noqa: ANN001
    """The page at each of WIDTHS, every check at each; the Tab walk at the first width, and at another width
    again unless the page's focus signature there (_FOCUS_SIGNATURE) is the one a walk already answered for."""
    walks: dict[str, tuple[list[str], int, list[dict]]] = {}  # focus signature -> the walk's result
    for width in WIDTHS:
        page = pages_at_widths[width]
        response = _load(page, name, path, ready)
        signature = page.evaluate(_FOCUS_SIGNATURE, FOCUSABLE)
        if signature not in walks:
            walks[signature] = _keyboard_reaches_every_control(page)
        missed, controls, seen = walks[signature]
        assert missed == [], f"{name} at {page.width_name}: keyboard never reaches {missed}"
        # every control the walk reaches shows that it has focus
        assert seen or not controls, f"{name} at {page.width_name}: the Tab key reached no control"
        unmarked = sorted({s["what"] for s in seen if not s["marked"]})
        assert unmarked == [], f"{name} at {page.width_name}: focus not shown on {unmarked}"
        # a page a keyboard can cross: a long table comes in pages (pages.PAGE_SIZE rows) instead
        bound = MORE_CONTROLS.get(name, MAX_CONTROLS)
        assert controls <= bound, f"{name} at {page.width_name}: {controls} controls to Tab through (at most {bound})"
        assert page.outside == [], page.outside
        if name == "not-found":
            assert response.status == 404 and "no page at this address" in page.inner_text("main")
        else:
            assert response.status in (200, 422), (name, response.status)
