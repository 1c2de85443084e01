"""List facts whose `kind: primary` sources may not have been read (issue 16; audit27, session 16).

(a) a primary source whose own note, or whose fact's note or primary_gap, says something was not read, not
    found, not stored, or stored only as a header, while its own note does not say it was read (the words may be
    about another source: triage);
(b) a primary source with no note saying it was read and no pinpoint.

Run from the repository root: PYTHONPATH=src .venv/bin/python contrib/audit_unread_primaries.py [--list]
Prints counts by fact kind and rule, and with --list one line per flagged source.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from iccwatch.dataset.grading import PublisherIndex
from iccwatch.dataset.loader import load_records
from iccwatch.dataset.sources_policy import iter_facts
from iccwatch.dataset.sources_report import is_read_primary

UNREAD = re.compile(
    r"not (been )?(read|found|located|stored|seen)|unread|only (as )?(its|a|the) (header|opening|cover)"
    r"|stored only as (its|a) header|header only|could not be (read|found|located|opened)|not in the stored",
    re.I)
READ = re.compile(r"(?<!not )(?<!not been )\bread\b", re.I)


def fact_kind(kind: str, path: str) -> str:
    if not path:
        return kind
    bare = re.sub(r"\[\d+\]", "", path)
    return f"{kind}.{bare}"


def main() -> int:
    records, problems = load_records(Path("data"))
    if records is None:
        print("\n".join(str(p) for p in problems))
        return 1
    index = PublisherIndex.from_lookups(records.lookups)
    listing = "--list" in sys.argv
    counts: Counter[tuple[str, str]] = Counter()
    facts_a: set[tuple[str, str, str]] = set()
    facts_b: set[tuple[str, str, str]] = set()
    for ref in iter_facts(records):
        fact_text = " ".join(t for t in (getattr(ref.fact, "note", None), getattr(ref.fact, "primary_gap", None)) if t)
        for i, s in enumerate(ref.sources):
            if s.kind != "primary":
                continue
            own = s.note or ""
            where = None
            if UNREAD.search(own) and not READ.search(own):
                where = "a:source-note"
            elif UNREAD.search(fact_text) and not READ.search(own):
                where = "a:fact-note"
            elif not READ.search(own) and not s.pinpoint:
                where = "b:no-read-no-pinpoint"
            if where is None:
                continue
            fk = fact_kind(ref.kind, ref.path)
            counts[(fk, where)] += 1
            (facts_a if where.startswith("a") else facts_b).add((ref.kind, ref.key, ref.path))
            if listing:
                counted = "counted-read" if is_read_primary(s, index) else "not-counted"
                print(f"{where}\t{counted}\t{ref.file}\t{ref.path or '-'}\tsources[{i}]\t{s.url}")
    by_rule = Counter()
    for (_, where), n in counts.items():
        by_rule[where] += n
    identity = counts.get(("states", "b:no-read-no-pinpoint"), 0)
    print(f"flagged primary citations: {sum(counts.values())} ({dict(by_rule)}); of which {identity} are the State "
          f"records' own identity sources (ISO 3166, UN membership)", file=sys.stderr)
    print(f"facts flagged under (a): {len(facts_a)}; under (b) only: {len(facts_b - facts_a)}", file=sys.stderr)
    for (fk, where), n in sorted(counts.items()):
        print(f"  {fk:45} {where:24} {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
