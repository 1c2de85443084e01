"""List the facts the monitor's real-news dev labels report (dated within a span of years) and whether the record
holds a matching fact: a trip in ``data/events``, a warrant's issue, unsealing, arrest or surrender in
``data/warrants``, a non-compliance finding in ``data/decisions``, a withdrawal announced or notified in
``data/states`` (participation), a joint statement in ``data/statements``.

Matching is loose, as a person checking by hand would: the same type of fact, the same person and State where the
label names them, and a date within ``--days`` (default 7) of the label's (a partial date, in the label or the record,
is read as its whole month or year). Labels naming a person the record does not hold (``person_name``) are listed as
lacking. Only the dev half is read (``tests/monitor/realnews/dev``); the test half is never opened.

    python scripts/record_gaps_from_labels.py [--from 2017] [--to 2026] [--days 7] [--missing] [--json] [--data DIR]
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "monitor" / "realnews" / "dev"

TRIP_TYPES = ("visit", "planned_visit")
WARRANT_STATUS_OF = {"arrest": "arrested", "surrender": "surrendered"}


def span(date: str) -> tuple[dt.date, dt.date]:
    """A partial ISO date ('2024', '2024-03', '2024-03-05') as the first and last day it may be."""
    parts = [int(p) for p in str(date).split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
    day = dt.date(parts[0], parts[1], parts[2])
    return day, day


def near(a: str | None, b: str | None, days: int) -> bool:
    """Whether two partial dates may lie within ``days`` of each other (a missing date matches any)."""
    if a is None or b is None:
        return True
    (a0, a1), (b0, b1) = span(a), span(b)
    gap = dt.timedelta(days=days)
    return a0 - gap <= b1 and b0 - gap <= a1


@dataclass(frozen=True)
class Label:
    doc: str
    part: str  # expected | optional
    type: str
    person: str | None
    person_name: str | None
    state: str | None
    dates: tuple[str, ...]

    def in_years(self, first: int, last: int) -> bool:
        return any(first <= span(d)[0].year <= last or first <= span(d)[1].year <= last for d in self.dates)


def labels(folder: Path = DEV) -> Iterator[Label]:
    """Every label (expected and optional) of the documents in ``folder``."""
    for path in sorted(folder.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for part in ("expected", "optional"):
            for item in raw.get(part) or []:
                date = item.get("date")
                dates = tuple(str(d) for d in (date if isinstance(date, list) else [date] if date else []))
                yield Label(path.stem, part, item["type"], item.get("person"), item.get("person_name"), item.get("state"), dates)


@dataclass
class Record:
    """The facts of the record the labels are matched against, read as plain YAML."""

    events: list[dict[str, Any]]
    warrants: list[dict[str, Any]]
    decisions: list[dict[str, Any]]
    states: dict[str, dict[str, Any]]
    statements: list[dict[str, Any]]
    persons: dict[str, str] = field(default_factory=dict)  # a name or alias, folded, -> the person's id

    @classmethod
    def read(cls, data: Path = ROOT / "data") -> Record:
        def folder(name: str) -> list[dict[str, Any]]:
            return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((data / name).glob("*.yaml"))]

        persons = {fold(name): p["id"] for p in folder("persons") for name in [p["name"], *(p.get("aliases") or [])]}
        return cls(folder("events"), folder("warrants"), folder("decisions"), {s["iso3"]: s for s in folder("states")}, folder("statements"), persons)


def fold(name: str) -> str:
    """A name compared without case, accents or punctuation."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def _any_near(dates: Iterable[str], record_date: str | None, days: int) -> bool:
    dates = list(dates)
    return not dates or any(near(d, record_date, days) for d in dates)


def _in_trip(dates: Iterable[str], first: str, last: str, days: int) -> bool:
    """Whether a label's date may fall within ``days`` of a trip running from ``first`` to ``last``."""
    start, end = span(first)[0] - dt.timedelta(days=days), span(last)[1] + dt.timedelta(days=days)
    dates = list(dates)
    return not dates or any(span(d)[0] <= end and start <= span(d)[1] for d in dates)


def matches(label: Label, record: Record, days: int = 7) -> list[str]:
    """The ids (or 'file: field') of the record's facts that match ``label``; empty when the record lacks it."""
    if label.person_name and not label.person:
        person = record.persons.get(fold(label.person_name))
        if person is None:
            return []
        label = replace(label, person=person)
    found: list[str] = []
    if label.type in TRIP_TYPES:
        for e in record.events:
            if label.type == "visit" and e.get("action") in ("visit_cancelled", "visit_planned"):
                continue  # a trip that took place is not held by a trip planned or called off
            if e["person"] == label.person and (label.state is None or e["state"] == label.state):
                if _in_trip(label.dates, str(e["date"]), str(e.get("end_date") or e["date"]), days):
                    found.append(e["id"])
    elif label.type in ("warrant_issued", "warrant_unsealed"):
        for w in record.warrants:
            if w["person"] != label.person or w.get("kind") == "application":
                continue
            field = "issued" if label.type == "warrant_issued" else "unsealed"
            dates = [w.get(field)] + [s.get("date") for s in w.get("status_history") or [] if s.get("status") == "issued"]
            if label.type == "warrant_unsealed":  # an unsealing told as an issue, or a warrant public from its issue
                dates.append(w.get("issued"))
            if any(d and _any_near(label.dates, str(d), days) for d in dates):
                found.append(w["id"])
    elif label.type in WARRANT_STATUS_OF:
        status = WARRANT_STATUS_OF[label.type]
        for w in record.warrants:
            if w["person"] != label.person:
                continue
            for s in w.get("status_history") or []:
                if s.get("status") == status and (label.type == "surrender" or label.state is None or s.get("by_state") in (None, label.state)):
                    if _any_near(label.dates, s.get("date") and str(s["date"]), days):
                        found.append(f"{w['id']}: {status} {s.get('date')}")
        if label.type == "arrest":  # a State's (or a group's) custody spell is an arrest too
            for w in record.warrants:
                for c in w.get("custody") or [] if w["person"] == label.person else []:
                    if label.state in (None, c.get("held_by")) and _any_near(label.dates, str(c["since"]), days):
                        found.append(f"{w['id']}: custody since {c['since']}")
            for e in record.events:
                if e["person"] == label.person and e.get("action") in ("arrest", "arrest_and_release", "surrender") and (label.state in (None, e["state"])):
                    if _any_near(label.dates, str(e["date"]), days):
                        found.append(e["id"])
    elif label.type == "noncompliance_finding":
        for d in record.decisions:
            if d.get("kind", "non_compliance") == "non_compliance" and (label.state is None or d.get("state") == label.state):
                if _any_near(label.dates, str(d["date"]), days) and (label.person is None or not d.get("persons") or label.person in d["persons"]):
                    found.append(d["id"])
    elif label.type in ("withdrawal_announced", "withdrawal_notified"):
        state = record.states.get(label.state or "")
        for p in (state or {}).get("participation") or []:
            if p.get("action") == label.type and _any_near(label.dates, str(p["date"]), days):
                found.append(f"{label.state}: {p['action']} {p['date']}")
    elif label.type == "joint_statement":
        for s in record.statements:
            if s.get("date") and _any_near(label.dates, str(s["date"]), days) and (label.state is None or label.state in (s.get("signatories") or [])):
                found.append(s["id"])
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="first", type=int, default=2017)
    parser.add_argument("--to", dest="last", type=int, default=2026)
    parser.add_argument("--days", type=int, default=7, help="how far apart a label's and a record's dates may be")
    parser.add_argument("--missing", action="store_true", help="list only the facts the record lacks")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="the record's folder (default: this tree's data/)")
    args = parser.parse_args(argv)
    record = Record.read(args.data)
    # One fact told by several documents is one fact: group labels by (type, person or name, State, dates).
    facts: dict[tuple[Any, ...], list[Label]] = {}
    for label in labels():
        if label.dates and label.in_years(args.first, args.last):
            facts.setdefault((label.type, label.person or label.person_name, label.state, label.dates), []).append(label)
    rows = []
    for key, group in sorted(facts.items(), key=lambda kv: (kv[0][3], kv[0][0], str(kv[0][1]))):
        found = matches(group[0], record, args.days)
        rows.append({"type": key[0], "person": key[1], "state": key[2], "date": list(key[3]), "held": found,
                     "docs": sorted({f"{lab.doc} ({lab.part})" for lab in group})})
    held = sum(1 for r in rows if r["held"])
    shown = [r for r in rows if not (args.missing and r["held"])]
    if args.json:
        json.dump({"facts": len(rows), "held": held, "rows": shown}, sys.stdout, indent=1)
        print()
    else:
        for r in shown:
            mark = "HELD" if r["held"] else "LACK"
            print(f"{mark} {r['type']:<22} {str(r['person']):<40} {str(r['state']):<4} {','.join(r['date']):<24} {'; '.join(r['held'])[:80]}  <- {', '.join(r['docs'])[:160]}")
        print(f"{len(rows)} dev-label facts dated {args.first}-{args.last}; the record holds {held}, lacks {len(rows) - held}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
