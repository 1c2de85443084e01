"""Coverage: the per-kind schema, the new record shapes, the checks of the coverage policy, and
`iccwatch data coverage`."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from iccwatch.cli import app
from iccwatch.dataset import KINDS, RecordSet, check_dataset
from iccwatch.dataset.coverage import coverage, coverage_notice
from iccwatch.model import DateSpan, Decision, Event, Measure, Meta, Response

SRC = [{"url": "https://example.org/s", "kind": "secondary"}]
runner = CliRunner()


# ------------------------------------------------------------------------------------ schema


def test_an_old_cancelled_event_gets_its_trip_kind_from_its_action() -> None:
    e = Event.model_validate({"id": "e", "date": "2020", "person": "p", "state": "ZAF", "action": "visit_cancelled", "sources": SRC})
    assert e.trip == "cancelled" and e.cancelled_by is None
    v = Event.model_validate({"id": "e", "date": "2020", "person": "p", "state": "ZAF", "action": "no_arrest", "sources": SRC})
    assert v.trip == "visit"


@pytest.mark.parametrize(("fields", "words"), [
    ({"action": "no_arrest", "trip": "cancelled"}, "disagree"),
    ({"action": "visit_cancelled", "trip": "visit"}, "disagree"),
    ({"action": "visit_planned", "trip": "transit"}, "disagree"),
    ({"action": "no_arrest", "trip": "visit", "cancelled_by": "moved_online"}, "only for a cancelled trip"),
    ({"action": "visit_cancelled", "cancelled_by": "the weather"}, "cancelled_by"),
])
def test_inconsistent_trips_are_rejected(fields: dict, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        Event.model_validate({"id": "e", "date": "2020", "person": "p", "state": "ZAF", "sources": SRC, **fields})


def test_a_measure_may_have_an_unknown_author_but_a_state_measure_names_its_state() -> None:
    m = Measure.model_validate({"id": "m", "author_kind": "unknown", "kind": "cyberattack_on_court", "title": "t", "date": "2023-09",
                                "summary": "s", "sources": SRC})
    assert m.state is None
    with pytest.raises(ValidationError, match="names the State"):
        Measure.model_validate({"id": "m", "kind": "sanctions_against_court", "title": "t", "date": "2025", "summary": "s", "sources": SRC})
    with pytest.raises(ValidationError, match="names it"):
        Measure.model_validate({"id": "m", "author_kind": "other_body", "kind": "cyberattack_on_court", "title": "t", "date": "2025",
                                "summary": "s", "sources": SRC})
    with pytest.raises(ValidationError, match="author_kind"):
        Measure.model_validate({"id": "m", "state": "USA", "author_kind": "unknown", "kind": "visa_denial_to_court_officials", "title": "t",
                                "date": "2025", "summary": "s", "sources": SRC})


def test_a_ruling_beyond_a_finding_needs_an_outcome_and_a_finding_needs_its_fields() -> None:
    d = Decision.model_validate({"id": "d", "date": "2025-11-06", "chamber": "Pre-Trial Chamber III", "kind": "confirmation_of_charges",
                                 "situation": "uganda", "persons": ["joseph-kony"], "outcome": "confirmed", "sources": SRC})
    assert d.state is None and d.finding is None
    with pytest.raises(ValidationError, match="outcome"):
        Decision.model_validate({"id": "d", "date": "2025", "chamber": "c", "kind": "leave_to_appeal", "situation": "s", "sources": SRC})
    with pytest.raises(ValidationError, match="state"):
        Decision.model_validate({"id": "d", "date": "2025", "chamber": "c", "situation": "s", "request_type": "arrest_surrender",
                                 "finding": "non_compliance", "referred_to": "ASP", "sources": SRC})


def test_a_response_says_what_it_is_about_and_fits_its_body() -> None:
    r = Response.model_validate({"id": "r", "situation": "libya", "body": "UNSC", "date": "2025-05-12", "kind": "unsc_discussion",
                                 "acted": False, "summary": "s", "sources": SRC})
    assert r.about_decisions() == []
    with pytest.raises(ValidationError, match="names the finding"):  # a Council response is about a finding or a situation
        Response.model_validate({"id": "r", "body": "UNSC", "date": "2025", "kind": "unsc_discussion", "summary": "s", "sources": SRC})
    with pytest.raises(ValidationError, match="not a response of the UNSC"):
        Response.model_validate({"id": "r", "situation": "libya", "body": "UNSC", "date": "2025", "kind": "asp_resolution", "summary": "s",
                                 "sources": SRC})


def test_meta_gives_each_kind_its_own_date_and_falls_back_to_the_record_s() -> None:
    m = Meta.model_validate({"checked_through": "2026-10-31", "title": "t", "licence": "l",
                             "coverage": {"events": {"checked_through": "2026-06-30", "checked_against": "news"}}})
    assert m.checked_through_of("events") == "2026-06-30"
    assert m.checked_through_of("warrants") == "2026-10-31"


# ---------------------------------------------------------------------- the real record


def test_every_kind_has_its_coverage_recorded(records: RecordSet) -> None:
    assert set(records.meta.coverage) == set(KINDS)
    for kind, c in records.meta.coverage.items():
        assert c.checked_against, kind


def test_the_policy_document_names_every_kind(data_dir: Path) -> None:
    text = (data_dir.parent / "docs" / "coverage.md").read_text(encoding="utf-8")
    for kind in KINDS:
        assert f"`{kind}`" in text, kind


def test_coverage_counts_and_periods_match_the_record(records: RecordSet) -> None:
    out = coverage(records, dt.date(2026, 11, 30))
    rows = {r["kind"]: r for r in out["kinds"]}
    assert set(rows) == set(KINDS)
    for kind in KINDS:
        assert rows[kind]["records"] == len(records.of_kind(kind))
        assert rows[kind]["checked_through"] == records.meta.checked_through_of(kind)
    events = sorted(e.date for e in records.events.values())
    assert rows["events"]["first_date"] == events[0]
    assert out["days_behind"]["situations"] >= out["days_behind"]["events"] >= 0


def test_the_notice_appears_once_and_only_after_a_kind_s_date(records: RecordSet) -> None:
    through = records.meta.checked_through_of("events")
    last = dt.date.fromisoformat(through)
    assert coverage_notice(records, last, ["events"]) is None
    notice = coverage_notice(records, last + dt.timedelta(days=1), ["events"])
    assert notice and notice.count("may be missing") == 1
    general = str(records.meta.checked_through)
    assert (f"checked through {through};" in notice if through == general else f"but events only through {through};" in notice)
    assert coverage_notice(records, None) is None


def test_the_notice_is_short_and_names_only_kinds_with_an_earlier_date(records: RecordSet) -> None:
    """The notice listed every kind with its date in one long parenthesis ("states through 2026-11-30, instruments
    through 2026-11-30, ..."): it now says the record's date, and names only the kinds the answer uses that were
    checked through an earlier one, each such date once (every kind's date is on the About page and in `data coverage`)."""
    import dataclasses

    general = str(records.meta.checked_through)
    kinds = ["events", "decisions", "statements"]
    # a copy of the meta in which every kind is checked through the record's date, but statements and decisions earlier
    earlier, earliest = "2020-01-31", "2019-06-30"
    cov = {k: c.model_copy(update={"checked_through": general}) for k, c in records.meta.coverage.items()}
    cov["statements"] = cov["statements"].model_copy(update={"checked_through": earlier})
    cov["decisions"] = cov["decisions"].model_copy(update={"checked_through": earliest})
    other = dataclasses.replace(records, meta=records.meta.model_copy(update={"coverage": cov}))
    day = DateSpan.parse(general).last + dt.timedelta(days=1)
    notice = coverage_notice(other, day, kinds)
    assert notice == (f"The record was checked through {general} (statements through {earlier}, decisions through {earliest}); "
                      f"this answer is for {day.isoformat()}, so facts after those dates may be missing. See `iccwatch data coverage`.")
    # a kind not asked is not named, though its date is earlier
    assert "statements" not in (coverage_notice(other, day, ["events", "decisions"]) or "")
    # a day after the earlier dates only: the record's date and the kinds behind it
    mid = dt.date(2021, 1, 1)
    assert coverage_notice(other, mid, kinds) == (
        f"The record was checked through {general}, but statements only through {earlier}, decisions only through {earliest}; "
        f"this answer is for {mid.isoformat()}, so facts after those dates may be missing. See `iccwatch data coverage`.")
    # every kind checked through the record's date: the date alone, no list
    same = dataclasses.replace(records, meta=records.meta.model_copy(update={"coverage": {
        k: c.model_copy(update={"checked_through": general}) for k, c in records.meta.coverage.items()}}))
    assert coverage_notice(same, day).startswith(f"The record was checked through {general}; this answer is for")


# ----------------------------------------------------------------------------- the checks


def _copy(data_dir: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "data"
    shutil.copytree(data_dir, dst)
    return dst


def test_a_kind_checked_beyond_the_cut_off_is_an_error(data_copy: Path) -> None:
    d = data_copy  # the small record, whose meta.yaml has the real one's sections
    meta = (d / "meta.yaml").read_text(encoding="utf-8")
    head, tail = meta.split("  events:\n", 1)
    tail = tail.replace('checked_through: "', 'checked_through: "2099-01-01" #', 1)
    (d / "meta.yaml").write_text(head + "  events:\n" + tail, encoding="utf-8")
    _, problems = check_dataset(d)
    assert any(p.field == "coverage.events.checked_through" and p.severity == "error" for p in problems)


def test_a_kind_checked_short_of_the_cut_off_must_name_its_gaps(data_copy: Path, checked_record: tuple) -> None:
    d = data_copy
    meta = (d / "meta.yaml").read_text(encoding="utf-8")
    head, tail = meta.split("  requests:\n", 1)
    body, rest = tail.split("  measures:\n", 1)
    short = ('    checked_through: "2020-01-01"\n    checked_against: a test list\n    incomplete: []\n')
    (d / "meta.yaml").write_text(head + "  requests:\n" + short + "  measures:\n" + rest, encoding="utf-8")
    _, problems = check_dataset(d)
    assert [p.field for p in problems if p.field.startswith("coverage.requests")] == ["coverage.requests.incomplete"]
    # the real record names the gaps of every kind checked short of its cut-off
    _, real = checked_record  # the real record, checked once per session
    assert not [p for p in real if p.field.endswith(".incomplete")]


def test_a_cancelled_trip_without_who_cancelled_is_flagged(data_dir: Path, tmp_path: Path) -> None:
    d = _copy(data_dir, tmp_path)
    f = d / "events" / "2025-10-vladimir-vladimirovich-putin-hungary.yaml"
    f.write_text("\n".join(line for line in f.read_text(encoding="utf-8").splitlines() if not line.startswith("cancelled_by:")) + "\n",
                 encoding="utf-8")
    _, problems = check_dataset(d)
    assert [p.record for p in problems if p.field == "cancelled_by"] == ["2025-10-vladimir-vladimirovich-putin-hungary"]


def test_a_response_to_an_unknown_situation_is_an_error(data_copy: Path) -> None:
    d = data_copy
    (d / "responses").mkdir(exist_ok=True)
    (d / "responses" / "r-test.yaml").write_text(
        'id: r-test\nsituation: atlantis\nbody: UNSC\ndate: "2025-01-01"\nkind: unsc_discussion\nsummary: s\n'
        "sources:\n- url: https://example.org/x\n  kind: primary\n", encoding="utf-8")
    _, problems = check_dataset(d)
    assert any(p.record == "r-test" and p.field == "situation" and p.severity == "error" for p in problems)


# -------------------------------------------------------------------------------- the CLI


def test_data_coverage_json(data_dir: Path) -> None:
    result = runner.invoke(app, ["data", "coverage", "--data", str(data_dir), "--on", "2099-01-01", "--json"])
    assert result.exit_code == 0, result.stdout
    out = json.loads(result.stdout)
    assert {r["kind"] for r in out["kinds"]} == set(KINDS)
    assert "coverage_notice" in out and out["policy"] == "docs/coverage.md"


def test_data_coverage_table_names_the_gaps(data_dir: Path) -> None:
    result = runner.invoke(app, ["data", "coverage", "--data", str(data_dir)])
    assert result.exit_code == 0, result.stdout
    assert "checked through" in result.stdout and "incomplete:" in result.stdout


def test_data_coverage_rejects_a_bad_date(data_dir: Path) -> None:
    result = runner.invoke(app, ["data", "coverage", "--data", str(data_dir), "--on", "2026-13"])
    assert result.exit_code == 2


def test_a_coverage_note_naming_a_session_or_a_test_path_is_flagged(data_copy: Path, checked_record: tuple) -> None:
    import yaml

    path = data_copy / "meta.yaml"
    meta = yaml.safe_load(path.read_text(encoding="utf-8"))
    kind = sorted(meta["coverage"])[0]
    meta["coverage"][kind]["incomplete"] = [
        "a pass of 2026-12-02 found nothing; the Assembly's twenty-fourth session and https://example.org/tests/x were read",
        "searched again (Session 14) for later rulings",
        "checked against a list kept in tests/fixtures/expected.yaml",
    ]
    meta["note"] = "checked in session 7"
    path.write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    _, problems = check_dataset(data_copy)
    flagged = {p.field: p for p in problems if "coverage note shown to readers" in p.message}
    assert set(flagged) == {f"coverage.{kind}.incomplete[1]", f"coverage.{kind}.incomplete[2]", "note"}
    assert all(p.severity == "warning" and p.file == "data/meta.yaml" for p in flagged.values())
    assert "'Session 14'" in flagged[f"coverage.{kind}.incomplete[1]"].message
    assert "'tests/fixtures/expected.yaml'" in flagged[f"coverage.{kind}.incomplete[2]"].message
    # the real record's notes are written for readers
    _, real = checked_record
    assert not [p for p in real if "coverage note shown to readers" in p.message]


def test_a_situation_status_older_than_the_kind_s_check_date_is_flagged(data_copy: Path, checked_record: tuple) -> None:
    from iccwatch.model import parse_partial_date

    d = data_copy
    recs, _ = check_dataset(d)
    assert recs is not None
    through = recs.meta.checked_through_of("situations")
    key = sorted(recs.situations)[0]
    f = d / "situations" / f"{key}.yaml"

    def status_as_of(day: str) -> list:
        text = f.read_text(encoding="utf-8")
        f.write_text("\n".join(f'status_as_of: "{day}"' if line.startswith("status_as_of:") else line
                               for line in text.splitlines()) + "\n", encoding="utf-8")
        _, problems = check_dataset(d)
        return [p for p in problems if p.record == key and p.field == "status_as_of" and "checked through" in p.message]

    assert status_as_of(through) == []
    day_before = (parse_partial_date(through)[0] - dt.timedelta(days=1)).isoformat()
    flagged = status_as_of(day_before)
    assert len(flagged) == 1 and flagged[0].severity == "warning" and through in flagged[0].message
    _, real = checked_record  # the real record brings every situation to the kind's date
    assert not [p for p in real if p.field == "status_as_of" and "checked through" in p.message]


def test_half_years_without_a_council_briefing_on_a_referred_situation_are_listed(data_copy: Path) -> None:
    from iccwatch.dataset.coverage_checks import known_gaps

    d = data_copy  # the small record: a Council-referred situation and no responses
    recs, _ = check_dataset(d)
    assert recs is not None
    referred = sorted(k for k, s in recs.situations.items() if s.trigger == "unsc_referral")
    assert referred
    sid = referred[0]
    name = recs.situations[sid].name

    def listed() -> list[str]:
        r, _ = check_dataset(d)
        assert r is not None
        line = next((x for x in known_gaps(r).get("responses", []) if f" on {name}," in x), "")
        return line.rsplit(": ", 1)[1].split(", ") if line else []

    before = listed()
    assert before, "a referred situation with no recorded briefing has every half-year listed"
    year, half = before[1].split("-H")  # a briefing recorded in a listed half-year takes it off the list
    (d / "responses").mkdir(exist_ok=True)
    (d / "responses" / "r-brief.yaml").write_text(
        f'id: r-brief\nsituation: {sid}\nbody: UNSC\ndate: "{year}-{"03" if half == "1" else "09"}-15"\nkind: unsc_discussion\n'
        "summary: a briefing\nsources:\n- url: https://example.org/x\n  kind: primary\n", encoding="utf-8")
    after = listed()
    assert before[1] not in after and len(after) == len(before) - 1
    # a briefing dated only to its year counts for neither half
    (d / "responses" / "r-brief.yaml").write_text(
        f'id: r-brief\nsituation: {sid}\nbody: UNSC\ndate: "{year}"\nkind: unsc_discussion\n'
        "summary: a briefing\nsources:\n- url: https://example.org/x\n  kind: primary\n", encoding="utf-8")
    assert listed() == before


def test_a_planned_trip_dated_before_the_events_check_date_says_what_became_of_it(data_copy: Path) -> None:
    from iccwatch.model import parse_partial_date

    d = data_copy
    recs, _ = check_dataset(d)
    assert recs is not None
    base = recs.events[sorted(recs.events)[-1]]  # an event of the record: its person and State exist
    through = parse_partial_date(recs.meta.checked_through_of("events"))[0]
    before, after = through - dt.timedelta(days=40), through + dt.timedelta(days=400)

    def problems(day: dt.date, note: str | None) -> list:
        (d / "events" / "zz-planned.yaml").write_text(
            f'id: zz-planned\ndate: "{day.isoformat()}"\nperson: {base.person}\nstate: {base.state}\naction: visit_planned\n'
            "trip: planned\nprimary_gap: a test\n" + (f"note: {note}\n" if note else "")
            + "sources:\n- url: https://example.org/plan\n  kind: secondary\n", encoding="utf-8")
        _, found = check_dataset(d)
        return [p for p in found if p.record == "zz-planned" and p.field == "trip"]

    flagged = problems(before, None)
    assert len(flagged) == 1 and flagged[0].severity == "error"
    assert problems(before, "whether it took place was not found (searched in a test)") == []
    assert problems(after, None) == []  # planned for after the check date: still open by nature
