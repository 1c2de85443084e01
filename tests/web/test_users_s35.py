"""(Session 35) The dashboard as its users use it (docs/web.md, "Users on the dashboard (session 35)"): a journalist
on a phone finding the States Parties a person under warrant visited, an advocate printing a State's page. Each test
failed before its fix; expected values are read from the record and the API, never written in."""

from __future__ import annotations

import re
from collections import Counter
from html import unescape

import pytest

from iccwatch.facts import Facts

from .conftest import shot

#: The rows of a person's trips table (person.html: one ``<tr id="e-EVENT">`` each).
TRIP_ROW = re.compile(r'<tr id="e-([^"]+)"')


def _most_travelled(facts: Facts) -> str:
    """The person with the most recorded events (whose trips fold by year, as the longest list does)."""
    counts = Counter(e.person for e in facts.records.events.values())
    return counts.most_common(1)[0][0]


def _api_events(client, person: str, **params: object) -> set[str]:  # noqa: ANN001
    r = client.get("/api/v1/events", params={"person": person, "limit": 1000, **params})
    assert r.status_code == 200, r.text
    return {e["id"] for e in r.json()["items"]}


# --- a journalist: which States Parties did the person visit, and what did each do? ----------------------------------


def test_a_persons_trips_filter_by_the_hosts_relation_on_the_day(client, facts: Facts) -> None:  # noqa: ANN001
    """The events table and the API filter by the host's relation on the day (session 34); the person's own page,
    where a reader lands from a search, did not: a reader had to read each host's duty and guess."""
    person = _most_travelled(facts)
    parties, others = _api_events(client, person, host_party="true"), _api_events(client, person, host_party="false")
    assert parties and others  # contrast: the person has trips to both
    for host, expected in (("party", parties), ("not_party", others)):
        r = client.get(f"/persons/{person}", params={"host": host})
        assert r.status_code == 200, r.text
        assert set(TRIP_ROW.findall(r.text)) == expected, host
        assert re.search(r'<select id="f-host" name="host">.*?<option value="' + host + r'" selected', r.text, re.S)
    every = set(TRIP_ROW.findall(client.get(f"/persons/{person}").text))
    assert every == _api_events(client, person) and parties | others <= every  # with no filter, every trip


@pytest.mark.parametrize(("field", "value"), [("outcome", "arrested"), ("duty", "yes"), ("host", "party_member")])
def test_a_persons_trip_filter_given_a_value_not_offered_names_the_field(client, facts: Facts, field: str, value: str) -> None:  # noqa: ANN001
    """A value not among those offered was an empty list, "No travel event matches this filter", read as a fact."""
    person = _most_travelled(facts)
    r = client.get(f"/persons/{person}", params={field: value})
    assert r.status_code == 422, r.status_code
    said = " ".join(unescape(re.sub(r"<[^>]+>", " ", r.text)).split())
    assert field in said and repr(value) in said and "No travel event matches" not in said


def test_a_persons_trip_filters_offered_still_answer(client, facts: Facts) -> None:  # noqa: ANN001
    """Contrast: each value the page offers is accepted and keeps only its rows."""
    person = _most_travelled(facts)
    r = client.get(f"/persons/{person}")
    for field in ("outcome", "duty", "host"):
        values = re.findall(r'<select id="f-' + field + r'" name="' + field + r'">(.*?)</select>', r.text, re.S)
        assert values, field
        offered = [v for v in re.findall(r'<option value="([^"]*)"', values[0]) if v]
        assert offered, field
        for v in offered:
            assert client.get(f"/persons/{person}", params={field: v}).status_code == 200, (field, v)


# --- an advocate: printing a State's page, with its sources and its citation -----------------------------------------

#: What a printed page shows: each source list and the page's text citation; not the menu, the search box or the forms.
PRINTED = """() => {
  const shown = (e) => !!e && e.checkVisibility({visibilityProperty: true, opacityProperty: true});
  const src = document.querySelector('table.data ol.sources a[href^="http"]');
  return {source: shown(src), sourceAddress: src ? getComputedStyle(src, '::after').content : '',
          citation: shown(document.querySelector('#page-cite .cite-text')),
          bibtex: shown(document.querySelector('#page-cite .cite-bib')),
          nav: shown(document.querySelector('header nav')), search: shown(document.querySelector('form[role=search]')),
          controls: shown(document.querySelector('main form.controls')),
          clipped: [...document.querySelectorAll('.scroll')].filter((b) => b.scrollWidth > b.clientWidth + 1).length,
          wider: document.documentElement.scrollWidth - document.documentElement.clientWidth};
}"""
#: The width Chromium lays a page out at on A4 with its default margins (8.27 in less 2 × 0.4 in, at 96 px an inch).
A4_WIDTH = 718


def _state_with_decisions(facts: Facts) -> str:
    return sorted({d.state for d in facts.records.decisions.values() if d.state and d.sources})[0]


@pytest.mark.parametrize("kind", ["state", "decisions"])
def test_a_printed_page_carries_its_sources_addresses_and_citation(shared_pages, request, facts: Facts, kind: str) -> None:  # noqa: ANN001
    """Printed, a page gave "2 sources" under each fact (the list folded), the menu and the forms, and no
    citation: a printed page could not be cited nor its facts traced. In print the sources are open with each
    address written out, the text citation is shown (not CSL-JSON and BibTeX), the site's controls are left out,
    and on an A4 page no table runs past the right edge (the decisions table's sources were cut off)."""
    from .conftest import SIZES, sized_page

    path = f"/states/{_state_with_decisions(facts)}" if kind == "state" else "/decisions?kind=non_compliance"
    with sized_page(shared_pages, request, "desktop") as pg:
        pg.goto(pg.base + path)
        screen = pg.evaluate(PRINTED)
        assert not screen["source"] and screen["nav"] and screen["controls"]  # contrast: on screen, folded and there
        try:
            pg.set_viewport_size({"width": A4_WIDTH, "height": 1000})
            pg.emulate_media(media="print")
            printed = pg.evaluate(PRINTED)
            shot(pg, f"users-s35-print-{kind}")
        finally:
            pg.emulate_media(media="screen")
            w, h = SIZES["desktop"]
            pg.set_viewport_size({"width": w, "height": h})
    assert printed["source"] and "http" in printed["sourceAddress"], printed
    assert printed["citation"] and not printed["bibtex"], printed
    assert not printed["nav"] and not printed["search"] and not printed["controls"], printed
    assert printed["clipped"] == 0 and printed["wider"] <= 0, printed


# --- a diplomat: why is a State's relation marked disputed on the map's table? ----------------------------------------

DISPUTED = re.compile(r'<tr data-iso3="([A-Z]{3})">(.*?)</tr>', re.S)


def test_the_map_tables_disputed_mark_leads_to_the_doubt_on_the_states_page(client) -> None:  # noqa: ANN001
    """The map's table marked a relation "(disputed)" with the doubt in a ``title`` only: a phone, a keyboard and most
    screen readers never show it. The mark now links to the State's page on the same day, where the doubt is said."""
    day = "2026-07-01"
    r = client.get("/", params={"on": day})
    assert r.status_code == 200
    rows = dict(DISPUTED.findall(r.text))
    marked = {iso3: cells for iso3, cells in rows.items() if "(disputed)" in cells}
    assert marked and len(marked) < len(rows)  # contrast: most rows carry no mark
    for iso3, cells in marked.items():
        link = re.search(r'<a class="doubt" href="([^"]+)"[^>]*>\(disputed\)</a>', cells)
        assert link, cells
        assert unescape(link.group(1)) == f"/states/{iso3}?on={day}#rel"
        page = client.get(unescape(link.group(1)).split("#")[0])
        assert page.status_code == 200 and '<p class="doubt">Doubt: ' in page.text, iso3


# --- a researcher: the host's relation on the day in the events table and its downloads -----------------------------


def test_the_events_table_says_each_hosts_relation_on_the_day(client, facts: Facts) -> None:  # noqa: ANN001
    """The events table filtered by the host's relation on the day (session 34) but did not show it, nor did its CSV
    or JSON: a researcher who downloaded every trip could not tell which hosts were States Parties. Each row now
    says it in the map legend's words, as the API's ``host_status`` has it."""
    from iccwatch.web.pages import STATUS_TEXT

    person = _most_travelled(facts)
    api = {e["id"]: e["host_status"] for e in client.get("/api/v1/events", params={"person": person, "limit": 1000}).json()["items"]}
    assert len(set(api.values())) > 1  # contrast: hosts of more than one relation
    rows = client.get("/events", params={"person": person, "format": "json"}).json()
    assert {r["event"] for r in rows} == set(api)
    for r in rows:
        want = STATUS_TEXT.get(api[r["event"]]) or "changed within the month or year the event is dated to"
        assert r["host_on_the_day"] == want, r["event"]
    csv_head = client.get("/events", params={"person": person, "format": "csv"}).text.splitlines()[0].split(",")
    assert "host_on_the_day" in csv_head
    page = client.get("/events", params={"person": person}).text
    assert '<th scope="col"' in page and ">Host on the day</a></th>" in page


def test_a_persons_trips_say_each_hosts_relation_on_the_day(client, facts: Facts) -> None:  # noqa: ANN001
    """The person's own trips table, where the journalist of the first task reads them, says it too (one cell a row)."""
    from iccwatch.web.pages import host_words

    person = _most_travelled(facts)
    api = {e["id"]: e["host_status"] for e in client.get("/api/v1/events", params={"person": person, "limit": 1000}).json()["items"]}
    page = client.get(f"/persons/{person}").text
    cells = dict(re.findall(r'<tr id="e-([^"]+)">.*?<td data-label="Host on the day">([^<]*)</td>', page, re.S))
    assert set(cells) == set(api)
    assert {e: unescape(c) for e, c in cells.items()} == {e: host_words(s) for e, s in api.items()}


def test_a_printed_table_says_its_filters(shared_pages, request) -> None:  # noqa: ANN001
    """Printed, a filtered table lost its filters with its form: "The Court's decisions" over the findings alone read
    as every decision. In print the filters chosen are said above the table, by their labels and the options' words."""
    from .conftest import sized_page

    with sized_page(shared_pages, request, "desktop") as pg:
        pg.goto(pg.base + "/decisions?kind=non_compliance")
        label = pg.inner_text("label[for=f-kind]").strip()
        option = pg.eval_on_selector("#f-kind", "s => s.selectedOptions[0].textContent").strip()
        assert option and pg.query_selector("#printed-filters") and not pg.is_visible("#printed-filters")  # on screen: the form says it
        try:
            pg.emulate_media(media="print")
            said = pg.inner_text("#printed-filters") if pg.is_visible("#printed-filters") else ""
        finally:
            pg.emulate_media(media="screen")
        assert f"{label}: {option}" in said, said
        pg.goto(pg.base + "/decisions")
        assert not pg.query_selector("#printed-filters")  # contrast: no filter, no line
