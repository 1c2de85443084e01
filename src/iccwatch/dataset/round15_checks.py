"""Round fifteen of the checker (``tests/dataset/ROUND15.md``): what a careless or hurried editor and a hostile one
write, and the earlier rules let through.

Errors:

* **words naming a day no calendar has** (``searched on 2026-02-30``, ``to 2010-07-32``) in any text of a record or
  of its sources (a note, a gap, a follow-up): the date fields are checked by the schema, the dates written in words
  were not;
* a **text that is only a web address** where words are due (an office's title, an occasion, a follow-up, a summary, a
  note, whom a resolution obliges or urges, a gap): the address belongs in a source's ``url``, and the field says in
  words what the source states (a source's own title is round nine's rule, a name's round eleven's);
* a fact marked **disputed with no note** saying what is disputed and by whom, or of **low confidence with neither a
  note nor a primary_gap** saying why: readers are told the fact is doubtful, and the note is where they learn why
  (docs/data-format.md, "Every fact is sourced");
* an **Art. 15 authorisation** (``authorisation``) on a situation that was referred (by a State or the Security
  Council): the Pre-Trial Chamber authorises an investigation only where the Prosecutor opened it proprio motu
  (Arts. 13(c), 15(3)-(4)); and an authorisation **with no sources**, the one dated fact of a situation that could be
  written without any;
* a gap written on a record it does not belong to: a ``later_rulings_gap`` on a ruling of another kind than a decision on
  non-compliance (a conviction, a sentence: the gap says what was searched for rulings following a finding), and a ``responses_gap`` on a
  decision referred to no forum (the gap says what was searched for the Assembly's or the Council's response to a
  referral);
* an **admissibility challenge made before the warrant's first recorded date** (its application or issue: a challenge
  under Art. 19(2)(b) is to a case before the Court), and **two challenges by one State open at once** (the second
  made before the first was determined: one challenge written twice, or the first's determination missing);
* a position whose holding is **on point only in Council referrals** (``scope: unsc_referral``) stated about a
  situation the Council did not refer;
* an **entry of a coverage list written twice** (``meta.yaml``, ``coverage.<kind>.incomplete``).

Warning: a person with a ``travel_gap`` (what was searched, and that no trip was found) **of whom trips are recorded**:
the gap no longer says what the record holds (as round ten's ``later_rulings_gap`` on a followed finding).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import fields_of, per_record_problems, sources_of
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import DateSpan

#: Fields holding words (prose) where an address alone says nothing: the address is a source.
_PROSE = {"title", "summary", "note", "occasion", "followup", "outcome", "primary_gap", "travel_gap", "later_rulings_gap",
          "responses_gap", "urges", "obliges_others", "own_proceedings", "until_unknown", "inferred", "referral_instrument", "law",
          "status", "held_by", "checked_against", "complete", "court", "group", "author", "basis", "reason"}
_ONLY_ADDRESS = re.compile(r"(?i)^\s*(?:<)?(?:https?://|www\.)\S+?(?:>)?\s*$")
#: A whole day written inside words (``on 2010-02-30``), not touching other digits or a hyphen before it (a filing or
#: case number's parts are not a day).
_DAY_IN_TEXT = re.compile(r"(?<![\d-])((?:1[89]|20)\d\d)-(\d\d)-(\d\d)(?!\d)")


def round15_problems(r: RecordSet) -> list[Problem]:
    return [*per_record_problems(r, _record_findings), *_authorisations(r), *_gaps(r), *_challenges(r), *_position_scopes(r),
            *_coverage_lists(r), *_travel_gaps(r)]


def _span(value: str | None) -> DateSpan | None:
    if not value:
        return None
    try:
        return DateSpan.parse(value)
    except ValueError:
        return None


# ------------------------------------------------------------------------------------------------ one record's texts


def _record_findings(obj: Any) -> Iterator[tuple[str, str]]:
    """A text that is only an address, and a disputed fact with no note: each depends on the record alone."""
    for at, owner, name, v in fields_of(obj):
        if name in _PROSE and isinstance(v, str) and _ONLY_ADDRESS.match(v):
            yield at, (f"{v[:60]!r} is only a web address: say in words what the {name.replace('_', ' ')} is, and cite the page "
                       "in sources")
        if name == "disputed" and v is True and not (getattr(owner, "note", None) or "").strip():
            yield at, ("disputed, with no note: say in note what is disputed and by whom (which sources disagree, or what "
                       "leaves the fact open)")
        if name == "confidence" and v == "low" and not (getattr(owner, "note", None) or getattr(owner, "primary_gap", None) or "").strip():
            yield at, ("low, with no note or primary_gap: say why the fact is doubtful (what the sources leave open, or what "
                       "could not be read)")
        for where, text in _texts(at, v):
            if (msg := _no_such_day(text)) is not None:
                yield where, msg
    for at, src in sources_of(obj):
        for name in ("note", "publisher"):
            text = getattr(src, name)
            if isinstance(text, str) and _ONLY_ADDRESS.match(text):
                yield f"{at}.{name}", (f"{text[:60]!r} is only a web address: the address is the source's url (or copy_of); "
                                       f"write the {name} in words")
        for name in ("title", "note", "pinpoint", "publisher", "copy_of"):
            text = getattr(src, name)
            if isinstance(text, str) and (msg := _no_such_day(text)) is not None:
                yield f"{at}.{name}", msg


def _texts(at: str, v: Any) -> list[tuple[str, str]]:
    if isinstance(v, str):
        return [(at, v)]
    return [(f"{at}[{i}]", x) for i, x in enumerate(v) if isinstance(x, str)] if isinstance(v, list) else []


def _no_such_day(text: str) -> str | None:
    """The problem of words naming a day no calendar has (``searched on 2026-02-30``). Only text with a space is read: a
    date field, an id or an address that names such a day is refused by its own rule."""
    if " " not in text or "-" not in text:
        return None
    for m in _DAY_IN_TEXT.finditer(text):
        try:
            dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return (f"the text names the day {m.group()}, which no calendar has (month {m.group(2)}, day {m.group(3)}): correct "
                    "the date")
    return None


# ------------------------------------------------------------------------------------------------ across records


def _authorisations(r: RecordSet) -> Iterator[Problem]:
    for sid, sit in r.situations.items():
        if sit.authorisation is None:
            continue
        f = r.files[("situations", sid)]
        if sit.trigger != "proprio_motu":
            yield Problem(f, sid, "authorisation", f"an Art. 15 authorisation on a situation whose trigger is {sit.trigger}: the "
                          "Pre-Trial Chamber authorises an investigation only where the Prosecutor opened it proprio motu (Arts. "
                          "13(c), 15(3)-(4)); a referred situation needs none (record the opening in investigation_opened)")
        if not sit.authorisation.sources:
            yield Problem(f, sid, "authorisation.sources", "an authorisation with no sources: cite the Chamber's decision (or a "
                          "report of it), as every dated fact")


def _gaps(r: RecordSet) -> Iterator[Problem]:
    for did, d in r.decisions.items():
        f = r.files[("decisions", did)]
        if d.later_rulings_gap and d.kind != "non_compliance":
            yield Problem(f, did, "later_rulings_gap", f"set on a {d.kind.replace('_', ' ')} ruling: the gap says what was searched "
                          "for the rulings that follow a decision on non-compliance (kind: non_compliance); leave it out here")
        if d.responses_gap and d.referred_to in (None, "none"):
            yield Problem(f, did, "responses_gap", "set on a decision referred to no forum (referred_to: "
                          f"{d.referred_to or 'unset'}): the gap says what was searched for the Assembly's or the Council's "
                          "response to a referral; leave it out, or record the referral")


def _challenges(r: RecordSet) -> Iterator[Problem]:
    for wid, w in r.warrants.items():
        if not w.admissibility_challenges:
            continue
        f = r.files[("warrants", wid)]
        starts = [s for s in (_span(w.issued), *(_span(x.date) for x in w.status_history)) if s is not None]
        first = min(starts, key=lambda s: s.first) if starts else None
        spans = [(i, c, _span(c.made), _span(c.determined)) for i, c in enumerate(w.admissibility_challenges)]
        for i, c, made, _ in spans:
            if first is not None and made is not None and made.last < first.first:
                yield Problem(f, wid, f"admissibility_challenges[{i}].made", f"{c.made}, before the warrant's first recorded date "
                              f"({first.first.isoformat()}, its application or issue): a challenge under Art. 19(2)(b) is to a case "
                              "before the Court; check the date, or the warrant it is recorded on")
        for i, c, made, _ in spans:
            for j, other, o_made, o_det in spans[:i]:
                if other.by_state != c.by_state or made is None or o_made is None:
                    continue
                if o_made.first <= made.first and (o_det is None or made.last < o_det.first):
                    until = f"determined on {other.determined}" if other.determined else "not determined"
                    yield Problem(f, wid, f"admissibility_challenges[{i}].made", f"{c.made}: a second challenge by {c.by_state} while "
                                  f"its challenge of {other.made} (admissibility_challenges[{j}], {until}) was still open: one "
                                  "challenge written twice, or the first one's determination is missing")


def _position_scopes(r: RecordSet) -> Iterator[Problem]:
    for pid, p in r.positions.items():
        if p.scope != "unsc_referral":
            continue
        for i, sid in enumerate(p.situations):
            sit = r.situations.get(sid)
            if sit is not None and sit.trigger != "unsc_referral":
                yield Problem(r.files[("positions", pid)], pid, f"situations[{i}]", f"{sid} ({sit.trigger.replace('_', ' ')}), but the "
                              "position's scope is unsc_referral (on point only where the Security Council referred the situation): "
                              "correct the scope, or the situation")


def _coverage_lists(r: RecordSet) -> Iterator[Problem]:
    meta = r.meta
    coverage = getattr(meta, "coverage", None) or {}
    for kind, cov in coverage.items():
        seen: dict[str, int] = {}
        for i, item in enumerate(getattr(cov, "incomplete", None) or []):
            key = " ".join(str(item).split()).casefold()
            if key in seen:
                yield Problem("data/meta.yaml", "meta", f"coverage.{kind}.incomplete[{i}]", f"written twice (also "
                              f"coverage.{kind}.incomplete[{seen[key]}]): list each gap once")
            else:
                seen[key] = i


def _travel_gaps(r: RecordSet) -> Iterator[Problem]:
    with_trips: dict[str, int] = {}
    for e in r.events.values():
        with_trips[e.person] = with_trips.get(e.person, 0) + 1
    for pid, p in r.persons.items():
        if p.travel_gap and with_trips.get(pid):
            n = with_trips[pid]
            yield Problem(r.files[("persons", pid)], pid, "travel_gap", f"{n} trip{'s are' if n > 1 else ' is'} recorded of this person "
                          "in data/events, and travel_gap says what was searched when none was found: update the gap (what was "
                          "searched since the last trip) or leave it out", severity="warning")
