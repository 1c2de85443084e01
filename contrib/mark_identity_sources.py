"""Give the State records' identity sources the form the editorial policy asks for (issue 16; audit28, session 16).

The import (contrib/import_reference.py) tagged two identity sources of every State as primary without either page
being read: ISO's entry in its Online Browsing Platform (the codes and names were read in the iso-codes database,
via pycountry) and the UN's "Member States" / "Non-member States" page (not in the stored material; the UN status
came from a list checked against country_converter's table). This script turns both into secondary citations of the
original, with a note saying what was read instead, and, for the two non-member observer States, puts first the UN
Library's research guide on observers, which was read. It edits the YAML text line by line (the files keep their
formatting) and is idempotent: a second run changes nothing.

Run from the repository root: PYTHONPATH=src .venv/bin/python contrib/mark_identity_sources.py [--dry-run]
"""

from __future__ import annotations

import sys
from pathlib import Path

from iccwatch.dataset.yaml_io import dump_yaml

READ_ON = "2026-12-02, session 16"
ISO_NOTE_OLD = "  note: codes and short name as distributed in the iso-codes database (pycountry 26.2.16)\n"
NOT_STORED = f"is not in the stored material and was not read ({READ_ON})"


def field(key: str, value: str) -> str:
    """``key: value`` as a field of a list item, wrapped as the record's writer wraps it."""
    return "  " + dump_yaml([{key: value}])[2:]


ISO_NOTE_NEW = field("note", "codes and short name read in the iso-codes database (pycountry 26.2.16), which reproduces"
                             f" ISO 3166-1; ISO's own page at this address {NOT_STORED}")
UN_NOTE = {
    "members": field("note", f"cited as the UN's own list of its Member States, for un_status; the page {NOT_STORED};"
                             " the status was set when the record was first imported, from a list of the 193"
                             " Members checked against the country table of the Python package country-converter"),
    "observers": field("note", "cited as the UN's own list of the non-member States it invites as observers, for"
                               f" un_status; the page {NOT_STORED}; the status was set when the record was first"
                               " imported, from the importer's list of the two observers"),
    "asp": None,  # keeps its note and gains a sentence: see ASP_NOTE_TAIL
}
ASP_URL = "https://asp.icc-cpi.int/states-parties/asian-states/cook-islands"
ASP_NOTE_OLD = "  note: a State Party to the Rome Statute; not a member of the United Nations\n"
ASP_NOTE_NEW = field("note", "cited for the State's status (a State Party to the Rome Statute; not a member of the"
                             f" United Nations); the Assembly's page {NOT_STORED}")
OBSERVERS = dump_yaml([{
    "url": "https://research.un.org/en/unmembers/observers",
    "title": "UN Membership: Observers (research guide)",
    "publisher": "United Nations Dag Hammarskjöld Library",
    "kind": "primary",
    "pinpoint": "opening paragraph and the sections on the Holy See and the State of Palestine",
    "note": f"read in the stored copy ({READ_ON}): the UN Library's guide names the Holy See and the State of Palestine"
            " as the two current non-member observer States of the General Assembly",
}])


def fix(text: str) -> str:
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    block: str | None = None  # which identity source the current top-level list item is
    in_sources = False
    for line in lines:
        if not line.startswith((" ", "-")):
            in_sources = line.startswith("sources:")
            block = None
            if in_sources and "research.un.org/en/unmembers/observers" not in text and "non-member-states" in text:
                out.append(line)
                out.append(OBSERVERS)
                continue
        elif in_sources and line.startswith("- url: "):
            url = line[len("- url: "):].strip()
            block = ("iso" if url.startswith("https://www.iso.org/obp/") else
                     "members" if url == "https://www.un.org/en/about-us/member-states" else
                     "observers" if url == "https://www.un.org/en/about-us/non-member-states" else
                     "asp" if url == ASP_URL else None)
        if in_sources and block and line == "  kind: primary\n":
            out.append("  kind: secondary\n")
            note = UN_NOTE.get(block)
            if note:
                out.append(note)
            continue
        if in_sources and block == "iso" and line == ISO_NOTE_OLD:
            out.append(ISO_NOTE_NEW)
            continue
        if in_sources and block == "asp" and line == ASP_NOTE_OLD:
            out.append(ASP_NOTE_NEW)
            continue
        out.append(line)
    return "".join(out)


def main() -> int:
    dry = "--dry-run" in sys.argv
    changed = 0
    for path in sorted(Path("data/states").glob("*.yaml")):
        old = path.read_text(encoding="utf-8")
        new = fix(old)
        if new != old:
            changed += 1
            if not dry:
                path.write_text(new, encoding="utf-8")
    print(f"{changed} State record(s) {'would change' if dry else 'changed'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
