"""Reads, checks and writes ``data/``. Errors name the file, the record and the field."""

from __future__ import annotations

from pathlib import Path

from iccwatch.dataset.checks import check_records, parties_on
from iccwatch.dataset.loader import load_records
from iccwatch.dataset.problems import Problem, RecordError
from iccwatch.dataset.records import KINDS, RecordSet
from iccwatch.dataset.yaml_io import read_yaml

__all__ = ["KINDS", "Problem", "RecordError", "RecordSet", "check_dataset", "load_dataset", "parties_on"]


def check_dataset(data_dir: Path) -> tuple[RecordSet | None, list[Problem]]:
    """Load and check every file under ``data_dir``; return the records and all problems found."""
    records, problems = load_records(data_dir)
    assertions = None
    path = data_dir / "assertions.yaml"
    if path.exists():
        try:
            assertions = read_yaml(path) or {}
        except Exception as exc:  # malformed YAML is reported like any other problem
            problems.append(Problem("data/assertions.yaml", None, None, f"malformed YAML: {exc}"))
    else:
        problems.append(Problem("data/assertions.yaml", None, None, "missing: the record must state what sane looks like"))
    if records is not None and not any(p.severity == "error" for p in problems):
        problems += check_records(records, assertions)
    elif records is not None:
        # Cross-record checks on a partly loaded record would report follow-on errors; still run the
        # independent ones so a user sees as much as possible in one pass.
        problems += [p for p in check_records(records, None) if "unknown" not in p.message]
    return records, problems


def load_dataset(data_dir: Path) -> RecordSet:
    """Load ``data_dir``; raise RecordError listing every error if there is any."""
    records, problems = check_dataset(data_dir)
    if records is None or any(p.severity == "error" for p in problems):
        raise RecordError(problems)
    return records
