"""The facts the law engine sees: a read-only view of the record, optionally changed by assumptions.

``Facts`` does no I/O: the service layer loads a ``RecordSet`` (from the store or the YAML record) and
wraps it. Rules ask date-aware questions (``acts_until``, ``warrants_of``, ``positions_on``) rather
than filtering the record themselves, and pure results are memoised in private caches that are
bounded (least recently used entries are dropped), so a server asked about many dates keeps a flat
memory.

What-if questions add or override facts with explicit assumptions (``HUN withdrawal_notified
2025-06-02``, ``warrant "Vladimir Putin" withdrawn 2027-01-01``); every answer built on them lists what
was assumed. The syntax is documented in docs/law.md ("What-if").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import shlex
from collections.abc import Callable, Collection, Hashable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from iccwatch.caching import BoundedCache
from iccwatch.dataset.grading import PublisherIndex
from iccwatch.dataset.names import name_key, normalise_name, spelling_table
from iccwatch.dataset.records import RecordSet
from iccwatch.errors import ErrorKind, InputError, NotFoundError
from iccwatch.model.dates import YEARS, DateSpan, date_sort_key
from iccwatch.model.rome_statute import one_year_after
from iccwatch.model.terms import OfficeKind, ParticipationAction

if TYPE_CHECKING:
    # The model classes are imported (with pydantic) only where an assumption builds a record: the
    # records a question reads may be the store's plain objects (iccwatch.store.plain).
    from iccwatch.model import (
        Decision,
        Participation,
        Person,
        Position,
        Request,
        Situation,
        Source,
        State,
        Warrant,
    )


@functools.cache
def assumption_source() -> Source:
    """The placeholder source every assumed fact carries (never a link: ``iccwatch.invalid``)."""
    from iccwatch.model import Source

    return Source(url="https://iccwatch.invalid/assumption", title="assumption given by the user (what-if)", kind="secondary")


def __getattr__(name: str) -> Any:
    if name == "ASSUMPTION_SOURCE":  # the former constant, built on first use
        return assumption_source()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


T = TypeVar("T")
_ABSENT: Any = object()

#: Entries kept per cache kind; an entry that is a small rule result (a party status: about 1.6 kB) keeps
#: a kind under about 7 MB whatever the number of dates asked. A kind whose entries are larger passes a
#: smaller ``maxsize`` (the law's evaluations and bases: iccwatch.law.arrest.HEAVY_CACHE_SIZE).
DEFAULT_CACHE_SIZE = 4096


class UnknownState(NotFoundError):
    """No State of the record by that code or name (404). ``asked`` is the text given and ``meant`` the (ISO code, name)
    of each State the message offers ("did you mean"), for the dashboard's error page to link (session 39)."""

    field = "state"

    def __init__(self, message: str, asked: str | None = None, meant: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.asked = asked
        self.meant = meant or []


class UnknownPerson(NotFoundError):
    """No person of the record by that id, name or alias (404)."""

    field = "person"


class AmbiguousPerson(UnknownPerson):
    """A name that fits several persons: the message lists them, ``candidates`` holds their (id, name)
    (the API answers 422 with them, as the CLI's "did you mean"): a value to make more specific, so of kind input."""

    kind: ClassVar[ErrorKind] = "input"

    def __init__(self, message: str, candidates: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.candidates = candidates


class UnknownStatement(NotFoundError):
    """A joint statement's id the record does not hold (the message names it)."""

    field = "statement"

    def __init__(self, statement_id: str) -> None:
        super().__init__(f"no joint statement with the id {statement_id!r} is recorded")


class AssumptionError(InputError):
    """An assumption (``--assume``, ``assume=``) that cannot be read or cannot hold with the record (422)."""

    field = "assume"


#: Art. 125(1): the Statute was opened for signature on 17 July 1998, and for signature until 31 December 2000.
STATUTE_ADOPTED = dt.date(1998, 7, 17)
SIGNATURE_CLOSED = dt.date(2000, 12, 31)

_ACTIONS: tuple[str, ...] = ParticipationAction.__args__  # type: ignore[attr-defined]
_OFFICE_KINDS: tuple[str, ...] = OfficeKind.__args__  # type: ignore[attr-defined]
_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
#: The acts a withdrawal's effect and an entry into force are derived from (Arts. 127(1), 126(2)).
_EFFECT_SOURCES: dict[str, tuple[str, ...]] = {
    "withdrawal_effective": ("withdrawal_notified",),
    "entry_into_force": ("ratification", "accession", "acceptance", "approval", "ratification_or_accession"),
}
#: The words that start an assumption about something other than a State's treaty act.
#: The recorded statuses of a warrant, dated after an assumed surrender or withdrawal, that the assumption overtakes.
_OVERTAKEN_BY: dict[str, frozenset[str]] = {
    "surrendered": frozenset({"at_large", "arrested"}),
    "warrant_withdrawn": frozenset({"at_large", "arrested", "surrendered", "appeared_voluntarily"}),
}
ASSUMPTION_KINDS = ("warrant", "custody", "office", "referral", "extradition", "art16")
#: The closing words of an assumed extradition request (Art. 90): for other conduct than the Court's case, and
#: whether the requested State has an international obligation to extradite to the requesting State.
_EXTRADITION_WORDS = {"other_conduct": ("conduct", "other"), "same_conduct": ("conduct", "same"),
                      "obligation": ("obligation", True), "no_obligation": ("obligation", False)}
ASSUMPTION_HELP = (
    "write 'ISO3 ACTION YYYY-MM-DD' (e.g. 'HUN withdrawal_notified 2025-06-02'; an art_98_2_agreement adds 'with ISO3', "
    "a declaration_12_3 or ad_hoc_arrangement may add 'for SITUATION'), "
    "'warrant PERSON issued DATE [in SITUATION]', 'warrant PERSON withdrawn DATE', 'custody PERSON DATE', "
    "'office PERSON KIND ISO3 FROM [TO]', 'referral SITUATION unsc DATE [obliging ISO3,ISO3]' / "
    "'referral SITUATION ISO3 DATE' (a State's referral), or 'extradition PERSON from ISO3 by ISO3 DATE "
    "[other_conduct] [obligation|no_obligation]' (a competing request, Art. 90), or 'art16 deferral SITUATION|PERSON FROM [TO]' "
    "(a Security Council request under Art. 16; TO defaults to 12 months) (quote a name with spaces)"
)


@dataclass(frozen=True)
class Assumption:
    """A fact assumed for a what-if question.

    ``kind`` is ``act`` (a State's act under the Statute: ``ISO3 ACTION DATE``), ``warrant``,
    ``custody``, ``office``, ``referral`` or ``extradition`` (another State's request to extradite the person, received
    by ``iso3`` from ``counterparty``: ``action`` is ``same_conduct`` or ``other_conduct``, ``obligation`` whether the
    requested State owes the requester extradition, ``None`` where not said).
    """

    iso3: str
    action: str
    date: str
    instrument: str = "rome-statute"
    counterparty: str | None = None
    kind: str = "act"
    person: str | None = None
    situation: str | None = None
    end: str | None = None
    obligation: bool | None = None

    @classmethod
    def parse(cls, text: str) -> Assumption:
        try:
            words = shlex.split(text)
        except ValueError as exc:
            raise AssumptionError(f"cannot read assumption {text!r} ({exc}): {ASSUMPTION_HELP}") from None
        if words and words[0].lower() in ASSUMPTION_KINDS:
            return cls._parse_other(text, words)
        m = re.fullmatch(rf"\s*([A-Za-z]{{3}})\s+([a-z_0-9]+)\s+({_DATE})(?:\s+with\s+([A-Za-z]{{3}}))?(?:\s+for\s+([a-z0-9-]+))?\s*", text)
        if not m:
            raise AssumptionError(f"cannot read assumption {text!r}: {ASSUMPTION_HELP}")
        iso3, action, date = m.group(1).upper(), m.group(2), m.group(3)
        counterparty = m.group(4).upper() if m.group(4) else None
        if (action == "art_98_2_agreement") != (counterparty is not None):
            raise AssumptionError(f"assumption {text!r}: an art_98_2_agreement needs 'with ISO3', and only it takes one")
        if action not in _ACTIONS:
            raise AssumptionError(f"unknown action {action!r} in assumption {text!r}; one of: {', '.join(_ACTIONS)}")
        if m.group(5) and action not in ("declaration_12_3", "ad_hoc_arrangement"):
            raise AssumptionError(f"assumption {text!r}: only a declaration_12_3 or an ad_hoc_arrangement takes 'for SITUATION'")
        _check_date(date, text)
        return cls(iso3, action, date, counterparty=counterparty, situation=m.group(5))

    @classmethod
    def _parse_other(cls, text: str, w: list[str]) -> Assumption:
        kind = w[0].lower()
        if kind == "warrant" and len(w) in (4, 6) and w[2] in ("issued", "withdrawn"):
            situation = None
            if len(w) == 6:
                if w[2] != "issued" or w[4] != "in":
                    raise AssumptionError(f"cannot read assumption {text!r}: {ASSUMPTION_HELP}")
                situation = w[5]
            _check_date(w[3], text)
            return cls("", w[2], w[3], kind="warrant", person=w[1], situation=situation)
        if kind == "custody" and len(w) == 3:
            _check_date(w[2], text)
            return cls("", "surrendered", w[2], kind="custody", person=w[1])
        if kind == "office" and len(w) in (5, 6):
            if w[2] not in _OFFICE_KINDS:
                raise AssumptionError(f"unknown office kind {w[2]!r} in assumption {text!r}; one of: {', '.join(_OFFICE_KINDS)}")
            if not re.fullmatch(r"[A-Za-z]{3}", w[3]):
                raise AssumptionError(f"assumption {text!r}: {w[3]!r} is not an ISO alpha-3 code")
            _check_date(w[4], text)
            end = w[5] if len(w) == 6 else None
            if end:
                _check_date(end, text)
                if DateSpan.parse(end).last <= DateSpan.parse(w[4]).first:
                    raise AssumptionError(f"assumption {text!r}: the office ends ({end}) before or when it starts ({w[4]})")
            return cls(w[3].upper(), w[2], w[4], kind="office", person=w[1], end=end)
        if kind == "referral" and len(w) in (4, 6):
            by = w[2].upper()
            if not re.fullmatch(r"UNSC|[A-Z]{3}", by):
                raise AssumptionError(f"assumption {text!r}: the referring body is 'unsc' or a State's ISO alpha-3 code")
            _check_date(w[3], text)
            obliging = None
            if len(w) == 6:
                if w[4] != "obliging" or by != "UNSC":
                    raise AssumptionError(f"cannot read assumption {text!r}: {ASSUMPTION_HELP}")
                codes = [c.strip().upper() for c in w[5].split(",") if c.strip()]
                if not all(re.fullmatch(r"[A-Z]{3}", c) for c in codes):
                    raise AssumptionError(f"assumption {text!r}: 'obliging' takes ISO alpha-3 codes separated by commas")
                obliging = ",".join(codes)
            return cls(by, "referral", w[3], kind="referral", situation=w[1], counterparty=obliging)
        if kind == "extradition" and len(w) >= 7 and w[2] == "from" and w[4] == "by":
            host, requester = w[3].upper(), w[5].upper()
            if not (re.fullmatch(r"[A-Z]{3}", host) and re.fullmatch(r"[A-Z]{3}", requester)):
                raise AssumptionError(f"assumption {text!r}: 'from' and 'by' take ISO alpha-3 codes")
            if host == requester:
                raise AssumptionError(f"assumption {text!r}: a State does not request extradition from itself")
            _check_date(w[6], text)
            said: dict[str, object] = {}
            for word in w[7:]:
                if word not in _EXTRADITION_WORDS or _EXTRADITION_WORDS[word][0] in said:
                    raise AssumptionError(f"cannot read assumption {text!r}: {ASSUMPTION_HELP}")
                key, value = _EXTRADITION_WORDS[word]
                said[key] = value
            conduct = f"{said.get('conduct', 'same')}_conduct"
            obligation = said.get("obligation")
            return cls(host, conduct, w[6], kind="extradition", person=w[1], counterparty=requester,
                       obligation=obligation if isinstance(obligation, bool) else None)
        if kind == "art16" and len(w) in (4, 5) and w[1].lower() == "deferral":
            for d in w[3:]:
                _check_date(d, text)
            end = w[4] if len(w) == 5 else None
            if end and DateSpan.parse(end).last < DateSpan.parse(w[3]).first:
                raise AssumptionError(f"assumption {text!r}: the deferral ends ({end}) before it starts ({w[3]})")
            if end and DateSpan.parse(end).first >= one_year_after(DateSpan.parse(w[3]).last):
                raise AssumptionError(f"assumption {text!r}: a deferral from {w[3]} to {end} is longer than the twelve months "
                                      "Art. 16 allows (a longer one is a renewal: assume each request)")
            return cls("", "deferral", w[3], kind="art16", situation=w[2], end=end)
        raise AssumptionError(f"cannot read assumption {text!r}: {ASSUMPTION_HELP}")

    def __str__(self) -> str:
        if self.kind == "extradition":
            return (f"extradition {shlex.quote(self.person or '')} from {self.iso3} by {self.counterparty} {self.date}"
                    + (" other_conduct" if self.action == "other_conduct" else "")
                    + ("" if self.obligation is None else " obligation" if self.obligation else " no_obligation"))
        if self.kind == "art16":
            return f"art16 deferral {shlex.quote(self.situation or '')} {self.date}" + (f" {self.end}" if self.end else "")
        if self.kind == "warrant":
            return f"warrant {shlex.quote(self.person or '')} {self.action} {self.date}" + (f" in {self.situation}" if self.situation else "")
        if self.kind == "custody":
            return f"custody {shlex.quote(self.person or '')} {self.date}"
        if self.kind == "referral":
            return f"referral {self.situation} {self.iso3.lower() if self.iso3 == 'UNSC' else self.iso3} {self.date}" + (
                f" obliging {self.counterparty}" if self.counterparty else "")
        if self.kind == "office":
            return f"office {shlex.quote(self.person or '')} {self.action} {self.iso3} {self.date}" + (f" {self.end}" if self.end else "")
        return (f"{self.iso3} {self.action} {self.date}" + (f" with {self.counterparty}" if self.counterparty else "")
                + (f" for {self.situation}" if self.situation else ""))


def _check_date(date: str, text: str) -> None:
    if not re.fullmatch(_DATE, date):
        raise AssumptionError(f"assumption {text!r}: {date!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    DateSpan.parse(date)
    if not YEARS[0] <= int(date[:4]) <= YEARS[1]:
        # round sixteen: a withdrawal notified in 9999 overflowed the calendar when its effect was derived (a 500)
        raise AssumptionError(f"assumption {text!r}: {date!r} is outside the years the record reads ({YEARS[0]} to {YEARS[1]})")


def _first(d: str) -> dt.date:
    return DateSpan.parse(d).first



def bears_on(position: Position, person: str | None = None, situations: Collection[str] | None = None) -> bool:
    """Whether ``position`` bears on a question about ``person`` in ``situations``: a general position (naming
    no person and no situation) always does; one that names persons only on a question about one of them,
    one that names situations only on a question in one of them. ``None`` is "not known here": that field
    is not checked (a rule that does not know the person leaves the check to the determination, which does).
    A free function, not a model method, so that the store's plain objects answer it alike."""
    if position.persons and person is not None and person not in position.persons:
        return False
    return not (position.situations and situations is not None and not set(position.situations) & set(situations))


class Facts:
    """The record as the engine sees it. Never writes, never reads a file."""

    def __init__(self, records: RecordSet, assumptions: tuple[Assumption, ...] = ()) -> None:
        self.records = records
        self.assumptions = tuple(assumptions)
        self._caches: dict[str, BoundedCache] = {}
        self._indexes_by_kind: dict[str, dict[Hashable, Any]] = {}
        self._recorded_names: frozenset[str] | None = None
        self._name_index: dict[tuple[str, ...], dict[str, bool]] | None = None
        self._token_index: list[tuple[frozenset[str], str, Person]] | None = None
        self._spellings: dict[str, str] | None = None
        self._warrants_by_person: dict[str, list[Warrant]] | None = None
        self._state_names: dict[str, State] | None = None
        self._acts: dict[str, dict[tuple[str, str | None], list[tuple[dt.date, Participation]]]] = {}
        self._decisions_by: dict[tuple[str, str], list[Decision]] | None = None
        self._positions_by_issue: dict[str, tuple[list[tuple[dt.date | None, Position]], list[tuple[dt.date | None, Position]]]] | None = None

    @functools.cached_property
    def publishers(self) -> PublisherIndex:
        """The publisher and grade of each cited domain (data/lookups/publishers.yaml)."""
        return PublisherIndex.from_lookups(self.records.lookups)

    # ---- private bounded caches
    def memoised(self, kind: str, key: Hashable, compute: Callable[[], T], maxsize: int = DEFAULT_CACHE_SIZE) -> T:
        """The value of ``compute()`` for ``(kind, key)``, computed once while it stays among the
        ``maxsize`` most recently used of its kind. The facts never change once built, so a pure
        computation over them may be reused."""
        cache = self._caches.get(kind)
        if cache is None:
            cache = self._caches[kind] = BoundedCache(maxsize)
        hit, value = cache.lookup(key)
        if hit:
            return cast(T, value)
        out = compute()
        cache.put(key, out)
        return out

    def indexed(self, kind: str, key: Hashable, compute: Callable[[], T]) -> T:
        """The value of ``compute()`` for ``(kind, key)``, kept as long as the facts: an index of the record.

        Only for keys the record bounds (a State's code, a person's id, a recorded name, a set of kinds), never
        a date or a user's text: such an index grows with the record, not with the questions asked, so it needs
        no eviction, no recency order and no lock (threads that race compute the same value; the first one
        stored is kept). A key that the record does not hold must make ``compute`` raise, so it is not kept."""
        index = self._indexes_by_kind.get(kind)
        if index is None:
            index = self._indexes_by_kind.setdefault(kind, {})
        value = index.get(key, _ABSENT)
        if value is _ABSENT:
            value = index.setdefault(key, compute())
        return cast(T, value)

    def cache_sizes(self) -> dict[str, int]:
        """How many entries each cache and each index of the record holds (for tests and the soak benchmark)."""
        return {**{k: len(v) for k, v in self._caches.items()}, **{k: len(v) for k, v in self._indexes_by_kind.items()}}

    # ---- construction
    def with_assumptions(self, assumptions: list[Assumption]) -> Facts:
        """A copy of the facts with each assumption applied.

        An assumed treaty act replaces a recorded act of the same kind (so an assumed
        withdrawal_notified replaces the recorded one, whose effective date is then derived under
        Art. 127(1)) and counts as undisputed for the question asked. No assumption: these very facts (they never
        change once built), with every index and cache they hold, rather than a copy that builds them all again.
        """
        if not assumptions:
            return self
        records = self.records
        acts = [(a.iso3, a.action, a.instrument, a.counterparty) for a in assumptions if a.kind == "act"]
        if twice := sorted({f"{k[0]} {k[1]}" for k in acts if acts.count(k) > 1}):
            # round sixteen: the last of two was kept without a word
            raise AssumptionError(f"the same act is assumed twice ({', '.join(twice)}): assume it once, on one date")
        # An assumed effect after the assumed notification it follows, whatever their order (a notification applied
        # after it would drop it, as it drops a recorded effect).
        # An instrument assumed after an assumed effect of the same State's withdrawal is checked after that effect is
        # applied (round 28: 'MNG withdrawal_notified 2023-01-01', 'MNG withdrawal_revoked 2024-06-01', 'MNG
        # withdrawal_effective 2024-12-01', 'MNG accession 2025-06-01' was checked before the later date named, as if the
        # withdrawal had taken effect one year on despite its revocation).
        effects = {a.iso3: _first(a.date) for a in assumptions if a.kind == "act" and a.action == "withdrawal_effective"}

        def order(x: Assumption) -> int:
            if x.kind != "act":
                return 0
            if x.action == "withdrawal_effective":
                return 1
            later = x.action in _EFFECT_SOURCES["entry_into_force"] and x.iso3 in effects and _first(x.date) > effects[x.iso3]
            return 2 if later else 0

        for a in sorted(assumptions, key=order):
            if a.kind == "act":
                records = _assume_act(records, a)
            elif a.kind == "referral":
                records = _assume_referral(records, a)
            elif a.kind == "extradition":
                records = _assume_extradition(records, a)
            elif a.kind == "art16":
                records = _assume_art16(records, a)
            else:
                records = _assume_about_person(self, records, a)
        return self._sharing_indexes(Facts(records, self.assumptions + tuple(assumptions)))

    def without_act(self, iso3: str, act: Participation) -> Facts:
        """A copy of the facts without one recorded act (to test how an answer depends on a disputed fact)."""
        return self._without(iso3, [act])

    def without_effect(self, iso3: str, act: Participation) -> Facts | None:
        """For a disputed withdrawal's effect or entry into force that the Statute derives from an act the record also
        holds (Arts. 127(1), 126(2)): a copy of the facts as if the effect had not taken place at all, the act it follows
        (the latest notification of withdrawal, or deposit, of the same instrument on or before it) dropped with it.
        Dropping the effect alone derives it again from that act (``without_act``); this is the other view a reader
        of the dispute also needs. ``None`` where the act is of another kind or nothing it follows is recorded."""
        sources = _EFFECT_SOURCES.get(act.action)
        if not sources:
            return None
        st = self.records.states[iso3]
        day = DateSpan.parse(act.date).last
        before = [p for p in st.participation if p.action in sources and p.instrument == act.instrument
                  and DateSpan.parse(p.date).first <= day]
        if not before:
            return None
        return self._without(iso3, [act, max(before, key=lambda p: DateSpan.parse(p.date).sort_key)])

    def _without(self, iso3: str, gone: list[Participation]) -> Facts:
        st = self.records.states[iso3]
        kept = [p for p in st.participation if not any(p is g for g in gone)]
        states = {**self.records.states, iso3: st.model_copy(update={"participation": kept})}
        return self._sharing_indexes(Facts(replace(self.records, states=states), self.assumptions))

    def _sharing_indexes(self, other: Facts) -> Facts:
        """``other`` (a copy of these facts with some kinds replaced) given the indexes of these facts that
        rest only on kinds it shares with them (the very same objects): a what-if about one State's acts
        does not index the persons' names again. Returns ``other``."""
        mine, theirs = self.records, other.records
        same = {k for k in ("states", "persons", "warrants", "decisions", "positions", "lookups")
                if getattr(mine, k) is getattr(theirs, k)}
        if {"persons", "lookups"} <= same:
            other._name_index, other._token_index, other._spellings = self._name_index, self._token_index, self._spellings
            other._recorded_names = self._recorded_names
            if "find_persons_recorded" in self._indexes_by_kind:  # likewise
                other._indexes_by_kind["find_persons_recorded"] = self._indexes_by_kind["find_persons_recorded"]
            if "find_persons" in self._caches:  # a pure function of the persons and the lookups
                other._caches["find_persons"] = self._caches["find_persons"]
        if {"states", "lookups"} <= same:
            other._state_names = self._state_names
        if "warrants" in same:
            other._warrants_by_person = self._warrants_by_person
        if "decisions" in same:
            other._decisions_by = self._decisions_by
        if "positions" in same:
            other._positions_by_issue = self._positions_by_issue
        if "lookups" in same and "publishers" in vars(self):
            other.publishers = self.publishers
        return other

    # ---- date-aware accessors
    @property
    def checked_through(self) -> dt.date:
        return DateSpan.parse(self.records.meta.checked_through).last

    #: The kinds an answer about a State's duties rests on: its treaty acts, the warrants, the persons'
    #: offices, the Court's rulings and the States' positions.
    DUTY_KINDS: tuple[str, ...] = ("states", "warrants", "persons", "decisions", "positions")

    def checked_through_of(self, kinds: tuple[str, ...]) -> tuple[dt.date, str]:
        """The earliest date through which the given kinds were checked, and its ISO text: an answer
        resting on these kinds may miss facts after it."""
        text = min((str(self.records.meta.checked_through_of(k)) for k in kinds),
                   key=lambda t: DateSpan.parse(t).last, default=str(self.records.meta.checked_through))
        return DateSpan.parse(text).last, text

    def acts_until(self, iso3: str, on: dt.date, action: str | tuple[str, ...] | None = None,
                   instrument: str = "rome-statute") -> list[Participation]:
        """The State's acts under ``instrument`` dated on or before ``on`` (a month-only date counts
        from its first day), optionally of the given action(s), in the record's order."""
        by_action = self._acts.get(iso3)
        if by_action is None:
            # One entry per recorded act, by (instrument, action) and by instrument: bounded by the
            # record, not by the dates asked.
            by_action = {}
            for a in self.records.states[iso3].participation:
                entry = (_first(a.date), a)
                by_action.setdefault((a.instrument, a.action), []).append(entry)
                by_action.setdefault((a.instrument, None), []).append(entry)
            self._acts[iso3] = by_action
        if action is None or isinstance(action, str):
            return [a for first, a in by_action.get((instrument, action), ()) if first <= on]
        # Several actions: the record's order across them.
        return [a for first, a in by_action.get((instrument, None), ()) if first <= on and a.action in action]

    def decisions_about(self, iso3: str, person_id: str) -> list[Decision]:
        """The Court's decisions on ``iso3`` concerning the person, by date (indexed once)."""
        if self._decisions_by is None:
            index: dict[tuple[str, str], list[Decision]] = {}
            for d in sorted(self.records.decisions.values(), key=lambda d: date_sort_key(d.date)):
                if d.state is None:  # a ruling in a case, not on a State's cooperation
                    continue
                for pid in d.persons:
                    index.setdefault((d.state, pid), []).append(d)
            self._decisions_by = index
        return self._decisions_by.get((iso3, person_id), [])

    def warrants_of(self, person_id: str) -> list[Warrant]:
        """The person's warrants, summonses and applications (indexed once)."""
        if self._warrants_by_person is None:
            index: dict[str, list[Warrant]] = {}
            for w in self.records.warrants.values():
                index.setdefault(w.person, []).append(w)
            self._warrants_by_person = index
        return self._warrants_by_person.get(person_id, [])

    def warrants_in(self, situation_id: str) -> list[Warrant]:
        """The warrants, summonses and applications in a situation, in the record's order (indexed once)."""
        def compute() -> dict[str, list[Warrant]]:
            index: dict[str, list[Warrant]] = {}
            for w in self.records.warrants.values():
                index.setdefault(w.situation, []).append(w)
            return index
        return self.indexed("warrants_by_situation", None, compute).get(situation_id, [])

    def requests_until(self, kind: str, requested: str, person_id: str, on: dt.date) -> list[Request]:
        """Requests of ``kind`` (e.g. ``extradition``) made to the State ``requested`` about the person on or before
        ``on`` (one dated by its month or year: where it may have been), in the record's order (indexed once)."""
        def compute() -> dict[tuple[str, str | None, str | None], list[tuple[DateSpan, Request]]]:
            index: dict[tuple[str, str | None, str | None], list[tuple[DateSpan, Request]]] = {}
            for r in self.records.requests.values():
                index.setdefault((r.kind, r.requested_state, r.person), []).append((DateSpan.parse(r.date), r))
            return index
        return [r for span, r in self.indexed("requests_by", None, compute).get((kind, requested, person_id), ())
                if span.may_be_on_or_before(on)]

    def decisions_in(self, situation_id: str | None) -> list[Decision]:
        """The Court's decisions in a situation, by date (``date_sort_key``; indexed once)."""
        def compute() -> dict[str | None, list[Decision]]:
            index: dict[str | None, list[Decision]] = {}
            for d in sorted(self.records.decisions.values(), key=lambda d: date_sort_key(d.date)):
                index.setdefault(d.situation, []).append(d)
            return index
        return self.indexed("decisions_by_situation", None, compute).get(situation_id, [])

    def decisions_naming(self, person_id: str) -> list[Decision]:
        """The Court's decisions naming the person, in the record's order (indexed once)."""
        def compute() -> dict[str, list[Decision]]:
            index: dict[str, list[Decision]] = {}
            for d in self.records.decisions.values():
                for pid in dict.fromkeys(d.persons):
                    index.setdefault(pid, []).append(d)
            return index
        return self.indexed("decisions_by_person", None, compute).get(person_id, [])

    def decision_numbered(self, record_number: str) -> Decision | None:
        """The decision of the Court's record number (e.g. ``ICC-02/05-01/09-302``), or None (the first if several)."""
        def compute() -> dict[str, Decision]:
            index: dict[str, Decision] = {}
            for d in self.records.decisions.values():
                if d.record_number:
                    index.setdefault(d.record_number, d)
            return index
        return self.indexed("decisions_by_number", None, compute).get(record_number)

    def situations_concerning(self, iso3: str) -> list[Situation]:
        """The situations on whose State's territory (or by whose nationals) the crimes are alleged, in the record's
        order (indexed once)."""
        def compute() -> dict[str, list[Situation]]:
            index: dict[str, list[Situation]] = {}
            for sit in self.records.situations.values():
                for code in dict.fromkeys(sit.states):
                    index.setdefault(code, []).append(sit)
            return index
        return self.indexed("situations_by_state", None, compute).get(iso3, [])

    def situations_deferred_by(self, iso3: str) -> list[Situation]:
        """The situations in which the State asked the Prosecutor to defer (Art. 18(2)), in the record's order
        (indexed once; whether a request stood on a day is the law's ``deferral``)."""
        def compute() -> dict[str, list[Situation]]:
            index: dict[str, list[Situation]] = {}
            for sit in self.records.situations.values():
                for code in dict.fromkeys(d.state for d in sit.deferrals):
                    index.setdefault(code, []).append(sit)
            return index
        return self.indexed("situations_deferred_by", None, compute).get(iso3, [])

    def positions_on(self, issue: str, on: dt.date, person: str | None = None,
                     situations: Collection[str] | None = None) -> tuple[list[Position], list[Position]]:
        """Positions on ``issue``: those taken on or before ``on`` (and undated ones), the Court's
        first, then by date; and those taken later ("later held"), by date. Only those that bear on a
        question about ``person`` in ``situations`` (``bears_on``; ``None``: not checked)."""
        if self._positions_by_issue is None:
            # Indexed once, each issue's positions in both orders: bounded by the record.
            index: dict[str, tuple[list[tuple[dt.date | None, Position]], list[tuple[dt.date | None, Position]]]] = {}
            for issue_ in {p.issue for p in self.records.positions.values()}:
                dated = [(_first(p.date) if p.date else None, p) for p in self.records.positions.values() if p.issue == issue_]
                index[issue_] = (sorted(dated, key=lambda x: (not x[1].court, date_sort_key(x[1].date))),
                                 sorted(dated, key=lambda x: date_sort_key(x[1].date)))
            self._positions_by_issue = index
        by_standing, by_date = self._positions_by_issue.get(issue, ([], []))
        return ([p for first, p in by_standing if (first is None or first <= on) and bears_on(p, person, situations)],
                [p for first, p in by_date if first is not None and first > on and bears_on(p, person, situations)])

    # ---- lookups
    def state(self, code: str) -> State:
        """A State by ISO alpha-3 (any case), alpha-2, exact English name or alias, or name in another language
        (data/lookups/question_state_names.yaml)."""
        c = code.strip()
        st = self.records.states.get(c.upper())
        if st:
            return st
        if self._state_names is None:
            names: dict[str, State] = {}
            aliases = self.records.lookups.get("state_names", {}).get("names", {})
            for iso3, alias_list in aliases.items():
                for a in alias_list:
                    if iso3 in self.records.states:
                        names[normalise_name(a)] = self.records.states[iso3]
            for s in self.records.states.values():
                for n in (s.name, s.short_name, s.official_name):
                    if n:
                        names[normalise_name(n)] = s
                names[s.iso2.casefold()] = s
            # names in other languages ("Deutschland", "Polska": data/lookups/question_state_names.yaml), never in
            # place of an English name or alias; the table already leaves out a name two States would share
            other = self.records.lookups.get("question_state_names") or {}
            skip = {normalise_name(str(n)) for n in (other.get("not_read") or {}).get("names", [])}
            for table in (other.get("languages") or {}).values():
                for iso3, forms in (table or {}).items():
                    for form in forms or []:
                        if iso3 in self.records.states and normalise_name(str(form)) not in skip:
                            names.setdefault(normalise_name(str(form)), self.records.states[iso3])
            self._state_names = names
        # Names are compared as normalise_name gives them: case, accents and punctuation aside ("Cote
        # d'Ivoire", "côte d’ivoire" and "Côte d'Ivoire" are one name).
        key = normalise_name(c)
        found = self._state_names.get(key) if key else None
        if found is None and key.startswith("the "):
            found = self._state_names.get(key[4:])  # "The Gambia", as "Gambia"
        if found is None:
            like = self._states_like(c)
            hint = " or ".join(f"{s.name} ({s.iso3})" for s in like)
            raise UnknownState(f"unknown state {code!r}: give an ISO 3166-1 alpha-3 code such as HUN, or a State's name"
                               + (f"; did you mean {hint}?" if hint else ""), asked=c, meant=[(s.iso3, s.name) for s in like])
        return found

    def _states_like(self, text: str, limit: int = 8) -> list[State]:
        """The States (at most ``limit``) one of whose names holds every word of ``text`` as a word ("Korea":
        both Koreas), else the names closest in spelling, by name, for an unknown name's error; none where none or too
        many."""
        words = re.findall(r"\w+", normalise_name(text))
        if not words or self._state_names is None:
            return []
        hits = {s.iso3: s for n, s in self._state_names.items()
                if len(n) > 3 and all(re.search(rf"\b{re.escape(w)}\b", n) for w in words)}
        if not hits:  # round twenty-three: a demonym ("Chadian", data/lookups/demonyms.yaml) names its State
            demonyms = (self.records.lookups.get("demonyms") or {}).get("demonyms") or {}
            hits = {iso3: self.records.states[iso3] for iso3, forms in demonyms.items()
                    if iso3 in self.records.states and any(normalise_name(str(f)) == normalise_name(text) for f in forms or [])}
        if not hits and re.fullmatch(r"[A-Za-z]{3}", text.strip()):  # round twenty-three: a code mistyped ("TDC")
            from iccwatch.model.near import near_id

            if (near := near_id(text.strip().upper(), self.records.states)) is not None:
                hits = {near: self.records.states[near]}
        if not hits:  # a misspelling ("Hungry"): the names closest to it, as a person's "did you mean"
            import difflib

            close = difflib.get_close_matches(normalise_name(text), [n for n in self._state_names if len(n) > 3], n=3, cutoff=0.8)
            hits = {self._state_names[n].iso3: self._state_names[n] for n in close}
        if not hits or len(hits) > limit:
            return []
        return sorted(hits.values(), key=lambda s: s.name)

    def _indexes(self) -> tuple[dict[tuple[str, ...], dict[str, bool]], list[tuple[frozenset[str], str, Person]], dict[str, str]]:
        """The persons' names by lookup key (``name_key``), built once: each key with the persons it names
        (and whether it is their full name), every name's tokens for partial matches, and the spelling
        groups of ``data/lookups/name_variants.yaml``."""
        if self._name_index is None or self._token_index is None or self._spellings is None or self._recorded_names is None:
            lookup = self.records.lookups.get("name_variants") or {}
            spellings = spelling_table(lookup)
            variants = lookup.get("persons") or {}
            exact: dict[tuple[str, ...], dict[str, bool]] = {}
            tokens: list[tuple[frozenset[str], str, Person]] = []
            recorded: set[str] = set()
            for p in self.records.persons.values():
                extra = [v["name"] for v in variants.get(p.id) or [] if isinstance(v, dict) and v.get("name")]
                for n in dict.fromkeys([p.name, *p.aliases, *extra]):
                    recorded.add(n)
                    key = name_key(n, spellings)
                    if not key:
                        continue
                    bucket = exact.setdefault(key, {})
                    bucket[p.id] = bucket.get(p.id, False) or n == p.name
                    tokens.append((frozenset(key), "".join(key), p))
            self._name_index, self._token_index, self._spellings = exact, tokens, spellings
            self._recorded_names = frozenset(recorded)
        return self._name_index, self._token_index, self._spellings

    def find_persons(self, query: str) -> list[Person]:
        """The persons a name may mean, the likeliest first; one person where the name is decisive.

        Names are compared by ``name_key`` (accents, case, punctuation, the article "al-"/"el-" and
        transliterated spellings aside; alternative names and spellings from
        ``data/lookups/name_variants.yaml``). A person's full name is decisive. So is one person's alias
        or variant written in two words or more ("Laurent Gbagbo", "Al Hassan"); a one-word alias
        ("Gbagbo") is decisive only if no other person's name contains it. Otherwise every person
        whose name contains all the query's tokens (or equals it without spaces) is a candidate.
        """
        def compute() -> list[Person]:
            exact, tokens, spellings = self._indexes()
            persons = self.records.persons
            key = name_key(query, spellings)
            if not key:
                return []
            hits = exact.get(key, {})
            full = [pid for pid, is_full in hits.items() if is_full]
            if len(full) == 1:
                return [persons[full[0]]]
            q_tokens, joined = frozenset(key), "".join(key)
            partial: list[Person] = []
            for toks, squashed, p in tokens:
                if (q_tokens <= toks or joined == squashed) and p.id not in hits and p not in partial:
                    partial.append(p)
            if len(hits) == 1 and (len(normalise_name(query).split()) > 1 or not partial):
                return [persons[next(iter(hits))]]
            return [*(persons[pid] for pid in hits), *partial]
        if self._recorded_names is None:
            self._indexes()
        if query in cast("frozenset[str]", self._recorded_names):
            # A name, alias or variant exactly as recorded: bounded by the record, so indexed for good
            # (the usual question, by a person's name, needs no normalising and no bounded cache).
            return self.indexed("find_persons_recorded", query, compute)
        return self.memoised("find_persons", query, compute, maxsize=1024)

    def person(self, query: str) -> Person:
        """The one person ``query`` names (by id, or by name as ``find_persons`` reads it); a name that
        fits several persons is an error listing them, never a silent choice."""
        if query in self.records.persons:
            return self.records.persons[query]
        hits = self.find_persons(query)
        if not hits:
            raise UnknownPerson(f"no person in the record matches {query!r}")
        if len(hits) > 1:
            listed = ", ".join(f"{p.name} ({p.id})" for p in hits)
            raise AmbiguousPerson(f"{query!r} matches several persons: {listed}; be more specific (a full name or the id)",
                                  [(p.id, p.name) for p in hits])
        return hits[0]


#: The acts by which a State becomes bound by the Statute (Art. 125(2), (3)) or succeeds to it.
_BINDING_ACTS = ("ratification", "accession", "acceptance", "approval", "succession", "ratification_or_accession")


def _bound_by_statute(st: State, day: dt.date) -> str | None:
    """For checking a what-if (the law engine proper is ``iccwatch.law.party_status``, above this layer):
    ``party`` where the Statute is in force for the State on ``day`` (its entry into force as recorded,
    else derived from the deposit, Art. 126), ``ratified`` where an instrument is deposited but not yet
    in force, ``None`` where it is bound by none or its withdrawal has taken effect since its last instrument."""
    from iccwatch.model.rome_statute import entry_into_force_for, party_intervals

    acts = [x for x in st.participation if x.instrument == "rome-statute"]
    deposits = sorted(_first(x.date) for x in acts if x.action in _BINDING_ACTS and _first(x.date) <= day)
    if not deposits:
        return None
    revoked = [_first(x.date) for x in acts if x.action == "withdrawal_revoked"]
    notices = sorted(_first(x.date) for x in acts if x.action == "withdrawal_notified")

    def revoked_before(end: dt.date) -> bool:
        """Whether the notification an effect on ``end`` follows was revoked before it took effect: the effect then
        ends nothing (VCLT art. 68), as the engine reads it (``law/treaty.py``, round 27; this check counted it until
        round 28)."""
        before = [n for n in notices if n <= end]
        return bool(before) and any(before[-1] <= r < end for r in revoked)

    ended = [iv.end for iv in party_intervals(acts) if iv.end is not None and iv.end <= day and not revoked_before(iv.end)]
    # a notification with no recorded effect (an assumed one: its effect is derived by the engine) ends the party's
    # period one year on (Art. 127(1)), unless revoked before then (VCLT art. 68)
    if not any(x.action == "withdrawal_effective" for x in acts):
        for x in acts:
            if x.action == "withdrawal_notified":
                notified = _first(x.date)
                effect = one_year_after(notified)
                if effect <= day and not any(notified <= r < effect for r in revoked):
                    ended.append(effect)
    if ended and deposits[-1] < max(ended):
        return None
    recorded = [_first(x.date) for x in acts if x.action == "entry_into_force" and _first(x.date) >= deposits[-1]]
    in_force = min(recorded) if recorded else entry_into_force_for(deposits[-1])
    return "party" if in_force <= day else "ratified"


def _assume_act(records: RecordSet, a: Assumption) -> RecordSet:
    st = records.states.get(a.iso3)
    if st is None:
        raise UnknownState(f"unknown state code {a.iso3!r} in assumption {a}")
    if a.counterparty is not None and a.counterparty not in records.states:
        raise UnknownState(f"assumption {a}: {a.counterparty!r} is not a State of the record")
    if a.counterparty == a.iso3:
        raise AssumptionError(f"assumption {a}: an agreement is made with another State, not with {st.name} itself")
    if a.instrument == "rome-statute":
        span = DateSpan.parse(a.date)
        first, last = span.first, span.last
        if last < STATUTE_ADOPTED:
            raise AssumptionError(f"assumption {a}: the Statute was adopted and opened for signature on {STATUTE_ADOPTED} "
                             "(Art. 125(1)); no act under it can be dated before")
        if a.action == "signature" and first > SIGNATURE_CLOSED:
            raise AssumptionError(f"assumption {a}: the Statute was open for signature until {SIGNATURE_CLOSED} (Art. 125(1)); "
                             "a State that has not signed it joins by accession (Art. 125(3))")
    if a.situation is not None and a.situation not in records.situations:
        # Checked here, not only by the CLI, so the API and Python callers get the same error.
        raise AssumptionError(f"assumption {a}: unknown situation {a.situation!r}; one of: {', '.join(sorted(records.situations))}")
    if a.action in _EFFECT_SOURCES["entry_into_force"] and a.instrument == "rome-statute":
        # round 26: an instrument assumed for a State already bound ('MNG accession 2024-01-01') was taken without a word,
        # the answer listing an assumption that changed nothing; a State joins once (Arts. 125(2)-(3), 126) and may
        # join again only after its withdrawal took effect
        bound = _bound_by_statute(st, _first(a.date))
        if bound is not None:
            raise AssumptionError(f"assumption {a}: {st.name} is " + ("already a State Party" if bound == "party" else
                                  "already bound by an instrument deposited and not yet in force") + f" on {a.date}: a State "
                                  "ratifies or accedes once (Arts. 125, 126), and again only after its withdrawal took effect "
                                  "(assume the withdrawal_notified first)")
    if a.action == "withdrawal_notified" and a.instrument == "rome-statute":
        if _bound_by_statute(st, _first(a.date)) is None:
            raise AssumptionError(f"assumption {a}: only a State Party may withdraw (Art. 127(1)), and {st.name} is not one on {a.date}")
    if a.action == "withdrawal_effective" and not any(
            p.action == "withdrawal_notified" and p.instrument == a.instrument and _first(p.date) <= _first(a.date) for p in st.participation):
        # round sixteen: an effect with no notification was assumed without a word (Art. 127(1))
        raise AssumptionError(f"assumption {a}: a withdrawal takes effect after it was notified (Art. 127(1)), and {st.name} notified "
                              "none by then: assume the withdrawal_notified (its effect is derived from it)")
    if a.action == "withdrawal_effective":
        # round 27: Art. 127(1) lets a notification specify a later date than one year, never an earlier one
        notified = max(_first(p.date) for p in st.participation
                       if p.action == "withdrawal_notified" and p.instrument == a.instrument and _first(p.date) <= _first(a.date))
        earliest = one_year_after(notified)
        if _first(a.date) < earliest:
            raise AssumptionError(f"assumption {a}: a withdrawal takes effect one year after the notification ({notified}), on "
                                  f"{earliest}, unless the notification specifies a later date (Art. 127(1)); it cannot take "
                                  "effect earlier: assume an effect on or after that day, or none (it is then derived)")
    kept = [p for p in st.participation if not (p.action == a.action and p.instrument == a.instrument
                                                and (a.counterparty is None or p.counterparty == a.counterparty))]
    if a.action in ("withdrawal_notified", "withdrawal_revoked"):
        # A new notification, or a revocation, replaces any recorded effective date: the engine derives
        # it from the notification (Art. 127(1)) or the withdrawal never takes effect (VCLT art. 68).
        kept = [p for p in kept if not (p.action == "withdrawal_effective" and p.instrument == a.instrument)]
    if a.action in ("ratification", "accession", "acceptance", "approval", "ratification_or_accession"):
        # Likewise a new instrument's entry into force is derived from its deposit (Art. 126(2)), unless
        # the State was already a party.
        kept = [p for p in kept if not (p.action == "entry_into_force" and p.instrument == a.instrument
                                        and _first(p.date) > _first(a.date))]
    from iccwatch.model import Participation

    assumed = Participation(
        instrument=a.instrument,
        action=a.action,
        date=a.date,
        counterparty=a.counterparty,
        situation=a.situation,
        sources=[assumption_source()],
        note="assumed for this question",
    )
    states = {**records.states, a.iso3: st.model_copy(update={"participation": [*kept, assumed]})}
    return replace(records, states=states)


def _assume_extradition(records: RecordSet, a: Assumption) -> RecordSet:
    """Another State's request to extradite the person, received by the host (Art. 90): added to the recorded requests,
    as a request in ``data/requests/`` would be."""
    from iccwatch.model.request import Request

    for iso3 in (a.iso3, a.counterparty or ""):
        if iso3 not in records.states:
            raise UnknownState(f"unknown state code {iso3!r} in assumption {a}")
    person = Facts(records).person(a.person or "")
    rid = f"assumed-extradition-{person.id}-{a.iso3.lower()}-{(a.counterparty or '').lower()}-{a.date}"
    request = Request(id=rid, date=a.date, person=person.id, requested_state=a.iso3, requesting=a.counterparty or "",
                      kind="extradition", same_conduct=a.action == "same_conduct", extradition_obligation=a.obligation,
                      sources=[assumption_source()], note="assumed for this question")
    return replace(records, requests={**records.requests, rid: request})


def _assume_referral(records: RecordSet, a: Assumption) -> RecordSet:
    """A situation referred by a State (Art. 14) or by the Security Council (Art. 13(b)); a Council
    referral binds only the States it names (``obliging``)."""
    sit = records.situations.get(a.situation or "")
    if sit is None:
        raise AssumptionError(f"assumption {a}: unknown situation {a.situation!r}; one of: {', '.join(sorted(records.situations))}")
    if a.iso3 != "UNSC":
        if a.iso3 not in records.states:
            raise UnknownState(f"unknown state code {a.iso3!r} in assumption {a}")
        if _bound_by_statute(records.states[a.iso3], _first(a.date)) != "party":
            raise AssumptionError(f"assumption {a}: only a State Party may refer a situation (Art. 14(1)), and "
                             f"{records.states[a.iso3].name} is not one on {a.date}")
        changed = sit.model_copy(update={"trigger": "state_referral", "referring_states": [*sit.referring_states, a.iso3],
                                         "referral_date": a.date})
        return replace(records, situations={**records.situations, sit.id: changed})
    obliging = [c for c in (a.counterparty or "").split(",") if c]
    unknown = [c for c in obliging if c not in records.states]
    if unknown:
        raise UnknownState(f"unknown state code {unknown[0]!r} in assumption {a}")
    from iccwatch.model import Instrument

    rid = f"assumed-referral-{sit.id}"
    res = Instrument(id=rid, kind="unsc_resolution", title=f"Security Council referral of {sit.name} (assumed)",
                     citation=f"assumed Security Council referral ({a.date[:4]})", adopted=a.date, situation=sit.id,
                     obliges_states=obliging, urges="all other States", sources=[assumption_source()], note="assumed for this question")
    changed = sit.model_copy(update={"trigger": "unsc_referral", "unsc_resolution": rid, "referral_date": a.date})
    return replace(records, situations={**records.situations, sit.id: changed}, instruments={**records.instruments, rid: res})


def _assume_art16(records: RecordSet, a: Assumption) -> RecordSet:
    """A Security Council request under Art. 16 deferring a situation's cases, or one person's case, from ``date`` to
    ``end`` (12 months less a day where not given: "for a period of 12 months")."""
    from iccwatch.model import Instrument
    from iccwatch.model.instrument import Art16Request

    said = a.situation or ""
    if said in records.situations:
        persons, situations, covers = [], [said], f"the situation in {records.situations[said].name} (assumed)"
    else:
        try:
            person = Facts(records).person(said)
        except UnknownPerson:
            raise AssumptionError(f"assumption {a}: {said!r} is neither a situation ({', '.join(sorted(records.situations))}) "
                                  "nor a person of the record") from None
        persons, situations, covers = [person.id], [], f"the case of {person.name} (assumed)"
    start = _first(a.date)
    # twelve months end the day before the same day a year later (from 29 February: on the last day of the next February)
    end = a.end or (one_year_after(start) - dt.timedelta(days=1)).isoformat()
    rid = f"assumed-art16-{said}"
    res = Instrument(id=rid, kind="unsc_resolution", title=f"Security Council request under Art. 16 for {covers}",
                     citation=f"assumed Security Council resolution ({a.date[:4]})", adopted=a.date, sources=[assumption_source()],
                     note="assumed for this question",
                     art16_request=Art16Request(paragraph=1, start=a.date, end=end, covers=covers, persons=persons,
                                                situations=situations))
    return replace(records, instruments={**records.instruments, rid: res})


def _offices_outside(offices: list[Any], a: Assumption) -> list[Any]:
    """The recorded offices left once an office is assumed: the assumption states who held the office of
    that kind and State from its start to its end, so a recorded term of the same kind and State that
    overlaps that period gives way to it. Its part before the assumed start is kept (ended on that day);
    its part after the assumed end is dropped (an assumed end says the person left office then). An
    office with no recorded dates of the same kind and State is replaced. Offices of another kind or
    State are kept (one may hold two offices at once)."""
    start = _first(a.date)
    end = DateSpan.parse(a.end).last if a.end else None
    kept = []
    for o in offices:
        if o.kind != a.action or o.state != a.iso3:
            kept.append(o)
            continue
        if o.start is None and o.end is None:
            continue  # undated: the assumption states the dates
        o_start = _first(o.start) if o.start else None
        o_end = DateSpan.parse(o.end).last if o.end else None
        overlaps = (o_start is None or end is None or o_start < end) and (o_end is None or start < o_end)
        if not overlaps:
            kept.append(o)
        elif o_start is None or o_start < start:
            # Held before the assumed start: that earlier part stands, ending when the assumed term begins.
            kept.append(o.model_copy(update={"end": a.date, "note": ((o.note + "; ") if o.note else "")
                                                                        + f"ended on {a.date} by the assumption"}))
    return kept


def _assume_about_person(facts: Facts, records: RecordSet, a: Assumption) -> RecordSet:
    from iccwatch.model import Office, StatusChange, Warrant

    person = Facts(records).person(a.person or "")
    if a.kind == "office":
        if a.iso3 not in records.states:
            raise UnknownState(f"unknown state code {a.iso3!r} in assumption {a}")
        office = Office(title=f"{a.action.replace('_', ' ')} of {records.states[a.iso3].name} (assumed)", state=a.iso3,
                        kind=a.action, start=a.date, end=a.end, sources=[assumption_source()],
                        note="assumed for this question")
        persons = {**records.persons, person.id: person.model_copy(update={"offices": [*_offices_outside(person.offices, a), office]})}
        return replace(records, persons=persons)
    warrants = dict(records.warrants)
    own = [w for w in warrants.values() if w.person == person.id and w.kind == "arrest_warrant"]
    if a.kind == "warrant" and a.action == "issued":
        # The situation defaults to that of the person's recorded warrant, else of a summons or application.
        anything = sorted((w for w in warrants.values() if w.person == person.id), key=lambda w: w.kind != "arrest_warrant")
        situation = a.situation or (anything[0].situation if anything else None)
        if situation is None:
            raise AssumptionError(f"assumption {a}: {person.name} has no recorded warrant, summons or application; add 'in SITUATION'")
        if situation not in records.situations:
            raise AssumptionError(f"assumption {a}: unknown situation {situation!r}; one of: {', '.join(sorted(records.situations))}")
        sit = records.situations[situation]
        began = sit.authorisation.date if sit.authorisation else sit.investigation_opened
        if began and DateSpan.parse(a.date).last < DateSpan.parse(began).first:
            raise AssumptionError(f"assumption {a}: a warrant is issued only after the initiation of an investigation (Art. 58(1)), "
                             f"and the investigation of the situation {situation!r} began on {began}")
        wid = f"assumed-warrant-{person.id}-{a.date}"
        warrants[wid] = Warrant(id=wid, person=person.id, situation=situation, kind="arrest_warrant", issued=a.date,
                                sources=[assumption_source()], note="assumed for this question")
        return replace(records, warrants=warrants)
    if not own:
        raise AssumptionError(f"assumption {a}: the record holds no warrant of arrest against {person.name}")
    issued = [DateSpan.parse(w.issued).first for w in own if w.issued]
    if issued and DateSpan.parse(a.date).last < min(issued):
        raise AssumptionError(f"assumption {a}: {a.date} is before the warrant against {person.name} was issued ({min(issued)})")
    status = "warrant_withdrawn" if a.kind == "warrant" else "surrendered"
    change = StatusChange(status=status, date=a.date, sources=[assumption_source()], note="assumed for this question")
    # The record's later statuses that have the warrant still to execute are of the world the assumption changes: a
    # person assumed surrendered to the Court is not then at large or arrested by a State, and a warrant assumed withdrawn
    # is not then executed (round 33: an assumed surrender on 2025-07-12 was overtaken by the recorded arrest by Germany
    # on 2025-07-16, and Germany's duty answered as if the assumption had not been made).
    overtaken = _OVERTAKEN_BY[status]
    after = DateSpan.parse(a.date).last
    for w in own:
        kept = [h for h in w.status_history
                if not (h.status in overtaken and h.date and DateSpan.parse(h.date).first > after)]
        history = sorted([*kept, change], key=lambda h: date_sort_key(h.date))
        warrants[w.id] = w.model_copy(update={"status_history": history})
    return replace(records, warrants=warrants)
