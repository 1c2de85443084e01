"""(Session 34) The product tried as its users use it: 25 tasks of a journalist, an NGO advocate, a researcher, a
diplomat and court staff, end to end with the CLI and the REST API (docs/web.md, "Users' tasks (session 34)"). Each
test failed before its fix; expected values are read from the record itself."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from html import unescape

from iccwatch.facts import Facts

# --- a researcher: every finding of non-compliance, and nothing else ------------------------------------------------


def _kinds(facts: Facts) -> dict[str, int]:
    out: dict[str, int] = {}
    for d in facts.records.decisions.values():
        out[d.kind] = out.get(d.kind, 0) + 1
    return out


def test_decisions_filter_by_kind_in_the_cli(cli, facts: Facts) -> None:  # noqa: ANN001
    """'Every non-compliance decision 2009-2026 as JSON': the list mixed 117 rulings of 15 kinds with no filter."""
    kinds = _kinds(facts)
    assert kinds["non_compliance"] and len(kinds) > 1  # contrast: the record holds other kinds too
    code, out, err = cli("decisions", "--kind", "non_compliance", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == kinds["non_compliance"] and {r["kind"] for r in rows} == {"non_compliance"}
    code, out, err = cli("decisions", "--kind", "conviction", "--csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == kinds["conviction"] and {r["kind"] for r in rows} == {"conviction"}
    # with another filter: the kind and the State both hold
    state = next(d.state for d in facts.records.decisions.values() if d.kind == "non_compliance" and d.state)
    code, out, _ = cli("decisions", "--kind", "non_compliance", "--state", state, "--json")
    expected = sum(1 for d in facts.records.decisions.values() if d.kind == "non_compliance" and d.state == state)
    assert code == 0 and len(json.loads(out)) == expected


def test_an_unknown_decision_kind_is_refused_naming_the_option_and_the_kinds(cli) -> None:  # noqa: ANN001
    code, out, err = cli("decisions", "--kind", "finding")
    assert code != 0
    said = " ".join((out + err).split())
    assert "--kind" in said and "'finding' is not one of" in said and "non_compliance" in said


def test_decisions_filter_by_kind_in_the_api(client, facts: Facts) -> None:  # noqa: ANN001
    kinds = _kinds(facts)
    r = client.get("/api/v1/decisions", params={"kind": "non_compliance", "limit": 1000})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == kinds["non_compliance"] and {d["kind"] for d in body["items"]} == {"non_compliance"}
    r = client.get("/api/v1/decisions", params={"kind": "findings"})
    assert r.status_code == 422 and r.json()["field"] == "kind" and "non_compliance" in r.json()["detail"]


def test_decisions_filter_by_kind_on_the_dashboard(client, facts: Facts) -> None:  # noqa: ANN001
    kinds = _kinds(facts)
    page = client.get("/decisions", params={"kind": "sentence"})
    assert page.status_code == 200 and 'name="kind"' in page.text
    rows = list(csv.DictReader(io.StringIO(client.get("/decisions", params={"kind": "sentence", "format": "csv"}).text)))
    expected = {d.id for d in facts.records.decisions.values() if d.kind == "sentence"}
    assert len(rows) == kinds["sentence"] and {r["id"] for r in rows} == expected
    bad = client.get("/decisions", params={"kind": "verdict"})
    assert bad.status_code == 422 and "kind" in unescape(bad.text)


# --- court staff: who is under a warrant outstanding on a day ------------------------------------------------------


def _outstanding(facts: Facts, day: dt.date) -> set[str]:
    from iccwatch.law.warrants import warrant_status

    return {p.id for p in facts.records.persons.values() if warrant_status(facts, p, day).outstanding}


def test_persons_carry_whether_a_warrant_is_outstanding_and_filter_by_status_in_the_cli(cli, facts: Facts) -> None:  # noqa: ANN001
    """'The warrants outstanding on a day': the persons list gave a status word per person ('at large', 'issued',
    'deceased', ...) and no filter; the law's reading, whether a warrant is outstanding, was on each person's page only."""
    day = dt.date(2024, 1, 1)
    expected = _outstanding(facts, day)
    code, out, err = cli("persons", "--on", day.isoformat(), "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert {r["id"] for r in rows if r["warrant_outstanding"] == "yes"} == expected
    assert any(r["warrant_outstanding"] == "no" for r in rows)  # contrast: persons with no warrant outstanding that day
    code, out, err = cli("persons", "--on", day.isoformat(), "--outstanding", "--csv")
    assert code == 0, err
    assert {r["id"] for r in csv.DictReader(io.StringIO(out))} == expected
    code, out, err = cli("persons", "--on", day.isoformat(), "--status", "at_large", "--json")
    assert code == 0, err
    at_large = json.loads(out)
    assert at_large and {r["status"] for r in at_large} == {"at_large"}
    assert len(at_large) == sum(1 for r in rows if r["status"] == "at_large")
    code, out, err = cli("persons", "--status", "fugitive")
    said = " ".join((out + err).split())
    assert code != 0 and "--status" in said and "at_large" in said


def test_persons_filter_by_status_and_outstanding_in_the_api(client, facts: Facts) -> None:  # noqa: ANN001
    day = dt.date(2024, 1, 1)
    r = client.get("/api/v1/persons", params={"on": day.isoformat(), "outstanding": "true", "limit": 1000})
    assert r.status_code == 200, r.text
    assert {p["id"] for p in r.json()["items"]} == _outstanding(facts, day)
    r = client.get("/api/v1/persons", params={"on": day.isoformat(), "outstanding": "false", "limit": 1000})
    assert r.status_code == 200 and r.json()["items"] and not {p["id"] for p in r.json()["items"]} & _outstanding(facts, day)
    r = client.get("/api/v1/persons", params={"on": day.isoformat(), "status": "at_large", "limit": 1000})
    assert r.status_code == 200 and r.json()["items"] and {p["status"] for p in r.json()["items"]} == {"at_large"}
    bad = client.get("/api/v1/persons", params={"status": "fugitive"})
    assert bad.status_code == 422 and bad.json()["field"] == "status" and "at_large" in bad.json()["detail"]


# --- an NGO advocate: a State's duties, with each person's doubts ---------------------------------------------------

DUTY_DAY = "2026-06-01"  # before the record's check date: no check-date doubt beside the persons' own


def _own_doubts(client, iso3: str) -> list[tuple[list[str], bool, str]]:  # noqa: ANN001
    """The persons' doubts in the State's duties the answer does not say itself (a reported death, a custody of
    medium confidence), each with the names of the persons it concerns and whether it concerns every person listed,
    read from the API's answer."""
    body = client.get(f"/api/v1/states/{iso3}/obligations", params={"on": DUTY_DAY}).json()
    everyone: list[str] = []
    out: dict[str, list[str]] = {}
    for s in body["situations"]:
        for p in s["persons_to_arrest"]:
            everyone += [p["name"]] if p["name"] not in everyone else []
            for x in p.get("doubts") or []:
                if x not in body["doubts"] and x not in s["doubts"] and p["name"] not in out.get(x, []):
                    out.setdefault(x, []).append(p["name"])
    return [(names, len(everyone) > 1 and set(names) == set(everyone), x) for x, names in out.items()]


def _words(text: str) -> str:
    return " ".join(unescape(text).split())


def test_a_persons_own_doubt_is_said_with_the_states_duties_in_the_cli(cli, client) -> None:  # noqa: ANN001
    """A person reported dead, or held by a State on sources of medium confidence, was listed among those to
    arrest with no word of it: the doubt was in the JSON only. Each doubt is said once, naming its persons."""
    own = _own_doubts(client, "MNG")
    assert any(len(names) == 1 and not every for names, every, _ in own), "a doubt of one person's own (a reported death)"
    code, out, err = cli("ask", "obligations", "--state", "MNG", "--on", DUTY_DAY)
    assert code == 0, err
    text = _words(out)
    for names, every, x in own:
        who = "every person listed" if every else "; ".join(names)
        assert text.count(f"doubt ({who}): {_words(x)}") == 1


def test_a_doubt_about_the_state_itself_is_said_once_not_once_a_person(cli, client) -> None:  # noqa: ANN001
    """Afghanistan's disputed announcement of withdrawal is a doubt in the answer for each of its 30-odd persons to
    arrest: said once, for every person listed, not once a person."""
    own = _own_doubts(client, "AFG")
    shared = [x for _, every, x in own if every]
    assert shared
    code, out, err = cli("ask", "obligations", "--state", "AFG", "--on", DUTY_DAY)
    assert code == 0, err
    for x in shared:
        assert _words(out).count(_words(x)) == 1
    page = _words(client.get("/states/AFG", params={"on": DUTY_DAY}).text)
    for x in shared:
        assert page.count(_words(x)) == 1


def test_a_persons_own_doubt_is_said_with_the_states_duties_on_the_page_and_in_the_report(client) -> None:  # noqa: ANN001
    import datetime as dt

    from iccwatch.report.build import render_html, state_report_data
    from iccwatch.report.text import brief

    own = _own_doubts(client, "MNG")
    assert own
    page = _words(client.get("/states/MNG", params={"on": DUTY_DAY}).text)
    facts = client.app.state.facts
    report = _words(render_html("state.html", state_report_data(facts, "MNG", dt.date.fromisoformat(DUTY_DAY), 2025, samples=20)))
    for _, _, x in own:
        assert _words(x) in page
        assert _words(brief(x, 240)[0]) in report  # shortened as a table's note is, where it is long


# --- an NGO advocate: the forum's responses, asked without a forum --------------------------------------------------


def test_responses_without_a_forum_name_the_forums_to_choose(client) -> None:  # noqa: ANN001
    r = client.get("/api/v1/states/MNG/responses")
    assert r.status_code == 422 and r.json()["field"] == "forum"
    assert "ASP" in r.json()["detail"] and "UNSC" in r.json()["detail"]


# --- court staff: a person's custody history, with its sources ------------------------------------------------------


def test_a_persons_status_history_and_its_sources_are_printed_by_the_cli(cli, facts: Facts) -> None:  # noqa: ANN001
    """'Ongwen's custody history with its sources': `iccwatch person` printed each warrant's status on the day and
    no history and no source (the dashboard's page and the JSON had both)."""
    from iccwatch.cli.output import unique_sources

    w = max(facts.records.warrants.values(), key=lambda w: (len(w.status_history), w.id))
    assert len(w.status_history) >= 3
    code, out, err = cli("person", w.person, "--json")
    assert code == 0, err
    view = json.loads(out)
    code, out, err = cli("person", w.person)
    assert code == 0, err
    lines = [" ".join(line.split()) for line in out.splitlines()]
    text = " ".join(lines)
    numbers = {s["url"]: n for n, s in enumerate(unique_sources(
        [s for v in view["warrants"] for h in v["status_history"] for s in h.get("sources") or []]
        + [s for v in view["warrants"] for s in v.get("sources") or []]
        # (session 36) each trip's and decision's primary sources, or its first, are numbered in the same list
        + [s for r in [*view["events"], *view["decisions"]]
           for s in ([x for x in r["sources"] if x.get("primary") or x.get("kind") == "primary"] or r["sources"][:1])]), 1)}
    for v in view["warrants"]:
        for h in v["status_history"]:
            said = f"{h.get('date') or 'undated'}: {h['status'].replace('_', ' ')}"
            line = next((x for x in lines if x.startswith(said)), None)
            assert line is not None, said
            marks = sorted({numbers[s["url"]] for s in h.get("sources") or []})
            if marks:
                assert line.endswith(f" [{', '.join(map(str, marks))}]"), line  # the marks as printed, no markup's escape
    for url in numbers:
        assert url in out  # each URL whole on its own line
    assert "[1]" in text


# --- a journalist: a person's trips to States Parties, and what each host did ---------------------------------------

PARTY = ("party", "party_withdrawal_pending")  # a State Party on the day, its withdrawal pending or not (Art. 127(1))


def _hosts(facts: Facts, person: str) -> dict[str, str]:
    """Each of the person's events with the host's relation to the Statute on its day (the events list's host_status)."""
    from iccwatch import service

    return {e["id"]: e["host_status"] for e in service.events_list(facts, person=person)}


def test_events_and_assessed_events_filter_by_a_host_that_was_a_party_in_the_cli(cli, facts: Facts) -> None:  # noqa: ANN001
    """'Which States Parties has he visited since his warrant, and what did each do?': neither list had a filter, and
    `assess events` (what each host did) did not say whether the host was a party."""
    pid = max(facts.records.persons, key=lambda p: sum(1 for e in facts.records.events.values() if e.person == p))
    hosts = _hosts(facts, pid)
    parties = {e for e, s in hosts.items() if s in PARTY}
    others = {e for e, s in hosts.items() if s not in PARTY and s != "uncertain"}
    assert parties and others  # contrast: trips to both
    code, out, err = cli("events", "--person", pid, "--host-party", "--json")
    assert code == 0, err
    assert {r["id"] for r in json.loads(out)} == parties
    code, out, err = cli("events", "--person", pid, "--host-not-party", "--json")
    assert code == 0, err
    assert {r["id"] for r in json.loads(out)} == others
    code, out, err = cli("assess", "events", "--person", pid, "--host-party", "--csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["event"] for r in rows} == parties and all(r["host_status"] == hosts[r["event"]] for r in rows)
    code, out, err = cli("assess", "events", "--person", pid)  # the table says the host's relation too
    assert code == 0 and "host status" in out


def test_events_and_assessed_events_filter_by_a_host_that_was_a_party_in_the_api(client, facts: Facts) -> None:  # noqa: ANN001
    pid = max(facts.records.persons, key=lambda p: sum(1 for e in facts.records.events.values() if e.person == p))
    parties = {e for e, s in _hosts(facts, pid).items() if s in PARTY}
    r = client.get("/api/v1/events", params={"person": pid, "host_party": "true", "limit": 1000})
    assert r.status_code == 200, r.text
    assert {e["id"] for e in r.json()["items"]} == parties
    r = client.get("/api/v1/assessment/events", params={"person": pid, "host_party": "true", "limit": 1000})
    assert r.status_code == 200, r.text
    assert {e["event"] for e in r.json()["items"]} == parties and all(e["host_status"] in PARTY for e in r.json()["items"])


def test_a_states_duties_in_the_cli_give_the_sources_each_duty_rests_on(cli) -> None:  # noqa: ANN001
    """`ask obligations` printed the duties with no source at all (the JSON's reasoning, the State's page and its
    report have them): each situation's row now gives the numbers of the sources its duty rests on, listed at the end."""
    from iccwatch.cli.output import step_sources, unique_sources

    code, out, err = cli("ask", "obligations", "--state", "MNG", "--on", DUTY_DAY, "--json")
    assert code == 0, err
    body = json.loads(out)
    per = {s["name"]: [x for r in s["reasoning"] for x in step_sources(r)] for s in body["situations"]}
    listed = unique_sources(x for xs in per.values() for x in xs)
    assert listed  # the State's relation to the Statute rests on sources
    numbers = {x["url"]: n for n, x in enumerate(listed, 1)}
    code, out, err = cli("ask", "obligations", "--state", "MNG", "--on", DUTY_DAY)
    assert code == 0, err
    text = " ".join(out.split())
    for x in listed:
        assert x["url"] in out and f"[{numbers[x['url']]}]" in text
    for name, xs in per.items():
        marks = ", ".join(map(str, sorted({numbers[x["url"]] for x in xs})))
        assert f"name: {name} " in text and f"sources: [{marks}]" in text


def test_a_custody_not_by_the_court_is_in_the_persons_history_in_the_cli(cli, facts: Facts) -> None:  # noqa: ANN001
    """A custody spell by a State (or a group on its territory) is part of the history the dashboard shows, in date
    order among the statuses, under each warrant in force then; the CLI's history left it out."""
    w = next(w for w in sorted(facts.records.warrants.values(), key=lambda w: w.id) if w.custody)
    spell = w.custody[0]
    code, out, err = cli("person", w.person, "--json")
    assert code == 0, err
    view = json.loads(out)
    from iccwatch.cli.output import unique_sources

    cited = ([s for v in view["warrants"] for h in v["status_history"] for s in h.get("sources") or []]
             + [s for v in view["warrants"] for c in v.get("custody") or [] for s in c.get("sources") or []]
             + [s for v in view["warrants"] for s in v.get("sources") or []])
    numbers = {s["url"]: n for n, s in enumerate(unique_sources(cited), 1)}
    code, out, err = cli("person", w.person)
    assert code == 0, err
    lines = [" ".join(line.split()) for line in out.splitlines()]
    holder = facts.records.states[spell.held_by].name
    said = next((x for x in lines if x.startswith(f"{spell.since}: held by {holder}")), None)
    assert said is not None, lines
    marks = sorted({numbers[s.url] for s in spell.sources})
    assert f" [{', '.join(map(str, marks))}]" in said


def test_the_dashboards_events_table_filters_by_a_host_that_was_a_party(client, facts: Facts) -> None:  # noqa: ANN001
    pid = max(facts.records.persons, key=lambda p: sum(1 for e in facts.records.events.values() if e.person == p))
    hosts = _hosts(facts, pid)
    parties = {e for e, s in hosts.items() if s in PARTY}
    page = client.get("/events", params={"person": pid, "host": "party"})
    assert page.status_code == 200 and 'name="host"' in page.text
    rows = list(csv.DictReader(io.StringIO(client.get("/events", params={"person": pid, "host": "party", "format": "csv"}).text)))
    assert {r["event"] for r in rows} == parties
    rows = list(csv.DictReader(io.StringIO(client.get("/events", params={"person": pid, "host": "not_party", "format": "csv"}).text)))
    assert {r["event"] for r in rows} == {e for e, s in hosts.items() if s not in PARTY and s != "uncertain"}
    bad = client.get("/events", params={"host": "member"})
    assert bad.status_code == 422 and "host" in unescape(bad.text)


def test_the_dashboards_persons_table_says_whether_a_warrant_is_outstanding(client, facts: Facts) -> None:  # noqa: ANN001
    rows = list(csv.DictReader(io.StringIO(client.get("/persons", params={"format": "csv"}).text)))
    expected = {facts.records.persons[p].name for p in _outstanding(facts, facts.checked_through)}
    assert {r["name"] for r in rows if r["warrant_outstanding"] == "yes"} == expected
    assert any(r["warrant_outstanding"] == "no" for r in rows)
    assert "Warrant outstanding" in client.get("/persons").text
