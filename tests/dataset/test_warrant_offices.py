"""Every person under a public warrant or summons has an office history or a 'no office' note (an error otherwise)."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from iccwatch.dataset import check_dataset


def _copy(data_dir: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "data"
    shutil.copytree(data_dir, dst)
    return dst


def _strip(d: Path, pid: str, *, note: str | None = None) -> None:
    f = d / "persons" / f"{pid}.yaml"
    rec = yaml.safe_load(f.read_text(encoding="utf-8"))
    rec.pop("offices", None)
    rec.pop("note", None)
    if note is not None:
        rec["note"] = note
    f.write_text(yaml.safe_dump(rec, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _office_errors(d: Path) -> list[str]:
    _, problems = check_dataset(d)
    return sorted(p.record or "" for p in problems if p.field == "offices" and p.severity == "error")


def test_the_real_record_gives_every_warrant_subject_an_office_history(checked_record: tuple) -> None:
    _, problems = checked_record  # the real record, checked once per session
    assert sorted(p.record or "" for p in problems if p.field == "offices" and p.severity == "error") == []


def test_a_warrant_subject_without_offices_or_note_is_an_error(data_dir: Path, tmp_path: Path) -> None:
    d = _copy(data_dir, tmp_path)
    _strip(d, "bosco-ntaganda")  # convicted, not at large: the rule holds whatever the warrant's status
    _strip(d, "narcisse-arido")  # had only a 'no office' note
    assert _office_errors(d) == ["bosco-ntaganda", "narcisse-arido"]


def test_a_no_office_note_satisfies_the_rule_and_an_application_alone_does_not_trigger_it(data_dir: Path, tmp_path: Path) -> None:
    d = _copy(data_dir, tmp_path)
    _strip(d, "bosco-ntaganda", note="No office of State was found; searched the Court's case pages.")
    _strip(d, "min-aung-hlaing")  # subject of an application for a warrant only
    assert _office_errors(d) == []
