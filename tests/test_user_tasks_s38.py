"""Session 38 (useraudit5): five users' tasks. The State report says why the State is not ranked higher and points to
the two States side by side (HTML and PDF: one HTML); the days a warrant has been outstanding are counted to one day
by one rule in the persons list (CLI, API, dashboard) and on a person's page and answer, and every answer says that
day. Every figure is read from the record or the index here, never written in."""

from __future__ import annotations

import datetime as dt
import re

from iccwatch import service
from iccwatch.facts import Facts

YEAR = 2025


def _flat(text: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", text).split())


# ------------------------------------------------------------------ the State report: why not higher, side by side


def _ranked_below_first(facts: Facts) -> tuple[str, dict]:
    """A State ranked below the first rank of its group, and the States just above it."""
    data = service.index_explain(facts, "TJK", YEAR, samples=20)
    above = data.get("above") or {}
    assert above.get("states"), "the test needs a State with States ranked above it"
    return "TJK", above


def test_state_report_from_the_cli_says_why_not_higher_and_the_command_that_compares(facts: Facts) -> None:
    from iccwatch.report.build import render_html, state_report_data

    iso3, above = _ranked_below_first(facts)
    data = state_report_data(facts, iso3, facts.checked_through, YEAR, samples=20)
    html = render_html("state.html", data)
    flat = _flat(html)
    assert "Why not higher:" in flat
    assert " ".join(data["index"]["above"]["words"].split()) in flat
    other = data["index"]["above"]["states"][0]["iso3"]
    # a report made by the CLI knows no server: it names the command giving the comparison
    assert f"iccwatch index compare {iso3} {other} --year {YEAR}" in flat


def test_state_report_served_by_the_dashboard_links_the_comparison(client, facts: Facts) -> None:  # noqa: ANN001
    iso3, above = _ranked_below_first(facts)
    html = client.get(f"/states/{iso3}/report.html?year={YEAR}").text
    assert "Why not higher:" in _flat(html)
    # (session 40, iface9) the link is the dashboard's path, never the host the report happened to be served from
    link = re.search(r'href="(/index/compare\?states=([A-Z]{3}),([A-Z]{3})&amp;year=(\d{4}))"', html)
    assert link, "no link to the side-by-side comparison"
    assert link.group(2) == iso3 and link.group(3) == above["states"][0]["iso3"] and link.group(4) == str(YEAR)
    target = link.group(1).replace("&amp;", "&")
    page = client.get(target[target.index("/index/compare"):])
    assert page.status_code == 200 and above["states"][0]["name"] in page.text


def test_state_report_of_a_state_ranked_first_has_no_why_not_higher(facts: Facts) -> None:
    from iccwatch.report.build import render_html, state_report_data

    first = next(r for r in service.index_ranking(facts, YEAR, None, 20, 42)["states"] if r.get("rank") == 1)
    html = render_html("state.html", state_report_data(facts, first["iso3"], facts.checked_through, YEAR, samples=20))
    assert "Why not higher" not in html and "index compare" not in html


# ------------------------------------------------------------------ days outstanding: one day, one rule, said


def _counted(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r.get("days_outstanding") is not None]


def test_api_persons_list_and_person_page_count_to_the_same_day_and_say_it(client, facts: Facts) -> None:  # noqa: ANN001
    rows = _counted(client.get("/api/v1/persons?limit=1000").json()["items"])
    assert rows
    days = {r["days_counted_to"] for r in rows}
    assert len(days) == 1  # one day for the whole list, said on each row
    day = dt.date.fromisoformat(days.pop())
    for r in rows:
        assert r["days_outstanding"] == (day - dt.date.fromisoformat(r["outstanding_since"])).days, r["id"]
    for r in rows[:3]:
        page = _flat(client.get(f"/persons/{r['id']}").text)
        m = re.search(r"outstanding since (\d{4}-\d{2}-\d{2}): ([\d,]+) days as at (\d{4}-\d{2}-\d{2})", page)
        assert m, r["id"]
        assert (m.group(1), int(m.group(2).replace(",", "")), m.group(3)) == (r["outstanding_since"], r["days_outstanding"], day.isoformat())
        one = client.get(f"/api/v1/persons/{r['id']}").json()["outstanding"]
        assert (one["days_outstanding"], one["days_counted_to"]) == (r["days_outstanding"], day.isoformat())


def test_a_day_asked_is_the_day_counted_to(client) -> None:  # noqa: ANN001
    asked = "2025-06-30"
    rows = _counted(client.get(f"/api/v1/persons?on={asked}&limit=1000").json()["items"])
    assert rows and {r["days_counted_to"] for r in rows} == {asked}
    r = rows[0]
    one = client.get(f"/api/v1/persons/{r['id']}?on={asked}").json()["outstanding"]
    assert (one["days_outstanding"], one["days_counted_to"]) == (r["days_outstanding"], asked)


def test_the_persons_page_and_the_cli_say_the_day_the_api_counts_to(client, cli) -> None:  # noqa: ANN001
    rows = _counted(client.get("/api/v1/persons?limit=1000").json()["items"])
    day = rows[0]["days_counted_to"]
    page = _flat(client.get("/persons").text)
    assert f"counted to {day}" in page
    r = rows[0]
    assert f"{r['outstanding_since']} {r['days_outstanding']}" in page
    code, out, err = cli("persons")
    assert code == 0, err
    assert f"counted to {day}" in " ".join(out.split())
    code, out, err = cli("person", r["id"])
    assert code == 0, err
    assert f"{r['days_outstanding']:,} days as at {day}" in " ".join(out.split())
    code, out, err = cli("persons", "--csv")
    assert code == 0, err
    header = out.splitlines()[0].split(",")
    assert "days_counted_to" in header


# ------------------------------------------------------------------ the search page titles a decision as the API does


def test_the_search_page_titles_a_decision_by_its_ruling_as_the_api_does(client) -> None:  # noqa: ANN001
    """A journalist searching the dashboard read "2024-10-24 · Mongolia · non compliance" (the record's code, without its
    hyphen) where the API and the CLI say "failure to comply found" (the decisions table's words)."""
    from html import unescape

    q = "Mongolia"
    api = client.get("/api/v1/search", params={"q": q, "limit": 100}).json()
    titles = [r["title"] for r in api["items"] if r["record_kind"] == "decisions"]
    assert titles, "the test needs a decision among the results"
    page = unescape(client.get("/search", params={"q": q}).text)
    for t in titles:
        assert t in page, t
    assert "non compliance" not in page


# ------------------------------------------------------------------ one "did you mean" for a misspelt State


def test_ask_offers_a_misspelt_state_as_every_other_command(cli, facts: Facts) -> None:  # noqa: ANN001
    """`ask arrest --state Tajikstan` said "Did you mean 'Tajikistan'?" where `state`, `events`, `report` and the others
    say "did you mean Tajikistan (TJK)?": a journalist copying the code from one got none from the other."""
    checked = 0
    for st in sorted(facts.records.states.values(), key=lambda s: s.iso3):
        if " " in st.name or len(st.name) < 8:
            continue
        typo = st.name[:4] + st.name[5:]  # one letter dropped
        code, out, err = cli("state", typo)
        if code == 0 or f"{st.name} ({st.iso3})" not in " ".join((out + err).split()):
            continue
        person = next(iter(facts.records.persons))
        code2, out2, err2 = cli("ask", "arrest", "--state", typo, "--person", person, "--on", "2024-01-01")
        assert code2 != 0
        assert f"did you mean {st.name} ({st.iso3})" in " ".join((out2 + err2).split()), (typo, out2 + err2)
        checked += 1
        if checked == 3:
            break
    assert checked, "no misspelt State offered by `state` to compare with"


# ------------------------------------------------------------------ `index compare` names no option it does not have


def test_index_compare_names_no_option_the_command_lacks(cli, facts: Facts) -> None:  # noqa: ANN001
    """An NGO advocate typing one State twice, or a misspelt one, in `iccwatch index compare A B` was told of
    `--states`, the API's field: the command takes two arguments and has no such option."""
    code, out, err = cli("index", "compare", "TJK", "Tajikistan", "--samples", "20")
    said = " ".join((out + err).split())
    assert code != 0 and "one State (Tajikistan)" in said
    assert "--states" not in said
    code, out, err = cli("index", "compare", "TJK", "Hungry", "--samples", "20")
    said = " ".join((out + err).split())
    assert code != 0 and "did you mean Hungary (HUN)" in said and "--states" not in said


# ------------------------------------------------------------------ the comparison says what each indicator measures


def test_the_comparison_says_what_each_indicator_measures(client, cli, facts: Facts) -> None:  # noqa: ANN001
    """An NGO advocate comparing two States read "Withdrawal: 0.3558 (5.15 pts)", a number without its meaning: the
    State page gives each indicator's definition ("age-weighted mean over the window's years ..."), the comparison gave
    none. The page, the API and the CLI now give it."""
    from html import unescape

    defs = {i["indicator"]: i["definition"] for i in service.index_explain(facts, "HUN", YEAR, samples=20)["indicators"]}
    assert any(defs.values())
    api = client.get("/api/v1/index/compare", params={"states": "TJK,HUN", "year": YEAR}).json()
    assert {i["indicator"]: i.get("definition") for i in api["indicators"]} == defs
    page = " ".join(unescape(client.get("/index/compare", params={"states": "TJK,HUN", "year": YEAR}).text).split())
    for k, words in defs.items():
        assert " ".join(words.split()) in page, k
    code, out, err = cli("index", "compare", "TJK", "HUN", "--samples", "20")
    assert code == 0, err
    flat = " ".join(out.split())
    for k, words in defs.items():
        assert " ".join(words.split()) in flat, k


def test_the_persons_page_downloads_say_the_day_counted_to(client) -> None:  # noqa: ANN001
    """The page says the day in its words; its CSV and JSON, read apart from the page, gave the days without it."""
    import csv
    import io

    day = _counted(client.get("/api/v1/persons?limit=1000").json()["items"])[0]["days_counted_to"]
    rows = list(csv.DictReader(io.StringIO(client.get("/persons", params={"format": "csv"}).text)))
    assert rows and {r["days_counted_to"] for r in rows} == {day}
    js = client.get("/persons", params={"format": "json"}).json()
    items = js["rows"] if isinstance(js, dict) and "rows" in js else js
    assert {r["days_counted_to"] for r in items} == {day}


def test_the_comparison_csv_says_what_each_indicator_measures(cli, facts: Facts) -> None:  # noqa: ANN001
    import csv
    import io

    defs = {i["indicator"]: i["definition"] for i in service.index_explain(facts, "HUN", YEAR, samples=20)["indicators"]}
    code, out, err = cli("index", "compare", "TJK", "HUN", "--samples", "20", "--csv")
    assert code == 0, err
    rows = [r for r in csv.DictReader(io.StringIO(out)) if r["kind"] == "indicator"]
    assert {r["component"]: r["definition"] for r in rows} == defs
