"""Custody by a State, not the Court (a warrant's ``custody`` spells): the schema refuses a spell that says
impossible things, and the checker one that contradicts the warrant or names an unknown State, naming the file,
the record and the field; the views show who held the person on a date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from tests.dataset.editing import edit_record

from iccwatch.dataset.checks import _references
from iccwatch.dataset.consistency_checks import _state_custody
from iccwatch.dataset.loader import load_records
from iccwatch.model import Custody

SOURCE = [{"url": "https://example.org/custody", "kind": "secondary"}]
SENUSSI = "warrants/abdullah-al-senussi-1.yaml"


def _problems(data: Path) -> list[str]:
    records, problems = load_records(data)
    assert records is not None, problems
    return ([str(p) for p in problems if p.severity == "error"] + [str(p) for p in _state_custody(records)]
            + [str(p) for p in _references(records)])


@pytest.mark.parametrize(("fields", "words"), [
    ({"holder": "non_state_group"}, "needs group"),
    ({"group": "a brigade"}, "only for holder non_state_group"),
    ({"until": "2019-04-10"}, "before since"),
    ({"ended": "released"}, "without until"),
    ({"until": "2020-01-01", "until_unknown": "not found"}, "not both"),
    ({"ended_by": "2020-01-01"}, "only for a spell whose end is not dated"),
    ({"until_unknown": "not found", "ended_by": "2019-01-01"}, "before since"),
])
def test_the_schema_refuses_an_impossible_spell(fields: dict[str, Any], words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        Custody.model_validate({"held_by": "XXA", "since": "2019-04-11", "sources": SOURCE, **fields})


def test_the_recorded_spells_pass(full_data_copy: Path) -> None:
    assert _problems(full_data_copy) == []


def test_an_unknown_state_is_refused_naming_the_field(full_data_copy: Path) -> None:
    edit_record(full_data_copy, SENUSSI, lambda w: w["custody"][0].update({"held_by": "QQQ"}))
    assert any("abdullah-al-senussi-1" in p and "custody[0].held_by" in p and "QQQ" in p for p in _problems(full_data_copy))


def test_a_spell_after_the_warrant_ended_is_refused(full_data_copy: Path) -> None:
    # The warrant ended on 2013-10-11 (the case declared inadmissible; recoded from proceedings_terminated on 2026-12-05).
    edit_record(full_data_copy, SENUSSI, lambda w: w["custody"][1].update({"since": "2014-01-01"}))
    assert any("custody[1].since" in p and "after the warrant's case inadmissible on 2013-10-11" in p
               for p in _problems(full_data_copy))


def test_overlapping_spells_are_refused(full_data_copy: Path) -> None:
    edit_record(full_data_copy, SENUSSI, lambda w: w["custody"][0].update({"until": "2012-10-01"}))
    assert any("custody[1]" in p and "overlaps custody[0]" in p for p in _problems(full_data_copy))


def test_an_undated_end_bounded_by_ended_by_is_not_an_overlap(full_data_copy: Path) -> None:
    """A spell whose end is not dated but which had ended by a day (``ended_by``) does not overlap a spell beginning
    on that day; without the bound, or with a bound after the next spell began, it does."""
    def bounded(ended_by: str | None):  # noqa: ANN202
        def change(w: dict[str, Any]) -> None:
            first = w["custody"][0]
            first.pop("until", None)
            first.update({"until_unknown": "the day it ended was not found", "ended": "transferred"})
            if ended_by:
                first["ended_by"] = ended_by
            else:
                first.pop("ended_by", None)
        return change

    second_since = load_records(full_data_copy)[0].warrants["abdullah-al-senussi-1"].custody[1].since
    edit_record(full_data_copy, SENUSSI, bounded(second_since))
    assert not any("overlaps" in p for p in _problems(full_data_copy))
    edit_record(full_data_copy, SENUSSI, bounded(None))
    assert any("custody[1]" in p and "overlaps custody[0]" in p for p in _problems(full_data_copy))


def test_an_arrest_by_a_state_without_its_spell_is_refused_where_spells_are_listed(full_data_copy: Path) -> None:
    edit_record(full_data_copy, SENUSSI, lambda w: w["custody"][0].update({"since": "2012-03-18"}))
    assert any("status_history[1]" in p and "no custody spell held_by MRT since 2012-03-17" in p for p in _problems(full_data_copy))


def test_the_person_view_says_who_held_him_on_the_date(facts) -> None:  # noqa: ANN001
    from iccwatch.service import person_view

    held = person_view(facts, "Saif al-Islam Gaddafi", dt.date(2014, 1, 1))["warrants"][0]["held"]
    assert held["held_by"] == "LBY" and held["holder"] == "non_state_group" and held["group"]
    assert "until" not in held  # the release (2017) came after the day asked: the law as at the date
    later = person_view(facts, "Saif al-Islam Gaddafi", dt.date(2018, 1, 1))["warrants"][0]
    assert "held" not in later


def test_the_travel_map_names_the_custodial_state(facts) -> None:  # noqa: ANN001
    from iccwatch.service import ask_travel

    travel = ask_travel(facts, "Omar Hassan Ahmad Al-Bashir", dt.date(2021, 1, 1))
    assert [h["held_by"] for h in travel["warrant"]["held"]] == ["SDN"]
    assert travel["warrant"]["outstanding"] == "yes"
    before = ask_travel(facts, "Omar Hassan Ahmad Al-Bashir", dt.date(2019, 4, 10))
    assert before["warrant"]["held"] == []


def test_the_person_page_says_who_holds_him(client) -> None:  # noqa: ANN001
    """The dashboard's person page (on the record's date) says that a State holds the person, not the Court, and what
    that means for the map; a person in the Court's custody keeps the Court's sentence."""
    text = client.get("/persons/omar-hassan-ahmad-al-bashir").text
    assert "Held by Sudan since 2019-04-11, not surrendered to the Court" in text
    assert "its duty is to surrender him" in text
    assert "no State has an arrest to make" not in text
