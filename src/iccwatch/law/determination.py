"""What the engine answers: a Determination, with its basis, forum, reasoning and contests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from iccwatch.law.citations import citation_url
from iccwatch.law.reasoning import Step
from iccwatch.model import Position

Answer = Literal["obliged", "not_obliged", "contested", "unknown"]
FORUMS = ("ASP", "UNSC", "ASP+UNSC", "none")


def combine_forums(forums: list[str]) -> str:
    """The union of bodies a failure could be referred to, in the canonical form."""
    bodies = {b for f in forums for b in f.split("+") if b and b != "none"}
    if bodies == {"ASP", "UNSC"}:
        return "ASP+UNSC"
    if bodies:
        return bodies.pop()
    return "none"


@dataclass
class Basis:
    """One possible legal basis of a duty and whether it applies on the facts."""

    kind: Literal["statute", "residual", "declaration", "arrangement", "unsc"]
    applies: Literal["yes", "no", "contested", "unknown"]
    citations: list[str]
    forum: str
    step: Step
    positions: list[Position] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def answer_of(bases: list[Basis]) -> Answer:
    """The answer the bases give: obliged if any applies, contested if any is contested, else not obliged."""
    if any(b.applies == "yes" for b in bases):
        return "obliged"
    if any(b.applies == "contested" for b in bases):
        return "contested"
    return "not_obliged"


@dataclass
class Dependency:
    """How the answer changes if a fact the record marks as disputed is not true."""

    fact: str
    answer_if_recorded: str
    answer_if_not: str

    def as_dict(self) -> dict[str, str]:
        return {"fact": self.fact, "answer_if_recorded": self.answer_if_recorded, "answer_if_not": self.answer_if_not}


def position_dict(p: Position) -> dict[str, Any]:
    return {
        "id": p.id,
        "issue": p.issue,
        "held_by": p.held_by,
        "date": p.date,
        "court": p.court,
        "record_number": p.record_number,
        "position": p.summary,
        "answer_if_followed": p.answer_if_followed,
        "sources": [s.model_dump(mode="json", exclude_none=True) for s in p.sources],
    }


@dataclass
class Determination:
    question: dict[str, Any]
    answer: Answer
    basis: list[str]
    forum: str
    reasoning: Step
    #: Contrary positions (and the Court's own holdings) where the law is contested.
    contested: list[Position] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    missing_facts: list[str] = field(default_factory=list)
    depends_on: list[Dependency] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)
    bases: list[Basis] = field(default_factory=list)
    #: The Court's recorded decisions on this State's cooperation concerning this person (what it found
    #: and where it actually referred the matter), beside the law's answer.
    court_decisions: list[dict[str, Any]] = field(default_factory=list)

    def sources(self) -> list[dict[str, Any]]:
        seen: dict[str, dict[str, Any]] = {}
        for s in self.reasoning.walk():
            for f in s.facts:
                for src in f.sources:
                    seen.setdefault(src.url, src.model_dump(mode="json", exclude_none=True))
        return list(seen.values())

    def as_dict(self) -> dict[str, Any]:
        cites: dict[str, str | None] = {}
        for s in self.reasoning.walk():
            for c in s.citations:
                cites.setdefault(c, citation_url(c))
        return {
            "question": self.question,
            "answer": self.answer,
            "basis": self.basis,
            "forum": self.forum,
            "reasoning": self.reasoning.as_dict(),
            "contested": [position_dict(p) for p in self.contested],
            "assumptions": self.assumptions,
            "missing_facts": self.missing_facts,
            "depends_on": [d.as_dict() for d in self.depends_on],
            "doubts": self.doubts,
            "court_decisions": self.court_decisions,
            "citations": [{"citation": c, "url": u} for c, u in cites.items()],
            "sources": self.sources(),
        }
