"""Check a run of contrib/split_gap_notes.py: nothing but the notes changed, and no word of a note was lost.

Compares an old copy of the record (before the split) with the new one, file by file, parsed: every field other than
``primary_gap`` and ``searched`` must be equal, and every word of each old ``primary_gap`` must be in the new
statement, the ``searched`` details and days (the dropped lead words "searched", "again", "also", "further",
"checked" aside, which the log says by its form). Prints the diff per note and a total; exits 1 on any loss.
Usage, from the repository root: ``git worktree add /tmp/old HEAD~1`` (or any copy), then
``.venv/bin/python contrib/check_gap_split.py /tmp/old/data data``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split_gap_notes import LEAD_WORDS, words  # noqa: E402


def _strip(obj: Any, notes: list[tuple[str, Any]], at: str = "") -> Any:
    """``obj`` without its primary_gap and searched fields, collected in ``notes`` as (path, (gap, searched))."""
    if isinstance(obj, dict):
        if "primary_gap" in obj or "searched" in obj:
            notes.append((at, (obj.get("primary_gap"), obj.get("searched") or [])))
        return {k: _strip(v, notes, f"{at}.{k}") for k, v in obj.items() if k not in ("primary_gap", "searched")}
    if isinstance(obj, list):
        return [_strip(v, notes, f"{at}[{i}]") for i, v in enumerate(obj)]
    return obj


def compare(old_dir: Path, new_dir: Path) -> int:
    bad = 0
    notes = 0
    lost_total: Counter[str] = Counter()
    for new_path in sorted(new_dir.rglob("*.yaml")):
        old_path = old_dir / new_path.relative_to(new_dir)
        if not old_path.exists() or "lookups" in new_path.parts:
            continue
        old_notes: list[tuple[str, Any]] = []
        new_notes: list[tuple[str, Any]] = []
        old = _strip(yaml.safe_load(old_path.read_text(encoding="utf-8")), old_notes)
        new = _strip(yaml.safe_load(new_path.read_text(encoding="utf-8")), new_notes)
        if old != new:
            print(f"{new_path}: a field other than primary_gap and searched changed")
            bad += 1
        new_at = dict(new_notes)
        for at, (gap, _) in old_notes:
            if not gap:
                continue
            notes += 1
            stmt, log = new_at.get(at, (None, []))
            text = " ".join([stmt or "", *(f"{e.get('on', '')} {e.get('detail', '')}" for e in log)])
            lost = words(gap) - words(text)
            lost_total.update(lost)
            if set(lost) - LEAD_WORDS:
                print(f"{new_path} {at}: words lost: {dict(lost)}")
                bad += 1
    print(f"{notes} notes compared; words not carried over (lead words only expected): {dict(lost_total.most_common())}; "
          f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(compare(Path(sys.argv[1]), Path(sys.argv[2])))
