"""(Session 39, iface8) The dashboard's leftovers: the ask form's "did you mean" as links, the State page's pillar chart
telling a zero from no data, the gaps page's two dates in one sentence, the persons filter's "at large" as its rows say
it, and every page at a phone's width without sideways scrolling. States, persons and regions are read from the record."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

import pytest

from iccwatch.assess.index import compute_index
from iccwatch.facts import Facts

from .conftest import settle, sized_page


def _misspelt(facts: Facts):  # noqa: ANN202
    """The first State (by code) whose name, two last letters swapped, the record offers back as "did you mean"."""
    from iccwatch.facts import UnknownState

    for iso3 in sorted(facts.records.states):
        st = facts.records.states[iso3]
        wrong = st.name[:-2] + st.name[-1] + st.name[-2]
        try:
            facts.state(wrong)
        except UnknownState as exc:
            if (st.iso3, st.name) in exc.meant:
                return st, wrong
    pytest.fail("no misspelling offered back")


def test_the_ask_forms_did_you_mean_links_the_same_question(client, facts: Facts) -> None:  # noqa: ANN001
    st, wrong = _misspelt(facts)
    person = sorted(facts.records.persons)[0]
    for path in ("/ask", "/ask/result"):
        page = client.get(path, params={"state": wrong, "person": person, "on": "2025-01-02"})
        assert page.status_code in (200, 422)
        err = re.search(r'<span class="field-error" id="state-error">(.*?)</span>', page.text, re.S)
        assert err, page.text[-1500:]
        link = re.search(r'<a href="([^"]+)"[^>]*>' + re.escape(f"{st.name} ({st.iso3})") + "</a>", err.group(1))
        assert link, err.group(1)
        target = unescape(link.group(1))
        assert target.startswith("/ask?") and f"state={st.iso3}" in target and f"person={person}" in target and "on=2025-01-02" in target
        assert err.group(1).lower().count("did you mean") == 1
        assert client.get(target).status_code == 200


def test_the_state_page_tells_a_zero_pillar_from_no_data(client, facts: Facts) -> None:  # noqa: ANN001
    rows = compute_index(facts, 2025)["states"]
    zero = next(r for r in rows if 0 in r["pillars"].values())
    none = next(r for r in rows if None in r["pillars"].values())
    for r in (zero, none):
        page = client.get(f"/states/{r['iso3']}?year=2025")
        assert page.status_code == 200
        words = re.search(r'<p class="help" id="pillar-text">([^<]*)</p>', page.text)
        assert words, r["iso3"]
        for k, v in r["pillars"].items():
            said = "no data" if v is None else f"{v:g}"
            assert f"{k.replace('_', ' ')} {said}" in unescape(words.group(1)), (r["iso3"], k)
        assert 'aria-describedby="pillar-text"' in page.text


def test_the_gaps_footer_says_both_dates(client, facts: Facts) -> None:  # noqa: ANN001
    page = client.get("/gaps")
    foot = re.search(r"<footer>(.*?)</footer>", page.text, re.S)
    assert foot
    law = facts.checked_through_of(facts.DUTY_KINDS)[1]
    as_at = facts.checked_through_of(("events", "decisions", "responses"))[1]
    text = unescape(foot.group(1))
    assert law in text and as_at in text and "Figures as at" in text


def test_the_persons_filter_offers_at_large_as_the_rows_say_it(client) -> None:  # noqa: ANN001
    page = client.get("/persons")
    options = dict(re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', page.text.split('name="status"')[1].split("</select>")[0]))
    assert "held_not_surrendered" in options and "at_large_not_held" in options and "at_large" in options
    assert "held by a State" in unescape(options["at_large"])  # the Court's word says what it includes
    held = client.get("/persons?status=held_not_surrendered")
    assert held.status_code == 200 and "not surrendered to the Court" in held.text
    free = client.get("/persons?status=at_large_not_held")
    assert free.status_code == 200 and "not surrendered to the Court" not in free.text.split("<tbody>")[1].split("</tbody>")[0]


def _routes(facts: Facts, app) -> list[str]:  # noqa: ANN001
    """Every dashboard page: each HTML route of the application without a parameter in its path, each with one filled
    from the record, and the addresses sessions 38-39 added (two States compared, a region of the index)."""
    from iccwatch.service.index_regions import regions

    rows = [r for r in compute_index(facts, 2025)["states"] if r["score"] is not None]
    fill = {"state": rows[0]["iso3"], "person": sorted(facts.records.persons)[0],
            "statement": sorted(facts.records.statements)[0]}
    out = []
    for route in app.routes:
        path = getattr(route, "path", "")
        if "GET" not in (getattr(route, "methods", None) or ()) or path.startswith(("/api", "/static", "/docs", "/redoc", "/openapi")):
            continue
        if "." in path.rsplit("/", 1)[-1] or path.startswith("/ask/"):  # downloads and reports; the answers need a question
            continue
        names = re.findall(r"{(\w+)}", path)
        if any(n not in fill for n in names):
            continue
        out.append(re.sub(r"{(\w+)}", lambda m: fill[m.group(1)], path))
    region = regions(facts)[0]["name"]
    out += [f"/index/compare?states={rows[0]['iso3']},{rows[1]['iso3']}&year=2025", f"/index?year=2025&region={quote(region)}",
            "/gaps", "/monitor"]
    return sorted(set(out))


def test_every_page_fits_a_phone(shared_pages, request, facts: Facts, app) -> None:  # noqa: ANN001
    routes = _routes(facts, app)
    assert {"/gaps", "/monitor", "/persons", "/index"} <= set(routes) and any(r.startswith("/index/compare") for r in routes)
    wide = []
    with sized_page(shared_pages, request, "phone") as pg:
        for path in routes:
            r = pg.goto(pg.base + path)
            assert r is not None and r.status < 500, path
            settle(pg)
            pg.wait_for_timeout(200)  # charts draw after their scripts load
            sw, vw = pg.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            if sw > vw:
                wide.append(f"{path}: {sw} > {vw}")
    assert wide == [], wide
