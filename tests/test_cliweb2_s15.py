"""The CLI, the API and the dashboard tried as a user would (session 15, second round). Each test failed
before its fix."""

from __future__ import annotations

import datetime as dt
import json
import re
from html import unescape

import pytest
from typer.testing import CliRunner

from iccwatch import service
from iccwatch.facts import Facts
from iccwatch.model.dates import DateSpan

NOTICE = re.compile(r'<p class="notice param-notice"[^>]*>(.*?)</p>', re.S)


def _notices(html: str) -> list[str]:
    return [unescape(re.sub(r"<[^>]+>", "", m)) for m in NOTICE.findall(html)]


@pytest.mark.parametrize(("url", "name"), [("/events?stat=MNG", "stat"), ("/decisions?until=2010-01-01", "until"),
                                           ("/states/MNG?date=2024-09-03", "date"), ("/persons?name=putin", "name"),
                                           ("/statements?stat=UKR&sort=date", "stat")])
def test_a_page_names_a_parameter_it_does_not_take(client, url: str, name: str) -> None:  # noqa: ANN001
    """`/events?stat=MNG` showed every row, the misspelt filter silently ignored; the page now says it
    ignored it, in the API's words (the parameter and the ones the page takes), and the API still refuses it."""
    r = client.get(url)
    assert r.status_code == 200
    notices = _notices(r.text)
    assert len(notices) == 1 and f"'{name}' is not a parameter of this address" in notices[0], notices
    taken = notices[0].split("it takes: ")[1].rstrip(".").split(", ")
    assert name not in taken and taken
    api = client.get("/api/v1" + url.split("?")[0] + "?" + url.split("?")[1])
    if api.status_code == 422:  # the same words as the API's error, where the API has the address
        assert api.json()["detail"].split(";")[0] in notices[0]


def test_the_notice_lists_what_the_events_page_takes(client) -> None:  # noqa: ANN001
    notice = _notices(client.get("/events?stat=MNG").text)[0]
    taken = notice.split("it takes: ")[1].rstrip(".").split(", ")
    assert {"state", "person", "outcome", "year", "sort", "dir", "page", "row", "format"} <= set(taken)


@pytest.mark.parametrize("path", ["/", "/events", "/events?state=MNG", "/decisions", "/statements", "/persons", "/states/MNG",
                                  "/persons/vladimir-putin", "/situations", "/gaps", "/index", "/search?q=putin", "/ask",
                                  "/ask?state=MNG&person=vladimir-putin&on=2024-09-03"])
def test_no_link_or_form_of_a_page_brings_the_notice(client, path: str) -> None:  # noqa: ANN001
    """Every link of a page to a page with a query (sort, pager, filters, downloads' neighbours) and every
    form field a page submits is a parameter the target takes: none of them brings the notice."""
    html = client.get(path).text
    assert not _notices(html), path
    here = path.split("?")[0]
    links = {(here if h.startswith("?") else "") + unescape(h) for h in re.findall(r'href="((?:/[^"#]*)?\?[^"#]+)', html)
             if "format=" not in h and "/api/" not in h}
    assert links or "<form" in html, path
    for link in sorted(links)[:40]:
        r = client.get(link)
        assert not _notices(r.text), (path, link)
    for form in re.findall(r'<form[^>]*method="get"[^>]*>(.*?)</form>', html, re.S):
        names = sorted(set(re.findall(r'name="([a-z_]+)"', form)))
        action = re.search(r'action="([^"]+)"', html[html.index(form) - 300:html.index(form)])
        target = action.group(1) if action else here
        r = client.get(target + "?" + "&".join(f"{n}=" for n in names))
        assert not _notices(r.text), (path, target, names)


# ------------------------------------------------------------------------ the CLI's empty lists

runner = CliRunner()


def test_an_empty_list_names_its_filters(cli, facts: Facts) -> None:  # noqa: ANN001
    """`statements --state UKR` printed "statements: none recorded", which reads as "no statement at all";
    an empty list now names its filters, for every list command."""
    signed = {i for s in facts.records.statements.values() for i in s.signatories}
    unsigned = sorted(i for i in facts.records.states if i not in signed)[0]
    name = facts.records.states[unsigned].name
    code, out, _ = cli("statements", "--state", unsigned)
    assert code == 0 and out.strip() == f"No statement recorded for {name}."
    hosts = {e.state for e in facts.records.events.values()}
    quiet = sorted(i for i in facts.records.states if i not in hosts)[0]
    person = next(iter(facts.records.persons.values()))
    code, out, _ = cli("events", "--state", quiet, "--person", person.id, "--year", "2003")
    assert " ".join(out.split()) == f"No event recorded for {facts.records.states[quiet].name} concerning {person.name} in 2003."
    assert cli("decisions", "--until", "1999-01")[1].strip() == "No decision recorded up to 1999-01."
    assert cli("situations", "--until", "1999")[1].strip() == "No situation recorded up to 1999."
    assert cli("statements", "--state", unsigned, "--json")[1].strip() == "[]"  # machine output unchanged
    code, out, _ = cli("assess", "events", "--state", quiet, "--person", person.id)
    assert " ".join(out.split()) == f"No event recorded for {facts.records.states[quiet].name} concerning {person.name}."


# ----------------------------------------------------------- a year-only date in a list up to a day

def _partly_dated(facts: Facts) -> tuple[object, dt.date]:
    """An event dated only to a year or a month, and a day inside that span before its end."""
    e = next(e for e in sorted(facts.records.events.values(), key=lambda e: e.id) if len(e.date) < 10)
    span = DateSpan.parse(e.date)
    return e, span.first


def test_a_record_dated_only_to_a_year_in_a_list_up_to_a_day_is_marked(cli, client, facts: Facts) -> None:  # noqa: ANN001
    """`events --until 2025-04` listed an event dated only "2025" as if it were surely by then; it is still
    listed (it may be), with the mark "(date: 2025 only; may be after the day asked)" in the CLI's table and
    as `date_doubt` in the API and the CLI's JSON. A record dated to the day, or to a span ending by the day
    asked, carries no mark."""
    event, day = _partly_dated(facts)
    mark = f"date: {event.date} only; may be after the day asked"
    rows = {r["id"]: r for r in service.events_list(facts, on=day)}
    assert rows[event.id]["date_doubt"] == mark
    assert all("date_doubt" not in r for r in rows.values() if len(r["date"]) == 10)
    assert "date_doubt" not in {r["id"]: r for r in service.events_list(facts, on=DateSpan.parse(event.date).last)}[event.id]
    code, out, _ = cli("events", "--until", day.isoformat(), "--json")
    assert next(r for r in json.loads(out) if r["id"] == event.id)["date_doubt"] == mark
    code, out, _ = cli("events", "--until", day.isoformat(), "--person", event.person, "--state", event.state)
    assert f"({mark})" in " ".join(out.split())
    items = client.get(f"/api/v1/events?on={day.isoformat()}&state={event.state}&person={event.person}").json()["items"]
    assert next(r for r in items if r["id"] == event.id)["date_doubt"] == mark


# ------------------------------------------------------- the State page: a retraction, a State's since

def test_the_state_page_shows_a_retracted_announcement_and_when_the_state_came_into_being(client, cli, facts: Facts) -> None:  # noqa: ANN001
    """The State page did not show that a withdrawal announcement was retracted (the CLI's `state` did, in its
    reasoning) nor the day a State created after 1998 came into being; both now appear beside the relation
    and in the timeline, in the words the CLI prints (one function each)."""
    from iccwatch.law.party_status import retraction_words
    from iccwatch.service.states import came_into_being_words

    retracting = [(st, a) for st in facts.records.states.values() for a in st.participation if a.retracted]
    assert retracting
    for st, act in retracting:
        html = unescape(client.get(f"/states/{st.iso3}?on={DateSpan.parse(act.retracted).last.isoformat()}").text)
        words = retraction_words(str(act.retracted))
        relation = html.split('id="rel"')[1].split("</section>")[0]
        assert f"({words})" in relation.split("Every dated act</caption>")[1]  # the timeline's row
        assert words in relation.split("Every dated act</caption>")[0]  # beside the relation, as the reasoning says it
        code, out, _ = cli("state", st.iso3, "--on", DateSpan.parse(act.retracted).last.isoformat())
        assert words in " ".join(out.split())
    young = [st for st in facts.records.states.values() if st.since]
    assert young
    for st in young:
        sentence = came_into_being_words(st.name, str(st.since.date))
        html = unescape(client.get(f"/states/{st.iso3}").text)
        relation = html.split('id="rel"')[1].split("</section>")[0]
        assert sentence in relation and f'<td class="d">{st.since.date}</td><td></td><td>came into being as a State</td>' in relation
        assert sentence in " ".join(cli("state", st.iso3)[1].split())
        before = DateSpan.parse(st.since.date).first - dt.timedelta(days=1)
        early = came_into_being_words(st.name, str(st.since.date), before)
        assert early == f"{st.name} did not yet exist as a State on {before.isoformat()}: it came into being on {st.since.date}"
        page = unescape(client.get(f"/states/{st.iso3}?on={before.isoformat()}").text)
        assert early in page and "Timeline of" not in page  # no empty chart for a day before the State existed
        assert "Timeline of" in unescape(client.get(f"/states/{st.iso3}").text)
        api = client.get(f"/api/v1/states/{st.iso3}?on={before.isoformat()}").json()
        assert api["came_into_being"] == st.since.date and api["came_into_being_text"] == early
    other = next(st for st in facts.records.states.values() if not st.since)
    assert "came into being" not in client.get(f"/states/{other.iso3}").text


def test_the_timeline_chart_of_a_later_state_starts_when_it_came_into_being(facts: Facts) -> None:
    """South Sudan's chart showed it "not party" from 1998, thirteen years before it existed; a State's
    bands now start on its since (and the others' still in 1998)."""
    from iccwatch import charts

    day = dt.date(2026, 1, 1)
    for st in facts.records.states.values():
        segments = charts.party_segments(facts, st.iso3, day)
        first = DateSpan.parse(st.since.date).first.isoformat() if st.since else "1998-07-17"
        assert segments[0]["start"] == max(first, "1998-07-17"), st.iso3


def test_a_situation_listed_up_to_an_earlier_day_says_its_status_is_a_later_one(cli, facts: Facts) -> None:  # noqa: ANN001
    """`situations --until 2005-01` printed each situation's status as recorded today ("charges confirmed
    2025-11-06") as if it were the status then; a status recorded as of a later day now says so."""
    sit = min(facts.records.situations.values(), key=lambda s: s.investigation_opened or "9999")
    day = DateSpan.parse(sit.investigation_opened).last
    row = next(r for r in service.situations_list(facts, day) if r["id"] == sit.id)
    assert row["status_note"] == f"the status as of {sit.status_as_of}, after the day asked"
    assert "status_note" not in next(r for r in service.situations_list(facts, DateSpan.parse(sit.status_as_of).last) if r["id"] == sit.id)
    assert f"({row['status_note']})" in " ".join(cli("situations", "--until", day.isoformat())[1].split())


def test_an_empty_list_of_states_names_its_filter(cli) -> None:  # noqa: ANN001
    """`states --status former_party --on 2000-01-01` printed "States on 2000-01-01: none recorded"."""
    assert cli("states", "--status", "former_party", "--on", "2000-01-01")[1].strip() == \
        "No State recorded with the status former party on 2000-01-01."
    assert cli("states", "--party", "--on", "1998-01-01")[1].strip() == "No State recorded as a party on 1998-01-01."


def test_an_empty_dashboard_table_names_its_filters(client, facts: Facts) -> None:  # noqa: ANN001
    """`/statements?state=UKR` said "No row matches these filters." without naming them; it now names each
    filter chosen by its label and the option's words."""
    signed = {i for s in facts.records.statements.values() for i in s.signatories}
    unsigned = sorted(i for i in facts.records.states if i not in signed)[0]
    html = unescape(client.get(f"/statements?state={unsigned}").text)
    assert f"No row matches these filters (Signatory State: {facts.records.states[unsigned].name})." in html
    html = unescape(client.get("/decisions?year=1999").text)
    assert "No row matches these filters (Year: 1999)." in html


def test_the_state_report_shows_a_retraction_and_when_the_state_came_into_being(facts: Facts) -> None:
    """The printed State report, as the State page: a retracted announcement says so in its timeline row and
    in the reasoning's words under the relation; a State created after 1998 says when it came into being."""
    from iccwatch.law.party_status import retraction_words
    from iccwatch.report.build import render_html, state_report_data

    day = dt.date(2026, 7, 1)
    st, act = next((st, a) for st in facts.records.states.values() for a in st.participation if a.retracted)
    html = unescape(render_html("state.html", state_report_data(facts, st.iso3, day, 2025, samples=20)))
    relation = html.split("Relation to the Rome Statute", 1)[1].split("<h2>", 1)[0]
    words = retraction_words(str(act.retracted))
    assert f"({words})" in relation and relation.count(words) == 2
    young = next(st for st in facts.records.states.values() if st.since)
    html = unescape(render_html("state.html", state_report_data(facts, young.iso3, day, 2025, samples=20)))
    assert f"{young.name} came into being as a State on {young.since.date}" in html
