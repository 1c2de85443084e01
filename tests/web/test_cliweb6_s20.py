"""Session 20's walk through the dashboard as a user (cliweb6). Each test failed before its fix."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from tests.web.conftest import sized_page

from iccwatch.model.dates import parse_partial_date
from iccwatch.web.pages import _history


def _status_history_cells(body: str) -> list[str]:
    """Each warrant's status-history cell of a person page, as the reader reads it (tags and sources dropped)."""
    table = body[body.index('aria-label="Warrants"'):body.index("</table>", body.index('aria-label="Warrants"'))]
    cells = re.findall(r'<td><ul class="plain">(.*?)</ul></td>', table, flags=re.S)
    return [html.unescape(re.sub(r"<details.*?</details>|<[^>]+>", " ", c, flags=re.S)) for c in cells]


def test_a_status_history_shows_the_custody_spell_the_banner_states(client, facts) -> None:  # noqa: ANN001
    """A person held by a State (not the Court) had a banner "Held by <State> since <day>" above a status history
    ending "at large", the two seeming to contradict each other. Every warrant with a recorded custody spell now
    shows it in its status history, with the holder's name and the day it began, in date order."""
    states = facts.records.states
    with_spells = [w for w in facts.records.warrants.values() if w.custody]
    assert with_spells, "the record holds custody spells (a warrant's custody)"
    for w in with_spells:
        r = client.get(f"/persons/{w.person}")
        assert r.status_code == 200
        cells = _status_history_cells(r.text)
        for c in w.custody:
            name = states[c.held_by].name
            line = f"{c.since}: held by {name}" if c.holder == "state" else f"{c.since}: held by {c.group}"
            found = [cell for cell in cells if line in cell]
            assert found, (w.id, line, cells)
            # after every status dated on or before the spell's first day, before every one dated later
            cell = found[0]
            at = cell.index(line)
            began = parse_partial_date(str(c.since))[0]
            for h in w.status_history:
                if not h.date:
                    continue
                pos = cell.find(f"{h.date}: ")
                if pos < 0:
                    continue
                if parse_partial_date(str(h.date))[0] < began:
                    assert pos < at, (w.id, h.date, c.since)


def test_the_history_keeps_the_records_order_and_places_each_spell_by_its_day(facts) -> None:  # noqa: ANN001
    """The merged history keeps the statuses in the record's order (an undated one where it stands) and puts a spell
    before the first status dated after its first day (at the end where none is)."""
    state = next(iter(facts.records.states))
    warrant = {"status_history": [{"date": "2009-03-04", "status": "issued"}, {"date": None, "status": "at_large"},
                                  {"date": "2021-01-02", "status": "surrendered"}],
               "custody": [{"held_by": state, "since": "2019-04", "until": "2021-01-02", "ended": "surrendered", "sources": []}]}
    rows = _history(warrant, facts)
    assert [r.get("status") or r["kind"] for r in rows] == ["issued", "at_large", "custody", "surrendered"]
    text = rows[2]["text"]
    assert text.startswith(f"held by {facts.records.states[state].name} until 2021-01-02")
    assert "no end recorded" not in text
    open_spell = {"status_history": warrant["status_history"][:1], "custody": [{"held_by": state, "since": "2010"}]}
    rows = _history(open_spell, facts)
    assert [r["kind"] for r in rows] == ["status", "custody"] and "no end recorded" in rows[1]["text"]


#: Each chart's x-axis labels as drawn (a label the axis left out for want of room has opacity 0): text, left, right.
AXIS_LABELS = """() => [...document.querySelectorAll('[data-spec] svg .role-axis-label')]
    .map(g => [...g.querySelectorAll('text')].filter(t => getComputedStyle(t).opacity !== '0')
        .map(t => { const r = t.getBoundingClientRect(); return [t.textContent, r.left, r.right, Math.round(r.top)]; }))"""


@pytest.mark.parametrize("path", ["/states/HUN?on=2025-06-01", "/states/MNG"])
def test_on_a_phone_a_charts_axis_labels_never_run_together(shared_pages, request, path: str) -> None:  # noqa: ANN001
    """At 390 px a State's timeline wrote its years edge to edge ("20002002200420062008..."): the axis now leaves
    out every other year where they would touch, so each label drawn stands apart from the next on its line."""
    with sized_page(shared_pages, request, "phone") as pg:
        pg.goto(pg.base + path)  # type: ignore[attr-defined]
        pg.wait_for_selector("[data-spec][data-rendered=yes]")
        axes = pg.evaluate(AXIS_LABELS)
    assert axes and any(len(labels) > 2 for labels in axes), axes
    for labels in axes:
        rows: dict[int, list[tuple[float, float, str]]] = {}
        for text, left, right, top in labels:
            rows.setdefault(top, []).append((left, right, text))
        for row in rows.values():
            row.sort()
            for (_, right, a), (left, _, b) in zip(row, row[1:], strict=False):
                assert left - right >= 4, f"{path}: '{a}' and '{b}' {left - right:.1f} px apart"


def test_search_titles_a_decision_by_its_ruling_in_words(client, facts) -> None:  # noqa: ANN001
    """A decision found by the search was titled with the record's code for its kind ("2024-11-15 · Mongolia ·
    other", "… · non compliance"): it now says what was ruled, as the decisions table does (its first words)."""
    from iccwatch.service.decisions import ruling_text

    decisions = facts.records.decisions
    # the States named by decisions of a kind the table words otherwise than the code (every such State once)
    states = sorted({d.state for d in decisions.values() if d.state and d.kind.replace("_", " ") not in ruling_text(d)})
    assert states
    checked = 0
    for iso3 in states[:4]:
        r = client.get("/api/v1/search", params={"q": facts.records.states[iso3].name, "limit": 100})
        assert r.status_code == 200
        for item in r.json()["items"]:
            if item["record_kind"] != "decisions":
                continue
            words = ruling_text(decisions[item["key"]]).split()
            assert " ".join(words[:3]).rstrip(",;:") in item["title"], item["title"]
            checked += 1
    assert checked


def test_search_context_names_no_record_field_by_its_key(client) -> None:  # noqa: ANN001
    """A result's context began "primary gap: …", the record's field name; it now reads "primary source not read",
    the reports' words for it."""
    r = client.get("/api/v1/search", params={"q": "searched", "limit": 100})
    assert r.status_code == 200
    labels = {i["snippet"].split(":")[0] for i in r.json()["items"] if i.get("snippet")}
    assert "primary source not read" in labels
    assert "primary gap" not in labels


def test_a_persons_map_key_lists_every_category_the_counts_give(shared_pages, request, facts) -> None:  # noqa: ANN001
    """On the travel map of a person sought in a situation the Security Council referred, the key left out
    "bound by UNSC resolution" (the map's own list spelled it "unsc", the page "UNSC"), and the States in that
    category were drawn in no colour of the key. The key now lists each category the page counts, with its count."""
    import datetime as dt

    from iccwatch import service

    referred = {s.id for s in facts.records.situations.values() if s.trigger == "unsc_referral"}
    sought = sorted({w.person for w in facts.records.warrants.values() if w.situation in referred and w.kind == "arrest_warrant"})
    person = next(p for p in sought if service.ask_travel(facts, p, dt.date.today())["counts"].get("bound_by_unsc_resolution"))
    with sized_page(shared_pages, request, "desktop") as pg:
        pg.goto(pg.base + f"/persons/{person}")  # type: ignore[attr-defined]
        pg.wait_for_selector("#legend li")
        counts = pg.inner_text("#travel-summary .count")
        key = pg.eval_on_selector_all("#legend li", "els => els.map(e => e.textContent.trim())")
    given = dict(re.findall(r"([a-zA-Z ,]+?): (\d+)", counts.replace("·", "\n")))
    given = {k.strip(): v for k, v in given.items()}
    assert "bound by UNSC resolution" in given, counts
    assert sorted(key) == sorted(f"{k} ({v})" for k, v in given.items())


def test_a_state_pages_acts_after_its_date_say_so(client, facts) -> None:  # noqa: ANN001
    """The State page "on" a date lists every dated act, later ones too; each act after the page's date now says so
    under its date ("after 2025-06-01"), and none before it does."""
    st = next(s for s in sorted(facts.records.states.values(), key=lambda s: s.iso3) if len(s.participation) > 2)
    latest = max(parse_partial_date(str(a.date))[0] for a in st.participation)
    on = (latest - dt.timedelta(days=1)).isoformat()
    body = client.get(f"/states/{st.iso3}", params={"on": on}).text
    table = body[body.index("Every dated act"):]
    table = table[:table.index("</table>")]
    rows = re.findall(r'<tr(?: class="after")?><td class="d">([\d-]+)(.*?)</td>', table, re.S)
    assert rows
    for date, rest in rows:
        assert (f"after {on}" in rest) == (parse_partial_date(date)[0].isoformat() > on), (date, rest)
    assert any(f"after {on}" in rest for _, rest in rows)


def test_a_duty_stays_on_one_line_in_the_events_table(shared_pages, request) -> None:  # noqa: ANN001
    """At 1366 px the events table broke "not obliged" over two lines in its Duty column, doubling the height of
    most rows while the column beside it had room; each duty is now on one line."""
    with sized_page(shared_pages, request, "desktop") as pg:
        pg.goto(pg.base + "/events")  # type: ignore[attr-defined]
        lines = pg.eval_on_selector_all('table.data td[data-label="Duty"]', """els => els.filter(e => e.textContent.trim())
            .map(e => { const r = document.createRange(); r.selectNodeContents(e); return r.getClientRects().length; })""")
    assert lines and max(lines) == 1, sorted(set(lines))
