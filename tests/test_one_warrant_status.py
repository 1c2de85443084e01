"""One warrant-status reading (docs/house.md section 2): the status the person views give on a day (the person
page, the persons list, the API and the CLI read ``service.person_view`` / ``service.persons_list``) agrees with the
law's reading of the same warrants on that day (``law.warrants.warrant_status``), on every person of the real record
and on the days where a partial date makes them differ if they read it differently: each status entry's (and
issue date's) first and last possible day, the day before and after, and a day inside a month or year span.

Correspondence (per warrant of arrest): the law's "outstanding" is a view status under which the warrant is executed
(issued, at large, arrested), or a status that would end it that the law keeps in effect (a death only reported, a
release by a State: Art. 58(4)); the law's "unknown" is a view saying the status is unknown on that day; the law's
"no" is "not yet issued" (no status) or a status that ends the warrant."""

from __future__ import annotations

import datetime as dt
from typing import Any

from iccwatch import service
from iccwatch.facts import Facts
from iccwatch.law.warrants import ENDED, OUTSTANDING, warrant_status
from iccwatch.model import DateSpan

#: Statuses that end a warrant but that the law may keep in effect (Art. 58(4)): a reported death, a State's release.
_KEPT_IN_EFFECT = {"deceased", "released"}


def _days(dates: list[str]) -> list[dt.date]:
    days: set[dt.date] = set()
    for d in dates:
        sp = DateSpan.parse(d)
        one = dt.timedelta(days=1)
        days |= {sp.first - one, sp.first, sp.last, sp.last + one}
        if sp.last > sp.first:
            days.add(sp.first + (sp.last - sp.first) // 2)
    return sorted(days)


def _view_class(row: dict[str, Any]) -> str:
    """What the view's warrant status says of the warrant: outstanding / ended / unknown / not issued."""
    if row.get("status_unknown"):
        return "unknown"
    status = row.get("status")
    if status is None:
        return "not issued"
    if status in OUTSTANDING:
        return "outstanding"
    if status in ENDED:
        return "ended"
    return f"other:{status}"


def _agrees(law: str, view: str, status: str | None) -> bool:
    if law == "unknown":
        return view == "unknown"
    if law == "outstanding":
        return view == "outstanding" or (view == "ended" and status in _KEPT_IN_EFFECT)
    return view in ("not issued", "ended")


def _disagreements(facts: Facts) -> list[tuple[str, str, dt.date, str, str, str | None]]:
    out = []
    list_rows: dict[dt.date, dict[str, dict[str, Any]]] = {}
    for p in sorted(facts.records.persons.values(), key=lambda p: p.id):
        warrants = [w for w in facts.warrants_of(p.id) if w.kind == "arrest_warrant"]
        dates = [d for w in warrants for d in ([w.issued] if w.issued else []) + [h.date for h in w.status_history if h.date]]
        for day in _days(dates):
            ws = warrant_status(facts, p, day)
            view = {r["id"]: r for r in service.person_view(facts, p.id, day)["warrants"]}
            for w in warrants:
                law = "outstanding" if w in ws.outstanding else "unknown" if w in ws.uncertain else "no"
                row = view[w.id]
                got = _view_class(row)
                if not _agrees(law, got, row.get("status")):
                    out.append((p.id, w.id, day, law, got, row.get("status")))
            # the persons list: a person the law cannot place on the day reads "unknown" there, and only such a person
            if len(warrants) == len(facts.warrants_of(p.id)):
                if day not in list_rows:
                    list_rows[day] = {r["id"]: r for r in service.persons_list(facts, None, day)}
                word = list_rows[day][p.id]["status"]
                if (ws.applies == "unknown") != (word == "unknown"):
                    out.append((p.id, "(persons list)", day, ws.applies, str(word), word))
    return out


def test_the_person_views_give_the_laws_warrant_status_on_every_day(facts: Facts) -> None:
    checked = sum(1 for w in facts.records.warrants.values() if w.kind == "arrest_warrant")
    assert checked > 0
    bad = _disagreements(facts)
    assert not bad, f"{len(bad)} disagreements, e.g. {bad[:5]}"


def test_a_day_inside_a_year_only_issue_reads_unknown_and_says_why(facts: Facts) -> None:
    spans = [w for w in facts.records.warrants.values() if w.kind == "arrest_warrant" and w.issued
             and DateSpan.parse(w.issued).first < DateSpan.parse(w.issued).last]
    assert spans, "the record holds a warrant issued in a month or year only"
    for w in spans:
        sp = DateSpan.parse(w.issued)
        day = sp.first + (sp.last - sp.first) // 2
        if day == sp.first:
            continue
        row = next(r for r in service.person_view(facts, w.person, day)["warrants"] if r["id"] == w.id)
        assert row["status_unknown"].startswith(f"unknown on {day.isoformat()}"), row
        assert w.issued in row["status_unknown"], row
        # asked with no day, the latest status stands
        latest = next(r for r in service.person_view(facts, w.person)["warrants"] if r["id"] == w.id)
        assert "status_unknown" not in latest and latest["status"] == w.status_history[-1].status


def _year_only(facts: Facts) -> tuple[Any, dt.date]:
    w = next(w for w in sorted(facts.records.warrants.values(), key=lambda w: w.id) if w.kind == "arrest_warrant"
             and w.issued and DateSpan.parse(w.issued).last - DateSpan.parse(w.issued).first > dt.timedelta(days=27))
    sp = DateSpan.parse(w.issued)
    return w, sp.first + (sp.last - sp.first) // 2


def test_the_api_cli_and_person_page_say_unknown_on_such_a_day(facts: Facts, client: Any, cli: Any) -> None:
    w, day = _year_only(facts)
    body = client.get(f"/api/v1/persons/{w.person}", params={"on": day.isoformat()}).json()
    row = next(r for r in body["warrants"] if r["id"] == w.id)
    assert row["status"] is None and row["status_unknown"].startswith(f"unknown on {day}")
    listed = client.get("/api/v1/persons", params={"on": day.isoformat(), "limit": 1000}).json()
    assert any(r["id"] == w.person and r["status"] == "unknown" for r in listed["items"]) == \
        warrant_status(facts, facts.records.persons[w.person], day).unknown
    page = client.get(f"/persons/{w.person}", params={"on": day.isoformat()}).text
    assert f"Status unknown on {day}" in page
    assert "status-unknown" not in client.get(f"/persons/{w.person}").text  # no day asked: the latest status stands
    code, out, _ = cli("person", w.person, "--on", day.isoformat())
    assert code == 0 and f"unknown on {day}" in " ".join(out.split()), out


def test_an_application_reads_requested_from_its_own_day_not_unknown(facts: Facts) -> None:
    """An application has no issue date: it is made on its first dated entry (the law reads no duty from it, so the
    comparison above leaves it out); the views count it from that day, as a warrant's issue, not as an unknown issue."""
    apps = [(w, h) for w in facts.records.warrants.values() if w.kind == "application" and not w.issued
            for h in w.status_history[:1] if h.status == "requested" and h.date and DateSpan.parse(h.date).exact]
    assert apps, "the record holds an application dated to the day"
    for w, h in apps:
        day = DateSpan.parse(h.date).first
        on = next(r for r in service.person_view(facts, w.person, day)["warrants"] if r["id"] == w.id)
        before = next(r for r in service.person_view(facts, w.person, day - dt.timedelta(days=1))["warrants"] if r["id"] == w.id)
        assert on["status"] == "requested" and "status_unknown" not in on, on
        assert before["status"] is None and "status_unknown" not in before, before
