"""Session 19's look at the CLI and the dashboard as a user (cliweb5)."""

from __future__ import annotations

import datetime as dt
import html
import json
import re

from iccwatch import service
from iccwatch.law.determination import position_labels


def _p(answer: str, court: bool = False) -> dict:
    return {"answer_if_followed": answer, "court": court}


def test_position_labels_call_contrary_only_what_disagrees() -> None:
    """Every position a State or an organisation held was introduced as a "contrary position", even one
    whose answer if followed was the Court's own (a minister saying his State would arrest): a reader took
    it for a view against the Court. Only a position that would give another answer is contrary now."""
    court = [_p("obliged", court=True), _p("not_obliged"), _p("obliged"), _p("unknown")]
    assert position_labels(court, "obliged") == ["the Court", "contrary position", "concurring position", "position"]
    # measured against the Court's holdings, not against an answer the engine could not give
    assert position_labels(court, "unknown")[1:] == ["contrary position", "concurring position", "position"]
    # without a holding in the list, against the answer given; with neither, plain "position"
    assert position_labels([_p("not_obliged"), _p("obliged")], "not_obliged") == ["concurring position", "contrary position"]
    assert position_labels([_p("not_obliged"), _p("obliged")], "contested") == ["position", "position"]


def _a_mixed_answer(facts) -> dict:  # noqa: ANN001
    """An arrest answer from the record (a recorded visit) whose positions include one that agrees with the
    Court and one that does not: found by reading the record, not named here."""
    seen = set()
    for e in sorted(facts.records.events.values(), key=lambda e: str(e.date)):
        if len(str(e.date)) != 10 or (e.state, e.person) in seen:
            continue
        seen.add((e.state, e.person))
        d = service.ask_arrest(facts, e.state, e.person, dt.date.fromisoformat(str(e.date)))
        court = {p["answer_if_followed"] for p in d["contested"] if p["court"]}
        others = [p["answer_if_followed"] for p in d["contested"] if not p["court"]]
        if court and court & set(others) and set(others) - court - {"unknown"}:
            return d
    raise AssertionError("no recorded visit's answer lists both a concurring and a contrary position")


def test_the_cli_and_the_ask_page_call_a_concurring_position_concurring(facts, client, cli) -> None:  # noqa: ANN001
    d = _a_mixed_answer(facts)
    q = d["question"]
    court = {p["answer_if_followed"] for p in d["contested"] if p["court"]}
    contrary = [p for p in d["contested"] if not p["court"] and p["answer_if_followed"] not in court | {"unknown"}]
    concurring = [p for p in d["contested"] if not p["court"] and p["answer_if_followed"] in court]

    code, out, _ = cli("ask", "arrest", "--state", q["state"], "--person", q["person"], "--on", q["on"])
    assert code == 0
    flat = re.sub(r"\s+", " ", out)
    assert flat.count("contrary position (") == len(contrary)
    assert flat.count("concurring position (") == len(concurring)

    page = client.get("/ask/result", params={"state": q["state"], "person": q["person"], "on": q["on"]}).text
    labels = [html.unescape(m) for m in re.findall(r"<li><strong>([^<]+)</strong> \(", page)]
    assert labels.count("Contrary position") == len(contrary)
    assert labels.count("Concurring position") == len(concurring)
    assert labels.count("The Court") == len(d["contested"]) - len(contrary) - len(concurring) - labels.count("Position")
    # the immunity step's count of positions that "hold otherwise" is the count called contrary
    said = re.search(r"(\d+) positions? of States or organisations bearing on this question holds? otherwise", _texts(d["reasoning"]))
    assert said and int(said.group(1)) == len(contrary)


def _texts(step: dict) -> str:
    return " ".join([step.get("conclusion") or "", *(_texts(c) for c in step.get("children") or [])])


def _buried_word_of_each_kind(records, db_url: str) -> dict[str, str]:  # noqa: ANN001
    """For each named kind, the word of one of its records' names whose best match of that kind the index
    ranks lowest among every match (records of other kinds before it): read from the record, not named here."""
    from iccwatch.service.search import _WORD
    from iccwatch.store.search import search

    out = {}
    for kind in ("persons", "situations", "states"):
        depth = {}
        for obj in records.of_kind(kind).values():
            for w in {w for w in _WORD.findall(obj.name) if len(w) > 4}:
                order = [h.kind for h in search(db_url, w, limit=None)]
                depth[w] = order.index(kind) if kind in order else -1
        word = max(depth, key=depth.get)
        assert depth[word] >= 2, (kind, word, depth[word])  # a search of 2 x 1 best matches, then filtered, missed it
        out[kind] = word
    return out


def test_a_search_of_one_kind_finds_its_records_whatever_matches_better(facts, db_url, cli) -> None:  # noqa: ANN001
    """`iccwatch search sudan --kind situations` said "Nothing in the record matches 'sudan'" while the
    situation in Darfur, Sudan is recorded: the store took the best 2 x limit matches of every kind, then
    kept the kind asked for. The kind is now chosen in the query."""
    from iccwatch.store.search import search

    for kind, word in _buried_word_of_each_kind(facts.records, db_url).items():
        every = [h for h in search(db_url, word, limit=None) if h.kind == kind]
        assert every, (kind, word)
        only = search(db_url, word, (kind,), limit=1)
        assert [h.key for h in only] == [every[0].key], (kind, word)
        code, out, _ = cli("search", word, "--kind", kind, "--limit", "1")
        assert code == 0 and "Nothing in the record matches" not in out


def test_search_total_counts_every_match_and_a_name_comes_first(facts, db_url, client, cli) -> None:  # noqa: ANN001
    """`/api/v1/search?q=putin` answered `"total": 50` (the items it returned, its limit) while the dashboard said
    53 results; and the person himself came fifth, after events that mention him. `total` now counts every
    match (as the paged lists' `total`), the CLI and the page say "the best N of M", and a State, person or
    situation whose own name holds the words comes first."""
    from iccwatch.dataset.names import fold_accents as _fold
    from iccwatch.service.search import _WORD, _named

    for p in facts.records.persons.values():
        word = max(_WORD.findall(p.name), key=len)
        api = client.get("/api/v1/search", params={"q": word, "limit": 3}).json()
        if api["total"] > 3:
            break
    else:
        raise AssertionError("no person's name is found in more than 3 records")
    from iccwatch.store.search import search

    assert api["total"] == len(search(db_url, word, limit=None))
    assert len(api["items"]) == 3
    named = [h for h in search(db_url, word, limit=None) if _named(facts.records.of_kind(h.kind).get(h.key), [_fold(word)])]
    assert [(i["record_kind"], i["key"]) for i in api["items"]][:len(named[:3])] == [(h.kind, h.key) for h in named[:3]]
    # the CLI's JSON is the API's answer; its text says how many of how many
    code, out, _ = cli("search", word, "--limit", "3", "--json")
    assert code == 0 and json.loads(out)["total"] == api["total"]
    code, out, _ = cli("search", word, "--limit", "3")
    assert f"the best 3 of {api['total']} results" in out
    # the page: the same total, and its JSON link asks for the page's own number of results
    page = html.unescape(client.get("/search", params={"q": word}).text)
    shown = min(api["total"], 100)
    assert (f"the best 100 of {api['total']} results" in page.lower()) if api["total"] > 100 else (f"{api['total']} result" in page)
    link = re.search(r'href="(/api/v1/search\?[^"]+)"', page)
    assert link and len(client.get(link.group(1)).json()["items"]) == shown


def test_the_report_says_which_persons_a_duty_to_arrest_is_contested_for(facts, client) -> None:  # noqa: ANN001
    """The State page marks a person the duty to arrest is not plainly owed for ("David Sanakoev (contested)");
    the State report, the page's PDF and HTML download, listed the same persons with no mark: a reader of the
    report took the duty as settled. The report now marks them as the page does."""
    from iccwatch.report.build import render_html, state_report_data

    on = facts.checked_through
    for iso3 in sorted(facts.records.states):
        duties = service.ask_obligations(facts, iso3, on)
        marked = {(s["name"], p["name"], p["answer"]) for s in duties["situations"] for p in s.get("persons_to_arrest") or []
                  if p["answer"] != "obliged"}
        if marked:
            break
    else:
        raise AssertionError("no State's duties mark a person as not plainly owed")
    report = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", render_html("state.html", state_report_data(facts, iso3, on, on.year - 1, samples=0)))))
    for _situation, name, answer in marked:
        assert f"{name} ({answer.replace('_', ' ')})" in report, (iso3, name)


def test_a_peer_group_within_a_sentence_is_not_capitalised(facts, client, cli) -> None:  # noqa: ANN001
    """The State page read "rank =6 (shared) of 71 Non-parties and former parties" and "Ranked only among
    Non-parties and former parties": a heading's capital inside a sentence. Each group now has its words for
    a sentence beside its label for a heading, used by the page, the report and `index explain`."""
    from iccwatch.assess.index import GROUP_WORDS, GROUPS

    year = facts.checked_through.year - 1
    ranking = service.index_ranking(facts, year, samples=0)
    for gid in [g for g in GROUPS if GROUP_WORDS[g] != GROUPS[g]]:  # (a page computes the index: ~20 s a group)
        iso3 = next(r["iso3"] for r in ranking["states"] if r["group"] == gid and r["rank"] is not None)
        page = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get(f"/states/{iso3}", params={"year": year}).text)))
        words = GROUP_WORDS[gid]
        assert re.search(rf"of \d+ {re.escape(words)}", page) and f"Ranked only among {words};" in page, (gid, iso3)
        assert not re.search(rf"(of \d+|among) {re.escape(GROUPS[gid])}", page), (gid, iso3)  # the heading's form in no sentence
        code, out, _ = cli("index", "explain", iso3, "--year", str(year), "--samples", "0")
        assert code == 0 and f"ranked among {words}" in re.sub(r"\s+", " ", out), (gid, iso3)


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def test_the_map_page_writes_its_own_dates_iso(client) -> None:  # noqa: ANN001
    """The map's slider said "from 1 July 2002 to today" beside a field that asks for YYYY-MM-DD. The page's own
    words (not a record's note) now write every date as the field does."""
    page = re.sub(r"<(script|style|details)\b.*?</\1>", "", client.get("/").text, flags=re.S)
    text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))
    assert not re.search(rf"\b\d{{1,2}} ({_MONTHS}) \d{{4}}\b|\b({_MONTHS}) \d{{1,2}}, \d{{4}}\b", text)
    assert "from 2002-07-01" in text


def test_the_top_help_says_each_default_of_on_that_a_command_says() -> None:
    """`iccwatch --help` said --on's default "is today" for every read command; `person` and `persons` take the
    day the record was checked through. Each command whose --on help names another default is named there."""
    from typer.testing import CliRunner

    from iccwatch.cli import COMMANDS, app

    runner = CliRunner()
    top = re.sub(r"[\s│]+", " ", runner.invoke(app, ["--help"]).stdout)
    other = []
    for name in COMMANDS:
        result = runner.invoke(app, [name, "--help"])
        flat = re.sub(r"[\s│]+", " ", result.stdout)
        if result.exit_code == 0 and "--on" in flat and "(default: today)" not in flat and "checked through" in flat:
            other.append(name)
    assert other  # person and persons, as the record's commands stand
    said = re.search(r"for ([a-z ,]+), the day the record was checked through", top)
    assert said and set(other) <= set(re.findall(r"[a-z]+", said.group(1))), (other, top)


def test_two_answers_cited_the_same_day_have_two_keys(client) -> None:  # noqa: ANN001
    """"Cite this" keyed a citation by its title's first 40 letters and the day: "Must Hungary arrest Benjamin
    Netanyahu on 2026-07-01?" and the same question on 2025-04-03 both became
    iccwatch-must-hungary-arrest-benjamin-netanyahu-o-DAY, one key for two works in a researcher's
    bibliography, and the cut fell inside a word. The key now ends at a whole word and carries the address."""
    import datetime as _dt

    from iccwatch.web.cite import citation

    day = _dt.date(2026, 12, 3)
    a = "Must Hungary arrest Benjamin Netanyahu on 2026-07-01?"
    b = "Must Hungary arrest Benjamin Netanyahu on 2025-04-03?"
    ka = json.loads(citation(a, "http://x/ask?on=2026-07-01", "v", day)["csl_json"])[0]["id"]
    kb = json.loads(citation(b, "http://x/ask?on=2025-04-03", "v", day)["csl_json"])[0]["id"]
    assert ka != kb
    for key, title in ((ka, a), (kb, b)):
        words = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-").split("-")
        slug = key.removeprefix("iccwatch-").split(f"-{day.isoformat()}-")[0]
        assert slug.split("-") == words[:len(slug.split("-"))]  # whole words only
    bib = citation(a, "http://x/ask?on=2026-07-01", "v", day)["bibtex"]
    assert bib.startswith(f"@misc{{{ka},")


def test_a_store_without_the_index_is_searched_all_the_same(facts, db_url, store_copy) -> None:  # noqa: ANN001
    """A store without the FTS5 index (a PostgreSQL store) answered every search with nothing ("Nothing in the
    record matches"), while docs/web.md said it was searched by substring. It is now searched over the
    records, by the same rule: the same records as the index finds (their order by kind and key)."""
    import sqlite3

    con = sqlite3.connect(store_copy)
    con.execute("DROP TABLE search")
    con.commit()
    con.close()
    plain = f"sqlite:///{store_copy}"
    for q in ("bashir kenya", "Côte", "putin", "zzqxv"):
        indexed = service.search_answer(facts, db_url, q, limit=200)
        scanned = service.search_answer(facts, plain, q, limit=200)
        assert scanned["total"] == indexed["total"], q
        assert {(i["record_kind"], i["key"]) for i in scanned["items"]} == {(i["record_kind"], i["key"]) for i in indexed["items"]}, q
    assert service.search_answer(facts, plain, "bashir kenya")["total"] > 0


def test_a_states_timeline_names_its_status_as_the_map_and_the_heading_do(facts) -> None:  # noqa: ANN001
    """The United States' page said "not a party (signature withdrawn)" and the map coloured it "signature
    withdrawn", while its timeline chart drew the years since as grey "not party": the chart had four bands.
    Each band is now the status in the map's words, and the legend lists the statuses the State had."""
    from iccwatch import charts
    from iccwatch.law import party_status
    from iccwatch.web.pages import STATUS_TEXT

    day = facts.checked_through
    seen = set()
    for iso3 in facts.records.states:
        segments = charts.party_segments(facts, iso3, day)
        assert segments[-1]["status"] == STATUS_TEXT[party_status(facts, iso3, day).status], iso3
        for seg in segments:
            assert seg["status"] == STATUS_TEXT[party_status(facts, iso3, dt.date.fromisoformat(seg["start"])).status], (iso3, seg)
        spec = charts.party_timeline(segments)
        assert spec["encoding"]["color"]["legend"]["values"] == [v for v in spec["encoding"]["color"]["scale"]["domain"]
                                                                 if v in {s["status"] for s in segments}]
        seen |= {s["status"] for s in segments}
    assert "signature withdrawn" in seen  # the record holds such a State


def test_what_was_searched_for_a_persons_travel_is_said_once(facts, client, cli) -> None:  # noqa: ANN001
    """A person with no trip recorded: the page said "Searched: Searched (2026-12-02) for his travel ..." and
    the CLI "searched: Searched ...", or "Searched: Not searched ...", where the record's words already say it.
    The label is given only to words that do not say it themselves."""
    from iccwatch.service.persons import searched_words

    assert searched_words("an earlier pass found no trip") == "Searched: an earlier pass found no trip"
    assert searched_words("searched on 2026-12-02, nothing found") == "Searched on 2026-12-02, nothing found"
    assert searched_words("Not searched before 2026") == "Not searched before 2026"
    gapped = [p for p in facts.records.persons.values() if p.travel_gap and not service.person_view(facts, p.id)["events"]]
    assert gapped
    for p in sorted(gapped, key=lambda p: not re.match(r"(not )?searched", p.travel_gap.strip(), re.I))[:3]:
        page = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get(f"/persons/{p.id}").text)))
        code, out, _ = cli("person", p.id)
        out = re.sub(r"\s+", " ", out)
        for text in (page, out):
            assert not re.search(r"searched: (not )?searched", text, re.I), p.id
        assert " ".join(p.travel_gap.split())[5:60] in page and " ".join(p.travel_gap.split())[5:40] in out, p.id


def test_a_planned_visit_says_the_record_holds_no_more_of_it(facts, client) -> None:  # noqa: ANN001
    """A person's page listed "2026-10-09 · Turkmenistan · What happened: visit planned" after that day had
    passed (the record's check date is later): a reader took it for a trip still to come. A planned visit now
    says, on the person's page, the events table and the report, that the record holds no more of it."""
    planned = [e for e in facts.records.events.values() if e.action == "visit_planned"]
    assert planned
    e = max(planned, key=lambda e: str(e.date))
    page = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get(f"/persons/{e.person}").text)))
    assert "visit planned (not recorded as made or cancelled)" in page
    rows = service.assessed_events(facts, person=e.person)
    row = next(r for r in rows if r.get("event", r.get("id")) == e.id)
    assert service.event_texts(row)[0] == "visit planned (not recorded as made or cancelled)"
    # another action keeps its words
    other = next(r for r in rows if r.get("action") == "no_arrest") if any(r.get("action") == "no_arrest" for r in rows) else None
    assert other is None or service.event_texts(other)[0] == "no arrest"


def test_an_armed_groups_command_is_not_shown_as_an_office_of_the_state(facts, client) -> None:  # noqa: ANN001
    """Joseph Kony's page listed "Chairman and Commander-in-Chief of the Lord's Resistance Army (LRA) (Uganda)"
    under "Offices held", as a minister's office is listed "(Sudan)": read as an office of Uganda. A command of
    an armed group now says so beside the State it is recorded with."""
    leaders = [(p, o) for p in facts.records.persons.values() for o in p.offices if o.kind == "armed_group_leader"]
    officials = [(p, o) for p in facts.records.persons.values() for o in p.offices if o.kind != "armed_group_leader"]
    assert leaders and officials
    for p, o in (leaders[0], officials[0]):
        page = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get(f"/persons/{p.id}").text)))
        name = facts.records.states[o.state].name
        said = f"{' '.join(o.title.split())} (armed group, not an office of State: {name})"
        assert (said in page) == (o.kind == "armed_group_leader"), (p.id, o.title)
        assert f"{' '.join(o.title.split())} (" in page
