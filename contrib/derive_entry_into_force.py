"""Mark entries into force whose date follows from the deposit by the treaty's rule as derived
(Rome Statute art. 126; APIC art. 35).

One-off editorial tool, outside the product (contrib/README.md). For each State's `entry_into_force`
act that has no primary source of its own stating the date, but whose paired instrument (ratification,
accession, acceptance, approval) has an exact date from which art. 126 gives exactly the recorded date:
- add `derived_from: <that act>`;
- cite the Statute's article first (art. 126(1) for instruments deposited by 11 April 2002, else 126(2));
- drop the fact's `primary_gap` (`iccwatch data sources` then counts the fact as primary only when the act
  it derives from has a primary source that was read, and writes the gap itself otherwise).
Edits the YAML text in place so that the diff shows only these lines. Run `iccwatch data check` after.

    python contrib/derive_entry_into_force.py [data_dir]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from iccwatch.dataset.grading import PublisherIndex
from iccwatch.dataset.loader import load_records
from iccwatch.dataset.sources_report import is_read_primary
from iccwatch.model.apic_dates import TENTH_INSTRUMENT_DEPOSITED, apic_entry_into_force_for
from iccwatch.model.rome_statute import SIXTIETH_INSTRUMENT_DEPOSITED, entry_into_force_for
from iccwatch.model.state import CONSENT_ACTIONS

STATUTE_URL = "https://www.icc-cpi.int/sites/default/files/RS-Eng.pdf"
APIC_URL = "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-13.en.xml"
NOTES = {
    "art. 35(1)": ("the Agreement entered into force on 22 July 2004, thirty days after the deposit of the tenth "
                   "instrument, for every State whose instrument was deposited by then (the depositary's status page "
                   "quotes art. 35); the deposit date is the one recorded, and sourced, on the State's act"),
    "art. 35(2)": ("for a State depositing after the tenth instrument the Agreement enters into force on the thirtieth "
                   "day following its deposit (art. 35(2), quoted on the depositary's status page); the deposit date "
                   "is the one recorded, and sourced, on the State's act"),
    "art. 126(1)": ("the Statute entered into force on 1 July 2002, the first day of the month after the 60th day "
                    "following the deposit of the 60th instrument (11 April 2002), for every State whose instrument "
                    "was deposited by then; the deposit date is the one recorded, and sourced, on the State's act"),
    "art. 126(2)": ("for a State depositing after the 60th instrument the Statute enters into force on the first day "
                    "of the month after the 60th day following its deposit; the deposit date is the one recorded, "
                    "and sourced, on the State's act"),
}


def _source_lines(pinpoint: str) -> list[str]:
    if pinpoint.startswith("art. 35"):
        head = [f"  - url: {APIC_URL}\n",
                "    title: 'Agreement on the Privileges and Immunities of the International Criminal Court: status (depositary record, chapter XVIII-13)'\n",
                "    publisher: United Nations Treaty Collection\n"]
    else:
        head = [f"  - url: {STATUTE_URL}\n",
                "    title: Rome Statute of the International Criminal Court (authentic English text)\n",
                "    publisher: International Criminal Court\n"]
    return head + [
        "    kind: primary\n",
        f"    pinpoint: {pinpoint}\n",
        f"    note: {NOTES[pinpoint]}\n",
    ]


def _items(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) line ranges of the items of the top-level `participation:` list."""
    start = next(i for i, line in enumerate(lines) if line.rstrip() == "participation:")
    items: list[tuple[int, int]] = []
    i = start + 1
    while i < len(lines) and (lines[i].startswith("- ") or lines[i].startswith("  ") or not lines[i].strip()):
        if lines[i].startswith("- "):
            if items:
                items[-1] = (items[-1][0], i)
            items.append((i, len(lines)))
        i += 1
    if items:
        items[-1] = (items[-1][0], i)
    return items


def _edit(block: list[str], derived_from: str, pinpoint: str) -> list[str]:
    out: list[str] = []
    skipping = False
    for line in block:
        if skipping and line.startswith("    "):
            continue
        skipping = False
        if line.startswith("  primary_gap:"):
            skipping = True
            continue
        out.append(line)
        if line.startswith("  date:"):
            out.append(f"  derived_from: {derived_from}\n")
        if line.rstrip() == "  sources:":
            out.extend(_source_lines(pinpoint))
    return out


RULES = {
    "rome-statute": (entry_into_force_for, lambda d: "art. 126(1)" if d <= SIXTIETH_INSTRUMENT_DEPOSITED else "art. 126(2)"),
    "apic": (apic_entry_into_force_for, lambda d: "art. 35(1)" if d <= TENTH_INSTRUMENT_DEPOSITED else "art. 35(2)"),
}


def _targets(state, index) -> dict[int, tuple[str, str]]:  # noqa: ANN001
    """participation index -> (the act it derives from, the article), for every derivable entry into force."""
    targets: dict[int, tuple[str, str]] = {}
    for instrument, (rule, article) in RULES.items():
        acts = [(i, a) for i, a in enumerate(state.participation) if a.instrument == instrument]
        consents = sorted((a for _, a in acts if a.action in CONSENT_ACTIONS and a.action != "succession"), key=lambda a: a.date)
        for i, a in acts:
            if a.action != "entry_into_force" or a.derived_from or any(is_read_primary(s, index) for s in a.sources):
                continue
            before = [c for c in consents if c.date <= a.date and len(c.date) == 10]
            if not before or len(a.date) != 10:
                continue
            deposited = dt.date.fromisoformat(before[-1].date)
            if rule(deposited) == dt.date.fromisoformat(a.date):
                targets[i] = (before[-1].action, article(deposited))
    return targets


def main(data_dir: Path) -> int:
    records, problems = load_records(data_dir)
    if records is None:
        print("\n".join(map(str, problems)))
        return 1
    index = PublisherIndex.from_lookups(records.lookups)
    changed = 0
    for iso3, state in sorted(records.states.items()):
        targets = _targets(state, index)
        if not targets:
            continue
        path = data_dir / "states" / f"{iso3}.yaml"
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        items = _items(lines)
        for i in sorted(targets, reverse=True):
            s, e = items[i]
            lines[s:e] = _edit(lines[s:e], *targets[i])
            changed += 1
        path.write_text("".join(lines), encoding="utf-8")
    print(f"{changed} entries into force marked as derived by the treaty's rule")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "data")))
