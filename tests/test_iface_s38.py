"""Session 38 (iface6): two States side by side on the index (service, CLI, API, page), what separates a State from the
States ranked just above it (computed from the points each component gives the score), a summons to appear counted in
days outstanding (outstanding_kind), and the person page's "as at" day the same as its footer's check day. Every figure is
read from the index or the record here, never written in."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from iccwatch import service
from iccwatch.assess.compare import differences, just_above, points
from iccwatch.assess.index import compute_index
from iccwatch.errors import FieldError
from iccwatch.facts import Facts, UnknownState
from iccwatch.law.warrants import ENDED
from iccwatch.model import DateSpan

YEAR = 2025
DRAWS = 50


@pytest.fixture(scope="module")
def result(facts: Facts) -> dict:
    return compute_index(facts, YEAR, None, DRAWS, 42)


def _ranked(result: dict, group: str = "states_parties") -> list[dict]:
    return [r for r in result["states"] if r["group"] == group and r["rank"] is not None]


def _pair(result: dict) -> tuple[dict, dict]:
    """Two States Parties with different scores (the lowest two ranks: they differ, read from the index)."""
    rows = sorted(_ranked(result), key=lambda r: -r["rank"])
    low = rows[0]
    other = next(r for r in rows if r["score"] != low["score"])
    return low, other


# ------------------------------------------------------------------ the points: a score split exactly into components


def test_points_add_up_to_each_states_score(result: dict) -> None:
    for r in result["states"]:
        if r["score"] is None:
            continue
        p = points(result, r["iso3"])
        assert abs(sum(p["indicators"].values()) - r["score"]) < 0.06, r["iso3"]
        assert abs(sum(p["pillars"].values()) - r["score"]) < 0.06, r["iso3"]


def test_differences_add_up_to_the_gap(result: dict) -> None:
    a, b = _pair(result)
    d = differences(result, a["iso3"], b["iso3"])
    assert abs(sum(d["pillars"].values()) - (a["score"] - b["score"])) < 0.11
    assert abs(sum(d["indicators"].values()) - (a["score"] - b["score"])) < 0.11


# ------------------------------------------------------------------ why not higher: the States just above


def test_just_above_names_the_next_better_rank_and_the_component_that_gives_most_of_the_gap(result: dict) -> None:
    seen = 0
    for r in _ranked(result):
        above = just_above(result, r["iso3"])
        better = [o for o in _ranked(result) if o["rank"] < r["rank"]]
        if not better:
            assert above["states"] == [] and "No State is ranked above" in above["words"]
            continue
        seen += 1
        rank = max(o["rank"] for o in better)
        assert above["rank"] == rank
        assert {s["iso3"] for s in above["states"]} == {o["iso3"] for o in better if o["rank"] == rank}
        mean_above = sum(o["score"] for o in better if o["rank"] == rank) / above["count"]
        assert abs(above["gap"] - (mean_above - r["score"])) < 0.01
        # the mean differences of the pillars add up to the gap, and the one named is the largest
        assert abs(sum(p["points"] for p in above["pillars"]) - above["gap"]) < 0.15
        if above["pillar"]:
            assert above["pillar"]["points"] == max(p["points"] for p in above["pillars"])
            assert above["pillar"]["label"] in above["words"]
            if above["indicator"]:
                assert above["indicator"]["pillar"] == above["pillar"]["id"]
    assert seen > 10


def test_a_state_not_ranked_has_no_above(result: dict) -> None:
    unranked = [r for r in result["states"] if r["rank"] is None]
    for r in unranked:
        assert just_above(result, r["iso3"]) is None


def test_explain_and_the_ask_answer_say_why_not_higher(facts: Facts, result: dict) -> None:
    low, _ = _pair(result)
    ex = service.index_explain(facts, low["iso3"], YEAR, None, DRAWS, 42)
    assert ex["above"]["words"] == just_above(result, low["iso3"])["words"]
    from iccwatch.service.record_answers import index_answer

    ans = index_answer(facts, low["iso3"], YEAR)
    assert "Against the States ranked just above: " in ans["in_words"]
    assert ans["above"]["states"]


# ------------------------------------------------------------------ two States side by side


def test_compare_gives_both_states_ranks_draws_and_components(facts: Facts, result: dict) -> None:
    a, b = _pair(result)
    d = service.index_compare(facts, f"{a['iso3']},{b['iso3']}", YEAR, None, DRAWS, 42)
    first, second = d["states"]
    assert (first["iso3"], second["iso3"]) == (a["iso3"], b["iso3"])
    assert (first["score"], first["rank"], first["tied"], first["band"]) == (a["score"], a["rank"], a["tied"], a["band"])
    assert first["sharing_rank"] == sum(1 for r in _ranked(result) if r["rank"] == a["rank"])
    assert d["same_group"] is True
    assert d["score_difference"] == round(a["score"] - b["score"], 1)
    oa, ob = d["outscores"][a["iso3"]], d["outscores"][b["iso3"]]
    assert 0 <= oa + ob <= 1
    assert d["told_apart"] == (max(oa, ob) >= 0.95)
    assert abs(sum(p["difference"] for p in d["pillars"]) - d["score_difference"]) < 0.15
    ids = [i["indicator"] for i in d["indicators"]]
    assert len(ids) == len(set(ids)) and ids
    # the facts behind each State's values are explain's
    ex = service.index_explain(facts, a["iso3"], YEAR, None, DRAWS, 42)
    assert [len(i["values"][a["iso3"]]["evidence"]) for i in d["indicators"]] == [len(i["evidence"] or []) for i in ex["indicators"]]
    assert first["name"] in d["in_words"] and second["name"] in d["in_words"]


def test_compare_across_the_two_tables_says_the_ranks_do_not_compare(facts: Facts, result: dict) -> None:
    a = _ranked(result)[0]
    b = _ranked(result, "others")[0]
    d = service.index_compare(facts, [a["iso3"], b["iso3"]], YEAR, None, DRAWS, 42)
    assert d["same_group"] is False and d["outscores"] is None and d["told_apart"] is None
    assert "ranked in different tables" in d["in_words"]


def test_compare_refuses_bad_input_naming_the_field(facts: Facts) -> None:
    with pytest.raises(UnknownState) as exc:
        service.index_compare(facts, "Hungry,ITA", YEAR, None, 0, 42)
    assert exc.value.field == "states"
    with pytest.raises(UnknownState) as same:  # the same words and suggestion as a State looked up elsewhere
        facts.state("Hungry")
    assert str(exc.value) == str(same.value) and "did you mean" in str(exc.value)
    for bad in ("HUN", "HUN,", "HUN,ITA,CHL", ",ITA"):
        with pytest.raises(FieldError) as e:
            service.index_compare(facts, bad, YEAR, None, 0, 42)
        assert e.value.field == "states"
    with pytest.raises(FieldError, match="one State"):
        service.index_compare(facts, "HUN,Hungary", YEAR, None, 0, 42)


def test_cli_index_compare_json_csv_and_a_misspelt_state(facts: Facts, db_url: str, result: dict) -> None:
    from typer.testing import CliRunner

    from iccwatch.cli import app

    a, b = _pair(result)
    runner = CliRunner()
    out = runner.invoke(app, ["index", "compare", a["iso3"], b["iso3"], "--samples", str(DRAWS), "--json", "--db", db_url])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert [s["iso3"] for s in data["states"]] == [a["iso3"], b["iso3"]]
    out = runner.invoke(app, ["index", "compare", a["iso3"], b["iso3"], "--samples", str(DRAWS), "--csv", "--db", db_url])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[0].split(",")[:5] == ["kind", "component", "label", "pillar", f"value_{a['iso3']}"]
    assert any(line.startswith("state,score,") for line in lines) and sum(line.startswith("indicator,") for line in lines) == len(data["indicators"])
    out = runner.invoke(app, ["index", "compare", a["iso3"], b["iso3"], "--samples", str(DRAWS), "--db", db_url])
    assert out.exit_code == 0 and a["name"] in out.output
    out = runner.invoke(app, ["index", "compare", "Hungry", b["iso3"], "--db", db_url])
    assert out.exit_code != 0 and "did you mean Hungary" in " ".join(out.output.split())
    out = runner.invoke(app, ["index", "explain", a["iso3"], "--samples", str(DRAWS), "--db", db_url])
    assert out.exit_code == 0 and "why not higher:" in out.output


def test_api_compare_is_documented_and_refuses_a_misspelt_state_as_elsewhere(client, result: dict) -> None:  # noqa: ANN001
    a, b = _pair(result)
    r = client.get("/api/v1/index/compare", params={"states": f"{a['iso3']},{b['iso3']}", "samples": DRAWS})
    assert r.status_code == 200, r.text
    assert r.json()["states"][0]["rank"] == a["rank"] and r.json()["method_url"].endswith("/index/method")
    assert "/api/v1/index/compare" in client.get("/api/v1/openapi.json").json()["paths"]
    bad = client.get("/api/v1/index/compare", params={"states": f"Hungry,{b['iso3']}", "samples": 0})
    elsewhere = client.get("/api/v1/index/Hungry", params={"samples": 0})
    assert bad.status_code == elsewhere.status_code
    assert bad.json()["detail"] == elsewhere.json()["detail"] and bad.json()["field"] == "states"
    assert client.get("/api/v1/index/compare", params={"states": a["iso3"]}).status_code == 422
    assert client.get(f"/api/v1/index/{a['iso3']}", params={"samples": DRAWS}).json()["above"]["words"]


def test_compare_page_reached_from_the_index_and_a_state_page(client, result: dict) -> None:  # noqa: ANN001
    a, b = _pair(result)
    index = client.get("/index").text
    assert 'href="/index/compare?year=2025"' in index
    state = client.get(f"/states/{a['iso3']}").text
    assert 'id="compare-form"' in state and 'action="/index/compare"' in state
    assert re.search(r'id="index-above"><strong>Why not higher:</strong>', state)
    r = client.get("/index/compare", params={"a": a["name"], "b": b["iso3"].lower()}, follow_redirects=True)
    assert r.status_code == 200 and str(r.url).endswith(f"states={a['iso3']},{b['iso3']}&year=2025")
    assert a["name"] in r.text and b["name"] in r.text and 'id="compare-pillars"' in r.text
    bad = client.get("/index/compare", params={"states": f"Hungry,{b['iso3']}"})
    # (session 39) the suggestion is a link to the same comparison with the State's code in its place
    assert bad.status_code == 404 and re.search(rf'Did you mean <a href="/index/compare\?states=HUN,{b["iso3"]}">Hungary \(HUN\)</a>', bad.text)


# ------------------------------------------------------------------ a summons to appear in days outstanding


def _summons_day(facts: Facts) -> tuple[str, str, dt.date, dt.date]:
    """A summons of the record dated to a day and answered or ended later, and a day between: (person, summons id,
    issue day, a day when it was pending)."""
    for w in sorted(facts.records.warrants.values(), key=lambda w: w.id):
        if w.kind != "summons_to_appear" or not w.issued:
            continue
        issued = DateSpan.parse(w.issued)
        ends = [DateSpan.parse(h.date).first for h in w.status_history if h.status in ENDED and h.date]
        if issued.first == issued.last and ends and min(ends) > issued.first + dt.timedelta(days=1) \
                and all(h.date for h in w.status_history if h.status in ENDED):
            return w.person, w.id, issued.first, issued.first + dt.timedelta(days=1)
    pytest.skip("no summons dated to a day and answered later")


def test_a_summons_not_answered_counts_as_outstanding_said_summons(facts: Facts) -> None:
    from iccwatch.law.warrants import warrant_status
    from iccwatch.service.persons import outstanding_sentence, outstanding_since

    person, sid, issued, day = _summons_day(facts)
    p = facts.records.persons[person]
    if warrant_status(facts, p, day).outstanding:
        pytest.skip("a warrant was outstanding that day too")
    o = outstanding_since(facts, p, day)
    assert o["outstanding_kind"] == "summons" and o["outstanding_warrant"] == sid
    assert o["days_outstanding"] == (day - issued).days
    words = outstanding_sentence(o, day)
    assert words.startswith("Summons to appear outstanding since") and "does not order arrest" in words
    row = next(r for r in service.persons_list(facts, None, day) if r["id"] == person)
    assert row["outstanding_kind"] == "summons" and row["days_outstanding"] == o["days_outstanding"]
    assert row["warrant_outstanding"] != "yes"  # a summons is not a warrant of arrest


def test_warrants_are_said_warrant_and_the_csv_has_outstanding_kind(facts: Facts, db_url: str) -> None:
    from typer.testing import CliRunner

    from iccwatch.cli import app

    rows = service.persons_list(facts)
    counted = [r for r in rows if r["days_outstanding"] is not None]
    assert counted and all(r["outstanding_kind"] in ("warrant", "summons") for r in counted)
    assert all(r["outstanding_kind"] == "warrant" for r in rows if r["warrant_outstanding"] == "yes")
    out = CliRunner().invoke(app, ["persons", "--csv", "--db", db_url])
    assert out.exit_code == 0 and "outstanding_kind" in out.output.splitlines()[0].split(",")


# ------------------------------------------------------------------ the person page's "as at" day


def test_person_page_as_at_is_the_day_its_footer_says_the_record_was_checked_through(client, facts: Facts) -> None:  # noqa: ANN001
    r = next(r for r in service.persons_list(facts) if r["days_outstanding"])
    page = client.get(f"/persons/{r['id']}").text
    as_at = re.search(r'<p id="outstanding">.*? as at (\d{4}-\d{2}-\d{2})', page)
    footer = re.search(r"<footer>Record checked through (\d{4}-\d{2}-\d{2})", page)
    assert as_at and footer
    assert as_at.group(1) == footer.group(1)
