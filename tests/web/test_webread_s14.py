"""What a reader found looking at every kind of page at 390 px and 1366 px (session 14), held as rules
checked on the pages' HTML (one request per page, no browser needed): headings never skip a level, and
a body a finding is referred to is never shown as a bare code ("ASP+UNSC") in a table of records."""

from __future__ import annotations

import json
import re

import pytest
from tests.web.conftest import http_get

#: One page of each kind that carries a "Cite this page" block after its own headings.
HEADED_PAGES = ["/", "/persons?q=bash", "/situations", "/decisions", "/events", "/statements", "/gaps",
                "/search?q=arrest", "/ask", "/monitor", "/states/ZAF", "/persons/rodrigo-roa-duterte", "/about", "/index"]


def _levels(html: str) -> list[int]:
    return [int(m) for m in re.findall(r"<h([1-6])\b", html)]


@pytest.mark.parametrize("path", HEADED_PAGES)
def test_headings_never_skip_a_level(server: str, path: str) -> None:
    status, body = http_get(server, path)
    assert status == 200, (path, status)
    levels = _levels(body)
    assert levels and levels[0] == 1, (path, levels[:5])
    skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert not skips, f"{path}: a heading skips a level {skips} (in order: {levels})"


#: The table pages with a "Referred to" column.
REFERRED_PAGES = ["/decisions", "/gaps"]


@pytest.mark.parametrize("path", REFERRED_PAGES)
def test_referred_to_names_each_body_not_a_bare_code(server: str, path: str) -> None:
    status, body = http_get(server, path)
    assert status == 200
    cells = re.findall(r'<td data-label="Referred to">(.*?)</td>', body, re.S)
    coded = [c for c in cells if re.search(r"\b[A-Z]{2,}\b", c)]
    assert coded, f"{path}: no referral to a body in the table (the check would prove nothing)"
    for cell in coded:
        bare = re.sub(r'<abbr title="[^"]{8,}">[A-Z]+</abbr>', "", cell)
        assert not re.search(r"\b[A-Z]{2,}\b", bare), f"{path}: a code without its name: {cell!r}"
        assert "+" not in re.sub(r"<[^>]+>", "", cell).replace(" + ", ""), f"{path}: codes joined by '+': {cell!r}"


#: State pages whose index rests on events of a warrant's subject (a failure to arrest, an arrest).
EVIDENCE_PAGES = ["/states/HUN", "/states/MNG"]


@pytest.mark.parametrize("path", EVIDENCE_PAGES)
def test_the_index_facts_name_persons_and_acts_in_words(server: str, path: str) -> None:
    status, body = http_get(server, "/api/v1/persons?limit=500")
    assert status == 200
    people = {p["id"]: p["name"] for p in json.loads(body)["items"]}
    status, html = http_get(server, path)
    assert status == 200
    facts = [re.sub(r"<details.*", "", li, flags=re.S) for li in re.findall(r'<ul class="items evidence">(.*?)</ul></td>', html, re.S)]
    text = " ".join(re.sub(r"<[^>]+>", " ", f) for f in facts)
    named = [n for n in people.values() if n in text]
    assert named, f"{path}: no index fact names a person (the check would prove nothing)"
    ids = sorted(i for i in people if re.search(rf"\b{re.escape(i)}\b", text))
    codes = sorted(set(re.findall(r"\b[a-z]+(?:_[a-z]+)+\b", text)))
    assert not ids and not codes, f"{path}: an index fact shows identifiers {ids} or codes {codes}"


def test_the_states_list_address_opens_the_maps_table_and_keeps_the_date(server: str) -> None:
    status, body = http_get(server, "/states")
    assert status == 200 and 'id="map-table"' in body, status
    status, body = http_get(server, "/states?on=2010-01-01")
    assert status == 200 and "2010-01-01" in body and 'id="map-table"' in body, status
    status, body = http_get(server, "/states?on=2024-13-45")
    assert status == 422 and "2024-13-45" in body, status
    status, body = http_get(server, "/states/XXX")
    assert status == 404 and 'href="/#map-table"' in body, "the unknown State's page leads to the list of States"


@pytest.mark.parametrize("path", ["/decisions", "/states/ZAF"])
def test_a_finding_referred_to_no_body_says_so_in_words(server: str, path: str) -> None:
    status, body = http_get(server, "/api/v1/decisions?limit=500")
    assert status == 200
    items = json.loads(body)["items"]
    unreferred = [d for d in items if d.get("referred_to") == "none" and (path == "/decisions" or d.get("state") == path[-3:])]
    assert unreferred, f"{path}: no finding referred to no body (the check would prove nothing)"
    status, html = http_get(server, path)
    html = html.split('aria-label="Decisions"', 1)[-1].split("</table>", 1)[0]  # a State page's decisions table
    cells = re.findall(r"<td[^>]*>(?:<[^>]+>)*(not referred|none)(?:<[^>]+>)*</td>", html)
    assert cells and "none" not in cells, f"{path}: a finding referred to no body reads {sorted(set(cells))}"


@pytest.mark.parametrize("person", ["edmond-beina", "omar-hassan-ahmad-al-bashir", "rodrigo-roa-duterte"])
def test_a_persons_offices_show_their_sources_and_states_by_name(server: str, person: str) -> None:
    status, body = http_get(server, f"/api/v1/persons/{person}")
    assert status == 200
    record = json.loads(body)
    offices = record.get("offices") or []
    codes = {o["state"] for o in offices} | {h["by_state"] for w in record.get("warrants") or []
                                             for h in (w.get("status_history") or []) + (w.get("admissibility_challenges") or [])
                                             if h.get("by_state")}
    status, html = http_get(server, f"/persons/{person}")
    assert status == 200
    section = html.split('<h2 id="o">', 1)[-1].split("</section>", 1)[0] if offices else ""
    assert section.count('<details class="refs">') == sum(1 for o in offices if o.get("sources")), f"{person}: an office without its sources"
    assert "?" not in re.sub(r"<[^>]+>", "", section), f"{person}: an unknown date shown as '?'"
    warrants = html.split("Warrants and status", 1)[-1].split("</section>", 1)[0]
    bare = sorted(c for c in codes if f"({c})" in section + warrants or f"by {c} " in warrants)
    assert not bare, f"{person}: States shown by code {bare} where the page knows their names"


def test_a_person_with_no_trip_recorded_says_what_was_searched(server: str) -> None:
    """The person page of someone at large with no trip recorded gives the record's ``travel_gap`` (what was
    searched, and when) beside "No travel recorded", as the CLI does, so the empty list is not read as "never
    travelled" (session 15)."""
    import html

    import yaml

    from iccwatch.settings import default_data_dir

    with_gap = []
    for f in sorted((default_data_dir() / "persons").glob("*.yaml")):
        rec = yaml.safe_load(f.read_text(encoding="utf-8"))
        if rec.get("travel_gap"):
            with_gap.append(rec)
    if not with_gap:
        pytest.skip("no person in the record carries a travel_gap")
    rec = with_gap[0]
    status, body = http_get(server, f"/persons/{rec['id']}")
    assert status == 200
    m = re.search(r'<span id="travel-gap">(.*?)</span>', body, re.S)
    assert m, f"{rec['id']}: the page does not say what was searched"
    from iccwatch.service.persons import searched_words

    assert html.unescape(m.group(1)).startswith(searched_words(" ".join(rec["travel_gap"].split()))[:50])
