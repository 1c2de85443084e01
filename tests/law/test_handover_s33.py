"""(Session 33) The custody answer and the question reader's who/when answer read the handover to the Court apart from the
arrest: "arrested on A by S; surrendered to the Court on B", each with its sources; a handover after the day asked is not
yet made; a handover the record does not date says why; a record written before the field keeps the old words. Events of
my own making (a record's event with its handover changed), each with a contrast."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from iccwatch.facts import Facts
from iccwatch.model import Event
from iccwatch.service.ask import ask_custody
from iccwatch.service.question import read_question

PERSON = "khaled-mohamed-ali-el-hishri"
EVENT = "2025-07-16-khaled-mohamed-ali-el-hishri-germany"


def _with(facts: Facts, **fields: object) -> tuple[Facts, Event]:
    e = facts.records.events[EVENT]
    data = {k: v for k, v in e.model_dump(mode="json", exclude_none=True).items() if k not in ("surrendered", "surrendered_unknown")}
    changed = Event.model_validate({**data, "date": "2025-07-16", **fields})
    return Facts(replace(facts.records, events={**facts.records.events, EVENT: changed})), changed


@pytest.fixture(scope="module")
def both(facts):
    return _with(facts, surrendered={"date": "2025-10-01", "stated_by": [1]})


def test_both_dates_each_with_its_sources(both):
    f, e = both
    d = ask_custody(f, PERSON, dt.date(2025, 12, 31))
    row = next(r for r in d["custody"] if r["event"] == EVENT)
    assert (row["arrested_on"], row["surrendered_on"]) == ("2025-07-16", "2025-10-01")
    assert [s["url"] for s in row["surrendered_sources"]] == [str(e.sources[1].url)]
    assert {s["url"] for s in row["sources"]} == {str(s.url) for s in e.sources}
    assert "arrested on 2025-07-16 by Germany (DEU); surrendered to the Court on 2025-10-01" in d["in_words"]


def test_contrast_asked_between_arrest_and_handover(both):
    f, _ = both
    d = ask_custody(f, PERSON, dt.date(2025, 9, 1))
    row = next(r for r in d["custody"] if r["event"] == EVENT)
    assert row.get("surrender_pending") is True and "surrendered_on" not in row
    assert "not yet surrendered to the Court" in d["in_words"] and "2025-10-01" not in d["in_words"]


def test_handover_unknown_says_why(facts):
    f, _ = _with(facts, surrendered_unknown="no source read states the day of the transfer")
    d = ask_custody(f, PERSON, dt.date(2025, 12, 31))
    assert "surrendered to the Court on a day the record does not give (no source read states the day" in d["in_words"]


def test_old_style_keeps_one_day(facts):
    f, _ = _with(facts)
    d = ask_custody(f, PERSON, dt.date(2025, 12, 31))
    row = next(r for r in d["custody"] if r["event"] == EVENT)
    assert "surrendered_on" not in row and "surrender_pending" not in row
    assert "2025-07-16: Germany (DEU) arrested and surrendered to the Court" in d["in_words"]


def test_the_question_reader_gives_the_handover(both):
    f, e = both
    read = read_question(f, "Who surrendered El Hishri on 2025-12-31?", today=dt.date(2026, 1, 1))
    assert read["asks"] == "custody"
    row = next(r for r in read["custody"] if r["event"] == EVENT)
    assert (row["arrested_on"], row["surrendered_on"], row["surrendered_sources"]) == ("2025-07-16", "2025-10-01", [str(e.sources[1].url)])
    early = read_question(f, "Who surrendered El Hishri on 2025-09-01?", today=dt.date(2026, 1, 1))
    assert next(r for r in early["custody"] if r["event"] == EVENT).get("surrender_pending") is True


def _split_events(facts):
    """The record's surrenders whose handover is dated apart from an arrest the warrant records by the same State."""
    out = []
    for e in facts.records.events.values():
        if e.surrendered is None or len(e.date) != 10 or len(e.surrendered.date) != 10:
            continue
        arrest, handover = dt.date.fromisoformat(e.date), dt.date.fromisoformat(e.surrendered.date)
        arrested_there = any(s.status == "arrested" and s.by_state == e.state and s.date == e.date
                             for w in facts.records.warrants.values() if w.person == e.person for s in w.status_history)
        if arrested_there and (handover - arrest).days >= 2:
            out.append((e, arrest, handover))
    return out


def test_the_law_reads_surrender_between_arrest_and_handover_and_discharged_after(facts):
    from iccwatch.law.arrest import arrest_obligation

    split = _split_events(facts)
    assert len(split) >= 3  # the record holds several (arrests held for the Art. 59 proceedings)
    for e, arrest, handover in split:
        between = arrest_obligation(facts, e.state, e.person, arrest + (handover - arrest) / 2).as_dict()
        assert any("the duty at issue for" in d and "is surrender, not arrest" in d for d in between["doubts"]), (e.id, between["doubts"])
        after = arrest_obligation(facts, e.state, e.person, handover + dt.timedelta(days=1)).as_dict()
        assert after["answer"] != "obliged" and not any("is surrender, not arrest" in d for d in after["doubts"]), e.id


def test_the_custody_answer_matches_the_records_handover(facts):
    for e, _, handover in _split_events(facts):
        d = ask_custody(facts, e.person, handover)
        row = next(r for r in d["custody"] if r["event"] == e.id)
        assert (row["arrested_on"], row["surrendered_on"]) == (e.date, e.surrendered.date)
        assert {s["url"] for s in row["surrendered_sources"]} == {str(s.url) for s in e.handover_sources()}
        before = ask_custody(facts, e.person, handover - dt.timedelta(days=1))
        assert next(r for r in before["custody"] if r["event"] == e.id).get("surrender_pending") is True


def test_the_events_export_gives_the_handover_and_its_sources(facts):
    from iccwatch.service.exports import export_fields, export_rows

    split = _split_events(facts)
    flat = {r["id"]: r for r in export_rows(facts, "events", flat=True)}
    for e, _, _ in split:
        row = flat[e.id]
        assert row["surrendered"] == e.surrendered.date
        assert row["surrendered_stated_by"].split() == [str(s.url) for s in e.handover_sources()]
    assert export_fields("events").index("surrendered_stated_by") == export_fields("events").index("surrendered") + 1
    # contrast: an event with no handover dated apart has no such cell
    other = next(e for e in facts.records.events.values() if e.surrendered is None)
    assert flat[other.id].get("surrendered", "") == ""


def test_the_command_says_both_days(db_url, facts):
    from typer.testing import CliRunner

    from iccwatch.cli import app

    e, _, handover = _split_events(facts)[-1]
    name = facts.records.persons[e.person].name
    out = CliRunner().invoke(app, ["ask", "question", f"Who surrendered {name}?", "--today", e.surrendered.date, "--db", db_url], catch_exceptions=False)
    text = " ".join(out.stdout.split())
    assert out.exit_code == 0, out.output
    assert f"arrested on {e.date} by" in text and f"surrendered to the Court on {e.surrendered.date}" in text, text
    # session 40: the handover's sources by their numbers in the event's list of sources printed below it
    marks = re.search(r"handover's day stated by \[([\d, ]+)\]", text)
    assert marks, text
    lines = [line.strip() for line in out.stdout.splitlines()]
    numbered = {int(m.group(1)): lines[i + 1 + next(k for k, x in enumerate(lines[i + 1:]) if x.startswith("http"))]
                for i, line in enumerate(lines) if (m := re.match(r"\[(\d+)\] ", line))}
    assert str(e.handover_sources()[0].url) in {numbered[int(n)] for n in marks.group(1).split(", ")}
    early = CliRunner().invoke(app, ["ask", "question", f"Who surrendered {name}?", "--today",
                                     (handover - dt.timedelta(days=1)).isoformat(), "--db", db_url])
    assert "not yet surrendered to the Court" in " ".join(early.stdout.split())


def test_the_plain_read_gives_the_handover_as_the_model_does(db_url):
    from iccwatch.store.read import read_records

    plain, models = read_records(db_url, plain=True), read_records(db_url)
    split = [k for k, e in models.events.items() if e.surrendered is not None]
    assert split
    for key in split:
        p, m = plain.events[key], models.events[key]
        assert type(p.surrendered).__name__ == "Handover" and p.surrendered.date == m.surrendered.date
        assert [s.model_dump(mode="json") for s in p.handover_sources()] == [s.model_dump(mode="json") for s in m.handover_sources()]
