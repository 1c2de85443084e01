"""The status of a State's cooperation legislation (Art. 88), as sources state it on dates: the model
refuses a status that names the wrong things, the checker refuses one that contradicts the record, and
the index reads it as a graded value (enacted > partial > draft > none) for the years it answers for.

Also: a list held in full is checked against the counts its sources give (complete_lists.yaml)."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

import pytest
from pydantic import ValidationError

from iccwatch.assess import indicators as ind
from iccwatch.dataset.consistency_checks import consistency_problems
from iccwatch.facts import Facts
from iccwatch.model.state import LegislationStatus

SRC = [{"url": "https://www.pgaction.org/ilhr/rome-statute/example.html", "title": "example", "kind": "secondary"}]


def _status(status: str, as_of: str, **kw: object) -> LegislationStatus:
    if status != "none" and "law" not in kw and "measure" not in kw:
        kw["law"] = "a bill on cooperation with the International Criminal Court"
    return LegislationStatus.model_validate({"status": status, "as_of": as_of, "sources": SRC, **kw})


def _with_statuses(facts: Facts, iso3: str, statuses: list[LegislationStatus]) -> Facts:
    st = facts.records.states[iso3]
    states = {**facts.records.states, iso3: st.model_copy(update={"implementing_legislation": statuses})}
    return Facts(dataclasses.replace(facts.records, states=states))


@pytest.fixture(scope="module")
def no_law(facts: Facts) -> str:
    """A State Party in 2025 for which the record holds no law, no status and no complete survey."""
    w = ind.Window(2025, years=1)
    for iso3, st in sorted(facts.records.states.items()):
        if ind.party_days(facts, iso3, 2025) and not st.implementing_legislation \
                and ind.implementing_legislation(facts, iso3, w, {}).status == "missing":
            return iso3
    pytest.fail("the record has no State Party without recorded legislation")


def test_grades_order_the_statuses() -> None:
    g = ind.LEGISLATION_GRADES
    assert set(g) == {"enacted", "partial", "draft", "none"}
    assert g["none"] == 0.0 < g["draft"] < g["partial"] < g["enacted"] == 1.0


def test_the_model_refuses_a_status_that_names_the_wrong_thing() -> None:
    with pytest.raises(ValidationError, match="names no law"):
        _status("none", "2020-01-01", law="Law No. 1")
    with pytest.raises(ValidationError, match="names the law or bill"):
        LegislationStatus.model_validate({"status": "draft", "as_of": "2020", "sources": SRC})
    with pytest.raises(ValidationError):
        LegislationStatus.model_validate({"status": "pending", "as_of": "2020", "sources": SRC, "law": "x"})
    with pytest.raises(ValidationError):  # a status is sourced
        LegislationStatus.model_validate({"status": "none", "as_of": "2020", "sources": []})
    with pytest.raises(ValidationError):  # and dated
        LegislationStatus.model_validate({"status": "none", "sources": SRC})


def test_none_and_draft_answer_only_for_the_years_up_to_their_date(facts: Facts, no_law: str) -> None:
    f = _with_statuses(facts, no_law, [_status("none", "2025-04-09")])
    v = ind.implementing_legislation(f, no_law, ind.Window(2025, years=1), {})
    assert (v.status, v.value) == ("ok", 0.0)
    assert v.evidence and v.evidence[0]["sources"][0]["url"] == SRC[0]["url"], "a 'none' cites the source stating it"
    assert ind.implementing_legislation(f, no_law, ind.Window(2024, years=1), {}).value == 0.0
    # After the year of its date a 'none' says nothing: a law may have been passed since.
    later = ind.implementing_legislation(f, no_law, ind.Window(2026, years=1), {})
    assert later.status == "missing" and "2025-04-09" in later.note
    d = _with_statuses(facts, no_law, [_status("draft", "2024-06")])
    assert ind.implementing_legislation(d, no_law, ind.Window(2024, years=1), {}).value == ind.LEGISLATION_GRADES["draft"]
    assert ind.implementing_legislation(d, no_law, ind.Window(2025, years=1), {}).status == "missing"
    # No law in force on a date means none was in force before it (a repeal is recorded on the law); a
    # bill on a date says nothing of earlier years (there may have been none).
    assert ind.implementing_legislation(f, no_law, ind.Window(2019, years=1), {}).value == 0.0
    assert ind.implementing_legislation(d, no_law, ind.Window(2023, years=1), {}).status == "missing"


def test_a_law_stays_in_force_and_the_best_status_counts(facts: Facts, no_law: str) -> None:
    p = _with_statuses(facts, no_law, [_status("partial", "2019-03", law="Law on mutual legal assistance, Part IV")])
    for year in (2019, 2022, 2025):
        assert ind.implementing_legislation(p, no_law, ind.Window(year, years=1), {}).value == ind.LEGISLATION_GRADES["partial"]
    # A draft of a fuller law does not cancel the partial law in force.
    both = _with_statuses(facts, no_law, [_status("partial", "2019-03", law="Law on MLA"), _status("draft", "2025-02-01")])
    assert ind.implementing_legislation(both, no_law, ind.Window(2025, years=1), {}).value == ind.LEGISLATION_GRADES["partial"]
    e = _with_statuses(facts, no_law, [_status("enacted", "2021-05-01", law="ICC Cooperation Act 2021")])
    assert ind.implementing_legislation(e, no_law, ind.Window(2025, years=1), {}).value == 1.0
    assert ind.implementing_legislation(e, no_law, ind.Window(2020, years=1), {}).status == "missing"


def test_graded_values_order_states_in_the_index(facts: Facts, no_law: str) -> None:
    """The graded value is what the index normalises: a 'draft' State Party sits between 'none' and a law."""
    values = {}
    for s in ("none", "draft", "partial", "enacted"):
        f = _with_statuses(facts, no_law, [_status(s, "2025-01-15")])
        values[s] = ind.implementing_legislation(f, no_law, ind.Window(2025, years=1), {}).value
    assert values["none"] < values["draft"] < values["partial"] < values["enacted"]


def _problems(facts: Facts, iso3: str, statuses: list[LegislationStatus]) -> list:
    f = _with_statuses(facts, iso3, statuses)
    return [p for p in consistency_problems(f.records, dt.date(2026, 12, 1)) if p.record == iso3 and "implementing_legislation" in (p.field or "")]


def test_the_checker_refuses_a_status_the_record_contradicts(facts: Facts, no_law: str) -> None:
    assert not _problems(facts, no_law, [_status("none", "2020-01-01")])
    # A law recorded for the State, dated before a 'none' or 'draft' that says there was none.
    law = next(m for m in facts.records.measures.values() if m.kind == "implementing_legislation" and m.scope != "crimes_only")
    after = str(int(str(law.date)[:4]) + 1)
    found = _problems(facts, law.state, [_status("none", after)])
    assert found and "implementing_legislation[0]" in found[0].field and law.id in found[0].message
    assert _problems(facts, law.state, [_status("draft", after)])
    # A status naming a measure that is not this State's implementing law.
    other = next(m for m in facts.records.measures.values() if m.kind != "implementing_legislation" and m.state)
    wrong = _problems(facts, no_law, [_status("enacted", "2020", measure=other.id)])
    assert wrong and other.id in wrong[0].message
    # Statuses oldest first, and a 'none' after a law in force is a contradiction, not a repeal.
    assert _problems(facts, no_law, [_status("none", "2022"), _status("draft", "2021")])
    assert _problems(facts, no_law, [_status("partial", "2019", law="x"), _status("none", "2022")])


def _with_lists(facts: Facts, key: str, entry: dict) -> Facts:
    lookups = copy.deepcopy(facts.records.lookups)
    lookups["complete_lists"]["lists"][key] = entry
    return Facts(dataclasses.replace(facts.records, lookups=lookups))


def _count_problems(facts: Facts) -> list:
    return [p for p in consistency_problems(facts.records, dt.date(2026, 12, 1)) if (p.field or "").endswith(".counts") or ".counts[" in (p.field or "")]


def test_a_stated_count_must_match_the_records_list(facts: Facts) -> None:
    """A count a source gives (n States bound by an instrument on a date) is checked against the record:
    the list cannot be read as complete to a date its count does not reach."""
    assert not _count_problems(facts), "the record's lists reach the counts their sources give"
    lists = facts.records.lookups["complete_lists"]["lists"]
    counted = [(k, e) for k, e in lists.items() if e.get("counts")]
    assert counted, "at least one list is checked against a stated count"
    key, entry = counted[0]
    bad = copy.deepcopy(entry)
    bad["counts"][0]["n"] += 1
    found = _count_problems(_with_lists(facts, key, bad))
    assert found and f"lists.{key}.counts[0]" in found[0].field and str(bad["counts"][0]["n"]) in found[0].message
    # A list read as complete to a date needs a count as of that date that the record reaches.
    assert all(any(str(c["as_of"]) == str(e["through"]) for c in e["counts"]) for _, e in counted if e.get("through")), \
        "a counted list held in full to a date names a count as of that date"


def test_a_status_dated_in_the_future_is_refused(facts: Facts, no_law: str) -> None:
    from iccwatch.dataset.checks import check_records

    f = _with_statuses(facts, no_law, [_status("none", "2031-01-01")])
    found = [p for p in check_records(f.records, today=dt.date(2026, 12, 1))
             if p.record == no_law and (p.field or "").startswith("implementing_legislation[0].as_of")]
    assert found and "future" in found[0].message
