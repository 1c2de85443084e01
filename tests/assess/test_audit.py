"""The JRC checks on worked examples, the audit on the record, and the method page kept in step with it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from iccwatch.assess import audit as au
from iccwatch.cli import app
from iccwatch.facts import Facts

DOC = Path(__file__).resolve().parents[2] / "docs" / "index-method.md"


def test_cronbach_alpha_on_worked_examples() -> None:
    # Two identical items: perfectly reliable.
    same = np.array([[0.0, 0.0], [0.5, 0.5], [1.0, 1.0]])
    assert au.cronbach_alpha(same) == pytest.approx(1.0)
    # Items x and 1-x cancel out: the sum never varies, so alpha is undefined.
    assert au.cronbach_alpha(np.array([[0.0, 1.0], [0.5, 0.5], [1.0, 0.0]])) is None
    # Hand computation: items (1,2,3) and (1,3,2): variances 1 and 1, sums (2,5,5) variance 3;
    # alpha = 2/1 * (1 - 2/3) = 2/3.
    assert au.cronbach_alpha(np.array([[1.0, 1.0], [2.0, 3.0], [3.0, 2.0]])) == pytest.approx(2 / 3)
    # Rows with an unknown item are left out; too few complete rows gives None.
    assert au.cronbach_alpha(np.array([[1.0, np.nan], [2.0, 3.0], [3.0, 2.0]])) is None


def test_principal_components_of_two_identical_indicators() -> None:
    x = np.array([[0.0, 0.0, 1.0], [1.0, 1.0, 1.0], [0.5, 0.5, 1.0], [0.2, 0.2, 1.0]])
    pc = au.principal_components(x, ["a", "b", "c"])
    assert pc["indicators"] == ["a", "b"]  # c does not vary
    assert pc["eigenvalues"][0] == pytest.approx(2.0) and pc["explained"][0] == pytest.approx(1.0)
    assert pc["kaiser_components"] == 1


def test_a_tie_is_called_genuine_only_where_the_values_are_identical() -> None:
    from iccwatch.assess import index as ix
    from iccwatch.assess.indicators import INDICATORS

    ids = [i.id for i in INDICATORS]
    x = np.full((4, len(ids)), np.nan)
    app = np.zeros((4, len(ids)), dtype=bool)
    # Withdrawal and measures apply to all four; the first three States are identical (a genuine tie);
    # then the third is given other values and, with its rank forced equal, counts as another profile.
    a, b = ids.index("withdrawal"), ids.index("measures_against_court")
    x[:, a] = [0.0, 0.0, 0.0, 1.0]
    x[:, b] = [0.0, 0.0, 0.0, 1.0]
    app[:, [a, b]] = True
    weights = ix.load_weights()
    res = ix.score_group(x, app, weights, samples=0, seed=0)
    assert {k: au.tie_profiles(res, 1)[k] for k in ("profiles", "largest_identical", "size")} == {"profiles": 1, "largest_identical": 3, "size": 3}
    x[2, a], x[2, b] = 1.0, 0.0
    weights["pillars"]["conduct"]["indicators"] = {"measures_against_court": 0.5, "withdrawal": 0.5}
    res = ix.score_group(x, app, weights, samples=0, seed=0)
    assert res.rank[2] != res.rank[0]  # different values, different score: not tied at all
    res.rank[2] = res.rank[0]  # force equal ranks to check the count of profiles
    assert {k: au.tie_profiles(res, 1)[k] for k in ("profiles", "largest_identical")} == {"profiles": 2, "largest_identical": 2}
    assert "2 of them are identical" in au._tie_text(au.tie_profiles(res, 1))
    assert au.tie_profiles(res, None) is None


def test_a_tie_reports_what_unscored_indicators_could_separate() -> None:
    """For the tied States, an indicator that applies but is not scored (too little coverage) is reported
    with how many of them have a value and how many distinct values: what the record lacks to order them."""
    from iccwatch.assess import index as ix
    from iccwatch.assess.indicators import INDICATORS

    ids = [i.id for i in INDICATORS]
    n = 10
    x = np.full((n, len(ids)), np.nan)
    app = np.zeros((n, len(ids)), dtype=bool)
    a, leg = ids.index("withdrawal"), ids.index("implementing_legislation")
    x[:, a] = 0.0
    app[:, [a, leg]] = True
    x[:3, leg] = [1.0, 0.25, 1.0]  # 3 of 10 known: below the 80% threshold, not scored
    res = ix.score_group(x, app, ix.load_weights(), samples=0, seed=0)
    assert not res.scored[leg]
    p = au.tie_profiles(res, 1)
    assert p["size"] == n and p["unscored"]["implementing_legislation"] == {"applicable": n, "with_data": 3, "distinct_values": 2}
    assert "withdrawal" not in p["unscored"]  # scored, so not listed
    assert "`implementing_legislation` 3 of 10, 2 value(s)" in au._tie_text(p)
    x[:, leg] = 1.0  # known for all: scored, identical, no longer listed
    p2 = au.tie_profiles(ix.score_group(x, app, ix.load_weights(), samples=0, seed=0), 1)
    assert "implementing_legislation" not in p2["unscored"]


def test_lists_read_as_complete_come_from_the_data(audit_2025: dict, facts: Facts) -> None:
    """The audit's lists read as complete are exactly the record's complete_lists table, each with its date,
    and answer for the audit's year only when that date reaches it."""
    table = facts.records.lookups["complete_lists"]["lists"]
    assert [x["list"] for x in audit_2025["lists"]] == list(table)
    for x in audit_2025["lists"]:
        through = table[x["list"]].get("through")
        assert x["through"] == (None if through is None else str(through))
        assert x["answers_for_year"] == (through is not None and int(str(through)[:4]) >= au.DOC_YEAR)


@pytest.fixture(scope="module")
def audit_2025(facts: Facts) -> dict:
    return au.audit(facts, au.DOC_YEAR, samples=au.DOC_SAMPLES, seed=au.DOC_SEED)


def test_audit_reports_every_check_per_group(audit_2025: dict) -> None:
    assert set(audit_2025["groups"]) == {"states_parties", "others"}
    sp = audit_2025["groups"]["states_parties"]
    assert {s["scenario"] for s in sp["sensitivity"]} == {name for name, _ in au.SCENARIOS}
    for s in sp["sensitivity"]:
        assert s["spearman"] is None or -1 <= s["spearman"] <= 1
    assert set(sp["cronbach_alpha"]) == {"legal_commitment", "cooperation_record", "support", "conduct"}
    assert all(c["r"] is None or -1 <= c["r"] <= 1 for c in sp["correlations"])
    assert audit_2025["checks"]["states_parties_ranked_apart"] is True
    assert all(x["below_median"] for x in audit_2025["checks"]["noncompliance_in_window"])


def test_the_method_page_carries_the_codes_numbers(audit_2025: dict) -> None:
    expected = au.audit_markdown(audit_2025)
    assert au.generated_section(DOC.read_text(encoding="utf-8")) == expected, (
        "docs/index-method.md differs from `iccwatch index audit`: run .venv/bin/python scripts/index_method_doc.py")


def test_generated_section_markers_are_required() -> None:
    with pytest.raises(ValueError, match="lacks the markers"):
        au.generated_section("# a page without markers\n")
    doc = f"head\n{au.DOC_START}\nold\n{au.DOC_END}\ntail\n"
    assert au.with_generated_section(doc, "new\n") == f"head\n{au.DOC_START}\nnew\n{au.DOC_END}\ntail\n"


def test_index_audit_command(db_url: str) -> None:
    """`index audit` and `index --window 1` through the CLI: JSON with the five-year window, more than 100
    States Parties ranked, and both groups ranked. (Slow: the index and its audit computed with 20 draws.)"""
    result = CliRunner().invoke(app, ["index", "audit", "--year", "2025", "--samples", "20", "--json", "--db", db_url])
    assert result.exit_code == 0, result.stdout
    data = json.loads(result.stdout)
    assert data["window"]["years"] == 5 and data["groups"]["states_parties"]["ranked"] > 100
    result = CliRunner().invoke(app, ["index", "--year", "2025", "--samples", "20", "--window", "1", "--json", "--db", db_url])
    data = json.loads(result.stdout)
    assert data["window"]["from"] == 2025 and {r["group"] for r in data["states"]} == {"states_parties", "others"}
