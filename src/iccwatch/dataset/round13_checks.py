"""Round thirteen of the checker (``tests/dataset/ROUND13.md``): what a hurried volunteer, a lawyer, a journalist and a
hostile user write, and the earlier rules let through.

Errors:

* an **id holding a date inside it** (``js-2020-06-23``) that is not within the record's own date: the id was written
  for another day, or the date was changed and the id not (an id that *begins* with its date is round three's rule; an
  id kept on purpose says so in the note, with the word 'id', as there);
* a **Council response about a situation the Council did not refer**: the Security Council takes up non-cooperation in
  a situation it referred (Art. 13(b)) or a finding the Court referred to it (Art. 87(7), checked already); in a State
  referral or a situation opened by the Prosecutor it has nothing to respond to under the Statute;
* an **Art. 18 deferral in a situation the Council referred**: Art. 18(1) applies where a State referred the situation
  (Art. 13(a)) or the Prosecutor opened it (Art. 13(c)), not to a Council referral (Art. 13(b));
* a **warrant, summons or application issued after the person's death recorded on another of the person's warrants**
  (not disputed), while it records no death itself: a slip of a date or a person. (A warrant that records the death
  too is left alone: the Court may issue one while a reported death is not established, as it did on 21 November 2024
  for a person reported killed on 13 July 2024, and then terminate the proceedings.)
* a source address ending in an **empty fragment or query** (``...#``, ``...?``): a pasted address that is not the
  page's own; cite it without the mark;
* a source's **publisher written as a byline** (``By John Smith``): a byline names the author; the publisher is the
  outlet (``Reuters``);
* in a lookup table, a **reason left as a placeholder** (``TBD``, ``todo``; round eleven's placeholders) and a **key with
  space around it** (``'Abuja '``): every entry says why it is there, and a key is matched as written.

Warning: **two aliases of a person differing only in case** (``Omar al-Bashir``, ``Omar Al-bashir``): names are matched
without regard to case, so the second adds nothing (a warning: the real record holds one such pair, left as it is
until its source is read).
"""

from __future__ import annotations

import datetime as dt
import marshal
import re
from collections.abc import Iterator
from typing import Any

from iccwatch.caching import BoundedCache
from iccwatch.dataset.context_checks import _ID_DATE, _ID_KINDS, _says_id
from iccwatch.dataset.frozen import table_key
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import each_source
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.round11_checks import _PLACEHOLDER
from iccwatch.model.dates import DateSpan


def round13_problems(r: RecordSet) -> list[Problem]:
    return [*_dates_inside_ids(r), *_council_responses(r), *_council_deferrals(r), *_issued_after_death(r), *_addresses(r),
            *_bylines(r), *_lookup_entries(r), *_aliases_in_case(r)]


#: A whole day inside an id, not touching other digits (``js-2020-06-23``, ``x-2020-06-23-y``).
_DAY_IN_ID = re.compile(r"(?<![0-9])((?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![0-9])")
#: A byline given as the publisher: "By" and a capitalised name.
_BYLINE = re.compile(r"^by\s+[A-Z\u00c0-\u024f]", re.I)


def _span(value: str) -> DateSpan | None:
    try:
        return DateSpan.parse(value)
    except ValueError:
        return None


# ------------------------------------------------------------------------------------------------ ids and dates


def _dates_inside_ids(r: RecordSet) -> Iterator[Problem]:
    for kind in _ID_KINDS:
        for key, obj in r.of_kind(kind).items():
            date = getattr(obj, "date", None)
            if not isinstance(date, str) or _ID_DATE.match(key) or _says_id(getattr(obj, "note", None)):
                continue  # an id beginning with its date is round three's rule
            m = _DAY_IN_ID.search(key)
            own, named = _span(date), _span(m.group(1)) if m else None
            if own is None or named is None:
                continue
            if not (own.first <= named.first and named.last <= own.last):
                yield Problem(r.files[(kind, key)], key, "date",
                              f"{date}, but the id holds the date {named.first.isoformat()}: correct the date or rename the record "
                              "(if the id keeps an earlier date on purpose, say so in the note)")


# ------------------------------------------------------------------------------------------------ the law


def _council_responses(r: RecordSet) -> Iterator[Problem]:
    for key, rs in r.responses.items():
        sit = r.situations.get(rs.situation or "")
        if rs.body != "UNSC" or sit is None or sit.trigger == "unsc_referral":
            continue
        yield Problem(r.files[("responses", key)], key, "situation",
                      f"a Council response about {sit.id}, a situation the Council did not refer ({sit.trigger}): the Council takes "
                      "up non-cooperation in a situation it referred (Art. 13(b)) or a finding the Court referred to it (Art. 87(7)); "
                      "correct the body or the situation")


def _council_deferrals(r: RecordSet) -> Iterator[Problem]:
    for key, sit in r.situations.items():
        if sit.trigger != "unsc_referral":
            continue
        for i, d in enumerate(sit.deferrals):
            yield Problem(r.files[("situations", key)], key, f"deferrals[{i}]",
                          f"an Art. 18 deferral requested by {d.state} in a situation the Council referred: Art. 18(1) applies to "
                          "a State's referral (Art. 13(a)) or an investigation the Prosecutor opened (Art. 13(c)), not to a "
                          "Council referral (Art. 13(b)); a State may challenge admissibility instead (Art. 19)")


def _deaths(r: RecordSet) -> dict[str, tuple[dt.date, str]]:
    """Person -> (the last day of the earliest death the record states, not disputed; as written)."""
    died: dict[str, tuple[dt.date, str]] = {}
    for w in r.warrants.values():
        for sc in w.status_history:
            if sc.status == "deceased" and sc.date and not sc.disputed and (span := _span(sc.date)) is not None:
                if w.person not in died or span.last < died[w.person][0]:
                    died[w.person] = (span.last, sc.date)
    return died


def _issued_after_death(r: RecordSet) -> Iterator[Problem]:
    died = _deaths(r)
    for key, w in r.warrants.items():
        if w.person not in died or any(sc.status == "deceased" for sc in w.status_history):
            continue  # no death, or the warrant records it too (issued while a reported death was not established)
        last, written = died[w.person]
        days = [("issued", w.issued)] + [(f"status_history[{i}].date", sc.date) for i, sc in enumerate(w.status_history)
                                        if sc.status in ("issued", "requested")]
        for at, day in days:
            span = _span(day) if isinstance(day, str) else None
            if span is not None and span.first > last:
                yield Problem(r.files[("warrants", key)], key, at,
                              f"issued on {day}, after the person's death recorded on {written} on another warrant, and this "
                              "warrant records no death: correct the date or the person, or record here what the Court knew of "
                              "the death when it issued it")
                break


# ------------------------------------------------------------------------------------------------ sources


def _addresses(r: RecordSet) -> Iterator[Problem]:
    for f, key, at, s in each_source(r):
        url = s.url
        if url.endswith(("#", "?")):
            yield Problem(f, key, f"{at}.url", f"{url[:120]!r} ends in an empty {'fragment' if url.endswith('#') else 'query'} "
                          f"({url[-1]!r}): a pasted address; cite it without the mark")


def _bylines(r: RecordSet) -> Iterator[Problem]:
    for f, key, at, s in each_source(r):
        if s.publisher and _BYLINE.match(s.publisher):
            yield Problem(f, key, f"{at}.publisher", f"{s.publisher[:60]!r} is a byline (the author): the publisher is the outlet "
                          "that published the page (e.g. Reuters); name the author in the title or note if needed")


# ------------------------------------------------------------------------------------------------ lookups and names


def _walk(obj: Any, at: str) -> Iterator[tuple[str, Any, Any]]:
    """(path, key, value) of every mapping entry in a parsed lookup table."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            here = f"{at}.{k}" if at else str(k)
            yield here, k, v
            yield from _walk(v, here)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _walk(v, f"{at}[{i}]")


def _entry_problem_in(table: Any) -> bool:
    """Whether ``_lookup_entries`` finds anything in ``table``: the same tests, without naming where (a table is walked
    by ``_walk``, which names every entry's path, only when one is found: the tables hold some 7,000 entries, and
    naming each cost a fifth of a check of an unchanged small record)."""
    stack = [table]
    while stack:
        obj = stack.pop()
        if isinstance(obj, dict):
            for k, v in obj.items():
                if isinstance(k, str) and k != k.strip():
                    return True
                if k == "reason" and isinstance(v, str) and _PLACEHOLDER.match(v.strip()):
                    return True
                if isinstance(v, (dict, list)):
                    stack.append(v)
        elif isinstance(obj, list):
            stack.extend(v for v in obj if isinstance(v, (dict, list)))
    return False


#: ``_entry_problem_in`` of a table, by the table's key (``frozen.table_key``: the loader hands out one table per
#: file text, check after check) or, for a table from elsewhere, its ``marshal`` bytes.
_ENTRY_PROBLEM_IN = BoundedCache(64)


def _entry_problem_in_table(table: Any) -> bool:
    """``_entry_problem_in(table)``, kept for equal tables (a table that cannot be marshalled is walked each time)."""
    key: Any = table_key(table)
    if key is None:
        try:
            key = marshal.dumps(table)
        except ValueError:
            return _entry_problem_in(table)
    return _ENTRY_PROBLEM_IN.get_or_compute(key, lambda: _entry_problem_in(table))


def _lookup_entries(r: RecordSet) -> Iterator[Problem]:
    for name, table in sorted(r.lookups.items()):
        if not _entry_problem_in_table(table):
            continue
        f = f"data/lookups/{name}.yaml"
        for at, k, v in _walk(table, ""):
            if isinstance(k, str) and k != k.strip():
                yield Problem(f, name, at, f"the key {k!r} has space around it: a key is matched as written; write {k.strip()!r}")
            if k == "reason" and isinstance(v, str) and _PLACEHOLDER.match(v.strip()):
                yield Problem(f, name, at, f"the reason {v!r} is a placeholder: every entry says why it is there; write the reason")


def _aliases_in_case(r: RecordSet) -> Iterator[Problem]:
    for pid, p in r.persons.items():
        seen: dict[str, int] = {}
        for i, a in enumerate(p.aliases):
            k = a.casefold()
            if k in seen:
                yield Problem(r.files[("persons", pid)], pid, f"aliases[{i}]",
                              f"{a!r} differs from aliases[{seen[k]}] {p.aliases[seen[k]]!r} only in case: names are matched without "
                              "regard to case, so it adds nothing; keep one", "warning")
            else:
                seen[k] = i
