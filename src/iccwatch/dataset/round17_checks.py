"""Round seventeen of the checker (``tests/dataset/ROUND17.md``): records valid alone that contradict another, and
sources that contradict their fact.

Errors:

* a **trip's id** that names another person or another State than the trip's own: the id is the trip's day, the
  person's id and the State's name (``2017-03-29-omar-hassan-ahmad-al-bashir-jordan``; the State by its name, its
  official name or its code, in the id's letters); an id kept otherwise on purpose says so in the note (as the
  context checks' rule for an id's date);
* **custody spells of two holders at once** recorded on two of one person's warrants (a State on one, another State or
  a group on the other, both spells dated so that they certainly overlap): one person is held by one holder at a time
  (the spells of one warrant are compared by the consistency checks);
* (a warning) an **alias another person also has** (compared without case): a question by that name would find both
  (as round seven's warning for an alias that is another person's name); say in the note why it is this person's
  too (the note then holds the alias);
* sources on one fact whose **``copy_of`` addresses loop** (a copy of a copy of itself): a copy names the original it
  copies, which is not itself a copy of the copy;
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.sources_policy import iter_facts
from iccwatch.model.dates import DateSpan

_ID_DATE = re.compile(r"^\d{4}(?:-\d\d){0,2}-")


def round17_problems(r: RecordSet) -> list[Problem]:
    return [*_event_ids(r), *_custody_across_warrants(r), *_copy_loops(r), *_shared_aliases(r)]


def _span(value: str | None) -> DateSpan | None:
    try:
        return DateSpan.parse(value) if value else None
    except ValueError:
        return None


def _says_id(note: str | None) -> bool:
    return bool(note and re.search(r"\bid\b", note, re.I))


def _slug(text: str | None) -> str:
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


# ------------------------------------------------------------------------------------------------ trips' ids


def _event_ids(r: RecordSet) -> Iterator[Problem]:
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


# ------------------------------------------------------------------------------------------------ custody


def _custody_across_warrants(r: RecordSet) -> Iterator[Problem]:
    by_person: dict[str, list[tuple[str, int, Any, DateSpan, DateSpan]]] = {}
    for wid, w in r.warrants.items():
        for i, c in enumerate(w.custody):
            since, until = _span(c.since), _span(c.until)
            if since and until:
                by_person.setdefault(w.person, []).append((wid, i, c, since, until))
    for spells in by_person.values():
        for n, (wid, i, c, since, until) in enumerate(spells):
            for owid, oi, oc, osince, ountil in spells[:n]:
                if owid == wid or (oc.held_by, oc.group) == (c.held_by, c.group):
                    continue
                if max(since.last, osince.last) < min(until.first, ountil.first):
                    holder = c.group or c.held_by
                    other = oc.group or oc.held_by
                    yield Problem(r.file_of("warrants", wid), wid, f"custody[{i}]",
                                  f"held by {holder} from {c.since} to {c.until}, while {owid} records him held by {other} from "
                                  f"{oc.since} to {oc.until} (custody[{oi}]): one person is held by one holder at a time; "
                                  "correct the dates or the holder, or record the transfer (ended: transferred)")


# ------------------------------------------------------------------------------------------------ sources


def _copy_loops(r: RecordSet) -> Iterator[Problem]:
    for ref in iter_facts(r):
        sources = ref.sources
        copies = {s.url: s.copy_of for s in sources if s.copy_of and s.copy_of.startswith(("http://", "https://"))}
        if len(copies) < 2:
            continue
        for i, s in enumerate(sources):
            seen = {s.url}
            nxt = copies.get(s.url)
            while nxt in copies and nxt not in seen:
                seen.add(nxt)
                nxt = copies[nxt]
            if nxt == s.url and len(seen) > 1:
                yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].copy_of"),
                              f"{s.url} is a copy of {s.copy_of}, which the same fact cites as a copy of it (a loop): a copy names "
                              "the original it copies")



# ------------------------------------------------------------------------------------------------ aliases


def _shared_aliases(r: RecordSet) -> Iterator[Problem]:
    owners: dict[str, list[str]] = {}
    for key, p in r.persons.items():
        for alias in {a.casefold() for a in p.aliases}:
            owners.setdefault(alias, []).append(key)
    for key, p in r.persons.items():
        for i, alias in enumerate(p.aliases):
            others = [o for o in owners.get(alias.casefold(), []) if o != key]
            if others and alias.casefold() not in (p.note or "").casefold():
                yield Problem(r.file_of("persons", key), key, f"aliases[{i}]",
                              f"{alias!r} is also an alias of {', '.join(sorted(others))}: a question by that name would find both; "
                              "say in the note why it is this person's too", "warning")
