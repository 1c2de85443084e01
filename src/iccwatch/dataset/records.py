"""The record in memory: every kind of record by key, plus meta and lookups."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel

    from iccwatch.model import (
        Decision,
        Event,
        Instrument,
        Measure,
        Meta,
        Person,
        Position,
        Request,
        Response,
        Situation,
        State,
        Statement,
        Warrant,
    )

#: Folder under data/ → (model class name, key field). The folder name is the record kind.
KIND_KEYS: dict[str, tuple[str, str]] = {
    "states": ("State", "iso3"),
    "instruments": ("Instrument", "id"),
    "situations": ("Situation", "id"),
    "persons": ("Person", "id"),
    "warrants": ("Warrant", "id"),
    "decisions": ("Decision", "id"),
    "events": ("Event", "id"),
    "statements": ("Statement", "id"),
    "positions": ("Position", "id"),
    "requests": ("Request", "id"),
    "measures": ("Measure", "id"),
    "responses": ("Response", "id"),
}


class _Kinds(Mapping[str, "tuple[type[BaseModel], str]"]):
    """Kind → (model class, key field). The kinds are known without importing the model (pydantic):
    a class is imported when its entry is first read (a one-question CLI run reads the store's plain
    objects and never needs one)."""

    def __getitem__(self, kind: str) -> tuple[type[BaseModel], str]:
        name, key = KIND_KEYS[kind]
        return getattr(importlib.import_module("iccwatch.model"), name), key

    def __iter__(self) -> Iterator[str]:
        return iter(KIND_KEYS)

    def __len__(self) -> int:
        return len(KIND_KEYS)

    def __contains__(self, kind: object) -> bool:
        return kind in KIND_KEYS

    def keys(self) -> Any:
        return KIND_KEYS.keys()


#: Folder under data/ → (model, key field). The folder name is the record kind.
KINDS: Mapping[str, tuple[type[BaseModel], str]] = _Kinds()


@dataclass
class RecordSet:
    """All records of the dataset, keyed by their stable keys."""

    meta: Meta
    states: dict[str, State] = field(default_factory=dict)
    instruments: dict[str, Instrument] = field(default_factory=dict)
    situations: dict[str, Situation] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    warrants: dict[str, Warrant] = field(default_factory=dict)
    decisions: dict[str, Decision] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    statements: dict[str, Statement] = field(default_factory=dict)
    positions: dict[str, Position] = field(default_factory=dict)
    requests: dict[str, Request] = field(default_factory=dict)
    measures: dict[str, Measure] = field(default_factory=dict)
    responses: dict[str, Response] = field(default_factory=dict)
    #: data/lookups/*.yaml by file stem (normalisation tables for matching text).
    lookups: dict[str, Any] = field(default_factory=dict)
    #: The file each record came from, by (kind, key), for error messages.
    files: dict[tuple[str, str], str] = field(default_factory=dict)

    def of_kind(self, kind: str) -> dict[str, Any]:
        if kind not in KINDS:
            raise KeyError(f"unknown record kind {kind!r}; kinds are {', '.join(KINDS)}")
        records: dict[str, Any] = getattr(self, kind)
        return records

    def file_of(self, kind: str, key: str) -> str:
        """The file a record came from, for an error message (its usual place when the record was built in memory)."""
        return self.files.get((kind, key), f"data/{kind}/{key}.yaml")

    def counts(self) -> dict[str, int]:
        return {kind: len(self.of_kind(kind)) for kind in KINDS}
