"""Does the record contradict itself? Round six of the checker, from faults session 10's line-by-line audits
found and fixed by hand (``tests/dataset/ROUND6.md``). Each is a warning: the record may be right and the
pair of entries that clash must then say why.

* a person **in two States at once**: a visit or transit that begins strictly inside another stay of the
  same person in another State (arriving on the day another stay ends is travel, not a clash; two one-day
  trips on one day are too);
* an **armed group's command held from custody**: an ``armed_group_leader`` office with no end, or ending
  after the holder's arrest or surrender, with no release recorded in between;
* one **address read in one place and not found in another**: cited ``kind: primary`` on one fact while
  another fact cites the same address as secondary with a note saying it was not found, read or stored
  there;
* an **official publisher's page called a third-party copy**: a source on a domain of the Court, the UN,
  a government or an intergovernmental body whose note opens by calling it a copy on a third-party site.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.grading import PRIMARY_CLASSES, PublisherIndex
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.sources_policy import FactRef, of_each_record
from iccwatch.model import DateSpan


def contradiction_problems(records: RecordSet) -> list[Problem]:
    """Every problem of round six in ``records``."""
    problems: list[Problem] = []
    problems += _two_places(records)
    problems += _command_from_custody(records)
    problems += _read_and_not_found(records)
    problems += _official_called_copy(records)
    return problems



# ------------------------------------------------------------------------------ two States at once

#: Trips that put the person on a State's territory.
_PRESENT_TRIPS = frozenset({"visit", "transit"})


def _is_day(date: str | None) -> bool:
    return bool(date) and len(str(date)) == 10


def _two_places(records: RecordSet) -> Iterator[Problem]:
    stays: dict[str, list[tuple[dt.date, dt.date, str, str]]] = defaultdict(list)
    for key, e in records.events.items():
        if e.trip not in _PRESENT_TRIPS or not _is_day(e.date) or (e.end_date and not _is_day(e.end_date)):
            continue
        stays[e.person].append((DateSpan.parse(e.date).first, DateSpan.parse(e.end_date or e.date).last, e.state, key))
    for trips in stays.values():
        trips.sort()
        for i, (first, last, state, key) in enumerate(trips):
            for other_first, _, other_state, other_key in trips[i + 1:]:
                if other_first >= last:
                    break
                if other_state != state and other_first > first:
                    yield Problem(records.file_of("events", key), key, "end_date",
                                  f"the stay in {state} runs {first.isoformat()} to {last.isoformat()}, but "
                                  f"{other_key} puts the person in {other_state} on {other_first.isoformat()}: end "
                                  "the stay earlier, split it in two, or correct the other trip's date", "warning")


# ------------------------------------------------------------------------------ command from custody

_CUSTODY = frozenset({"arrested", "surrendered"})


def _custody_since(records: RecordSet) -> dict[str, str]:
    """Each person's first arrest or surrender the record dates, unless a later release is recorded."""
    held: dict[str, list[tuple[dt.date, str, str]]] = defaultdict(list)
    for w in records.warrants.values():
        for sc in w.status_history:
            if sc.date and (sc.status in _CUSTODY or sc.status == "released"):
                held[w.person].append((DateSpan.parse(sc.date).first, sc.status, sc.date))
    since: dict[str, str] = {}
    for person, entries in held.items():
        entries.sort()
        custody = [e for e in entries if e[1] in _CUSTODY]
        if custody and not any(e[1] == "released" and e[0] >= custody[0][0] for e in entries):
            since[person] = custody[0][2]
    return since


def _command_from_custody(records: RecordSet) -> Iterator[Problem]:
    for pid, custody in _custody_since(records).items():
        person = records.persons.get(pid)
        for i, o in enumerate(person.offices if person else []):
            if o.kind != "armed_group_leader":
                continue
            if not o.end:
                message = (f"'{o.title}' has no end, but the record states the holder's custody from {custody}: end "
                           "it at the latest then (say so in the note), or earlier where a source says")
            elif DateSpan.parse(o.end).first > DateSpan.parse(custody).last:
                message = f"'{o.title}' ends on {o.end}, after the holder's custody from {custody}"
            else:
                continue
            yield Problem(records.file_of("persons", pid), pid, f"offices[{i}].end", message, "warning")


# ------------------------------------------------------------------------------ read here, not found there

_NOT_FOUND = re.compile(r"\bnot (?:found|read|readable|stored)\b", re.IGNORECASE)


def _read_and_not_found(records: RecordSet) -> Iterator[Problem]:
    primary_at: dict[str, str] = {}
    not_found: list[tuple[str, str, str, str]] = []
    for found in of_each_record(records, _primary_and_not_found):
        for primary, url, file, *rest in found:
            if primary:
                primary_at.setdefault(url, file)
            else:
                not_found.append((url, file, *rest))
    for url, file, key, field in not_found:
        elsewhere = primary_at.get(url)
        if elsewhere:
            yield Problem(file, key, field,
                          f"{url} is said here not to be found or read at that address, but {elsewhere} cites it as "
                          "primary: one of the two is wrong (re-search the page, then correct the other)", "warning")


def _primary_and_not_found(refs: tuple[FactRef, ...]) -> Iterator[tuple[Any, ...]]:
    """One record's primary sources (True, address, file) and sources said not to be found or read (False, address,
    file, key, field), in order: what ``_read_and_not_found`` compares across records."""
    for ref in refs:
        for i, s in enumerate(ref.sources):
            if s.kind == "primary":
                yield True, s.url, ref.file
            elif s.note and _NOT_FOUND.search(s.note):
                yield False, s.url, ref.file, ref.key, ref.field(f"sources[{i}].kind")


# ------------------------------------------------------------------------------ official page called a copy

#: A note that opens by calling the page a copy on a third-party site (a note that tells the page's history,
#: or says the fact was read in some other copy, does not open so).
_THIRD_PARTY_COPY = re.compile(r"^\W*(?:an? )?(?:\w+ )?copy of\b[^.;]*\bthird[- ]party\b", re.IGNORECASE)


def _official_called_copy(records: RecordSet) -> Iterator[Problem]:
    index = PublisherIndex.from_lookups(records.lookups)
    for found in of_each_record(records, _called_copies):
        for ref, i, s in found:
            pub = index.lookup(s.url)
            if pub is not None and pub.publisher_class in PRIMARY_CLASSES:
                yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].note"),
                              f"{pub.name} is the {pub.publisher_class.replace('_', ' ')}'s own site, yet the note calls "
                              "the page a copy on a third-party site: say what the page is (the publisher's own text, "
                              "or a copy it republishes, with copy_of)", "warning")


def _called_copies(refs: tuple[FactRef, ...]) -> Iterator[tuple[FactRef, int, Any]]:
    """One record's sources whose note opens by calling the page a copy on a third-party site (fact, index, source)."""
    for ref in refs:
        for i, s in enumerate(ref.sources):
            if s.note and _THIRD_PARTY_COPY.search(s.note):
                yield ref, i, s
