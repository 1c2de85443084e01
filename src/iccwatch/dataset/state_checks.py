"""A State's own record against the other States' and against the day the State came into being (tests/dataset/ROUND18.md).
Run by ``checks.py`` in the order of ``CHECKS`` there.

Errors:

* a State's **``official_name_fr`` or ``short_name`` that is another State's** in the same field (the integrity checks
  compare ``name``, ``name_fr`` and ``official_name``, and the fields of one language across) (``shared_state_names``);
* a **cooperation-law status recorded twice** on one State (the same status, day, law and measure)
  (``legislation_twice``);
* a State named, in a fact dated **before the State came into being** (its ``since``), where rounds nine to eleven did
  not look: a Council resolution's ``obliges_states`` (by its ``adopted``), a competing request's ``requesting`` State
  (by the request's date), a statement's ``open_to`` (by its date), the State's own cooperation-law statuses (by
  their ``as_of``) and, from round twenty-nine, a situation's ``states`` and ``referring_states`` (by its referral, or
  where it has none, the first of its preliminary examination and its investigation) (``named_before_the_state``).
"""

from __future__ import annotations

from collections.abc import Iterator

from iccwatch.dataset.linked_date_checks import situation_begun
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import DateSpan


def shared_state_names(r: RecordSet) -> Iterator[Problem]:
    for name_field in ("official_name_fr", "short_name"):
        seen: dict[str, str] = {}
        for iso3, st in r.states.items():
            name = getattr(st, name_field, None)
            if not name:
                continue
            other = seen.setdefault(name.casefold(), iso3)
            if other != iso3:
                yield Problem(r.file_of("states", iso3), iso3, name_field, f"{name!r} is also the {name_field} of {other}")


def legislation_twice(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        seen: dict[tuple[str, str, str | None, str | None], int] = {}
        for i, ls in enumerate(st.implementing_legislation):
            key = (ls.status, ls.as_of, ls.law, ls.measure)
            if key in seen:
                yield Problem(r.file_of("states", iso3), iso3, f"implementing_legislation[{i}]",
                              f"the status {ls.status!r} as of {ls.as_of} is recorded twice (implementing_legislation[{seen[key]}]): "
                              "record it once, with every source")
            else:
                seen[key] = i


def named_before_the_state(r: RecordSet) -> Iterator[Problem]:
    written = {iso3: st.since.date for iso3, st in r.states.items() if st.since}
    if not written:
        return
    since = {iso3: DateSpan.parse(text).first for iso3, text in written.items()}

    def early(kind: str, key: str, field: str, iso3: str | None, date: str | None) -> Iterator[Problem]:
        if iso3 in since and date is not None and DateSpan.parse(date).last < since[iso3]:
            yield Problem(r.file_of(kind, key), key, field, f"{iso3} is dated from {written[iso3]} (its since), but this is dated "
                          f"{date}, before it existed: the State then was another (record it under that State), or correct the date")

    for key, ins in r.instruments.items():
        for i, iso3 in enumerate(ins.obliges_states):
            yield from early("instruments", key, f"obliges_states[{i}]", iso3, ins.adopted)
    for key, q in r.requests.items():
        yield from early("requests", key, "requesting", q.requesting, q.date)
    for key, st_ in r.statements.items():
        for i, iso3 in enumerate(st_.open_to):
            yield from early("statements", key, f"open_to[{i}]", iso3, st_.date)
    for iso3, st in r.states.items():
        for i, ls in enumerate(st.implementing_legislation):
            yield from early("states", iso3, f"implementing_legislation[{i}].as_of", iso3, ls.as_of)
    for key, sit in r.situations.items():
        begun = situation_begun(sit)
        for field in ("states", "referring_states"):
            for i, iso3 in enumerate(getattr(sit, field)):
                yield from early("situations", key, f"{field}[{i}]", iso3, begun)
