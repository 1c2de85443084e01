"""Round eight of the checker (``tests/dataset/ROUND8.md``): cross-record and editorial faults a careful
reviewer would catch.

Errors:

* a **finding of non-compliance that treats as live a warrant that had ended**: every warrant of a person it
  names in its situation was withdrawn, its proceedings terminated or the case held inadmissible before the
  trip (or, with no trip, the decision) it is about;
* the Court's **request to arrest a person who had died** (a ``deceased`` status before the request);
* a **statement whose title counts other signatories** than it announces (``by 66 States`` beside
  ``announced_signatories: 67``, or beside a complete list of 67 when no count is announced);
* **one fact recorded twice under two ids**: two decisions of one day, chamber, State, persons and finding,
  two statements of one day with the same signatories, two positions of one holder on one issue and day, two
  measures of one author, kind, title and day.

Warnings (the record may be right and must then say why):

* a signatory that was **not a State Party** on the day of a statement whose title says it is by States Parties;
* a **news-dated trip whose every source was written more than a month after it ended** (no source of the
  time, no primary: the date rests on a later recollection), or **before it began** (a report of the day
  before cannot say the trip happened);
* a note, summary or follow-up that **leans on unnamed reports** ("according to reports", "reportedly", "it is
  said", "media reports") on a fact that cites no news report;
* a **primary_gap that only says no primary was found** ("no primary found", a short bare negation) on a fact
  that cites a primary source (a gap naming the document it is about is left alone);
* **one address described two ways across the record**: cited with two dates that cannot both be true, or with
  two titles that share less than half their words (without bracketed glosses, case and punctuation);
* **two trips of one person to one State whose days overlap** under two ids (the same stay recorded twice);
* a **trip to a State while another State held the person** under a warrant (its ``arrested`` status by that
  State, with no surrender, release or end of the case recorded before the trip) (a release on bail at home is
  often unrecorded: record it).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.sources_policy import FactRef, of_each_record
from iccwatch.model.dates import parse_partial_date
from iccwatch.model.person import WARRANT_ENDS

#: A report written this many days after a trip ended is no longer a report of the time.
LATE_DAYS = 31
#: Trips a source of the time reports as made (a plan or a cancellation is announced beforehand).
_MADE = frozenset({"no_arrest", "arrest", "surrender", "arrest_and_release"})
_UNNAMED_REPORTS = re.compile(
    r"\b(?:according to (?:some |several |unconfirmed |media |press |news )?reports|reportedly|it is said|it was said|"
    r"it is reported|it was reported|is rumou?red|was rumou?red|(?:media|press|news) reports? (?:say|said|suggest|suggested|claim|claimed)|"
    r"reports (?:say|said|suggest|suggested|claim|claimed)|sources (?:say|said|claim|claimed))\b", re.I)
_PROSE = ("note", "followup", "summary")
#: A primary_gap that says, with no more, that no primary was found ("no primary found", "none read"): it
#: contradicts a primary cited on the same fact. A gap naming the document it is about is left alone.
_BARE_GAP = re.compile(r"^\s*(?:no|none|not|nothing)\b[^:;,()]{0,60}$", re.I)
#: "by 67 States", "67 States Parties", "of 40 countries": a count of signatories in a statement's title.
_TITLE_COUNT = re.compile(r"\b(\d{1,3})\s+(?:States?|countries|nations|governments)\b", re.I)


def round8_problems(r: RecordSet) -> list[Problem]:
    problems: list[Problem] = []
    problems += _ended_warrants_found_live(r)
    problems += _requests_after_death(r)
    problems += _title_counts(r)
    problems += _parties_statements(r)
    problems += _recorded_twice(r)
    problems += _trips_dated_by_others(r)
    problems += _trips_while_held_by_a_state(r)
    problems += _overlapping_trips(r)
    problems += _facts_and_sources(r)
    return problems


# ------------------------------------------------------------------------------ statuses and decisions


def _ended(r: RecordSet, person: str, situation: str) -> tuple[dt.date, str] | None:
    """The day (and status) by which every warrant of ``person`` in ``situation`` had ended; None if one never did."""
    ends = []
    warrants = [w for w in r.warrants.values() if w.person == person and w.situation == situation and w.kind != "application"]
    for w in warrants:
        end = next(((s.date, s.status) for s in w.status_history if s.status in WARRANT_ENDS and s.date), None)
        if end is None:
            return None
        ends.append((parse_partial_date(end[0])[1], end[1]))
    return max(ends) if ends else None


def _ended_warrants_found_live(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if d.finding != "non_compliance" or d.request_type != "arrest_surrender":
            continue
        f = r.files[("decisions", key)]
        trips = [r.events[e] for e in d.events if e in r.events]
        about = min((parse_partial_date(e.date)[0] for e in trips), default=parse_partial_date(d.date)[0])
        for i, person in enumerate(d.persons):
            end = _ended(r, person, d.situation)
            if end and end[0] < about:
                yield Problem(f, key, f"persons[{i}]",
                              f"finds non-compliance about {person} on {about}, but every warrant of the person in "
                              f"{d.situation} had ended ({end[1]}, {end[0]}): no request to arrest was live")


def _requests_after_death(r: RecordSet) -> Iterator[Problem]:
    died: dict[str, dt.date] = {}
    for w in r.warrants.values():
        for s in w.status_history:
            if s.status == "deceased" and s.date:
                day = parse_partial_date(s.date)[1]
                died[w.person] = min(day, died.get(w.person, day))
    for key, q in r.requests.items():
        if q.kind != "other_assistance" and q.person in died and parse_partial_date(q.date)[0] > died[q.person]:  # assets may be sought after
            yield Problem(r.files[("requests", key)], key, "date",
                          f"a request to arrest {q.person} on {q.date}, after the person's death ({died[q.person]}, by the warrant's status)")


def _title_counts(r: RecordSet) -> Iterator[Problem]:
    for key, s in r.statements.items():
        m = _TITLE_COUNT.search(s.title or "")
        if not m:
            continue
        said = int(m.group(1))
        known = s.announced_signatories if s.announced_signatories is not None else (len(s.signatories) if s.complete else None)
        if known is not None and said != known:
            what = "announced_signatories" if s.announced_signatories is not None else "complete list of signatories"
            yield Problem(r.files[("statements", key)], key, "title",
                          f"the title counts {said} States, the {what} {known}: correct one of them")


_PARTIES_TITLE = re.compile(r"\bStates Parties\b", re.I)


def _parties_statements(r: RecordSet) -> Iterator[Problem]:
    from iccwatch.dataset.checks import (
        parties_on,  # the checker's own reading of the participation acts
    )

    for key, s in r.statements.items():
        if not s.date or not _PARTIES_TITLE.search(s.title or "") or len(s.date) != 10:
            continue
        parties = set(parties_on(r, parse_partial_date(s.date)[0]))
        for i, iso3 in enumerate(s.signatories):
            if iso3 in r.states and iso3 not in parties:
                yield Problem(r.files[("statements", key)], key, f"signatories[{i}]",
                              f"{iso3} was not a State Party on {s.date} by the record, but the title says the statement is by "
                              "States Parties: correct the title or the list, or say in the note who joined", "warning")


# ------------------------------------------------------------------------------ one fact twice


def _recorded_twice(r: RecordSet) -> Iterator[Problem]:
    def twice(kind: str, same: dict[str, tuple[object, ...]], what: str) -> Iterator[Problem]:
        seen: dict[tuple[object, ...], str] = {}
        for key in sorted(same):
            k = same[key]
            if k in seen:
                yield Problem(r.files[(kind, key)], key, "id", f"{what} as {seen[k]}: one fact, one record")
            else:
                seen[k] = key
    yield from twice("statements", {k: (s.date, tuple(sorted(s.signatories)), s.stance) for k, s in r.statements.items() if s.date},
                     "the same statement (same day, same signatories)")
    yield from twice("decisions", {k: (d.date, d.chamber, d.kind, d.state, d.situation, tuple(sorted(d.persons)), d.request_type, d.finding,
                                       d.appeal_of) for k, d in r.decisions.items()},
                     "the same decision (same day, chamber, State, persons and finding)")
    yield from twice("positions", {k: (p.held_by, p.issue, p.date, tuple(sorted(p.states))) for k, p in r.positions.items() if p.date},
                     "the same position (same holder, issue and day)")
    yield from twice("measures", {k: (m.state, m.author, m.kind, m.date, _norm(m.title), m.targets) for k, m in r.measures.items()},
                     "the same measure (same author, kind, title, target and day)")


#: What ends a State's holding of a person arrested under a warrant.
_HOLD_ENDS = frozenset({"surrendered", "released", "deceased", "warrant_withdrawn", "proceedings_terminated", "case_inadmissible",
                        "acquitted"})


def _trips_while_held_by_a_state(r: RecordSet) -> Iterator[Problem]:
    """A trip to a State after the warrant records the person's arrest by another, before any surrender or release."""
    held: dict[str, list[tuple[dt.date, dt.date | None, str, str]]] = defaultdict(list)
    for wkey, w in r.warrants.items():
        hist = sorted((s for s in w.status_history if s.date), key=lambda s: parse_partial_date(s.date)[0])  # type: ignore[arg-type]
        for i, s in enumerate(hist):
            if s.status == "arrested" and s.by_state:
                end = next((parse_partial_date(t.date)[0] for t in hist[i + 1:] if t.status in _HOLD_ENDS), None)  # type: ignore[arg-type]
                held[w.person].append((parse_partial_date(s.date)[1], end, s.by_state, wkey))  # type: ignore[arg-type]
    for key, e in r.events.items():
        if e.person not in held or e.action not in _MADE or e.trip in ("planned", "cancelled"):
            continue
        first = parse_partial_date(e.date)[0]
        for since, until, by, wkey in held[e.person]:
            if by != e.state and since < first and (until is None or first < until):
                yield Problem(r.files[("events", key)], key, "date",
                              f"{e.person} was held by {by} from {since} under {wkey} (no surrender or release recorded before "
                              f"{e.date}): a trip to {e.state} then contradicts it; record the release (a domestic bail too), or correct the trip",
                              "warning")


def _overlapping_trips(r: RecordSet) -> Iterator[Problem]:
    by: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for key, e in sorted(r.events.items()):
        if e.action not in _MADE or e.trip in ("planned", "cancelled"):
            continue
        first, last = parse_partial_date(e.date)
        if len(e.date) != 10:  # a month or a year is not a day to compare
            continue
        if e.end_date:
            last = max(last, parse_partial_date(e.end_date)[1])
        by[(e.person, e.state)].append((first, last, key))
    for trips in by.values():
        for i, (first, last, key) in enumerate(trips):
            for ofirst, olast, okey in trips[:i]:
                if first <= olast and ofirst <= last:
                    yield Problem(r.files[("events", key)], key, "date",
                                  f"its days ({first} to {last}) overlap those of {okey} ({ofirst} to {olast}): the same stay "
                                  "recorded twice? (if two trips, say so in the note)", "warning")


# ------------------------------------------------------------------------------ facts and their sources


def _trips_dated_by_others(r: RecordSet) -> Iterator[Problem]:
    for key, e in r.events.items():
        if e.action not in _MADE or not e.sources or any(s.kind == "primary" or not s.date for s in e.sources):
            continue
        first = parse_partial_date(e.date)[0]
        last = parse_partial_date(e.end_date)[1] if e.end_date else parse_partial_date(e.date)[1]
        days = [parse_partial_date(s.date) for s in e.sources if s.date]
        f = r.files[("events", key)]
        if all(d[0] > last + dt.timedelta(days=LATE_DAYS) for d in days):
            yield Problem(f, key, "sources", f"every source was written more than {LATE_DAYS} days after the trip "
                          f"(the earliest {min(d[0] for d in days)}): cite a report of the time, or say in the note why none is",
                          "warning")
        elif all(d[1] < first for d in days):
            yield Problem(f, key, "sources", f"every source is dated before the trip began ({first}): a report of before "
                          "cannot say it was made; cite one of the time, or record it as planned", "warning")


_GLOSS = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")


@functools.lru_cache(maxsize=65536)  # a pure function of the text; every check of the record asks it for every title
def _norm(text: str | None) -> str:
    """A title as a reader compares it: without the record's bracketed glosses, case, quotes or punctuation."""
    text = _GLOSS.sub(" ", unicodedata.normalize("NFKC", text or "").casefold())
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _facts_and_sources(r: RecordSet) -> Iterator[Problem]:
    seen: dict[str, tuple[str, str, str | None, str | None]] = {}
    for facts in of_each_record(r, _facts_of_record):
        for ref, own, sources in facts:
            yield from own
            for i, url, field, s in sources:
                where = (ref.file, field)
                if url not in seen:
                    seen[url] = (*where, s.date, s.title)
                    continue
                ofile, ofield, odate, otitle = seen[url]
                if ofile == ref.file and ofield == where[1]:
                    continue
                other = f"{ofile} {ofield}"
                if s.date and odate and not _compatible(s.date, odate):
                    yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].date"),
                                  f"{s.url} is dated {s.date} here and {odate} at {other}: one page has one date", "warning")
                title = _norm(s.title) or None
                if title and otitle and _other_titles(title, _norm(otitle)):
                    yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].title"),
                                  f"{s.url} is titled {s.title!r} here and {otitle!r} at {other}: one page has one title", "warning")


def _facts_of_record(refs: tuple[FactRef, ...]) -> Iterator[tuple[FactRef, tuple[Problem, ...], tuple[tuple[int, str, str, Any], ...]]]:
    """For each fact of one record: its own problems (unnamed reports, a bare primary gap) and its sources as
    (index, address without its final '/', field path, source): what ``_facts_and_sources`` compares across records."""
    for ref in refs:
        sources = ref.sources
        news = any(s.kind == "secondary" for s in sources)
        fact = ref.fact
        own: list[Problem] = []
        for name in _PROSE:
            text = fact.__dict__.get(name)
            if isinstance(text, str) and not news and (m := _UNNAMED_REPORTS.search(text)):
                own.append(Problem(ref.file, ref.key, ref.field(name),
                                   f"leans on unnamed reports ({m.group(0)!r}) but the fact cites no report: cite them, or say "
                                   "whose report it is", "warning"))
        gap = fact.__dict__.get("primary_gap")
        if isinstance(gap, str) and _BARE_GAP.match(gap) and any(s.kind == "primary" for s in sources):
            own.append(Problem(ref.file, ref.key, ref.field("primary_gap"),
                               "says no primary was found, but the fact cites a primary source: name the document the gap is about, or drop it",
                               "warning"))
        yield ref, tuple(own), tuple((i, s.url.rstrip("/"), ref.field(f"sources[{i}]"), s) for i, s in enumerate(sources))


@functools.lru_cache(maxsize=65536)  # a pure function of the two titles; each check compares the same pairs again
def _other_titles(a: str, b: str) -> bool:
    """Two titles that cannot be one page's: fewer than half the words of the shorter are in the longer (a
    shortened title, a gloss or another spelling keeps most of its words; a translation or another page does not)."""
    wa, wb = set(a.split()), set(b.split())
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(short & long_) * 2 < len(short)


def _compatible(a: str, b: str) -> bool:
    """Two dates of one page that can both be true (a month and a day in it)."""
    (af, al), (bf, bl) = parse_partial_date(a), parse_partial_date(b)
    return af <= bl and bf <= al
