"""The runner the bad-input sweeps share (rounds 29 to 31): every case checked on a fresh copy of the sweep's base, its
outcome written to a JSON file, the counts by class printed. Each sweep gives its base, its cases and its outcome."""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any


def run(out: Path, base_copy: Callable[[Path], Path], cases: Callable[[Path], list[Any]],
        outcome: Callable[[Any, Path], tuple[str, list[str]]]) -> None:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        data = base_copy(Path(tmp) / "data")
        for c in cases(data):
            result, shown = outcome(c, data)
            results.append({"id": c.id, "group": c.group, "why": c.why, "valid": c.valid, "result": result, "problems": shown})
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(Counter(r["result"] for r in results))


def sweep_cases(base_copy: Callable[[Path], Path], cases: Callable[[Path], list[Any]]) -> list[Any]:
    """A sweep's cases, built once on a throw-away copy of the base record (a round's test module parametrizes on them)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return cases(base_copy(Path(tmp) / "data"))


def allowed(case_id: str, warned: dict[str, str], left: dict[str, str]) -> set[str]:
    """The outcomes a round's test accepts for a case: refused and named; also warned where the round lists the case's words
    in ``warned``; also silent where it lists them in ``left`` (a case the checker does not see, with why)."""
    out = {"refused, named"}
    if any(words in case_id for words in warned):
        out.add("warned")
    if any(words in case_id for words in left):
        out |= {"warned", "silent"}
    return out


def assert_refused(outcome: Callable[[Any, Path], tuple[str, Any]], case: Any, base: Path, warned: dict[str, str],
                   left: dict[str, str]) -> None:
    """A round's one assertion on a case: never a crash; a valid case passes silently; a bad one gets an outcome the round
    accepts (``allowed``)."""
    result, shown = outcome(case, base)
    assert result != "crash", shown
    if case.valid:
        assert result == "valid" and not shown, shown
        return
    assert result in allowed(case.id, warned, left), (result, case.why, shown)


def main(argv: list[str], run: Callable[[Path], None], table: Callable[[Path, Path | None], str],
         base_copy: Callable[[Path], Path] | None = None, cases: Callable[[Path], list[Any]] | None = None) -> None:
    """A sweep run as a module: ``OUT.json`` (run it), ``table BEFORE.json [AFTER.json]`` (its table), ``list`` (its cases,
    where the sweep gives them)."""
    if argv[0] == "table":
        print(table(Path(argv[1]), Path(argv[2]) if len(argv) > 2 else None))
    elif argv[0] == "list" and base_copy is not None and cases is not None:
        for c in sweep_cases(base_copy, cases):
            print(c.group, "|", c.id, "|", c.why)
    else:
        run(Path(argv[0]))
