"""One thing recorded twice under two ids, and ids that do not fit what they name (a date inside, another person's name, a
name no file system can hold). Run by ``checks.py`` in the order of ``CHECKS`` there.

Errors:

* **one fact recorded twice under two ids**: two decisions of one day, chamber, State, persons and finding, two
  statements of one day with the same signatories, two positions of one holder on one issue and day, two measures of one
  author, kind, title and day (``recorded_twice``; tests/dataset/ROUND8.md);
* **one warrant recorded twice** under two ids (person, kind, situation, day of issue and crimes), a **warrant's id that
  names another person** than its ``person``, **two situations with one ICC number**, and a **resolution whose id gives
  other numbers than its symbol** (``identities``; tests/dataset/ROUND11.md);
* a record **id that no file system can hold** as a file name everywhere: a Windows device name (``con``, ``nul``,
  ``com1``) or over 150 characters (``ids_as_file_names``; tests/dataset/ROUND11.md);
* an **id holding a date inside it** (``js-2020-06-23``) that is not within the record's own date: the id was written
  for another day, or the date was changed and the id not (an id that *begins* with its date is round three's rule; an
  id kept on purpose says so in the note, with the word 'id', as there) (``dates_inside_ids``;
  tests/dataset/ROUND13.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.citation_checks import normalised_title
from iccwatch.dataset.context_checks import _ID_DATE, _ID_KINDS, _says_id
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_dates import span_or_none
from iccwatch.dataset.records import KIND_KEYS, RecordSet


def recorded_twice(r: RecordSet) -> Iterator[Problem]:
    def twice(kind: str, same: dict[str, tuple[object, ...]], what: str) -> Iterator[Problem]:
        seen: dict[tuple[object, ...], str] = {}
        for key in sorted(same):
            k = same[key]
            if k in seen:
                yield Problem(r.files[(kind, key)], key, "id", f"{what} as {seen[k]}: one fact, one record")
            else:
                seen[k] = key
    yield from twice("statements", {k: (s.date, tuple(sorted(s.signatories)), s.stance) for k, s in r.statements.items() if s.date},
                     "the same statement (same day, same signatories)")
    yield from twice("decisions", {k: (d.date, d.chamber, d.kind, d.state, d.situation, tuple(sorted(d.persons)), d.request_type, d.finding,
                                       d.appeal_of) for k, d in r.decisions.items()},
                     "the same decision (same day, chamber, State, persons and finding)")
    yield from twice("positions", {k: (p.held_by, p.issue, p.date, tuple(sorted(p.states))) for k, p in r.positions.items() if p.date},
                     "the same position (same holder, issue and day)")
    yield from twice("measures", {k: (m.state, m.author, m.kind, m.date, normalised_title(m.title), m.targets) for k, m in r.measures.items()},
                     "the same measure (same author, kind, title, target and day)")
    # Round 38: a response and a request copied under another id were not read (each other kind above was)
    yield from twice("responses", {k: (x.body, x.date, x.kind, x.decision, tuple(sorted(x.related_decisions)), x.situation,
                                       tuple(sorted(x.states)), x.document) for k, x in r.responses.items()},
                     "the same response (same body, kind, day, decision, situation, States and document)")
    yield from twice("requests", {k: (q.date, q.person, q.requested_state, q.requesting, q.kind) for k, q in r.requests.items()},
                     "the same request (same day, person, requested and requesting State, and kind)")


#: Names Windows reserves for devices: a file so named cannot be checked out there (``con.yaml`` included).
_DEVICE_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


#: The longest id a record may have (the longest real one has 112 characters; a file name holds 255 bytes, a Windows path 260).
MAX_ID_CHARS = 150


def identities(r: RecordSet) -> Iterator[Problem]:
    seen: dict[tuple[Any, ...], str] = {}
    for key, w in sorted(r.warrants.items()):
        f = r.files[("warrants", key)]
        if not key.startswith(w.person + "-"):
            yield Problem(f, key, "id", f"the id {key!r} does not begin with its person's id {w.person!r}: a warrant's id is its "
                          "person's id and a number; correct the id or the person")
        if w.issued:
            at = (w.person, w.kind, w.situation, w.issued, tuple(sorted(w.crimes)))
            if at in seen:
                yield Problem(f, key, "issued", f"the same {w.kind.replace('_', ' ')} as {seen[at]} (person, situation, day of issue "
                              "and crimes): one warrant recorded twice under two ids; keep one")
            seen.setdefault(at, key)
    numbers: dict[str, list[str]] = {}
    for key, s in sorted(r.situations.items()):
        if s.icc_number:
            numbers.setdefault(s.icc_number, []).append(key)
    for number, keys in numbers.items():
        for key in keys if len(keys) > 1 else ():
            yield Problem(r.files[("situations", key)], key, "icc_number", f"{number} is also the number of "
                          f"{', '.join(k for k in keys if k != key)}: the Court gives each situation its own")
    for key, ins in r.instruments.items():
        if ins.kind in ("unsc_resolution", "asp_resolution") and ins.symbol:
            in_symbol, in_id = re.findall(r"\d+", ins.symbol), re.findall(r"\d+", key)
            if in_symbol and in_id[:len(in_symbol)] != in_symbol:
                yield Problem(r.files[("instruments", key)], key, "id",
                              f"the id {key!r} gives other numbers than the symbol {ins.symbol!r}: correct the id or the symbol")


def ids_as_file_names(r: RecordSet) -> Iterator[Problem]:
    for kind in KIND_KEYS:
        for key in r.of_kind(kind):
            if key.lower() in _DEVICE_NAMES:
                yield Problem(r.files[(kind, key)], key, KIND_KEYS[kind][1], f"{key!r} is a device name on Windows: a file "
                              f"{key}.yaml cannot be checked out there; choose another id")
            elif len(key) > MAX_ID_CHARS:
                yield Problem(r.files[(kind, key)], key, KIND_KEYS[kind][1], f"an id of {len(key)} characters, over the limit of "
                              f"{MAX_ID_CHARS}: the file name would not fit every file system; shorten it")


#: A whole day inside an id, not touching other digits (``js-2020-06-23``, ``x-2020-06-23-y``).
_DAY_IN_ID = re.compile(r"(?<![0-9])((?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![0-9])")


def dates_inside_ids(r: RecordSet) -> Iterator[Problem]:
    for kind in _ID_KINDS:
        for key, obj in r.of_kind(kind).items():
            date = getattr(obj, "date", None)
            if not isinstance(date, str) or _ID_DATE.match(key) or _says_id(getattr(obj, "note", None)):
                continue  # an id beginning with its date is round three's rule
            m = _DAY_IN_ID.search(key)
            own, named = span_or_none(date), span_or_none(m.group(1)) if m else None
            if own is None or named is None:
                continue
            if not (own.first <= named.first and named.last <= own.last):
                yield Problem(r.files[(kind, key)], key, "date",
                              f"{date}, but the id holds the date {named.first.isoformat()}: correct the date or rename the record "
                              "(if the id keeps an earlier date on purpose, say so in the note)")
