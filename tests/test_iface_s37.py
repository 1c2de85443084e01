"""Session 37: how long a warrant has been outstanding (persons list, person view, CLI, API), read from the record as
the law reads it; and the sources a CSV row cites, with their titles and dates."""

from __future__ import annotations

import datetime as dt

from iccwatch import service
from iccwatch.facts import Facts
from iccwatch.law.warrants import warrant_status
from iccwatch.model import DateSpan
from iccwatch.service.persons import outstanding_since, outstanding_words


def _rows(facts: Facts, day: dt.date) -> list[dict]:
    return service.persons_list(facts, None, day)


def test_days_outstanding_count_from_the_earliest_warrant_outstanding(facts: Facts) -> None:
    day = facts.checked_through
    counted = 0
    for r in _rows(facts, day):
        p = facts.records.persons[r["id"]]
        ws = warrant_status(facts, p, day)
        if r["days_outstanding"] is None:
            continue
        counted += 1
        assert ws.outstanding, r
        since = dt.date.fromisoformat(r["outstanding_since"])
        assert r["days_outstanding"] == (day - since).days >= 0
        # the earliest of the warrants outstanding that day, each dated to the day
        issued = [DateSpan.parse(w.issued) for w in ws.outstanding if w.issued]
        assert since == min(s.first for s in issued), r
    assert counted >= 10, "the record holds persons at large under dated warrants"


def test_no_figure_where_no_warrant_is_outstanding(facts: Facts) -> None:
    day = facts.checked_through
    none = 0
    for r in _rows(facts, day):
        if r["warrant_outstanding"] != "yes":
            assert r["days_outstanding"] is None and r["outstanding_since"] == "", r
            none += 1
    assert none >= 10, "the record holds persons in custody, tried or whose warrant ended"


def test_the_count_moves_with_the_day_asked(facts: Facts) -> None:
    day = facts.checked_through
    r = next(r for r in _rows(facts, day) if r["days_outstanding"])
    earlier = day - dt.timedelta(days=30)
    r2 = next(x for x in _rows(facts, earlier) if x["id"] == r["id"])
    if r2["days_outstanding"] is not None and r2["outstanding_since"] == r["outstanding_since"]:
        assert r2["days_outstanding"] == r["days_outstanding"] - 30
    # before the warrant was issued, no figure
    before = dt.date.fromisoformat(r["outstanding_since"]) - dt.timedelta(days=1)
    p = facts.records.persons[r["id"]]
    o = outstanding_since(facts, p, before)
    assert o.get("outstanding_since") != r["outstanding_since"]


def test_words_and_person_view_agree(facts: Facts) -> None:
    day = facts.checked_through
    r = next(r for r in _rows(facts, day) if r["days_outstanding"])
    view = service.person_view(facts, r["id"], day)  # session 38 (useraudit5): the list's day, asked of the view too
    o = view["outstanding"]
    assert o["days_outstanding"] == r["days_outstanding"]
    words = outstanding_words(o, day)
    assert words.startswith(f"outstanding since {r['outstanding_since']}: ")
    assert day.isoformat() in words
    assert outstanding_words({}, day) == ""


def test_cli_person_and_persons_say_it(facts: Facts, db_url: str) -> None:
    from typer.testing import CliRunner

    from iccwatch.cli import app

    day = facts.checked_through
    r = next(r for r in _rows(facts, day) if r["days_outstanding"])
    runner = CliRunner()
    out = runner.invoke(app, ["person", r["id"], "--db", db_url])
    assert out.exit_code == 0, out.output
    assert f"outstanding since {r['outstanding_since']}" in " ".join(out.output.split())
    out = runner.invoke(app, ["persons", "--csv", "--db", db_url])
    assert out.exit_code == 0
    header = out.output.splitlines()[0].split(",")
    assert {"outstanding_since", "days_outstanding", "outstanding_unknown"} <= set(header)


def test_csv_sources_cited_give_each_sources_title_and_date(facts: Facts) -> None:
    from iccwatch.service.exports import export_rows

    seen_title = seen_date = seen_plain = 0
    for kind in ("decisions", "events", "warrants", "measures"):
        rows = export_rows(facts, kind)
        flat = export_rows(facts, kind, flat=True)
        for row, frow in zip(rows, flat, strict=True):
            sources = row.get("sources") or []
            if not sources:
                continue
            parts = frow["sources_cited"].split(" | ")
            assert len(parts) == len(sources), (kind, row.get("id"))
            for part, s in zip(parts, sources, strict=True):
                assert part.endswith(" " + s["url"])
                if s.get("title"):
                    assert f"“{' '.join(s['title'].replace('|', '/').split())}”" in part, (kind, part)
                    seen_title += 1
                else:
                    assert "“" not in part.split(" (grade")[0] or "“" in (s.get("publisher") or ""), part
                    seen_plain += 1
                if s.get("date"):
                    assert f", {s['date']} (grade" in part, (kind, part)
                    seen_date += 1
    assert seen_title and seen_date and seen_plain  # the record has sources with and without titles


def test_a_bar_in_a_title_does_not_split_the_cell() -> None:
    from iccwatch.service.exports import flat_row

    row = {"id": "x", "sources": [{"url": "https://a.example/1", "publisher": "P", "title": "One | Two", "date": "2024-01-02",
                                   "grade": "A", "primary": True},
                                  {"url": "https://b.example/2", "publisher": "Q", "grade": "B", "primary": False}]}
    cited = flat_row(row)["sources_cited"]
    assert cited == "P, “One / Two”, 2024-01-02 (grade A, primary) https://a.example/1 | Q (grade B, secondary) https://b.example/2"
