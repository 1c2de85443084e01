"""What the engine answers: one result type for every rule, and the Determination built from them.

Every rule returns a :class:`RuleResult` (its step, whether it applies, what it cites, the bodies a
failure could go to, the positions where it is contested, the facts it lacks, its doubts). The
arrest question composes them with :func:`compose` (the travel matrix uses the same function), and
the :class:`Determination` is built once from the evaluation and then frozen: its answer and the
conclusion of its root step come from the same value and cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from iccwatch.law.citations import citation_url
from iccwatch.law.reasoning import Step, WrittenOnRead
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Position

Answer = Literal["obliged", "not_obliged", "contested", "unknown"]
Applies = Literal["yes", "no", "contested", "unknown"]
#: The earliest and the latest day on which a warrant may have been issued (one day where the record dates it).
IssueSpan = tuple[dt.date, dt.date]
Body = Literal["ASP", "UNSC"]
Forum = frozenset[str]
NO_FORUM: Forum = frozenset()

#: What a modifier does to a duty that applies: raise a contest (Art. 98(2)), allow the execution to be
#: postponed (Art. 95), or nothing but a note in the reasoning (immunity between parties, Art. 90).
Effect = Literal["contest", "postpone", "note"]


def forum_text(bodies: Iterable[str]) -> str:
    """The canonical printed form of a set of bodies (``ASP``, ``UNSC``, ``ASP+UNSC`` or ``none``):
    written only at the edge, never parsed back."""
    b = set(bodies)
    return "+".join(x for x in ("ASP", "UNSC") if x in b) or "none"


#: Each body a failure may be referred to (Art. 87(7)) in full, for a reader who does not know "ASP".
BODY_NAMES = {"ASP": "the Assembly of States Parties", "UNSC": "the Security Council"}


def forum_key(forums: Iterable[str | None]) -> str:
    """The bodies named by ``forums`` (``ASP``, ``ASP+UNSC``, ...) in full, each once: "ASP: the Assembly of
    States Parties; UNSC: the Security Council" ("" if none): the one key the dashboard, the reports and the
    CLI print under an answer or a table that names them."""
    codes = {p for f in forums for p in str(f or "").split("+")}
    return "; ".join(f"{code}: {name}" for code, name in BODY_NAMES.items() if code in codes)


def forum_words(value: object) -> str:
    """Where a finding went, in words, as the CLI, the reports and the gaps' rows give it: ``ASP+UNSC`` is "ASP and
    UNSC", ``none`` is "not referred"; nothing where the record does not say."""
    if value is None or value == "":
        return ""
    return "not referred" if value == "none" else str(value).replace("+", " and ")


def forum_in_full(forum: str | None) -> str:
    """One answer's forum in full, after its code: "the Assembly of States Parties" for ``ASP``, the key
    ("ASP: ...; UNSC: ...") for several bodies, "" for none."""
    return BODY_NAMES.get(str(forum or ""), "") or (forum_key([forum]) if forum and "+" in forum else "")


@dataclass(frozen=True, init=False, eq=False)
class RuleResult(WrittenOnRead):
    """The result of one rule: a possible legal basis of a duty, or a rule that modifies one.

    A rule decides everything but the text of its step first; it may pass the step as a function
    that writes it (``lambda: Step(...)``), called when the step is first read. The answer, the
    basis and the forum are the same either way: the travel matrix, which reads only those, never
    pays for the text, and a determination, which reads the step, gets the same step as if it had
    been written eagerly.
    """

    kind: str
    applies: Applies
    #: The step, or a function that writes it (read it through ``step``).
    written: Step | Callable[[], Step] = field(compare=False, repr=False)
    citations: tuple[str, ...] = ()
    forum: Forum = NO_FORUM
    positions: tuple[Position, ...] = ()
    missing: tuple[str, ...] = ()
    doubts: tuple[str, ...] = ()
    #: For a modifier that applies: what it does to the duty.
    effect: Effect | None = None
    #: Holdings and positions taken after the question's date (shown apart, never relied on).
    later: tuple[Position, ...] = ()

    def __init__(self, kind: str, applies: Applies, written: Step | Callable[[], Step], citations: tuple[str, ...] = (),
                 forum: Forum = NO_FORUM, positions: tuple[Position, ...] = (), missing: tuple[str, ...] = (),
                 doubts: tuple[str, ...] = (), effect: Effect | None = None, later: tuple[Position, ...] = ()) -> None:
        # Frozen: written once here, straight into the instance (the travel matrix builds thousands).
        self.__dict__.update(kind=kind, applies=applies, written=written, citations=citations, forum=forum,
                             positions=positions, missing=missing, doubts=doubts, effect=effect, later=later)

    def _key(self) -> tuple[object, ...]:
        return (self.kind, self.applies, self.citations, self.forum, self.positions, self.missing, self.doubts,
                self.effect, self.later)


#: The earlier name of the result of a basis rule.
Basis = RuleResult


def duty_answer(duties: Sequence[RuleResult]) -> Answer:
    """The answer the bases give: obliged if any applies; else unknown if any cannot be told (it may
    apply, which would make the State obliged, even beside a contested ground); else contested if any
    is contested; else not obliged."""
    applies = {b.applies for b in duties}
    if "yes" in applies:
        return "obliged"
    if "unknown" in applies:
        return "unknown"
    if "contested" in applies:
        return "contested"
    return "not_obliged"


#: The earlier name of :func:`duty_answer`.
answer_of = duty_answer


def compose(duties: Sequence[RuleResult], modifiers: Sequence[RuleResult], warrant: Applies) -> Answer:
    """The one composition of the arrest question, shared by the engine and the travel matrix.

    ``warrant`` says whether a warrant of arrest is outstanding (``yes``), not (``no``) or cannot be
    told (``unknown``). A duty that applies becomes contested where a modifier raises a contest
    (Art. 98(2)), and not obliged for now where the State may postpone its execution (Art. 95).
    """
    if warrant == "no":
        return "not_obliged"
    answer = duty_answer(duties)
    if warrant == "unknown":
        return "not_obliged" if answer == "not_obliged" else "unknown"
    if answer == "obliged":
        effects = {m.effect for m in modifiers if m.applies == "yes"}
        if "postpone" in effects:
            return "not_obliged"
        if "contest" in effects:
            return "contested"
        if any(m.applies == "unknown" and m.effect in ("postpone", "contest") for m in modifiers):
            # A rule on execution that may or may not apply (an agreement dated only by its month): obliged
            # if it does not, contested or postponed if it does.
            return "unknown"
    return answer


def forum_of(results: Iterable[RuleResult]) -> Forum:
    """The union of the bodies a failure could be referred to."""
    return frozenset(b for r in results for b in r.forum)


@dataclass(frozen=True)
class Dependency:
    """How the answer changes if a fact the record marks as disputed is not true."""

    fact: str
    answer_if_recorded: str
    answer_if_not: str

    def as_dict(self) -> dict[str, str]:
        return {"fact": self.fact, "answer_if_recorded": self.answer_if_recorded, "answer_if_not": self.answer_if_not}


def position_date_doubts(positions: Iterable[Position], on: dt.date) -> list[str]:
    """A listed position dated only to its month or year, on a day within that span before its last: it is
    listed from the first day its date can mean, but whether it had been taken by the day asked is not known."""
    out = []
    for p in positions:
        span = DateSpan.parse(p.date) if p.date else None
        if span is not None and not span.exact and on < span.last:
            out.append(f"the position of {p.held_by} ({p.id}) is dated only to {p.date}: whether it had been taken by {on} "
                       "is not known (it is listed from the first day that date can mean)")
    return out


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
        # Whom or which situation the position was stated about (empty: stated in general terms).
        "persons": list(p.persons),
        "situations": list(p.situations),
        "sources": [s.model_dump(mode="json", exclude_none=True) for s in p.sources],
    }


def position_labels(positions: list[dict[str, Any]], answer: str) -> list[str]:
    """How each listed position is introduced to a reader: "the Court" for a holding of the Court; else
    "contrary position" where following it would give another answer than the Court's holdings in the list
    (or, where the list holds none, than the answer given), "concurring position" where it would give the
    same, and "position" where it or the list gives no answer to measure (a position whose answer if
    followed is unknown; no holding and an answer neither obliged nor not obliged). A position that agrees
    with the Court is not called contrary, and the contrary ones are those the immunity step counts as
    holding otherwise."""
    decided = ("obliged", "not_obliged")
    court = {p["answer_if_followed"] for p in positions if p.get("court") and p["answer_if_followed"] in decided}
    against = court or ({answer} if answer in decided else set())
    return ["the Court" if p.get("court") else "position" if not against or p["answer_if_followed"] not in decided
            else "concurring position" if p["answer_if_followed"] in against else "contrary position" for p in positions]


#: Words the root conclusion of each answer carries (the property test checks them).
ROOT_PHRASES: dict[str, str] = {
    "obliged": "must arrest and surrender",
    "not_obliged": "has no duty",
    "contested": "is contested",
    "unknown": "cannot be told",
}


@dataclass(frozen=True, init=False)
class Determination:
    question: dict[str, Any]
    answer: Answer
    basis: tuple[str, ...]
    forum_bodies: Forum
    reasoning: Step
    #: Contrary positions (and the Court's own holdings) where the law is contested, as at the date.
    contested: tuple[Position, ...] = ()
    #: Holdings and positions on the same questions taken after the question's date.
    later_held: tuple[Position, ...] = ()
    assumptions: tuple[str, ...] = ()
    missing_facts: tuple[str, ...] = ()
    depends_on: tuple[Dependency, ...] = ()
    doubts: tuple[str, ...] = ()
    bases: tuple[RuleResult, ...] = ()
    #: The Court's recorded decisions on this State's cooperation concerning this person (what it found
    #: and where it actually referred the matter), beside the law's answer.
    court_decisions: tuple[dict[str, Any], ...] = field(default=())
    #: The State is bound and a warrant is outstanding, but it may postpone executing the request for
    #: now (Art. 95): the answer is "not obliged" for now, not "not bound".
    execution_postponed: bool = False

    def __init__(self, question: dict[str, Any], answer: Answer, basis: tuple[str, ...], forum_bodies: Forum, reasoning: Step,
                 contested: tuple[Position, ...] = (), later_held: tuple[Position, ...] = (), assumptions: tuple[str, ...] = (),
                 missing_facts: tuple[str, ...] = (), depends_on: tuple[Dependency, ...] = (), doubts: tuple[str, ...] = (),
                 bases: tuple[RuleResult, ...] = (), court_decisions: tuple[dict[str, Any], ...] = (),
                 execution_postponed: bool = False) -> None:
        # Frozen: written once here, straight into the instance (as RuleResult: every question builds one, and the
        # generated frozen __init__ sets each field through object.__setattr__). A new field is added here too.
        self.__dict__.update(question=question, answer=answer, basis=basis, forum_bodies=forum_bodies, reasoning=reasoning,
                             contested=contested, later_held=later_held, assumptions=assumptions, missing_facts=missing_facts,
                             depends_on=depends_on, doubts=doubts, bases=bases, court_decisions=court_decisions,
                             execution_postponed=execution_postponed)
        self.__post_init__()

    def __post_init__(self) -> None:
        phrase = ROOT_PHRASES[self.answer]
        if phrase not in self.reasoning.conclusion:
            raise AssertionError(f"root conclusion does not state the answer {self.answer!r}: {self.reasoning.conclusion}")

    @property
    def forum(self) -> str:
        """The bodies a failure could go to, in printed form."""
        return forum_text(self.forum_bodies)

    def sources(self) -> list[dict[str, Any]]:
        seen: dict[str, dict[str, Any]] = {}
        for s in self.reasoning.walk():
            for f in s.facts:
                for src in f.sources:
                    seen.setdefault(src.url, src.model_dump(mode="json", exclude_none=True))
        return list(seen.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "basis": list(self.basis),
            "forum": self.forum,
            "forum_bodies": sorted(self.forum_bodies),
            "reasoning": self.reasoning.as_dict(),
            "contested": [position_dict(p) for p in self.contested],
            "later_held": [position_dict(p) for p in self.later_held],
            "assumptions": list(self.assumptions),
            "missing_facts": list(self.missing_facts),
            "depends_on": [d.as_dict() for d in self.depends_on],
            "doubts": list(self.doubts),
            "court_decisions": list(self.court_decisions),
            "citations": [{"citation": c, "url": citation_url(c)} for c in self.reasoning.all_citations()],
            "sources": self.sources(),
        }
