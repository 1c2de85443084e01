"""What a trip's id says (``data/events/``): the id is the trip's day, the person's id and the State's name
(``2017-03-29-omar-hassan-ahmad-al-bashir-jordan``). Run by ``checks.py`` in the order of ``CHECKS`` there
(tests/dataset/ROUND17.md).

Errors:

* a **trip's id** that names another person or another State than the trip's own (the State by its name, its official
  name or its code, in the id's letters); an id kept otherwise on purpose says so in the note (as the context checks'
  rule for an id's date) (``trip_ids``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet

_ID_DATE = re.compile(r"^\d{4}(?:-\d\d){0,2}-")


def _says_id(note: str | None) -> bool:
    return bool(note and re.search(r"\bid\b", note, re.I))


def _slug(text: str | None) -> str:
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def trip_ids(r: RecordSet) -> Iterator[Problem]:
    for key, e in r.events.items():
        if _says_id(e.note):
            continue
        f = r.file_of("events", key)
        rest = _ID_DATE.sub("", key, count=1)
        if not rest.startswith(f"{e.person}-"):
            yield Problem(f, key, "person", f"{e.person}, but the id {key!r} does not name that person after its date: correct the "
                          "person or rename the record (if the id is kept on purpose, say so in the note)")
            continue
        rest = rest[len(e.person) + 1:]
        state = r.states.get(e.state)
        if state is None:
            continue  # an unknown State is refused by the references' check
        names = _state_slugs(r, e.state, state)
        if not any(rest == n or rest.startswith(f"{n}-") for n in names):
            yield Problem(f, key, "state", f"{e.state} ({state.name}), but the id {key!r} names another State after the person: "
                          "correct the State or rename the record (if the id is kept on purpose, say so in the note)")


def _state_slugs(r: RecordSet, iso3: str, state: Any) -> set[str]:
    """A State's names in an id's letters: its name, official name and code, and the names ``state_names.yaml`` gives it
    (its former and everyday names: ``turkey`` for Türkiye)."""
    names = [state.name, getattr(state, "official_name", None), iso3]
    table = r.lookups.get("state_names")
    if isinstance(table, dict):
        names += [n for n in table.get("names", {}).get(iso3) or [] if isinstance(n, str)]
        extra = ((table.get("monitor") or {}).get("extra_names") or {}).get(iso3) or {}
        names += [n for n in extra.get("names") or [] if isinstance(n, str)]
    return {_slug(n) for n in names} - {""}
