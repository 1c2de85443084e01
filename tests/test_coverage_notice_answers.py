"""Every answer for a date after a kind's ``checked_through`` says so, once (issue 10, docs/coverage.md): the person
view (CLI, JSON, API), the persons list on a day, and the lists that run to a day (``--until``)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from iccwatch import service
from iccwatch.facts import Facts
from iccwatch.service.persons import PERSON_KINDS


def _through(facts: Facts, kinds: tuple[str, ...]) -> dt.date:
    """The earliest checked_through of ``kinds`` (a day: the real record's are days)."""
    return min(dt.date.fromisoformat(facts.records.meta.checked_through_of(k)) for k in kinds)


def _flat(text: str) -> str:
    return " ".join(text.split())  # the console wraps long lines


def _a_person(facts: Facts) -> str:
    return next(iter(sorted(facts.records.persons)))


def _names(facts: Facts, notice: str, kind: str, through: str) -> bool:
    """Whether the notice gives the date through which ``kind`` was checked: the record's own date ("The record was
    checked through 2026-11-30"), or, for a kind checked through an earlier one, the kind with it ("(events through
    2025-12-31)", "but events only through 2025-12-31")."""
    if through == str(facts.records.meta.checked_through):
        return f"The record was checked through {through}" in notice
    return re.search(rf"\b{re.escape(kind)}\b[^;]*? through {re.escape(through)}", notice) is not None


def test_a_person_view_after_the_check_date_carries_one_notice_naming_its_kinds(facts: Facts) -> None:
    last = _through(facts, PERSON_KINDS)
    who = _a_person(facts)
    assert "coverage_notice" not in service.person_view(facts, who, last)
    assert "coverage_notice" not in service.person_view(facts, who)  # no day asked: the latest status, as checked
    notice = service.person_view(facts, who, last + dt.timedelta(days=1))["coverage_notice"]
    for kind in PERSON_KINDS:
        if dt.date.fromisoformat(facts.records.meta.checked_through_of(kind)) == last:
            assert _names(facts, notice, kind, last.isoformat())
    assert notice.count("may be missing") == 1


def test_the_api_gives_the_person_s_notice(client, facts: Facts) -> None:  # noqa: ANN001
    last = _through(facts, PERSON_KINDS)
    who = _a_person(facts)
    after = client.get(f"/api/v1/persons/{who}", params={"on": (last + dt.timedelta(days=1)).isoformat()})
    assert after.status_code == 200 and "may be missing" in (after.json().get("coverage_notice") or "")
    before = client.get(f"/api/v1/persons/{who}", params={"on": last.isoformat()})
    assert before.status_code == 200 and not before.json().get("coverage_notice")


@pytest.mark.parametrize("args,kinds", [
    (("person", "{who}", "--on", "{day}"), PERSON_KINDS),
    (("persons", "--on", "{day}"), PERSON_KINDS),
    (("events", "--until", "{day}"), ("events",)),
    (("decisions", "--until", "{day}"), ("decisions",)),
    (("situations", "--until", "{day}"), ("situations",)),
    (("statements", "--until", "{day}"), ("statements",)),
])
def test_the_cli_says_once_that_the_day_is_after_the_check_date(cli, facts: Facts, args: tuple[str, ...],  # noqa: ANN001
                                                                  kinds: tuple[str, ...]) -> None:
    last = _through(facts, kinds)
    who = _a_person(facts)

    def run(day: dt.date) -> str:
        code, out, err = cli(*(a.format(who=who, day=day.isoformat()) for a in args))
        assert code == 0, err
        return _flat(out)

    out = run(last + dt.timedelta(days=1))
    assert out.count("may be missing. See") == 1
    assert _names(facts, out, kinds[0], facts.records.meta.checked_through_of(kinds[0]))
    assert "may be missing. See" not in run(last)


@pytest.mark.parametrize("path,param,kinds", [
    ("/api/v1/persons", "on", PERSON_KINDS),
    ("/api/v1/states", "on", ("states",)),
    ("/api/v1/events", "on", ("events",)),
    ("/api/v1/decisions", "on", ("decisions",)),
])
def test_an_api_list_asked_after_the_check_date_carries_the_notice_once(client, facts: Facts, path: str, param: str,  # noqa: ANN001
                                                                          kinds: tuple[str, ...]) -> None:
    last = _through(facts, kinds)
    after = client.get(path, params={param: (last + dt.timedelta(days=1)).isoformat(), "limit": 5})
    assert after.status_code == 200
    body = after.json()
    assert _names(facts, body["coverage_notice"], kinds[0], facts.records.meta.checked_through_of(kinds[0]))
    assert all("coverage_notice" not in row for row in body["items"])  # once, not on every row
    before = client.get(path, params={param: last.isoformat(), "limit": 5})
    assert before.status_code == 200 and not before.json().get("coverage_notice")
