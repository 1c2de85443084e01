"""Session 39 (useraudit6): five users' tasks. A person held by a State that has not surrendered them reads in one
phrase ("held by <State>, not surrendered to the Court"), never "at large" beside "held by"; the days-outstanding words
give each kind's check day where the warrants and the persons' entries were checked through different days; the error
page for a misspelt State links the State it offers; the ask answer words a finding as the decisions table does and says
when its number is only a case's or a situation's; the enforcement gap gives each finding's record number. Every value
is read from the record here, never written in."""

from __future__ import annotations

import csv
import io
import re
from html import unescape

from iccwatch import service
from iccwatch.facts import Facts
from iccwatch.model.court_number import number_kind


def _flat(text: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", text)).split())


# ------------------------------------------------------------------ one phrase for a person held and not surrendered


def _held_at_large(facts: Facts) -> list[dict]:
    rows = [r for r in service.persons_list(facts) if r["status"] == "at_large" and r["held_by"]]
    assert rows, "the test needs a person the Court reads at large whom a State holds"
    return rows


def test_a_person_held_and_not_surrendered_reads_in_one_phrase_in_the_list(facts: Facts) -> None:
    for r in _held_at_large(facts):
        assert r["status_words"] == f"held by {r['held_by']}, not surrendered to the Court", r["id"]
    # any other status keeps its words
    free = next(r for r in service.persons_list(facts) if r["status"] == "at_large" and not r["held_by"])
    assert free["status_words"] == "at large"


def test_the_persons_page_row_of_a_held_person_does_not_say_at_large(client, facts: Facts) -> None:  # noqa: ANN001
    html = client.get("/persons").text
    for r in _held_at_large(facts):
        row = re.search(rf'<tr[^>]*>(?:(?!</tr>).)*?href="/persons/{re.escape(r["id"])}"(?:(?!</tr>).)*</tr>', html, re.S)
        assert row, r["id"]
        text = _flat(row.group(0))
        assert "at large" not in text, text
        assert f"held by {r['held_by']}, not surrendered to the Court" in text
    # the downloads keep the record's word, which the filter takes
    rows = list(csv.DictReader(io.StringIO(client.get("/persons?format=csv").text)))
    held = {r["name"] for r in _held_at_large(facts)}
    assert {r.get("status") for r in rows if r.get("name") in held} == {"at_large"}


def test_the_cli_and_the_api_say_the_same_phrase(cli, client, facts: Facts) -> None:  # noqa: ANN001
    r = _held_at_large(facts)[0]
    code, out, err = cli("persons", r["name"])
    assert code == 0, err
    flat = " ".join(out.split())
    assert f"status: held by {r['held_by']}, not surrendered to the Court" in flat and "at large" not in flat
    code, out, err = cli("person", r["id"])
    assert code == 0, err
    status_lines = [line for line in out.splitlines() if line.startswith("status:")]
    assert status_lines and not any(line.startswith("status: at large") for line in status_lines), status_lines
    api = client.get("/api/v1/persons", params={"q": r["name"]}).json()["items"]
    assert any(x["id"] == r["id"] and x["status_words"] == r["status_words"] and x["status"] == "at_large" for x in api)


def test_who_is_wanted_says_who_holds_a_person_not_surrendered(facts: Facts) -> None:
    from iccwatch.service.record_answers import wanted_answer

    words = wanted_answer(facts, facts.checked_through)["in_words"]
    for r in _held_at_large(facts):
        if r["warrant_outstanding"] == "yes":
            assert f"{r['name']} (held by {r['held_by']}, not surrendered to the Court)" in words


# ------------------------------------------------------------------ each kind's check day, said truthfully


def test_the_days_counted_words_give_each_kinds_day(facts: Facts) -> None:
    from iccwatch.service.persons import days_counted_words

    meta = facts.records.meta
    warrants, persons = str(meta.checked_through_of("warrants")), str(meta.checked_through_of("persons"))
    assert warrants != persons, "the test needs the two kinds checked through different days"
    words = days_counted_words(facts, None)
    # never the earlier day given to both kinds
    assert "the warrants and the persons' entries were checked through" not in words
    assert f"the warrants were checked through {warrants}" in words
    assert f"the persons' entries through {persons}" in words


def test_the_words_join_the_kinds_that_share_a_day(facts: Facts) -> None:
    from iccwatch.service.persons import kinds_checked_words

    same = [k for k in ("states", "instruments", "warrants", "decisions", "events")
            if str(facts.records.meta.checked_through_of(k)) == str(facts.records.meta.checked_through_of("warrants"))]
    assert len(same) >= 2
    words = kinds_checked_words(facts, (same[0], same[1]))
    assert words.endswith(f"were checked through {facts.records.meta.checked_through_of(same[0])}")
    assert " and " in words


# ------------------------------------------------------------------ the error page links the State it offers


def test_the_error_page_for_a_misspelt_state_links_the_state(client, facts: Facts) -> None:  # noqa: ANN001
    st = facts.records.states["HUN"]
    wrong = st.name[:-2] + st.name[-1] + st.name[-2]  # two letters swapped: "Hungayr"
    page = client.get(f"/states/{wrong}")
    assert page.status_code == 404
    assert re.search(rf'<a href="/states/{st.iso3}">{re.escape(st.name)} \({st.iso3}\)</a>', page.text), page.text[-1500:]
    assert _flat(page.text).lower().count("did you mean") == 1  # the words once, with the link
    # in a list of States, the link replaces the misspelt one and keeps the rest of the address
    other = next(s for s in sorted(facts.records.states) if s != st.iso3)
    page = client.get(f"/index/compare?states={other},{wrong}&year=2025")
    assert page.status_code == 404
    link = re.search(r'<p id="meant">[^<]*<a href="([^"]+)"', page.text)
    assert link, page.text[-1500:]
    target = unescape(link.group(1))
    assert target.startswith("/index/compare?") and f"states={other},{st.iso3}" in target and "year=2025" in target
    assert client.get(target).status_code == 200
    # the API keeps its JSON
    api = client.get(f"/api/v1/states/{wrong}")
    assert api.status_code == 404 and api.headers["content-type"].startswith("application/json")
    assert f"did you mean {st.name} ({st.iso3})" in api.json()["detail"]


def test_the_error_page_links_the_state_a_query_parameter_misspelt(client, facts: Facts) -> None:  # noqa: ANN001
    st = facts.records.states["HUN"]
    wrong = st.name[:-2] + st.name[-1] + st.name[-2]
    person = next(iter(sorted(facts.records.persons)))
    page = client.get("/events", params={"state": wrong, "person": person})
    assert page.status_code == 404
    link = re.search(r'<p id="meant">[^<]*<a href="([^"]+)"', page.text)
    assert link, page.text[-1500:]
    target = unescape(link.group(1))
    assert target.startswith("/events?") and f"state={st.iso3}" in target and f"person={person}" in target
    assert client.get(target).status_code == 200
    # the words after the "did you mean" are kept (tests/web/test_answer_pages_s33.py: the parameter named)
    page = client.get("/ask/custody", params={"person": person, "state": wrong})
    assert page.status_code == 404 and "(the parameter state)" in _flat(page.text)
    assert re.search(r'<p id="meant">[^<]*<a href="/ask/custody\?[^"]*state=HUN', page.text)
    # a State's report: the path's misspelt segment replaced, the rest kept
    page = client.get(f"/states/{wrong}/report.html")
    assert page.status_code == 404 and f'<a href="/states/{st.iso3}/report.html">' in page.text


# ------------------------------------------------------------------ the ask answer words a finding as the decisions do


def _finding_without_filing(facts: Facts):  # noqa: ANN202
    for d in sorted(facts.records.decisions.values(), key=lambda d: str(d.date)):
        if d.finding == "non_compliance" and d.state and d.persons and number_kind(d.record_number) in ("case", "situation"):
            return d
    raise AssertionError("the test needs a finding whose number is a case's or a situation's")


def test_the_ask_answer_words_a_finding_and_its_number(cli, client, facts: Facts) -> None:  # noqa: ANN001
    from iccwatch.service.decisions import FINDING_WORDS

    d = _finding_without_filing(facts)
    kind = number_kind(d.record_number)
    code, out, err = cli("ask", "arrest", "--state", d.state, "--person", d.persons[0], "--on", str(d.date))
    assert code == 0, err
    flat = " ".join(out.split())
    line = re.search(rf"the Court decided {d.date}: ([^\n]*?{re.escape(d.record_number)}[^ ]*(?: \([a-z]+ number only\))?)", flat)
    assert line, flat[-2000:]
    assert FINDING_WORDS["non_compliance"] in line.group(1) and "non compliance" not in line.group(1)
    assert f"{d.record_number} ({kind} number only)" in line.group(1)
    page = _flat(client.get("/ask", params={"state": d.state, "person": d.persons[0], "on": str(d.date)}).text)
    decided = page[page.index("The Court decided"):][:600]
    assert FINDING_WORDS["non_compliance"] in decided and f"({d.record_number}: {kind} number only)" in decided


# ------------------------------------------------------------------ the enforcement gap: each finding's number


def test_the_gaps_give_each_findings_record_number(cli, client, facts: Facts) -> None:  # noqa: ANN001
    data = service.enforcement_gaps(facts)
    found = [f for f in data["failures"] if f["finding"]]
    assert found
    for f in found:
        d = facts.records.decisions[f["finding"]]
        assert f["finding_record_number"] == d.record_number
        assert f["finding_record_number_kind"] == number_kind(d.record_number)
    code, out, err = cli("assess", "gaps", "--csv")
    assert code == 0, err
    rows = {r["event"]: r for r in csv.DictReader(io.StringIO(out))}
    for f in found:
        assert rows[f["event"]]["finding_record_number"] == f["finding_record_number"]
    api = client.get("/api/v1/assessment/gaps").json()["failures"]
    assert {r["event"]: r["finding_record_number"] for r in api if r["finding"]} == {f["event"]: f["finding_record_number"] for f in found}
    page = _flat(client.get("/gaps").text)
    assert "Finding's record number" in page
    for f in found:
        kind = f["finding_record_number_kind"]
        assert (f["finding_record_number"] if kind == "filing" else f"{f['finding_record_number']} ({kind} number only)") in page
    # a filing's number leads to the Court's record of it, as on the decisions page
    filing = next((f for f in found if f["finding_record_number_kind"] == "filing"), None)
    if filing is not None:
        assert 'href="https://www.icc-cpi.int/court-record/' + filing["finding_record_number"].lower() in client.get("/gaps").text


def test_the_decisions_page_says_a_number_that_is_no_filings(client, facts: Facts) -> None:  # noqa: ANN001
    """The decisions page gave "ICC-01/18" in its Record column where the CLI says "ICC-01/18 (situation number only)":
    a researcher checking filing numbers read a situation's as one."""
    d = _finding_without_filing(facts)
    page = _flat(client.get("/decisions", params={"state": d.state}).text)
    assert f"{d.record_number} ({number_kind(d.record_number)} number only)" in page


# ------------------------------------------------------------------ the review queue gives the id the commands take


def test_the_monitor_page_gives_each_candidate_the_id_review_takes(client, facts: Facts) -> None:  # noqa: ANN001
    """An advocate following the queue on /monitor read "Review with `iccwatch monitor review`" and no id to give
    `review accept`: the page had none. Each row now has the id `review list` prints (its first ten characters, which
    the review commands take), and the words name the commands."""
    from iccwatch.web.pages import _candidate_row

    row = {"id": "0123456789abcdef", "type": "visit", "payload": {"person": None, "state": None, "evidence": {"sentence": "s"}},
           "confidence": 0.5, "status": "pending", "title": "t", "url": "", "created_at": "2026-01-01T00:00:00+00:00"}
    assert _candidate_row(facts, row)["review_id"] == row["id"][:10]
    page = client.get("/monitor", params={"status": "all"})
    assert page.status_code == 200
    flat = _flat(page.text)
    assert "iccwatch monitor review accept <ID>" in flat
    if "table" in page.text and "<tbody>" in page.text:
        assert ">ID<" in page.text


# ------------------------------------------------------------------ a State beside its region on the index


def _a_region_with_both_groups(facts: Facts) -> tuple[dict, dict]:
    from iccwatch.service.index_regions import region_standing, regions

    ranking = service.index_ranking(facts, 2025, None, 20, 42)
    for r in regions(facts):
        if len(region_standing(ranking, r)) == 2:
            return r, ranking
    raise AssertionError("the test needs a region with States in both groups")


def test_the_index_page_keeps_a_regions_states_at_their_ranks(client, facts: Facts) -> None:  # noqa: ANN001
    """A diplomat comparing a State with its region had to read the whole group's table (125 rows on a phone): the
    index page now keeps the States of a region (data/lookups/regions.yaml), each at its rank in its whole group, with
    the region's median score in each group."""
    import statistics

    region, _ = _a_region_with_both_groups(facts)
    html = client.get("/index", params={"year": 2025, "region": region["name"]}).text
    whole = service.index_ranking(facts, 2025, None, 1000, 42)
    linked = set(re.findall(r'href="/states/([A-Z]{3})\?year=2025#idx"', html))
    assert linked == set(region["states"]) & {r["iso3"] for r in whole["states"]}
    for gid in whole["groups"]:
        scores = [r["score"] for r in whole["states"] if r["group"] == gid and r["iso3"] in region["states"] and r["score"] is not None]
        if scores:
            assert f"their median score {round(statistics.median(scores), 1)}" in _flat(html)
    # the rank shown is the State's rank in its whole group
    some = next(r for r in whole["states"] if r["iso3"] in region["states"] and r["rank"] is not None)
    row = re.search(rf'<tr[^>]*>(?:(?!</tr>).)*href="/states/{some["iso3"]}\?year=2025#idx"', html, re.S).group(0)
    assert re.search(rf'data-label="Rank">=?{some["rank"]}\b', row)
    bad = client.get("/index", params={"region": "Atlantis"})
    assert bad.status_code == 422 and "region" in _flat(bad.text) and region["name"] in _flat(bad.text)


def test_a_state_page_says_where_the_state_stands_in_its_regions(client, facts: Facts) -> None:  # noqa: ANN001
    from iccwatch.service.index_regions import region_standing, regions_of

    iso3 = "HUN"
    ranking = service.index_ranking(facts, 2025, None, 20, 42)
    page = _flat(client.get(f"/states/{iso3}", params={"year": 2025}).text)
    mine = regions_of(facts, iso3)
    assert mine
    for r in mine:
        e = next(x for x in region_standing(ranking, r, iso3) if x.get("iso3") == iso3)
        scores = sorted((x["score"] for x in ranking["states"] if x["iso3"] in r["states"] and x["group"] == e["group"]
                         and x["score"] is not None), reverse=True)
        assert e["of"] == len(scores) and int(e["place"].lstrip("=")) == scores.index(e["score"]) + 1
        assert f"{r['name']} {e['place']} of {e['of']}, median {e['median']}" in page


def test_the_state_report_says_where_the_state_stands_in_its_regions(facts: Facts) -> None:
    from iccwatch.report.build import render_html, state_report_data
    from iccwatch.service.index_regions import state_regions

    mine = state_regions(facts, "HUN", 2025, 20)
    assert mine
    flat = _flat(render_html("state.html", state_report_data(facts, "HUN", facts.checked_through, 2025, samples=20)))
    for r in mine:
        assert f"{r['name']} {r['standing']['place']} of {r['standing']['of']}, median {r['standing']['median']}" in flat
        assert r["source"] in flat


def test_the_api_and_the_cli_give_a_regions_states_as_the_page(cli, client, facts: Facts) -> None:  # noqa: ANN001
    import json

    region, _ = _a_region_with_both_groups(facts)
    whole = client.get("/api/v1/index", params={"year": 2025, "samples": 20}).json()
    api = client.get("/api/v1/index", params={"year": 2025, "samples": 20, "region": region["name"].lower()}).json()
    assert {r["iso3"] for r in api["states"]} == set(region["states"]) & {r["iso3"] for r in whole["states"]}
    ranks = {r["iso3"]: r["rank"] for r in whole["states"]}
    assert all(r["rank"] == ranks[r["iso3"]] for r in api["states"])  # each at its rank in its whole group
    assert api["region"]["name"] == region["name"] and {g["group"] for g in api["region"]["groups"]} == set(whole["groups"])
    bad = client.get("/api/v1/index", params={"region": "Atlantis"})
    assert bad.status_code == 422 and bad.json().get("field") == "region"
    code, out, err = cli("index", "--year", "2025", "--samples", "20", "--region", region["name"], "--json")
    assert code == 0, err
    assert json.loads(out)["states"] == api["states"]
    code, out, err = cli("index", "--year", "2025", "--samples", "20", "--region", "Atlantis")
    assert code != 0 and "--region" in err and region["name"] in " ".join(err.split())
