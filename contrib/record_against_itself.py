"""Print the record's inconsistencies between kinds of record (session 20, issue 16).

Two parts:

1. what the checker's rules of the record against itself find (``dataset/cross_record_checks.py``; errors and
   warnings, as ``iccwatch data check`` prints them);
2. for review, what those rules deliberately do not enforce because the record may be right: arrests and surrenders
   that a warrant records and no event does (``events`` holds trips and the arrests that execute the Court's warrant
   on one, ``docs/coverage.md``, so an arrest at home or a surrender days after the arrest need not be an event), and
   events of a person dated on a day that no status of the person's warrants names but inside their days.

Usage: ``python contrib/record_against_itself.py [DATA_DIR]`` (default: the bundled ``data/``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from iccwatch.dataset import load_dataset
from iccwatch.dataset.cross_record_checks import cross_record_problems
from iccwatch.model.dates import parse_partial_date


def main(data: Path) -> int:
    r = load_dataset(data)
    problems = cross_record_problems(r)
    print(f"== the checker's rules of the record against itself: {len(problems)} problem(s)")
    for p in problems:
        print(f"{p.severity}: {p.file} [{p.record}] {p.field}: {p.message}")
    taken = {(e.person, e.state): e for e in r.events.values() if e.action in ("arrest", "surrender", "arrest_and_release")}
    print("\n== arrests and surrenders by a State that a warrant records and no event of that State does (for review)")
    for wid, w in sorted(r.warrants.items()):
        for s in w.status_history:
            if s.status in ("arrested", "surrendered") and s.by_state and (w.person, s.by_state) not in taken:
                print(f"{wid}: {s.status} by {s.by_state} on {s.date}")
    print("\n== events of the day a person was taken whose warrant dates the arrest or surrender otherwise (within their days)")
    for key, e in sorted(r.events.items()):
        if e.action not in ("arrest", "surrender", "arrest_and_release") or not e.end_date:
            continue
        first, last = parse_partial_date(e.date)[0], parse_partial_date(e.end_date)[1]
        for w in r.warrants.values():
            for s in w.status_history:
                if w.person == e.person and s.status in ("arrested", "surrendered") and s.date and s.date != e.date \
                        and first <= parse_partial_date(s.date)[0] <= last:
                    print(f"{key} ({e.date} to {e.end_date}): {w.id} {s.status} on {s.date}")
    return 1 if any(p.severity == "error" for p in problems) else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "data"))
