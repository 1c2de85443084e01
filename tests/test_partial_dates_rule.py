"""Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) are read as ``DateSpan``s (model/dates.py: first day, last day,
precision) above the checker: the tuple-returning ``parse_partial_date`` is left to ``model`` and the
checker (``dataset``), and the engine, the assessment, the monitor, the service layer and the interfaces
compare dates by the days they can mean, never as strings (issue 9, docs/house.md)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "iccwatch"
#: Where ``parse_partial_date`` may still be called: the model defines it, the checker uses it.
ALLOWED = ("model", "dataset")


def _calls(path: Path, name: str) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return sorted(n.lineno for n in ast.walk(tree) if isinstance(n, ast.Call)
            and (getattr(n.func, "id", None) == name or getattr(n.func, "attr", None) == name))


def test_parse_partial_date_is_called_only_by_the_model_and_the_checker() -> None:
    found = {str(p.relative_to(SRC)): lines for p in sorted(SRC.rglob("*.py"))
             if p.relative_to(SRC).parts[0] not in ALLOWED and (lines := _calls(p, "parse_partial_date"))}
    assert found == {}, f"use DateSpan.parse(...).first / .last: {found}"


def test_the_rule_sees_a_call() -> None:
    # The rule's own finder must see both spellings it forbids, or the test above could not fail.
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "x.py"
        f.write_text("from iccwatch import model\nparse_partial_date('2020')[0]\nmodel.parse_partial_date('2020-01')\n")
        assert _calls(f, "parse_partial_date") == [2, 3]
