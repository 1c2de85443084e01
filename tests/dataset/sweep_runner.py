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


def standard(base_copy: Callable[[Path], Path], cases: Callable[[Path], list[Any]],
             outcome: Callable[[Any, Path], tuple[str, list[str]]]) -> tuple[Callable[[Path], None], Callable[..., str]]:
    """A sweep module's ``run`` (its cases on its base, written to ``OUT.json``) and ``table`` (round 30's table of a
    run, or of two), the tail rounds 38 to 44 each wrote again."""
    def run_it(out: Path) -> None:
        run(out, base_copy, cases, outcome)

    def table(before: Path, after: Path | None = None) -> str:
        from tests.dataset import round30_sweep as r30

        return r30.table(before, after)
    return run_it, table


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


def errors_after(base: Path, rel: str, change: Callable[[Any], Any], field: str | None = None) -> list[Any]:
    """The checker's errors on ``data/rel`` of the copy ``base`` after ``change`` (a function of the file's object, or
    of its text where it returns a str), on ``field`` and the fields under it if given; the file is put back after."""
    from iccwatch.dataset import check_dataset
    from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

    path = base / rel
    text = path.read_text(encoding="utf-8")
    try:
        obj = load_yaml(text)
        out = change(obj)
        path.write_text(out if isinstance(out, str) else dump_yaml(obj), encoding="utf-8")
        return [p for p in check_dataset(base)[1] if p.file == f"data/{rel}" and p.severity == "error"
                and (field is None or (p.field or "").startswith(field))]
    finally:
        path.write_text(text, encoding="utf-8")


def pinpoint_errors(base: Path, pin: str) -> list[Any]:
    """The errors on the first warrant's first source's pinpoint when it reads ``pin``."""
    rel = f"warrants/{sorted((base / 'warrants').glob('*.yaml'))[0].name}"
    return errors_after(base, rel, lambda o: o["sources"][0].update(pinpoint=pin), "sources[0].pinpoint")
