"""The months' names in other languages that the reading of questions reads are data (data/lookups/question_months.yaml),
written from the CLDR by scripts/make_question_months.py, checked by the checker's lookup model, and read from the
record by ``service/question.py`` (issue 9, docs/house.md)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from iccwatch.dataset.loader import QuestionMonths
from iccwatch.facts import Facts
from iccwatch.service.question import MONTH_NAMES, read_question

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 12, 3)

#: The hand list the lookup replaced (service/question.py until session 21): every one of its names must stay read.
HAND_LIST = {
    1: "janvier januar enero gennaio janeiro januari", 2: "février fevrier februar febrero febbraio fevereiro februari",
    3: "mars märz marz marzo março marco maart", 4: "avril abril aprile", 5: "mai mayo maggio maio mei",
    6: "juin juni junio giugno junho", 7: "juillet juli julio luglio julho", 8: "août aout agosto augustus",
    9: "septembre septiembre setiembre settembre setembro", 10: "octobre oktober octubre ottobre outubro",
    11: "novembre noviembre novembro", 12: "décembre decembre dezember diciembre dicembre dezembro"}


def _table(records: Any) -> dict[str, Any]:
    return records.lookups["question_months"]


def test_the_lookup_keeps_every_month_of_the_hand_list(records: Any) -> None:
    read = {w: MONTH_NAMES.index(m) for lang in _table(records)["languages"].values() for m, ws in lang["months"].items()
            for w in ws}
    missing = {w: m for m, ws in HAND_LIST.items() for w in ws.split() if read.get(w) != m}
    assert missing == {}


def _ask(facts: Facts, when: str) -> str:
    """The day read from a question whose State and person are the record's first of each (whatever they are)."""
    state = sorted(facts.records.states.values(), key=lambda s: s.iso3)[0]
    person = next(p for p in sorted(facts.records.persons.values(), key=lambda p: p.id)
                  if any(w.person == p.id for w in facts.records.warrants.values()))
    return str(read_question(facts, f"Must {state.name} arrest {person.name} on {when}?", today=TODAY)["on"])


def test_the_reader_reads_a_seventh_language_from_the_lookup(records: Any) -> None:
    facts = Facts(records)
    # Polish, which the hand list lacked: the genitive after a day, as CLDR's format form writes it
    assert _ask(facts, "3 września 2024") == "2024-09-03"
    assert _ask(facts, "3 wrzesnia 2024") == "2024-09-03"  # typed without its accent
    assert _ask(facts, "3 Jänner 2024") == "2024-01-03"  # Austrian German, a regional locale's name
    assert _ask(facts, "le 3 septembre 2024") == "2024-09-03"
    # Without the lookup, the same words are not read as a month: the names come from the data, not the code.
    bare = Facts(replace(records, lookups={k: v for k, v in records.lookups.items() if k != "question_months"}))
    try:
        got: str | None = _ask(bare, "3 września 2024")
    except ValueError:  # QuestionError: refused, no day read
        got = None
    assert got != "2024-09-03"


def test_a_month_added_to_the_lookup_is_read(records: Any) -> None:
    table = _table(records)
    made_up = {**table, "languages": {**table["languages"], "xx": {"name": "Test", "months": {
        m: (["zorblember"] if m == "October" else []) for m in MONTH_NAMES if m}}}}
    facts = Facts(replace(records, lookups={**records.lookups, "question_months": made_up}))
    assert _ask(facts, "5 zorblember 2023") == "2023-10-05"


def test_the_checker_refuses_a_bad_month_table(records: Any) -> None:
    table = _table(records)
    QuestionMonths.model_validate(table)
    de = table["languages"]["de"]
    for bad in ({**de, "months": {**de["months"], "Smarch": ["x"]}},  # not one of the twelve
                {**de, "months": {**de["months"], "May": ["Mai"]}},  # not lower-case
                {**de, "months": {**de["months"], "June": ["mai"]}}):  # one word, two months
        with pytest.raises(ValidationError):
            QuestionMonths.model_validate({**table, "languages": {**table["languages"], "de": bad}})


def test_the_script_writes_the_same_file(tmp_path: Path) -> None:
    pytest.importorskip("babel")  # the optional `lookups` extra
    spec = importlib.util.spec_from_file_location("make_question_months", ROOT / "scripts" / "make_question_months.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (tmp_path / "lookups").mkdir()
    module.main(tmp_path)
    written = (tmp_path / "lookups" / "question_months.yaml").read_text(encoding="utf-8")
    assert written == (ROOT / "data" / "lookups" / "question_months.yaml").read_text(encoding="utf-8")
    shutil.rmtree(tmp_path / "lookups")
