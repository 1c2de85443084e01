"""The search log of a missing primary: the model of a ``searched`` entry and the checker's rules on it."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.search_log_checks import search_log_problems
from iccwatch.model import Meta
from iccwatch.model.common import PRIMARY_GAP_MAX_CHARS, Search, Sourced

SRC = [{"url": "https://example.org/a", "kind": "secondary"}]


def test_a_search_is_a_day_a_route_and_a_detail() -> None:
    s = Search.model_validate({"on": "2026-12-02", "route": "court-releases", "detail": "the Court's releases by title"})
    assert (s.on, s.route) == ("2026-12-02", "court-releases")


@pytest.mark.parametrize("bad", [
    {"on": "2026-12", "route": "other", "detail": "x"},            # a search is made on a day, not in a month
    {"on": "2026-02-30", "route": "other", "detail": "x"},         # no such day
    {"on": "2 Dec 2026", "route": "other", "detail": "x"},
    {"on": "2026-12-02", "route": "Court Releases", "detail": "x"},  # an id, not words
    {"on": "2026-12-02", "route": "other", "detail": ""},
    {"on": "2026-12-02", "route": "other"},
    {"on": "2026-12-02", "route": "other", "detail": "x", "found": True},
])
def test_a_malformed_search_is_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Search.model_validate(bad)


def test_a_fact_carries_its_statement_and_log() -> None:
    fact = Sourced.model_validate({"sources": SRC, "primary_gap": "the decision was not found",
                                   "searched": [{"on": "2026-12-01", "route": "other", "detail": "a"},
                                                {"on": "2026-12-02", "route": "other", "detail": "b"}]})
    assert [s.detail for s in fact.searched or []] == ["a", "b"]
    assert Sourced.model_validate({"sources": SRC}).searched is None


def _records(gap: str | None, log: list[dict[str, str]], routes: tuple[str, ...] = ("other", "court-releases")) -> RecordSet:
    from iccwatch.model import Decision

    r = RecordSet(meta=Meta(checked_through="2026-11-30", title="t", licence="l"))
    r.lookups["search_routes"] = {"routes": {k: {"description": k} for k in routes}}
    d = Decision.model_validate({"id": "d1", "date": "2016-07-11", "chamber": "Pre-Trial Chamber II", "state": "DJI",
                                 "situation": "darfur-sudan", "request_type": "arrest_surrender", "finding": "non_compliance", "referred_to": "ASP+UNSC", "sources": SRC,
                                 "primary_gap": gap, "searched": log})
    r.decisions["d1"] = d
    r.files[("decisions", "d1")] = "data/decisions/d1.yaml"
    return r


TODAY = dt.date(2026, 12, 3)


def test_rules_on_the_log() -> None:
    log = [{"on": "2026-12-01", "route": "court-releases", "detail": "a"},
           {"on": "2026-12-02", "route": "court-release", "detail": "b"},   # a typo
           {"on": "2026-12-09", "route": "other", "detail": "c"}]           # in the future
    problems = list(search_log_problems(_records("the decision was not found", log), TODAY))
    by_field = {p.field: p for p in problems}
    assert set(by_field) == {"searched[1].route", "searched[2].on"}
    assert by_field["searched[1].route"].severity == "error" and "court-release" in by_field["searched[1].route"].message
    assert by_field["searched[1].route"].file == "data/decisions/d1.yaml"
    assert by_field["searched[2].on"].severity == "error"


def test_a_search_after_the_cut_off_but_not_after_today_is_taken() -> None:
    """checked_through is the day facts were searched through; the searches are made after it."""
    log = [{"on": "2026-12-03", "route": "other", "detail": "a"}]
    assert list(search_log_problems(_records("the decision was not found", log), TODAY)) == []


def test_length_of_the_statement_and_a_log_without_one() -> None:
    at_limit = "x" * PRIMARY_GAP_MAX_CHARS
    assert list(search_log_problems(_records(at_limit, []), TODAY)) == []
    over = list(search_log_problems(_records(at_limit + "y", []), TODAY))
    assert [(p.field, p.severity) for p in over] == [("primary_gap", "warning")]
    alone = list(search_log_problems(_records(None, [{"on": "2026-12-01", "route": "other", "detail": "a"}]), TODAY))
    assert [(p.field, p.severity) for p in alone] == [("searched", "warning")]


def test_no_routes_table_makes_every_route_unknown() -> None:
    r = _records("gap", [{"on": "2026-12-01", "route": "other", "detail": "a"}])
    del r.lookups["search_routes"]
    (p,) = list(search_log_problems(r, TODAY))
    assert "search_routes.yaml is missing" in p.message


def test_a_gap_on_one_line() -> None:
    from iccwatch.report.text import gap_line, log_summary

    log = [{"on": "2026-12-03", "route": "other", "detail": "a"}, {"on": "2026-12-01", "route": "other", "detail": "b"}]
    assert log_summary(log) == "2 searches logged, last on 2026-12-03"  # the latest day, whatever the order
    assert log_summary(log[:1]) == "1 search logged, last on 2026-12-03"
    assert gap_line("The decision was not found.", log) == "The decision was not found. (2 searches logged, last on 2026-12-03)"
    assert gap_line("The decision was not found.", []) == "The decision was not found."
    old = "The decision was not found; searched again (2026-12-02): the Court's page; searched again (2026-12-03): news"
    assert gap_line(old, []) == "The decision was not found … (2 later searches in the text; full text: --json)"
    long_ = "word " * 80
    line = gap_line(long_, log, 300, "X", "below")
    assert len(line) < 360 and line.endswith("(2 searches logged, last on 2026-12-03, below; full text: X)")
