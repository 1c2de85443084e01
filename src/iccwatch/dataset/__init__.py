"""Reads, checks and writes ``data/``. Errors name the file, the record and the field.

The checker and the loader are imported when first used, so that a module needing only the record's
types (``iccwatch.dataset.records``) or the publishers' grades does not import them: one CLI question
reads the built store and never checks the YAML (benchmarks/bench_cli.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from iccwatch.dataset.problems import Problem, RecordError
from iccwatch.dataset.records import KINDS, RecordSet

if TYPE_CHECKING:
    from iccwatch.dataset.parties import parties_on

__all__ = ["KINDS", "Problem", "RecordError", "RecordSet", "check_dataset", "load_dataset", "parties_on"]


def __getattr__(name: str) -> Any:
    if name == "parties_on":
        from iccwatch.dataset.parties import parties_on

        return parties_on
    raise AttributeError(f"module 'iccwatch.dataset' has no attribute {name!r}")


#: Words of the cross-record problems that a record failing to load would cause elsewhere (a reference
#: to it, a person left without its warrant): left out while any file has errors.
_FOLLOW_ON = ("unknown", "orphan", "has no warrant")


def check_dataset(data_dir: Path) -> tuple[RecordSet | None, list[Problem]]:
    """Load and check every file under ``data_dir``; return the records and all problems found."""
    from pydantic import ValidationError

    from iccwatch.dataset.checks import check_records
    from iccwatch.dataset.loader import Assertions, load_records, read_checked, validation_problems

    records, problems = load_records(data_dir)
    if not data_dir.is_dir():
        return None, problems  # the one problem: no data folder
    shown = f"{data_dir.resolve().name}/assertions.yaml"  # named as the loader names files (data/...)
    assertions = None
    path = data_dir / "assertions.yaml"
    if path.exists() or path.is_symlink():
        # Read with the record's limits (regular file, size, depth, no aliases, clean text), then shaped by its model.
        n = len(problems)
        raw = read_checked(path, data_dir.resolve(), problems)  # an empty file is a problem too
        if raw is not None and len(problems) == n:
            try:
                assertions = Assertions.model_validate(raw, strict=True).model_dump(exclude_unset=True)
            except ValidationError as exc:
                problems.extend(validation_problems(shown, "assertions", exc))
    else:
        problems.append(Problem(shown, None, None, "missing: the record must state what sane looks like"))
    if records is not None and not any(p.severity == "error" for p in problems):
        problems += check_records(records, assertions)
    elif records is not None:
        # Cross-record checks on a partly loaded record would report follow-on errors; still run the
        # independent ones so a user sees as much as possible in one pass.
        problems += [p for p in check_records(records, None) if not any(w in p.message for w in _FOLLOW_ON)]
    from iccwatch.dataset.error_hints import with_hints

    return records, with_hints(records, problems)  # an id or a State's code mistyped: the one it may have meant


def load_dataset(data_dir: Path) -> RecordSet:
    """Load ``data_dir``; raise RecordError listing every error if there is any."""
    records, problems = check_dataset(data_dir)
    if records is None or any(p.severity == "error" for p in problems):
        raise RecordError(problems)
    return records
