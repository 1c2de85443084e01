"""What every fact type's rules see of one sentence and of its document."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from iccwatch.monitor.gazetteer import Spec
from iccwatch.monitor.mentions import Sentence

#: (session 37) A sentence that asks: its question mark at the end, before any closing quote or bracket ('?"', '?»', '?)'), or
#: Spanish's question opened by '¿' at the sentence's head and closed before an attribution ("¿Abandonará Hungría la Corte?, se
#: pregunta el diario").
QUESTION = re.compile(r"\?[\s\"'”’»)\]]*$|^[\W_]*¿[^?]*\?")


def is_question(text: str) -> bool:
    """Whether ``text`` (a sentence) is a question: it ends with a question mark (a closing quote or bracket may follow) or
    opens with Spanish's '¿' whose question mark closes the question (``QUESTION``). A question tells no act: the rules of
    every fact type read it through ``Ctx.question``."""
    return bool(QUESTION.search(text.strip()))


class Untold(tuple[str | None, str | None]):
    """(session 39, mleft25) A fact's date a rule read and found untold on purpose (``UNTOLD``, given as ``when``): the candidate
    stays undated, not dated to the document's day as a fact told in the present would be ('fresh from' a visit in a page of a
    month's first days: the visit may be of the month before)."""


UNTOLD = Untold((None, None))


@dataclass
class Ctx:
    spec: Spec
    text: str
    sentences: list[Sentence]
    scene: list[str]
    emit: Callable[..., None]
    cancelled: list[tuple[str, list[str], bool, str | None]]
    # the sentence at hand
    sent: Sentence = field(default=None)  # type: ignore[assignment]
    s: str = ""
    persons: list[str] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    denial: bool = False
    future: bool = False
    focus: str | None = None
    last_state: str | None = None
    #: (session 39) States the sentence names only as the war's or the crimes' theatre ("crimes committed in the invasion of
    #: Ukraine"), never as an actor: no refuser.
    theatres: list[str] = field(default_factory=list)
    nc: re.Match[str] | None = None
    #: The document's date (the day relative dates count from) and whether it names a day.
    ref: dt.date | None = None
    exact: bool = True
    #: Persons the document tells are taken (or to be taken) to the Court: their arrival there is custody.
    to_court: set[str] = field(default_factory=set)
    #: The sentence before that the current one's event rests on (its person by pronoun or title, or its time by "Hours
    #: later"): its date and place stand in for ones the current sentence lacks (monitor/corefer.py).
    back: Sentence | None = None
    act_back: bool = False  # (session 30) ``back`` tells the act this sentence names by its noun (corefer.ACT_OPENING)

    @property
    def question(self) -> bool:
        """Whether the sentence at hand is a question (``is_question``): the one check every rule uses (session 37)."""
        return is_question(self.s)

    def sentences_before(self, n: int) -> list[Sentence]:
        """The ``n`` sentences before the current one, in order."""
        return [y for y in self.sentences if y.end <= self.sent.start][-n:]

    def next_sentence(self) -> Sentence | None:
        return next((x for x in self.sentences if x.start >= self.sent.end), None)


def pos(m: re.Match[str] | None) -> int | None:
    return m.start() if m else None


