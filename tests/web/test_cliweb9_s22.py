"""Session 22's walk of whole workflows (cliweb9): a journalist goes from a name as the news spells it to a person,
a trip, the host State on that day and the answer for the trip, and cites the answer. Each test failed before its fix."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest


def _trip(facts) -> Any:  # noqa: ANN001, ANN401
    """A recorded trip to a State whose answer rests on sources, with the person's name and the State's name typed
    otherwise than the record keys them (an alias, the State's name in lower case)."""
    for e in sorted(facts.records.events.values(), key=lambda e: e.id):
        p = facts.records.persons[e.person]
        if e.state and p.aliases and len(str(e.date)) == 10:
            return e
    pytest.skip("no trip of a person with an alias")


def _arrest(client, state: str, person: str, on: str, *assume: str) -> dict[str, Any]:  # noqa: ANN001
    r = client.get("/api/v1/arrest", params=[("state", state), ("person", person), ("on", on), *(("assume", a) for a in assume)])
    assert r.status_code == 200, r.text
    return r.json()


def test_an_answer_is_cited_with_its_answer_its_graded_sources_and_a_stable_address(client, facts) -> None:  # noqa: ANN001
    """The API's answer had no citation, and the dashboard's "Cite this answer" gave neither the answer nor its
    sources, at the address as typed (a name, an alias, no day: "today" moves). The citation now gives the answer,
    the record's version and check date, the address by the State's code, the person's id and the day, and every
    source the answer rests on with its publisher and grade, primary first."""
    e = _trip(facts)
    person = facts.records.persons[e.person]
    state = facts.records.states[e.state]
    d = _arrest(client, state.name.lower(), person.aliases[0], str(e.date))
    c = d["citation"]
    day = str(e.date)
    assert urlsplit(c["url"]).path == "/ask" and parse_qs(urlsplit(c["url"]).query) == {
        "state": [state.iso3], "person": [person.id], "on": [day]}
    assert urlsplit(c["api_url"]).path == "/api/v1/arrest" and parse_qs(urlsplit(c["api_url"]).query) == {
        "state": [state.iso3], "person": [person.id], "on": [day]}
    assert c["answer"] == d["answer"].replace("_", " ")
    text = c["text"]
    assert f"“Must {state.name} arrest {person.name} on {day}?”, answer: {c['answer']}," in text
    assert c["url"] in text and f"retrieved {dt.date.today().isoformat()}" in text
    assert f"checked through {facts.checked_through_of(facts.DUTY_KINDS)[1]}" in text
    cited = text[text.index(" Sources: ") + len(" Sources: "):].rstrip(".").split("; ")
    own = {s["url"] for s in d["sources"] if "iccwatch.invalid" not in s["url"]}
    assert own and {s["url"] for s in c["sources"]} == own and len(cited) == len(own)
    for words, s in zip(cited, c["sources"], strict=True):
        assert words.startswith(f"{s['publisher']}, grade {s['grade']}") and words.endswith(s["url"])
        assert (", primary, " in words) == s["primary"]
    primary = [s["primary"] for s in c["sources"]]
    assert primary == sorted(primary, reverse=True)  # primary first
    assert c["bibtex"].startswith("@misc{") and re.sub(r"([{}&%$#_])", r"\\\1", c["sources"][0]["url"]) in c["bibtex"]
    # the stable address, opened, answers the same question; the page cites it in the same words
    page = client.get(urlsplit(c["url"]).path + "?" + urlsplit(c["url"]).query)
    assert page.status_code == 200
    assert re.sub(r"\s+", " ", text.split(" (retrieved")[0]).replace("&", "&amp;") in re.sub(r"\s+", " ", page.text)


def test_the_pages_permalink_names_the_day_answered_when_none_was_typed(client, facts) -> None:  # noqa: ANN001
    """``/ask?state=mongolia&person=<alias>`` (no day: today) gave the permalink and the citation as typed, an address
    whose answer changes from day to day; they now name the State's code, the person's id and the day answered."""
    e = _trip(facts)
    person = facts.records.persons[e.person]
    state = facts.records.states[e.state]
    r = client.get("/ask", params={"state": state.name.lower(), "person": person.aliases[0]})
    assert r.status_code == 200
    link = re.search(r'id="permalink">([^<]+)<', r.text).group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(link).query) == {"state": [state.iso3], "person": [person.id], "on": [dt.date.today().isoformat()]}
    cite_text = re.search(r'class="cite-text">([^<]+)<', r.text[r.text.index('id="answer-cite"'):]).group(1)
    assert link.replace("&", "&amp;") in cite_text and " Sources: " in cite_text


def test_a_what_if_is_cited_with_its_assumptions_and_the_answer_as_recorded(client, facts) -> None:  # noqa: ANN001
    """A what-if's citation says the assumptions are assumed, not sourced, gives the answer as recorded beside it,
    and its addresses carry the assumptions (the dashboard's one field, the API's repeated parameter)."""
    e = _trip(facts)
    assume = f"{e.state} withdrawal_notified {dt.date.fromisoformat(str(e.date)) - dt.timedelta(days=400)}"
    d = _arrest(client, e.state, e.person, str(e.date), assume)
    recorded = _arrest(client, e.state, e.person, str(e.date))
    c = d["citation"]
    assert "(what-if)" in c["title"] and "(assumed, not sourced)" in c["text"]
    assert f"as recorded: {recorded['answer'].replace('_', ' ')}" in c["answer"]
    assert parse_qs(urlsplit(c["url"]).query)["assume"] == [assume]
    assert parse_qs(urlsplit(c["api_url"]).query)["assume"] == [assume]
    assert all("iccwatch.invalid" not in s["url"] for s in c["sources"])  # an assumption is not a source


def test_the_cli_prints_the_same_citation_on_one_line(cli, client, facts) -> None:  # noqa: ANN001
    """``iccwatch ask arrest`` printed no citation; it now ends with "cite as (one line):" and the citation, in the
    dashboard's words with the command that asks the question again in place of an address, never wrapped, and
    ``--json`` carries it as the API does."""
    e = _trip(facts)
    person = facts.records.persons[e.person]
    code, out, err = cli("ask", "arrest", "--state", facts.records.states[e.state].name, "--person", person.aliases[0], "--on", str(e.date))
    assert code == 0, err
    lines = out.splitlines()
    line = lines[lines.index("cite as (one line):") + 1]
    command = f"iccwatch ask arrest --state {e.state} --person {person.id} --on {e.date}"
    api = _arrest(client, e.state, e.person, str(e.date))["citation"]
    assert line == api["text"].replace(api["url"], command)
    code, out, _ = cli("ask", "arrest", "--state", e.state, "--person", e.person, "--on", str(e.date), "--json")
    assert json.loads(out)["citation"]["text"] == line


def test_a_trip_links_to_its_host_on_that_day_and_to_its_answer(client, facts) -> None:  # noqa: ANN001
    """A person's trip linked to the host State's page today (not on the trip's day), and its duty to nothing; the host
    now opens on the day the duty was asked (a trip dated to a month: the day the assessment asks, its first), and the
    duty opens the answer for that trip."""
    e = _trip(facts)
    assessed = client.get("/api/v1/assessment/events", params={"person": e.person, "limit": 1000}).json()["items"]
    asked = {a["event"]: a["determination"]["question"]["on"] for a in assessed if a.get("determination")}
    page = client.get(f"/persons/{e.person}").text
    rows = re.findall(r'<tr id="e-([^"]+)">(.*?)</tr>', page, re.S)
    assert rows
    for event_id, row in rows:
        if event_id not in asked:
            continue
        state = facts.records.events[event_id].state
        on = asked[event_id]
        assert f'href="/states/{state}?on={on}"' in row, event_id
        assert f'href="/ask?state={state}&amp;person={e.person}&amp;on={on}#result"' in row, event_id


def test_a_search_with_a_newspapers_spelling_offers_the_person_in_the_api(client, facts) -> None:  # noqa: ANN001
    """The search page said "Did you mean …?" for a name spelled otherwise, but its "same search as JSON" said only
    that nothing matched; the API's answer now carries ``did_you_mean``."""
    for p in sorted(facts.records.persons.values(), key=lambda p: p.id):
        words = p.name.split()
        if len(words) < 2 or len(words[-1]) < 5:
            continue
        q = " ".join([*words[:-1], words[-1][:-1] + ("q" if words[-1][-1] != "q" else "x")])
        r = client.get("/api/v1/search", params={"q": q}).json()
        if r["total"] == 0:
            assert {"kind": "persons", "id": p.id, "name": p.name, "url": f"/persons/{p.id}"} in r["did_you_mean"], q
            return
    pytest.fail("no misspelling of a person's name matched nothing")


def test_a_search_that_matches_offers_no_other_name(client, facts) -> None:  # noqa: ANN001
    p = next(iter(sorted(facts.records.persons.values(), key=lambda p: p.id)))
    r = client.get("/api/v1/search", params={"q": p.name}).json()
    assert r["total"] >= 1 and r["did_you_mean"] == []


RECORD_EXPORTS = ("events", "decisions", "situations", "persons", "warrants", "statements", "measures", "responses", "positions")


def test_an_exports_columns_lead_with_the_key_and_end_with_the_sources(client) -> None:  # noqa: ANN001
    """A researcher's export began with ``source_urls,sources_cited,confidence,...`` and its columns followed
    whichever row came first (a kind's export with other rows had them in another order); it now begins with the
    record's key, ends with its sources, and its header is the kind's whatever rows it holds (that of an empty
    export). Every row is read by the csv module with every column, each source with its grade."""
    import csv
    import io

    from iccwatch import service

    for kind in RECORD_EXPORTS:
        r = client.get(f"/api/v1/export/{kind}", params={"format": "csv"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        reader = csv.reader(io.StringIO(r.content.decode("utf-8")))
        header = next(reader)
        assert header == service.export_fields(kind), kind
        assert header[0] == "id" and header[-2:] == ["source_urls", "sources_cited"], (kind, header)
        rows = list(reader)
        assert rows and all(len(row) == len(header) for row in rows), kind
        cited = header.index("sources_cited")
        for row in rows:
            for piece in row[cited].split(" | "):
                assert re.search(r"\(grade [ABCX], (primary|secondary)\) https?://", piece), (kind, piece)


def test_a_tables_download_names_each_rows_record(client, facts) -> None:  # noqa: ANN001
    """A table's CSV and JSON gave names and dates but not the record each row is (two events of one person in one
    State on one day could not be told apart or joined with the export); each row now leads with its record's id."""
    import csv
    import io

    for path, kinds, key in (("/events", facts.records.events, "event"), ("/decisions", facts.records.decisions, "id"),
                             ("/situations", facts.records.situations, "id"), ("/statements", facts.records.statements, "id"),
                             ("/gaps", facts.records.events, "event")):
        rows = list(csv.DictReader(io.StringIO(client.get(path, params={"format": "csv"}).text)))
        assert rows and list(rows[0])[0] == key, path
        assert {r[key] for r in rows} <= set(kinds) and len({r[key] for r in rows}) == len(rows), path
        as_json = client.get(path, params={"format": "json"}).json()
        assert [r[key] for r in as_json] == [r[key] for r in rows], path


def test_every_search_hit_opens_a_page_that_shows_it(client, facts) -> None:  # noqa: ANN001
    """A decision no State is party to (an appeal judgment) linked to ``/decisions?state=None`` and a measure no State
    took (an unattributed cyberattack on the Court) to ``/states/None``: both 404s. Each hit of the search page and of
    the API (which now gives each hit's ``url``) opens a page holding the record's row, or says no page shows it."""
    from iccwatch.service.search import hit_url

    checked = 0
    for kind in ("decisions", "measures", "events", "situations", "statements"):
        records = facts.records.of_kind(kind)
        for key, rec in sorted(records.items()):
            state = getattr(rec, "state", None)
            person = getattr(rec, "person", None)
            url = hit_url(kind, key, state, person)
            if url is None:
                assert kind == "measures" and not state, key
                continue
            if kind in ("decisions", "measures") and state and checked > 40:
                continue  # every record without a State, and a sample of those with one
            page = client.get(url.split("#")[0])
            assert page.status_code == 200, (url, page.status_code)
            anchor = url.split("#")[1]
            assert f'id="{anchor}"' in page.text, url
            checked += 1
    # the search page and the API agree, and a hit no page shows is said so with the export that holds it
    unplaced = [m for m in facts.records.measures.values() if not m.state]
    if unplaced:
        m = unplaced[0]
        words = " ".join(m.title.split()[:3])
        api = client.get("/api/v1/search", params={"q": words, "kind": "measures"}).json()
        hit = next(h for h in api["items"] if h["key"] == m.id)
        assert hit["url"] is None
        page = client.get("/search", params={"q": words}).text
        assert "no page shows it" in page and 'href="/states/None' not in page


def test_a_served_report_links_the_index_method_and_a_cli_report_names_it(client, facts) -> None:  # noqa: ANN001
    """The State report said "Method: docs/index-method.md", a path in the source a diplomat holding the PDF cannot
    open; a report served by the dashboard now links the dashboard's method page, and one made by the CLI names the
    document with where the dashboard shows it."""
    iso3 = sorted(facts.records.states)[0]
    html = client.get(f"/states/{iso3}/report.html", params={"on": "2024-01-01"}).text
    # by path since session 40, never the host that served it (tests/test_iface_s40.py)
    assert '<a href="/index/method">' in html and "http://testserver" not in html
    from iccwatch.report.build import render_html, state_report_data

    cli_html = render_html("state.html", state_report_data(facts, iso3, dt.date(2024, 1, 1), 2025, samples=20))
    assert "docs/index-method.md in the iccwatch source (on the dashboard, /index/method)" in cli_html


REALNEWS = __import__("pathlib").Path(__file__).resolve().parents[1] / "monitor" / "realnews" / "dev"


def test_the_monitor_page_names_who_and_where_and_leads_to_the_record_written(tmp_path, data_dir, store_copy, facts) -> None:  # noqa: ANN001
    """A reviewer's walk: ingest saved articles (front matter), accept one candidate, reject one. The monitor page
    showed the person and the State by the record's ids ("vladimir-vladimirovich-putin", "MNG"), the alerts too, and
    neither who decided, nor why, nor the record an acceptance wrote; it now names them (linked to their pages), says
    who decided, when and why, and links the record written (or already held) to its row."""
    import shutil

    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from iccwatch.app import create_app
    from iccwatch.cli import app as cli_app
    from iccwatch.settings import Settings

    data = tmp_path / "data"
    shutil.copytree(data_dir, data)
    news = tmp_path / "news"
    news.mkdir()
    for f in sorted(REALNEWS.glob("*.txt"))[:40]:  # saved articles with their front matter
        shutil.copy(f, news / f.name)
    runner = CliRunner()
    db = str(store_copy)
    r = runner.invoke(cli_app, ["monitor", "ingest", str(news), "--db", db, "--json"], env={"ICCWATCH_DATA": str(data)})
    assert r.exit_code == 0, r.output
    listed = runner.invoke(cli_app, ["monitor", "review", "list", "--db", db, "--json"], env={"ICCWATCH_DATA": str(data)})
    pending = [c for c in json.loads(listed.stdout) if c["status"] == "pending"
               and c["payload"].get("person") in facts.records.persons and c["payload"].get("state") in facts.records.states]
    assert len(pending) >= 2, "the articles give at least two candidates naming a person and a State of the record"
    accepted = rejected = None
    for c in pending:
        r = runner.invoke(cli_app, ["monitor", "review", "accept", c["id"], "--data", str(data), "--db", db, "--reviewer", "reviewer-one"])
        if r.exit_code == 0:
            accepted = c
            break
    assert accepted is not None, "one candidate is accepted"
    rejected = next(c for c in pending if c["id"] != accepted["id"])
    r = runner.invoke(cli_app, ["monitor", "review", "reject", rejected["id"], "--reason", "not what the article says", "--db", db],
                      env={"ICCWATCH_DATA": str(data)})
    assert r.exit_code == 0, r.output
    # the record written passes the check, and the store built from it holds it (the review queue carried across)
    r = runner.invoke(cli_app, ["data", "check", "--data", str(data)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli_app, ["data", "build", "--data", str(data), "--db", db])
    assert r.exit_code == 0, r.output
    with TestClient(create_app(Settings(data_dir=data, db_url=f"sqlite:///{db}"))) as client:
        page = client.get("/monitor", params={"status": "all"}).text
    rows = re.findall(r"<tr>(.*?)</tr>", page, re.S)
    for c, status in ((accepted, "accepted"), (rejected, "rejected")):
        person = facts.records.persons[c["payload"]["person"]]
        state = facts.records.states[c["payload"]["state"]]
        row = next(r for r in rows if c["payload"]["evidence"]["sentence"][:60].replace("&", "&amp;") in r.replace("&#39;", "'"))
        assert f'<a href="/persons/{person.id}">{person.name}</a>' in row and f'<a href="/states/{state.iso3}">{state.name}</a>' in row
        assert f"{status} by " in row
    rejected_row = next(r for r in rows if rejected["payload"]["evidence"]["sentence"][:60].replace("&", "&amp;") in r.replace("&#39;", "'"))
    assert "not what the article says" in rejected_row
    accepted_row = next(r for r in rows if accepted["payload"]["evidence"]["sentence"][:60].replace("&", "&amp;") in r.replace("&#39;", "'"))
    assert "accepted by reviewer-one" in accepted_row
    document = re.search(r'data-label="Document"><a href="([^"]+)">', accepted_row)  # the article, at its address
    assert document and document.group(1).startswith("http"), accepted_row
    link = re.search(r'data-label="Record"><a href="([^"]+)">', accepted_row)
    assert link, accepted_row
    with TestClient(create_app(Settings(data_dir=data, db_url=f"sqlite:///{db}"))) as client:
        target = client.get(link.group(1).split("#")[0])
        assert target.status_code == 200 and f'id="{link.group(1).split("#")[1]}"' in target.text
    # the alerts, if any, name the person and the State, never their ids
    intro = page[page.index("alert"):page.index("Review with")] if "alert(s):" in page else ""
    for pid in facts.records.persons:
        assert f"{pid} in " not in intro


def test_the_apis_index_answers_link_the_method(client, facts) -> None:  # noqa: ANN001
    """A State's index answer in the API gave its rank interval but no way to the method that makes it (the page links
    it); both index answers now carry ``method_url``, which the dashboard answers."""
    iso3 = sorted(facts.records.states)[0]
    explained = client.get(f"/api/v1/index/{iso3}", params={"year": 2025, "samples": 20}).json()
    ranking = client.get("/api/v1/index", params={"year": 2025, "samples": 20}).json()
    for answer in (explained, ranking):
        assert urlsplit(answer["method_url"]).path == "/index/method"
        assert client.get(urlsplit(answer["method_url"]).path).status_code == 200
    assert "rank_interval" in explained


def test_a_record_page_asked_by_name_is_sent_to_its_one_address_and_cited_with_its_day(client, facts) -> None:  # noqa: ANN001
    """``/persons/<an alias>`` and ``/states/<a name>`` answered at the address typed, and "Cite this page" cited it,
    as it cited a page asked without a day (which answers for today, and otherwise tomorrow). They are now sent to
    the address by the record's key, the query kept, and a page is cited with the day it answers."""
    e = _trip(facts)
    person = facts.records.persons[e.person]
    state = facts.records.states[e.state]
    for asked, key in ((f"/persons/{person.aliases[0]}", f"/persons/{person.id}"), (f"/states/{state.name.lower()}", f"/states/{state.iso3}")):
        r = client.get(asked, params={"on": str(e.date)}, follow_redirects=False)
        assert r.status_code == 307 and r.headers["location"] == f"{key}?on={e.date}", (asked, r.headers.get("location"))
    today = dt.date.today().isoformat()
    for path in (f"/states/{state.iso3}", f"/persons/{person.id}", "/"):
        page = client.get(path).text
        cite_text = re.search(r'id="page-cite".*?class="cite-text">([^<]+)<', page, re.S).group(1)
        assert f"{path}?on={today} (retrieved" in cite_text, (path, cite_text)
    page = client.get(f"/states/{state.iso3}", params={"on": str(e.date)}).text  # a day given is cited as given
    assert f"/states/{state.iso3}?on={e.date} (retrieved" in re.search(r'id="page-cite".*?class="cite-text">([^<]+)<', page, re.S).group(1)


def test_a_lists_csv_has_the_same_columns_whatever_the_filter(cli, facts) -> None:  # noqa: ANN001
    """``iccwatch events --csv`` began with the sources and took its columns from the rows the filter kept, in the order
    met: a filter whose rows lacked a field gave other columns, in another order. Every filter now gives the list's
    columns, the record's id first and its sourcing last."""
    import csv
    import io

    from iccwatch.service.exports import SOURCING_COLUMNS

    e = _trip(facts)
    for command, option, value in (("events", "--state", e.state), ("decisions", "--state", e.state), ("events", "--person", e.person)):
        code, whole, err = cli(command, "--csv")
        assert code == 0, err
        code, some, err = cli(command, option, value, "--csv")
        assert code == 0, err
        header = next(csv.reader(io.StringIO(whole)))
        assert next(csv.reader(io.StringIO(some))) == header, (command, option)
        assert header[0] == "id" and tuple(header[-len(SOURCING_COLUMNS):]) == SOURCING_COLUMNS, header
