"""(Session 33) A surrender event dates the handover to the Court apart from the arrest: ``surrendered`` (its day and
which of the event's sources state it) or ``surrendered_unknown`` (why the record does not date it). The checker refuses
a handover before the arrest, a handover source the event does not cite, a handover in the future, and names the file,
the record and the field; a record written before the field existed stays valid."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml
from iccwatch.model import Event

REL = "events/2008-05-24-jean-pierre-bemba-gombo-belgium.yaml"
NEWS24 = "https://www.news24.com/Africa/News/Bemba-arrested-for-war-crimes-20080525"


def _event(**fields: object) -> Event:
    base = {"id": "2001-01-02-a-person-bel", "date": "2001-01-02", "person": "a-person", "state": "BEL", "action": "surrender",
            "sources": [{"url": "https://example.org/arrest", "kind": "secondary"},
                        {"url": "https://example.org/handover", "kind": "secondary"}]}
    return Event.model_validate({**base, **fields})


def test_a_handover_with_its_day_and_sources():
    e = _event(surrendered={"date": "2001-02-03", "stated_by": [1]})
    assert (e.date, e.surrendered.date) == ("2001-01-02", "2001-02-03")
    assert [str(s.url) for s in e.handover_sources()] == ["https://example.org/handover"]
    by_url = _event(surrendered={"date": "2001-02-03", "stated_by": ["https://example.org/arrest"]})
    assert [str(s.url) for s in by_url.handover_sources()] == ["https://example.org/arrest"]


def test_old_style_and_unknown_stay_valid():
    assert _event().surrendered is None and _event().handover_sources() == []
    assert _event(surrendered_unknown="no source read states the day").surrendered_unknown


@pytest.mark.parametrize(("fields", "said"), [
    ({"surrendered": {"date": "2001-01-01", "stated_by": [0]}}, "before the arrest"),
    ({"surrendered": {"date": "2001-02-03", "stated_by": [2]}}, "surrendered.stated_by[0]"),
    ({"surrendered": {"date": "2001-02-03", "stated_by": ["https://example.org/other"]}}, "not among the event's sources"),
    ({"surrendered": {"date": "2001-02-03", "stated_by": []}}, "stated_by"),
    ({"surrendered": {"date": "2001-02-03", "stated_by": [0]}, "surrendered_unknown": "x"}, "not both"),
    ({"surrendered_unknown": "x", "action": "arrest_and_release"}, "only for a surrender"),
])
def test_a_bad_handover_is_refused(fields, said):
    with pytest.raises(ValidationError, match="surrendered|stated_by") as err:
        _event(**fields)
    assert said in str(err.value)


def test_contrast_a_handover_on_the_arrests_day_or_in_its_month():
    assert _event(surrendered={"date": "2001-01-02", "stated_by": [0]}).surrendered
    assert _event(date="2001-01", surrendered={"date": "2001-01-01", "stated_by": [0]}).surrendered


def _write(data: Path, **fields: object) -> None:
    r = load_yaml((data / REL).read_text(encoding="utf-8"))
    r.update(fields)
    (data / REL).write_text(dump_yaml(r), encoding="utf-8")


def _errors(data: Path) -> list[tuple[str, str, str, str]]:
    return [(p.file, p.record, p.field, p.message) for p in check_dataset(data)[1] if p.severity == "error"]


def test_the_checker_names_file_record_and_field(data_copy):
    _write(data_copy, surrendered={"date": "2008-05-01", "stated_by": [NEWS24]})
    errors = [e for e in _errors(data_copy) if e[0] == f"data/{REL}"]
    assert errors and "before the arrest" in errors[0][3]
    assert errors[0][1] == "2008-05-24-jean-pierre-bemba-gombo-belgium"


def test_the_checker_refuses_a_future_handover_and_takes_a_good_one(data_copy):
    _write(data_copy, surrendered={"date": "2099-07-03", "stated_by": [NEWS24]})
    future = [e for e in _errors(data_copy) if e[0] == f"data/{REL}"]
    assert any(e[2] == "surrendered.date" for e in future), future
    _write(data_copy, surrendered={"date": "2008-07-03", "stated_by": [NEWS24]})
    assert [e for e in _errors(data_copy) if e[0] == f"data/{REL}"] == []


def test_a_handover_no_warrant_records_is_refused(data_copy):
    # the law engine reads the surrender from the warrant's status history: the event's handover must be one of its days
    _write(data_copy, surrendered={"date": "2008-07-04", "stated_by": [NEWS24]})
    errors = [e for e in _errors(data_copy) if e[0] == f"data/{REL}" and e[2] == "surrendered.date"]
    assert errors and "2008-07-03" in errors[0][3], errors
    # contrast: the warrant's own day
    _write(data_copy, surrendered={"date": "2008-07-03", "stated_by": [NEWS24]})
    assert [e for e in _errors(data_copy) if e[0] == f"data/{REL}" and e[2] == "surrendered.date"] == []
