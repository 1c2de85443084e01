"""Persons: their warrants and status on a date (the law's reading of the status history), travels and decisions."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, get_args

from iccwatch.dataset.coverage import coverage_notice
from iccwatch.dataset.names import normalise_name
from iccwatch.facts import Facts
from iccwatch.law.travel import held_row
from iccwatch.law.warrants import ENDED, status_entry_on, warrant_status
from iccwatch.model import DateSpan, Person, StatusChange, Warrant
from iccwatch.model.dates import date_sort_key
from iccwatch.model.person import WarrantStatus
from iccwatch.service.common import graded, source_list
from iccwatch.service.decisions import decisions_list
from iccwatch.service.events import events_list

#: The record kinds a person's view and the persons list rest on (for the coverage notice on a date asked):
#: the person and his offices, his warrants' status histories, his trips and arrests, the rulings about him.
PERSON_KINDS = ("persons", "warrants", "events", "decisions")


def entry_on(facts: Facts, w: Warrant, on: dt.date | None) -> StatusChange | None:
    """The warrant's status entry in effect on ``on`` (the latest if ``on`` is None), as the law reads it
    (``law.warrants.status_entry_on``); None before it was issued, or where the law cannot tell on that day."""
    if on is None:
        return w.status_history[-1] if w.status_history else None
    read = status_entry_on(facts, w, on)
    return None if read.unknown else read.entry


def status_on(facts: Facts, w: Warrant, on: dt.date | None) -> str | None:
    """The warrant's status word on ``on`` (the latest if ``on`` is None); None before it was issued, or where unknown."""
    entry = entry_on(facts, w, on)
    return entry.status if entry else None


def unknown_on(facts: Facts, w: Warrant, on: dt.date | None) -> str | None:
    """Why the warrant's status on ``on`` cannot be told from the record ("unknown on <day>: issued in 2023, not
    narrowed to a day"); None where it can, and when no day is asked (the latest status stands)."""
    return status_entry_on(facts, w, on).unknown if on is not None else None


def inferred_of(h: StatusChange | None) -> str | None:
    """Why a status is inferred rather than stated by its sources (None when a source states it); an older
    store's objects may lack the field."""
    return getattr(h, "inferred", None) if h is not None else None


def status_entry(h: StatusChange) -> dict[str, Any]:
    """A status entry as the views show it: its fields and sources, and, where no source states the status,
    ``basis`` saying it is inferred and why (the CLI, the API and the dashboard all read it from here)."""
    row = h.model_dump(mode="json", exclude_none=True)
    if reason := inferred_of(h):
        row["basis"] = f"inferred: {reason}"
    return row


#: The statuses a person's list can be filtered by: a warrant's (``model.person.WarrantStatus``), and "unknown" where
#: the law cannot tell whether a warrant was outstanding on the day.
PERSON_STATUSES: tuple[str, ...] = (*get_args(WarrantStatus), "unknown")

#: (session 39) The filter's two readings of the Court's "at large" (the warrant not executed), as the rows say them
#: (``status_words``): no one held the person, or a State (or a group) held them and had not surrendered them to the
#: Court. The filter value ``at_large`` keeps both, as before: the Court's word.
AT_LARGE_SPLIT: dict[str, str] = {"at_large_not_held": "at large, held by no one",
                                  "held_not_surrendered": "held by a State or a group, not surrendered to the Court"}

#: The values the persons list's status filter takes (CLI ``--status``, API ``status=``, the dashboard's filter).
PERSON_FILTER_STATUSES: tuple[str, ...] = (*PERSON_STATUSES, *AT_LARGE_SPLIT)


def status_matches(row: dict[str, Any], status: str) -> bool:
    """Whether a persons-list row is kept by the status filter ``status``: a status word keeps the rows with that status
    (``at_large`` the Court's word, held or not); ``at_large_not_held`` and ``held_not_surrendered`` split it by
    whether anyone held the person on the day (session 39: "at large" returned rows saying "held by ..., not
    surrendered")."""
    if status in AT_LARGE_SPLIT:
        return row.get("status") == "at_large" and bool(row.get("held_by")) == (status == "held_not_surrendered")
    return row.get("status") == status


#: Why a warrant reads "deceased" and still outstanding (the law's rule in ``law/warrants.py``).
_REPORTED_DEATH = ("the record holds the death only as reported (below high confidence, or disputed): the warrant remains "
                   "in effect until the Court orders otherwise (Rome Statute art. 58(4))")

#: A warrant's own first steps: they say nothing of where the person is.
_FIRST_STEPS = ("issued", "requested")


def person_status(facts: Facts, person: Person, warrants: list[Warrant], on: dt.date | None) -> str | None:
    """A person's status on ``on`` from all their warrants: the most recent status change among them, except
    that a later warrant's issue does not hide what another warrant still outstanding says of the person (a
    second warrant 'issued' while the first reads 'at large': at large). It was the status of whichever
    warrant the record listed last ('appeared voluntarily' for a person at large under a later warrant). "unknown"
    on a day the law cannot tell whether a warrant was outstanding (``warrant_status(...).unknown``)."""
    if on is not None and warrant_status(facts, person, on).unknown:
        # the law cannot tell whether a warrant was outstanding on the day (a month- or year-only date): say so
        return "unknown"
    entries = [(w, h) for w in warrants if (h := entry_on(facts, w, on)) is not None]
    if not entries:
        return None

    def when(wh: tuple[Warrant, Any]) -> tuple[dt.date, bool]:
        w, h = wh
        day = h.date or w.issued
        return (DateSpan.parse(day).first if day else dt.date.min, h.status not in _FIRST_STEPS)

    _, latest = max(entries, key=when)
    if latest.status in _FIRST_STEPS:
        standing = [e for e in entries if e[1].status not in _FIRST_STEPS and e[1].status not in ENDED]
        if standing:
            latest = max(standing, key=when)[1]
    return str(latest.status)


#: The grounds of an ending, in the standing's words ("proceedings terminated (death)").
_GROUND_WORDS = {"death": "death", "charges_withdrawn": "charges withdrawn", "charges_vacated": "charges vacated"}
#: A conviction's own judgment that pronounced the sentence too (its outcome's words).
_SENTENCED = re.compile(r"\bsentenc|\bimprisonment\b", re.I)
#: The rulings that decide a standing (the one dated on the standing's day is named beside it).
_JUDGING = ("conviction", "acquittal", "sentence", "appeal_judgment", "proceedings_terminated", "warrant_withdrawn",
            "confirmation_of_charges", "admissibility_challenge")


def _by(day: str, on: dt.date | None) -> bool:
    """The dated fact surely happened by ``on`` (any day if None)."""
    return on is None or DateSpan.parse(day).last <= on


def case_standing(w: Warrant, decisions: list[Any], on: dt.date | None) -> dict[str, Any] | None:
    """The person's standing in the case of warrant ``w`` on ``on`` (the latest if None), read from its status
    history and the Court's rulings naming the person (``decisions``): what the last judgment or ending of the
    proceedings says, apart from custody. None before any judgment or ending.

    - ``acquitted``: a later release does not hide it (``released_on`` says it apart); ``final_on`` is the day of the
      Appeals Chamber's judgment confirming the acquittal (``appeal_of`` a recorded acquittal) or acquitting on appeal
      (an appeal judgment on the day of the acquittal), where one is recorded by the day; else ``final`` says none is.
    - ``convicted, serving sentence``: in the Court's custody at the judgment, not released since, and a sentence
      recorded by the day (a sentencing ruling, or the conviction's own judgment pronouncing it); without a sentence,
      ``convicted, in the Court's custody``; released after it, ``sentence completed`` where the release's ground says
      so, else ``convicted, released``; not in the Court's custody at the judgment, ``convicted``.
    - ``charges not confirmed``, ``proceedings terminated (death)`` (a ground of death, or a death recorded before the
      termination), ``proceedings terminated (charges withdrawn)`` ...: from the ending's ``ground``; ``warrant
      withdrawn``, ``case inadmissible``.
    The same for every person: no person is named here."""
    mine = [d for d in decisions if w.person in (d.persons or []) and d.situation == w.situation and _by(d.date, on)]
    # the history in the record's order (the checker keeps its dated entries in date order); an undated entry (a
    # release whose day no source gives) stands where the record lists it, and counts on a day asked only when a
    # later dated entry shows it had happened by then
    history = list(w.status_history)
    dated = [h for i, h in enumerate(history)
             if (h.date and _by(h.date, on))
             or (not h.date and (on is None or any(n.date and _by(n.date, on) for n in history[i + 1:])))]
    last: StatusChange | None = None  # the latest judgment or ending
    first_of_run: StatusChange | None = None  # the first entry of the run of that same outcome (an acquittal and its confirmation)
    released: StatusChange | None = None  # a release after it
    in_custody = custody_at = died = False
    for h in dated:
        if h.status == "deceased":
            died = True
        if h.status in ("convicted", "acquitted", "proceedings_terminated", "warrant_withdrawn", "case_inadmissible"):
            if last is None or last.status != h.status:
                first_of_run, released, custody_at = h, None, in_custody
            last = h
        elif h.status == "released" and last is not None:
            released = h
        if h.status == "surrendered":
            in_custody = True
        elif h.status == "released":
            in_custody = False
    if last is None or first_of_run is None or not first_of_run.date:
        return None
    since = str(first_of_run.date)
    out: dict[str, Any] = {"since": since}
    if last.status == "acquitted":
        acquittals = {d.id for d in mine if d.kind == "acquittal"}
        days = {str(h.date) for h in dated if h.status == "acquitted"}
        appeals = sorted((d for d in mine if d.kind == "appeal_judgment" and (d.appeal_of in acquittals or str(d.date) in days)),
                         key=lambda d: date_sort_key(d.date))
        out["standing"] = "acquitted"
        if appeals:
            out["final_on"] = str(appeals[-1].date)
            out["final_ruling"] = appeals[-1].id
        else:
            out["final"] = "no appeal judgment recorded" + (f" by {on.isoformat()}" if on else "")
        # a conviction by another ruling, which neither this acquittal's appeal reversed: it stands beside the acquittal
        # (a person tried in two sets of proceedings under one warrant), said rather than hidden by the later word
        reversed_ = {d.appeal_of for d in appeals}
        others = [d for d in mine if d.kind == "conviction" and d.id not in reversed_
                  and DateSpan.parse(d.date).last < DateSpan.parse(since).first]
        if others:
            out["other_convictions"] = [{"date": str(d.date), "ruling": d.id} for d in others]
    elif last.status == "convicted":
        if released is not None:
            out["standing"] = "sentence completed" if released.ground == "sentence_completed" else "convicted, released"
            if released.ground == "sentence_completed" and released.date:
                out["since"] = str(released.date)
        elif custody_at:
            start = DateSpan.parse(since).first
            sentenced = any(DateSpan.parse(d.date).last >= start and (d.kind == "sentence" or (d.kind == "conviction" and _SENTENCED.search(d.outcome or "")))
                            for d in mine)
            out["standing"] = "convicted, serving sentence" if sentenced else "convicted, in the Court's custody"
        else:
            out["standing"] = "convicted"
    elif last.status == "case_inadmissible":
        out["standing"] = "case inadmissible"
    else:
        ground = last.ground or ("death" if died else None)
        if ground == "charges_not_confirmed":
            out["standing"] = "charges not confirmed"
        else:
            head = "proceedings terminated" if last.status == "proceedings_terminated" else "warrant withdrawn"
            out["standing"] = head + (f" ({_GROUND_WORDS[ground]})" if ground in _GROUND_WORDS else "")
    if released is not None and "released_on" not in out and out["standing"] != "sentence completed":
        out["released_on"] = str(released.date) if released.date else "a day not recorded"
    # the entry the standing rests on: a doubt on it is a doubt on the standing (said, not hidden)
    basis = released if out["standing"] == "sentence completed" and released is not None else last
    if basis.confidence != "high" or basis.disputed:
        out["doubt"] = ", ".join(([f"{basis.confidence} confidence"] if basis.confidence != "high" else [])
                                 + (["disputed"] if basis.disputed else []))
    ruling = next((d for d in mine if str(d.date) == str(last.date) and d.kind in _JUDGING), None)
    if ruling is not None:
        out["ruling"] = ruling.id
    return out


def standing_words(s: dict[str, Any]) -> str:
    """A standing in one line: 'acquitted on 2012-12-18, final on 2015-02-27 (appeal judgment); released from the
    Court's custody on 2012-12-21' (the CLI and the dashboard read it from here)."""
    ongoing = s["standing"] in ("convicted, serving sentence", "convicted, in the Court's custody")
    words = f"{s['standing']} since {s['since']}" if ongoing else f"{s['standing']} on {s['since']}"
    if s["standing"] == "convicted, released":
        words = f"convicted on {s['since']}"
    if s.get("final_on"):
        words += f", final on {s['final_on']} (appeal judgment)" if s["final_on"] != s["since"] else ", on appeal (final)"
    elif s.get("final"):
        words += f" ({s['final']})"
    if s.get("doubt"):
        words += f" ({s['doubt']})"
    for c in s.get("other_convictions") or []:
        words += f"; also convicted on {c['date']} by another ruling, which this acquittal did not reverse"
    if s.get("released_on"):
        words += f"; released from the Court's custody on {s['released_on']}"
    return words


def person_standing(facts: Facts, person: Person, warrants: list[Warrant], on: dt.date | None) -> str:
    """The standing (``case_standing``) of the person's case judged or ended last, in its word ("acquitted",
    "charges not confirmed"); '' where no case of the person has reached a judgment or an ending by the day."""
    rulings = facts.decisions_naming(person.id)
    found = [s for w in warrants if (s := case_standing(w, rulings, on)) is not None]
    if not found:
        return ""
    return str(max(found, key=lambda s: DateSpan.parse(s["since"]).first)["standing"])


def close_persons(facts: Facts, query: str) -> list[Person]:
    """The persons (at most two) one of whose names or aliases is closest in spelling to a misspelled name."""
    import difflib

    names: dict[str, Person] = {}
    for p in facts.records.persons.values():
        for n in (p.name, *p.aliases):
            names.setdefault(normalise_name(n), p)
    close = difflib.get_close_matches(normalise_name(query), list(names), n=2, cutoff=0.7)
    return list({names[c].id: names[c] for c in close}.values())


def did_you_mean(facts: Facts, query: str) -> str:
    """'. Did you mean …?' for a misspelled person, from the record's names and aliases ('' if none is close)."""
    people = [p.name for p in close_persons(facts, query)]
    return f". Did you mean {' or '.join(repr(p) for p in people)}?" if people else ""


def searched_words(gap: str) -> str:
    """A person's ``travel_gap`` as read after "no trip recorded": "searched: " and the record's words, unless
    those words already say whether and when it was searched ("Searched (2026-12-02) for ...", "Not searched
    ..."), which read "Searched: Searched ..." or "Searched: Not searched ..." behind the label."""
    text = gap.strip()
    return text[0].upper() + text[1:] if re.match(r"(not )?searched\b", text, re.I) else f"Searched: {text}"


@graded
def person_view(facts: Facts, query: str, on: dt.date | None = None) -> dict[str, Any]:
    """A person's warrants with their status (on ``on`` if given, else the latest), travels and decisions."""
    p = facts.person(query)
    warrants = facts.warrants_of(p.id)
    day = on or facts.checked_through
    ws = warrant_status(facts, p, day)
    # who held the person on the date, not the Court (a State, or a group on a State's territory): the law's reading
    held = {h.warrant.id: held_row(facts, h, day) for h in ws.held}
    # custody is a fact about the person, not about one warrant: a spell the record lists under one warrant holds
    # under each warrant outstanding on the day (al-Bashir's 2010 warrant read "issued" with no custody line while
    # his 2009 warrant carried the custody by Sudan); ``recorded_on`` names the warrant that lists it
    person_held = next(iter(held.values()), None)
    rulings = facts.decisions_naming(p.id)
    for w in ws.outstanding:
        if w.id not in held and person_held is not None:
            held[w.id] = {**person_held, "warrant": w.id, "recorded_on": person_held["warrant"]}
    return {
        "id": p.id,
        "name": p.name,
        "aliases": p.aliases,
        "nationality": p.nationality,
        "offices": [o.model_dump(mode="json", exclude_none=True) for o in p.offices],
        "warrants": [
            {
                **w.model_dump(mode="json", exclude_none=True, exclude={"status_history", "sources"}),
                "situation_name": facts.records.situations[w.situation].name,
                "status": status_on(facts, w, on),
                # the law cannot tell the status on the day (a month- or year-only date): why, in words
                **({"status_unknown": why} if (why := unknown_on(facts, w, on)) else {}),
                # why the status in effect is inferred rather than stated by its sources (absent when stated)
                **({"status_inferred": reason} if (reason := inferred_of(entry_on(facts, w, on))) else {}),
                "outstanding": w in ws.outstanding,
                # what the judgments or the ending of the proceedings say, apart from custody (session 35): an acquittal
                # then a release reads "acquitted", the release said apart
                **({"standing": standing} if (standing := case_standing(w, rulings, on)) else {}),
                # a death the record holds only as reported leaves the warrant in effect (the law's Art. 58(4) rule):
                # say so beside the pair "deceased" / "outstanding: yes", which reads as a contradiction
                **({"outstanding_note": _REPORTED_DEATH} if w in ws.outstanding and status_on(facts, w, on) == "deceased" else {}),
                **({"held": held[w.id]} if w.id in held else {}),
                "status_history": [status_entry(h) for h in w.status_history],
                # the spells recorded under the person's other warrants while this one was in force (its history shows them)
                **({"custody_other_warrants": other} if (other := _custody_of_others(w, warrants)) else {}),
                "sources": source_list(w.sources),
            }
            for w in sorted(warrants, key=lambda w: date_sort_key(w.issued))
        ],
        "on": (on or facts.checked_through).isoformat(),
        # how long a warrant has been outstanding on the day (session 37): empty where none was
        "outstanding": outstanding_since(facts, p, days_counted_to(facts, on)),
        "events": events_list(facts, person=p.id, on=on),
        # what was searched for the person's travel where no trip is recorded (docs/coverage.md, events);
        # an older store's objects may lack the field
        "travel_gap": getattr(p, "travel_gap", None),
        "decisions": decisions_list(facts, person=p.id, on=on),
        "sources": source_list(p.sources),
        # a day asked after the date a kind it uses was checked through: said once (docs/coverage.md)
        **({"coverage_notice": notice} if (notice := coverage_notice(facts.records, on, PERSON_KINDS)) else {}),
    }


def _spell_key(c: Any) -> tuple[Any, ...]:
    return (c.held_by, c.holder, c.group, c.since)


def _custody_of_others(w: Warrant, warrants: list[Warrant]) -> list[dict[str, Any]]:
    """The custody spells (not by the Court) the record lists under the person's other warrants that overlap the
    life of ``w`` (from its issue to its first ending status, where the record dates them), each with
    ``recorded_on`` (that warrant's id) and ``recorded_on_issued``; a spell ``w`` lists itself is not repeated."""
    own = {_spell_key(c) for c in w.custody}
    begun = DateSpan.parse(w.issued).first if w.issued else None
    ends = [DateSpan.parse(h.date).last for h in w.status_history if h.status in ENDED and h.date]
    ended = min(ends) if ends else None
    out: list[dict[str, Any]] = []
    seen = set(own)
    for v in sorted(warrants, key=lambda v: date_sort_key(v.issued)):
        if v.id == w.id:
            continue
        for c in v.custody:
            if _spell_key(c) in seen:
                continue
            if ended is not None and DateSpan.parse(c.since).first > ended:
                continue  # began after this warrant ended
            if begun is not None and c.until and DateSpan.parse(c.until).last < begun:
                continue  # ended before this warrant was issued
            seen.add(_spell_key(c))
            out.append({**c.model_dump(mode="json", exclude_none=True), "recorded_on": v.id,
                        **({"recorded_on_issued": v.issued} if v.issued else {})})
    return out


def _by_word_start(facts: Facts, query: str) -> list[Any]:
    """Persons whose name or alias has, for every word of ``query``, a word starting with it ("bash" finds
    Al-Bashir), as the search box matches: a list filter that a partial name narrows, where the law's
    name lookup (``Facts.find_persons``) asks for whole words."""
    words = normalise_name(query).split()
    if not words:
        return []
    found = []
    for p in facts.records.persons.values():
        tokens = {t for n in (p.name, *p.aliases) for t in normalise_name(n).split()}
        if all(any(t.startswith(w) for t in tokens) for w in words):
            found.append(p)
    return found


def persons_list(facts: Facts, query: str | None = None, on: dt.date | None = None, status: str | None = None,
                 outstanding: bool | None = None) -> list[dict[str, Any]]:
    """Persons (those matching ``query`` if given) with their situations and latest warrant's status, and whether a
    warrant of arrest was outstanding against them on the day (``warrant_outstanding``: the law's reading, yes, no
    or unknown, as the travel map reads it). ``status`` keeps one status; ``outstanding`` True keeps those with a
    warrant outstanding, False those with none."""
    if status is not None and status not in PERSON_FILTER_STATUSES:
        from iccwatch.errors import FieldError

        raise FieldError("status", f"{status!r} is not one of: {', '.join(PERSON_FILTER_STATUSES)}")
    people = (facts.find_persons(query) or _by_word_start(facts, query)) if query else list(facts.records.persons.values())
    out = []
    day = on or facts.checked_through
    counted_to = days_counted_to(facts, on)
    for p in sorted(people, key=lambda p: normalise_name(p.name)):
        ws = facts.warrants_of(p.id)
        row = {"id": p.id, "name": p.name, "nationality": p.nationality,
               "situations": sorted({facts.records.situations[w.situation].name for w in ws}),
               "status": person_status(facts, p, ws, on),
               # what the latest judgment or ending of the person's cases says, apart from custody (session 35): an
               # acquittal then a release reads "released" above and "acquitted" here; '' before any judgment or ending
               "standing": person_standing(facts, p, ws, on),
               # who held the person on the day, not the Court (the person page's "Held by", in one line): a status
               # 'at large' means the warrant was not executed, not that no one held him
               "held_by": held_by_words(facts, p, day),
               # a status word ('issued', 'deceased', 'arrested') does not say whether a State must still arrest: the law does
               "warrant_outstanding": warrant_status(facts, p, day).applies,
               # how long (session 37): the issue day of the earliest warrant outstanding and the days since, counted to
               # the one day of ``days_counted_to`` (session 38: the person page and answer count to the same day)
               **_outstanding_columns(outstanding_since(facts, p, counted_to)), "days_counted_to": counted_to.isoformat()}
        # the status and the custody in one phrase, the person page's (session 39): "at large" beside "held by Sudan"
        # read as a contradiction to a newcomer
        row["status_words"] = status_words(row["status"], row["held_by"])
        if status is not None and not status_matches(row, status):
            continue
        if outstanding is not None and row["warrant_outstanding"] != ("yes" if outstanding else "no"):
            continue
        out.append(row)
    return out


def status_words(status: str | None, held_by: str) -> str:
    """A person's status in words, one phrase with who held them (session 39): a person the Court reads "at large" (its
    warrant not executed) whom a State or a group held and had not surrendered is "held by Sudan, not surrendered to the
    Court", as the person page's first words say it, never "at large" beside "held by Sudan"; any other status its
    words ("arrested", "appeared voluntarily"), the holder said apart."""
    if status == "at_large" and held_by:
        return f"held by {held_by}, not surrendered to the Court"
    return (status or "").replace("_", " ")


#: The kinds a count of days outstanding rests on: whether a warrant (or a summons) was outstanding, and since when, is read
#: from the warrants and the persons' entries (session 38).
OUTSTANDING_KINDS = ("warrants", "persons")


def days_counted_to(facts: Facts, on: dt.date | None) -> dt.date:
    """The day a count of days outstanding runs to, one rule for the persons list (CLI, API, dashboard) and a person's
    page and answer (session 38; they counted to two days): the day asked, else the earlier of the days the warrants
    and the persons' entries were checked through (``OUTSTANDING_KINDS``; the record's own day where it is earlier). A count to a later day
    would claim the warrant was still outstanding on days the record was not checked for."""
    if on is not None:
        return on
    return min(facts.checked_through_of(OUTSTANDING_KINDS)[0], facts.checked_through)


def days_counted_words(facts: Facts, on: dt.date | None) -> str:
    """'counted to 2026-11-30 (the record was checked through 2026-12-05; the warrants were checked through 2026-12-05,
    the persons' entries through 2026-11-30: a change after 2026-11-30 may be missing)', or 'counted to <day>, the day asked': what a list
    or a page of days outstanding says of its day (session 38)."""
    day = days_counted_to(facts, on)
    if on is not None:
        return f"counted to {day.isoformat()}, the day asked"
    if day >= facts.checked_through:
        return f"counted to {day.isoformat()}, the day the record was checked through"
    return f"counted to {day.isoformat()} ({days_counted_note(facts)})"


def days_counted_note(facts: Facts) -> str:
    """Why a count without a day asked stops before the record's day: 'the record was checked through 2026-12-05; the
    warrants were checked through 2026-12-05, the persons' entries through 2026-11-30: a change after 2026-11-30 may be
    missing' ('' where the
    count runs to the record's day)."""
    if days_counted_to(facts, None) >= facts.checked_through:
        return ""
    return f"the record was checked through {facts.checked_through.isoformat()}{persons_checked_words(facts)}"


def outstanding_since(facts: Facts, p: Person, on: dt.date) -> dict[str, Any]:
    """How long a warrant of arrest has been outstanding against ``p`` on ``on``, as the law reads the record
    (``warrant_status``): ``outstanding_since`` (the issue day of the earliest warrant outstanding that day) and
    ``days_outstanding`` (days from that day to ``on``), with ``outstanding_warrant`` naming it; the warrant under seal
    counts from its issue (it bound States from then), and ``public_since`` gives its unsealing where recorded. No
    figure where no warrant was outstanding (in the Court's custody, the warrant ended, a summons only) and, where the
    day of issue is not recorded or the law cannot tell, ``outstanding_unknown`` says why. The same rule for every
    person: none is named here. A count says its day, ``days_counted_to`` (session 38)."""
    out = _outstanding_on(facts, p, on)
    if "days_outstanding" in out:
        out["days_counted_to"] = on.isoformat()
    return out


def _outstanding_on(facts: Facts, p: Person, on: dt.date) -> dict[str, Any]:
    ws = warrant_status(facts, p, on)
    if ws.applies == "unknown":
        return {"outstanding_kind": "warrant",
                "outstanding_unknown": "the record cannot tell whether a warrant was outstanding on " + on.isoformat()}
    if not ws.outstanding:
        return summons_outstanding(facts, p, on)
    spans = dict(ws.issue_spans)

    def first(w: Warrant) -> dt.date:
        span = spans.get(w.id)
        return span[0] if span else dt.date.min

    w = min(ws.outstanding, key=first)
    span = spans.get(w.id)
    if span is None or span[0] != span[1]:
        when = f"issued in {w.issued}" if w.issued else "the record does not give its issue date"
        return {"outstanding_kind": "warrant", "outstanding_warrant": w.id,
                "outstanding_unknown": f"{when}, not narrowed to a day: the days outstanding cannot be counted"}
    out: dict[str, Any] = {"outstanding_kind": "warrant", "outstanding_warrant": w.id, "outstanding_since": span[0].isoformat(),
                           "days_outstanding": (on - span[0]).days}
    if w.unsealed:
        out["public_since"] = str(w.unsealed)
    return out


def summons_outstanding(facts: Facts, p: Person, on: dt.date) -> dict[str, Any]:
    """How long a summons to appear (Art. 58(7)) has gone unanswered against ``p`` on ``on``, where no warrant of arrest
    was outstanding (session 38; session 37 counted warrants only): the earliest summons issued by ``on`` with no status
    dated by then that answers or ends it (an appearance, a withdrawal, the proceedings terminated, a death: the law's
    ``ENDED``), as ``outstanding_kind`` "summons" with ``outstanding_warrant``, ``outstanding_since`` and
    ``days_outstanding``. A summons does not order arrest: no State must arrest under it, it counts only the days the
    person has not appeared. Where the issue day is known only to its month or year, or an ending is undated, the days
    cannot be counted and ``outstanding_unknown`` says why. {} where no summons was outstanding. The same rule for
    every person."""
    pending: list[tuple[DateSpan | None, Warrant, str]] = []
    for w in facts.warrants_of(p.id):
        if w.kind != "summons_to_appear":
            continue
        issued = DateSpan.parse(w.issued) if w.issued else None
        if issued is not None and issued.first > on:
            continue  # not yet issued
        if issued is None and not any(h.date and DateSpan.parse(h.date).last <= on for h in w.status_history):
            continue  # nothing dated shows it by the day
        endings = [h for h in w.status_history if h.status in ENDED]
        if any(h.date and DateSpan.parse(h.date).last <= on for h in endings):
            continue  # answered or ended by the day
        why = ""
        if issued is None:
            why = "the record does not give its issue date"
        elif issued.first != issued.last or issued.last > on:
            why = f"issued in {w.issued}, not narrowed to a day"
        elif any(not h.date or DateSpan.parse(h.date).first <= on for h in endings):
            why = f"its answer or ending is not dated to a day, so whether it was outstanding on {on.isoformat()} is open"
        pending.append((issued, w, why))
    if not pending:
        return {}
    issued, w, why = min(pending, key=lambda t: (t[0].first if t[0] else dt.date.min, t[1].id))
    if why or issued is None:
        return {"outstanding_kind": "summons", "outstanding_warrant": w.id,
                "outstanding_unknown": f"a summons to appear: {why}: the days outstanding cannot be counted"}
    return {"outstanding_kind": "summons", "outstanding_warrant": w.id, "outstanding_since": issued.first.isoformat(),
            "days_outstanding": (on - issued.first).days}


def outstanding_words(o: dict[str, Any], on: dt.date) -> str:
    """'outstanding since 2023-03-17: 1,357 days as at 2026-12-03', or 'outstanding; issued in 2023, not narrowed to a
    day: …' where the days cannot be counted ('' where no warrant was outstanding): the CLI's and the dashboard's words
    for ``outstanding_since``."""
    if "days_outstanding" in o:
        words = f"outstanding since {o['outstanding_since']}: {o['days_outstanding']:,} days as at {on.isoformat()}"
        words += f" (under seal until {o['public_since']})" if o.get("public_since") else ""
    else:
        words = f"outstanding; {o['outstanding_unknown']}" if o.get("outstanding_unknown") else ""
    if words and o.get("outstanding_kind") == "summons":  # session 38: a summons is not a warrant: said, and what it means
        words += " (the person has not appeared; a summons does not order arrest)"
    return words


#: The noun of ``outstanding_kind`` before the words of ``outstanding_words`` (session 38).
OUTSTANDING_NOUN = {"warrant": "warrant of arrest", "summons": "summons to appear"}


def outstanding_sentence(o: dict[str, Any], on: dt.date) -> str:
    """'Warrant of arrest outstanding since …' or 'Summons to appear outstanding since … (the person has not appeared…)':
    the CLI's and the dashboard's one line ('' where nothing was outstanding)."""
    words = outstanding_words(o, on)
    if not words:
        return ""
    noun = OUTSTANDING_NOUN.get(str(o.get("outstanding_kind") or "warrant"), "warrant of arrest")
    return f"{noun[:1].upper()}{noun[1:]} {words}"


def _outstanding_columns(o: dict[str, Any]) -> dict[str, Any]:
    """The list's three columns of ``outstanding_since`` (the same keys on every row, empty where none)."""
    return {"outstanding_since": o.get("outstanding_since", ""), "days_outstanding": o.get("days_outstanding"),
            "outstanding_unknown": o.get("outstanding_unknown", ""),
            # session 38: what is outstanding, a warrant of arrest or a summons to appear ('' where neither)
            "outstanding_kind": o.get("outstanding_kind", "")}


def held_by_words(facts: Facts, p: Person, on: dt.date) -> str:
    """'Sudan', 'Libya (a group on its territory: …)', or '' : who held the person on ``on`` other than the Court,
    as the law reads the warrants' custody (one line for lists)."""
    rows = [held_row(facts, h, on) for h in warrant_status(facts, p, on).held]
    words = {r["held_by_name"] + (f" (a group on its territory: {r['group']})" if r["holder"] != "state" else "")
             + ("" if r["certain"] else " (possibly)") for r in rows}
    return "; ".join(sorted(words))


def persons_checked_words(facts: Facts) -> str:
    """Where the warrants or the persons' entries were checked through an earlier day than the record, the words
    saying so, each kind with its day (session 39), to follow a count of days outstanding counted to the record's day
    (session 37); '' otherwise."""
    day, text = facts.checked_through_of(OUTSTANDING_KINDS)
    if day >= facts.checked_through:
        return ""
    return f"; {kinds_checked_words(facts, OUTSTANDING_KINDS)}: a change after {text} may be missing"


#: How the words name each kind of record whose check day they give.
KIND_WORDS = {"warrants": "the warrants", "persons": "the persons' entries"}


def kinds_checked_words(facts: Facts, kinds: tuple[str, ...]) -> str:
    """'the warrants and the persons' entries were checked through 2026-11-30' where the kinds share their day, else
    each kind with its own day ('the warrants were checked through 2026-12-05, the persons' entries through
    2026-11-30'; session 39: the words gave the earlier day to both kinds)."""
    days = {k: str(facts.records.meta.checked_through_of(k)) for k in kinds}
    names = [KIND_WORDS.get(k, f"the {k}") for k in kinds]
    if len(set(days.values())) == 1:
        return f"{' and '.join(names)} were checked through {next(iter(days.values()))}"
    parts = [f"{name} {'were checked ' if i == 0 else ''}through {days[k]}" for i, (k, name) in enumerate(zip(kinds, names, strict=True))]
    return ", ".join(parts)
