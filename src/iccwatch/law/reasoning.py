"""Reasoning steps: what a rule concluded, on which citation, from which facts.

Every rule returns a Step built while it evaluates, so an explanation is the trace of the actual
evaluation and cannot drift from the code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from iccwatch.model import Source


@dataclass(frozen=True)
class FactUsed:
    """A fact from the record that a step relied on, with its sources."""

    what: str
    date: str | None
    sources: tuple[Source, ...]
    disputed: bool = False
    note: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "date": self.date,
            "disputed": self.disputed,
            "note": self.note,
            "sources": [s.model_dump(mode="json", exclude_none=True) for s in self.sources],
        }


@dataclass
class Step:
    rule: str
    citations: list[str]
    conclusion: str
    facts: list[FactUsed] = field(default_factory=list)
    children: list[Step] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "citations": self.citations,
            "conclusion": self.conclusion,
            "facts": [f.as_dict() for f in self.facts],
            "children": [c.as_dict() for c in self.children],
        }

    def walk(self) -> list[Step]:
        out = [self]
        for c in self.children:
            out += c.walk()
        return out
