"""Reasoning steps: what a rule concluded, on which citation, from which facts.

Every rule returns a Step built while it evaluates, so an explanation is the trace of the actual
evaluation and cannot drift from the code. Steps are immutable once built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


@dataclass(frozen=True, init=False)
class Step:
    rule: str
    citations: tuple[str, ...]
    conclusion: str
    facts: tuple[FactUsed, ...]
    children: tuple[Step, ...]

    def __init__(self, rule: str, citations: Iterable[str], conclusion: str,
                 facts: Iterable[FactUsed] = (), children: Iterable[Step] = ()) -> None:
        # Frozen: written once here, straight into the instance (the rules build many steps).
        self.__dict__.update(rule=rule, citations=tuple(dict.fromkeys(citations)), conclusion=conclusion,
                             facts=tuple(facts), children=tuple(children))

    @classmethod
    def later(cls, rule: str, citations: Iterable[str], conclusion: str, children: Callable[[], Iterable[Step]]) -> Step:
        """A step whose conclusion is written now and whose children are written when first read (then kept):
        the root of a determination, whose answer and conclusion a caller may read without its reasoning (the
        travel map asks every State). Read, it is the step ``Step(rule, citations, conclusion, (), children())``
        and equal to it."""
        step = cls.__new__(cls)
        step.__dict__.update(rule=rule, citations=tuple(dict.fromkeys(citations)), conclusion=conclusion, facts=(),
                             _write_children=children)
        return step

    def __getstate__(self) -> dict[str, Any]:
        """Pickled with its children written (a function that writes them cannot be pickled)."""
        state = dict(self.__dict__)
        if "_write_children" in state:
            del state["_write_children"]
            state["children"] = self.children
        return state

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "citations": list(self.citations),
            "conclusion": self.conclusion,
            "facts": [f.as_dict() for f in self.facts],
            "children": [c.as_dict() for c in self.children],
        }

    def walk(self) -> list[Step]:
        out = [self]
        for c in self.children:
            out += c.walk()
        return out

    def all_citations(self) -> list[str]:
        """Every citation in this step and below, once each, in order."""
        return list(dict.fromkeys(c for s in self.walk() for c in s.citations))


class _ChildrenWrittenOnRead:
    """``Step.children`` of a step made by ``Step.later``: written on first read and kept in the instance,
    where every later read (and every read of an eager step's children) finds it without this descriptor,
    which defines no ``__set__``."""

    def __get__(self, obj: Step | None, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        children = tuple(obj.__dict__["_write_children"]())
        obj.__dict__["children"] = children  # the same value every time: keeping it is not a change
        return children


Step.children = _ChildrenWrittenOnRead()  # type: ignore[assignment]


class WrittenOnRead:
    """A frozen result whose reasoning step may be written only when first read.

    A rule decides its answer first and passes its step either written or as a function that writes
    it; ``step`` writes it once and keeps it. Results compare and hash by ``_key()`` (the decided
    fields) plus the step, and pickle with the step written. Subclasses are frozen dataclasses with
    ``eq=False`` and a ``written`` field.
    """

    written: Step | Callable[[], Step]

    def _key(self) -> tuple[object, ...]:
        raise NotImplementedError

    @property
    def step(self) -> Step:
        """The reasoning (written on first read, then kept)."""
        written = self.written
        if isinstance(written, Step):
            return written
        step = written()
        self.__dict__["written"] = step  # the same value every time: keeping it is not a change
        return step

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self._key() == other._key() and self.step == other.step

    def __hash__(self) -> int:
        return hash(self._key())

    def __getstate__(self) -> dict[str, object]:
        """Pickled with its step written (a function that writes it cannot be pickled)."""
        return {**self.__dict__, "written": self.step}
