"""What a person's aliases say against the other persons of the record. Run by ``checks.py`` in the order of ``CHECKS``
there (tests/dataset/ROUND17.md).

Warnings:

* an **alias another person also has** (compared without case): a question by that name would find both (as round
  seven's warning for an alias that is another person's name); say in the note why it is this person's too (the note
  then holds the alias) (``shared_aliases``).
"""

from __future__ import annotations

from collections.abc import Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet


def shared_aliases(r: RecordSet) -> Iterator[Problem]:
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
