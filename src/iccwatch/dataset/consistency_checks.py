"""Further checks against faulty or hostile records: facts that contradict each other across records,
references to oneself, duplicated sources, markup in text and lookup tables that say impossible things.

Every rule is general (no State or person is named) and names the file, the record and the field.

- Text: no HTML or XML markup (``<script>``, ``<a href=...>``) and no script address (``javascript:``,
  ``data:``, ``vbscript:``) in any text: the record is plain text, shown by the web pages.
- States: an Art. 98(2) agreement is with another State; the Statute's signature was open until 31
  December 2000 (Art. 125(1)), and is not given twice without a withdrawal of the signature between; a
  State does not consent to be bound twice while bound, and after a withdrawal took effect it rejoins
  by accession, not by ratifying its old signature; no two States share an ISO alpha-2 or numeric code.
- Persons: an alias is not the name itself; one person does not hold the same office (title, kind and State)
  twice over overlapping periods; two persons are not both the
  (de jure) head of State of one State on one day.
- Events: no trip (a visit, transit or overflight) while the person was in custody (after the surrender
  to the Court, before a release, acquittal, termination, withdrawal of the warrant or death); no arrest
  or surrender on an overflight (a person who was landed is on the territory: a visit or a transit).
- Custody by a State (a warrant's ``custody`` spells): none begins after the surrender or the warrant's end, none
  overlaps another (a transfer from one State to another ends one spell on the day the next begins), and each
  arrest by a State begins one where spells are listed.
- Instruments: not in force before adopted. Responses: a related decision is not the main decision.
- Sources: the same source is not cited twice on one fact (an error when the entries are identical,
  a warning when the same address and pinpoint differ in other details).
- One id names one record: no two records of different kinds share an id.
- complete_lists.yaml: ``since`` not after ``through``, ``through`` not after the record's
  checked_through, and ``indicator`` an indicator the index knows; each count a source gives (``counts``:
  n States bound by an instrument as of a date) equals the States the record has deposit an instrument of
  consent by that date, and a counted list held in full to a date has a count as of that date.
- States' cooperation legislation statuses (``implementing_legislation``): oldest first; a 'none' or
  'draft' is not dated after a law in force (a recorded cooperation law of the State, or an earlier
  'enacted' or 'partial' status); a status's ``measure`` is an implementing law of the same State.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from iccwatch.dataset.context_checks import context_problems
from iccwatch.dataset.integrity_checks import integrity_problems
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import source_lists
from iccwatch.dataset.records import KINDS, RecordSet
from iccwatch.dataset.review_checks import review_problems
from iccwatch.dataset.walked import walked
from iccwatch.model.dates import parse_partial_date
from iccwatch.model.person import CUSTODY_ENDS as _CUSTODY_ENDS
from iccwatch.model.state import CONSENT_ACTIONS

#: An HTML/XML tag or comment: ``<b>``, ``</a>``, ``<script src=...>``, ``<!-- -->``, ``<?php``.
_MARKUP = re.compile(r"<(?:/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>|!--|!\[CDATA\[|\?[a-zA-Z]+)")
#: An address that runs code or embeds content instead of opening a page.
_SCRIPT_URL = re.compile(r"(?<![a-z0-9])(?:(?:java|vb)script\s*:|data:[a-z]+/[a-z0-9.+-]+[;,])", re.I)

#: The last day the Statute was open for signature (Art. 125(1)).
SIGNATURE_CLOSED = dt.date(2000, 12, 31)
#: The Court's custody starts with the surrender (a State's arrest may end in a domestic release the
#: record does not hold).
_CUSTODY_STARTS = ("surrendered",)
#: The offices one State has only one holder of (at a time, de jure).
_SINGLE_HOLDER = ("head_of_state",)


def markup_problems(rel: str, record: str, texts: Iterable[tuple[str, str]]) -> Iterator[Problem]:
    """HTML or XML markup, or a script address, in any text of a parsed file (``texts``: its ``texts_of(raw)``)."""
    for at, v in texts:
        if "<" in v and (m := _MARKUP.search(v)):
            yield Problem(rel, record, at or None, f"markup {m.group().strip()[:30]!r} in text: the record is plain text (no HTML or XML tags)")
        elif ":" in v and (m := _SCRIPT_URL.search(v)):
            yield Problem(rel, record, at or None, f"script address {m.group().strip()!r} in text: cite only http(s) addresses")


def consistency_problems(r: RecordSet, today: dt.date | None = None) -> list[Problem]:
    """Every problem the rules above find in ``r``."""
    out: list[Problem] = []
    out += _participation(r)
    out += _state_codes(r)
    out += _persons(r)
    out += _custody(r)
    out += _state_custody(r)
    out += _events(r)
    out += _instruments(r)
    out += _responses(r)
    out += _duplicate_sources(r)
    out += _shared_ids(r)
    out += _complete_lists(r, today or dt.datetime.now(dt.UTC).date())
    out += _legislation(r)
    out += integrity_problems(r)  # round two of the bad records (dataset/integrity_checks.py)
    out += context_problems(r)  # round three (dataset/context_checks.py)
    out += review_problems(r)  # round four (dataset/review_checks.py)
    return out


def _legislation(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        statuses = getattr(st, "implementing_legislation", None) or []
        if not statuses:
            continue
        f = r.files[("states", iso3)]
        laws = sorted((m for m in r.measures.values() if m.state == iso3 and m.kind == "implementing_legislation"
                       and m.scope != "crimes_only"), key=lambda m: parse_partial_date(m.date)[0])
        in_force: tuple[dt.date, str] | None = (parse_partial_date(laws[0].date)[1], f"the law recorded as {laws[0].id}") if laws else None
        previous: dt.date | None = None
        for i, s in enumerate(statuses):
            at = f"implementing_legislation[{i}]"
            first, last = parse_partial_date(s.as_of)
            if previous and last < previous:
                yield Problem(f, iso3, f"{at}.as_of", f"as of {s.as_of}, before the status listed above it: list the statuses oldest first")
            previous = first
            if s.status in ("none", "draft") and in_force and first >= in_force[0]:
                yield Problem(f, iso3, f"{at}.status", f"{s.status!r} as of {s.as_of}, after {in_force[1]} (in force from {in_force[0]}): "
                              "a repeal is recorded on the law, not as a status")
            if s.measure is not None:
                m = r.measures.get(s.measure)
                if m is None or m.kind != "implementing_legislation" or m.state != iso3:
                    yield Problem(f, iso3, f"{at}.measure", f"{s.measure!r} is not an implementing law of {iso3} in data/measures")
            if s.status in ("enacted", "partial") and (in_force is None or first < in_force[0]):
                in_force = (last, f"the {s.status} status of {s.as_of}")


# ------------------------------------------------------------------------------------------ states


def _participation(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        f = r.files[("states", iso3)]
        rs = sorted(((i, a) for i, a in enumerate(st.participation) if a.instrument == "rome-statute"),
                    key=lambda x: (parse_partial_date(x[1].date)[0], x[0]))
        signed = bound = withdrawn = False
        for i, a in enumerate(st.participation):
            if a.action == "art_98_2_agreement" and a.counterparty == iso3:
                yield Problem(f, iso3, f"participation[{i}].counterparty", f"an Art. 98(2) agreement of {iso3} with itself: the counterparty is another State")
        for i, a in rs:
            first, _ = parse_partial_date(a.date)
            if a.action == "signature":
                if first > SIGNATURE_CLOSED:
                    yield Problem(f, iso3, f"participation[{i}].date",
                                  f"signature on {a.date}: the Statute was open for signature until 2000-12-31 (art. 125(1)); a State joins later by accession")
                if signed:
                    yield Problem(f, iso3, f"participation[{i}].action", "a second signature of the Statute without a signature_withdrawn between")
                signed = True
            elif a.action == "signature_withdrawn":
                signed = False
            elif a.action in CONSENT_ACTIONS and a.action != "ratification_or_accession":
                if bound:
                    yield Problem(f, iso3, f"participation[{i}].action", f"{a.action} on {a.date} while already bound by the Statute (no withdrawal took effect between)")
                elif withdrawn and a.action in ("ratification", "acceptance", "approval"):
                    yield Problem(f, iso3, f"participation[{i}].action",
                                  f"{a.action} on {a.date} after the State's withdrawal took effect: a State rejoins by accession")
                bound = True
            elif a.action == "withdrawal_effective":
                bound, withdrawn = False, True


def _state_codes(r: RecordSet) -> Iterator[Problem]:
    for code_field in ("iso2", "numeric"):
        seen: dict[str, str] = {}
        for iso3, st in r.states.items():
            code = getattr(st, code_field)
            if code in seen:
                yield Problem(r.files[("states", iso3)], iso3, code_field, f"{code_field} {code!r} is also the code of {seen[code]}")
            else:
                seen[code] = iso3


# ----------------------------------------------------------------------------------------- persons


def _overlap(a: Any, b: Any) -> bool:
    """True when the two offices' periods certainly share a day (both start; an open end runs on)."""
    if not a.start or not b.start:
        return False
    a_end = parse_partial_date(a.end)[0] if a.end else dt.date.max
    b_end = parse_partial_date(b.end)[0] if b.end else dt.date.max
    return parse_partial_date(b.start)[1] < a_end and parse_partial_date(a.start)[1] < b_end


def _persons(r: RecordSet) -> Iterator[Problem]:
    holders: dict[str, list[tuple[str, int, Any]]] = defaultdict(list)
    for key, p in r.persons.items():
        f = r.files[("persons", key)]
        for i, alias in enumerate(p.aliases):
            if alias == p.name:
                yield Problem(f, key, f"aliases[{i}]", f"the alias {alias!r} is the person's name itself")
        for i, o in enumerate(p.offices):
            for j in range(i):
                other = p.offices[j]
                if (o.title, o.kind, o.state) == (other.title, other.kind, other.state) and _overlap(o, other):
                    yield Problem(f, key, f"offices[{i}].start",
                                  f"{o.title!r} of {o.state} from {o.start} overlaps the same office held from {other.start} (offices[{j}])")
            if o.kind in _SINGLE_HOLDER and not o.de_facto:
                holders[o.state].append((key, i, o))
    for state, held in holders.items():
        for n, (key, i, o) in enumerate(held):
            for other_key, j, other in held[:n]:
                if other_key != key and _overlap(o, other):
                    yield Problem(r.files[("persons", key)], key, f"offices[{i}].start",
                                  f"{o.kind} of {state} from {o.start} while {other_key} held it (from {other.start}, offices[{j}]); "
                                  "a rival authority is marked de_facto")


def _custody(r: RecordSet) -> Iterator[Problem]:
    periods: dict[str, list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for w in r.warrants.values():
        changes = sorted(((parse_partial_date(s.date), s.status) for s in w.status_history if s.date), key=lambda x: x[0][0])
        start: tuple[dt.date, str] | None = None
        for (first, last), status in changes:
            if status in _CUSTODY_STARTS and start is None:
                start = (last, f"{status} on {first.isoformat() if first == last else str(first)[:7]}")
            elif status in _CUSTODY_ENDS and start is not None:
                periods[w.person].append((start[0], first, start[1]))
                start = None
        if start is not None:
            periods[w.person].append((start[0], dt.date.max, start[1]))
    for key, e in r.events.items():
        if e.trip not in ("visit", "transit", "overflight") or e.person not in periods:
            continue
        first, last = parse_partial_date(e.date)
        for begins, ends, what in periods[e.person]:
            if begins < first and last < ends:
                yield Problem(r.files[("events", key)], key, "date",
                              f"a trip on {e.date} while {e.person} was in custody ({what}, no release before the trip)")
                break


def _state_custody(r: RecordSet) -> Iterator[Problem]:
    """A warrant's ``custody`` spells (a State, or a group on its territory, holding the person): none begins
    after the person was surrendered to the Court or after the warrant ended, none overlaps another spell (one whose
    end is not dated lasts to its ``ended_by``, where given), and,
    where spells are listed, each arrest by a State (``arrested`` with ``by_state``) begins one (the law reads the
    listed spells alone where there are any)."""
    for key, w in r.warrants.items():
        if not w.custody:
            continue
        f = r.files[("warrants", key)]
        ends = [(parse_partial_date(s.date)[0], s.status) for s in w.status_history
                if s.date and s.status in ("surrendered", "appeared_voluntarily", "warrant_withdrawn", "proceedings_terminated",
                                           "case_inadmissible")]
        first_end = min(ends, default=None)
        spans: list[tuple[dt.date, dt.date]] = []
        for i, c in enumerate(w.custody):
            since = parse_partial_date(c.since)
            # A spell whose end is not dated but had ended by a day the sources show (``ended_by``) lasts at most to
            # that day: the law reads it so (not held after it), and so does the check for overlaps.
            end = c.until or c.ended_by
            until = parse_partial_date(end)[0] if end else dt.date.max
            if first_end is not None and since[0] > first_end[0]:
                yield Problem(f, key, f"custody[{i}].since",
                              f"held by {c.held_by} from {c.since}, after the warrant's {first_end[1].replace('_', ' ')} on "
                              f"{first_end[0]}: a State cannot hold the person under a warrant that no longer needs executing")
            for j, (b, e) in enumerate(spans):
                if since[0] < e and b < until:
                    yield Problem(f, key, f"custody[{i}]", f"overlaps custody[{j}]: one spell at a time (end one with until)")
            spans.append((since[0], until))
        for i, s in enumerate(w.status_history):
            if s.status == "arrested" and s.by_state and s.date and not any(
                    c.held_by == s.by_state and c.since == s.date for c in w.custody):
                yield Problem(f, key, f"status_history[{i}]",
                              f"arrested by {s.by_state} on {s.date}, but no custody spell held_by {s.by_state} since {s.date}: "
                              "where spells are listed, each arrest by a State begins one")


def _events(r: RecordSet) -> Iterator[Problem]:
    for key, e in r.events.items():
        if e.trip == "overflight" and e.action in ("arrest", "surrender", "arrest_and_release"):
            yield Problem(r.files[("events", key)], key, "action",
                          f"{e.action} on an overflight: a person who was landed was on the territory (trip: visit or transit)")


def _instruments(r: RecordSet) -> Iterator[Problem]:
    for key, ins in r.instruments.items():
        if ins.adopted and ins.entry_into_force and parse_partial_date(ins.entry_into_force)[1] < parse_partial_date(ins.adopted)[0]:
            yield Problem(r.files[("instruments", key)], key, "entry_into_force",
                          f"in force on {ins.entry_into_force}, before it was adopted on {ins.adopted}")


def _responses(r: RecordSet) -> Iterator[Problem]:
    for key, rs in r.responses.items():
        for i, d in enumerate(rs.related_decisions):
            if d == rs.decision:
                yield Problem(r.files[("responses", key)], key, f"related_decisions[{i}]", f"{d} is the response's own decision, listed again")


# ----------------------------------------------------------------------------------------- sources


def _duplicate_sources(r: RecordSet) -> Iterator[Problem]:
    for kind in KINDS:
        for key, rec in r.of_kind(kind).items():
            f = r.files[(kind, key)]
            for at, sources in walked(source_lists, rec):
                seen: dict[tuple[str, str | None], int] = {}
                for i, s in enumerate(sources):
                    k = (s.url, s.pinpoint)
                    if k not in seen:
                        seen[k] = i
                    elif s == sources[seen[k]]:
                        yield Problem(f, key, f"{at}[{i}]", f"the same source is cited twice on this fact (also {at}[{seen[k]}]): {s.url}")
                    else:  # told apart only by its title, note or publisher: kept visible, for an editor to merge
                        yield Problem(f, key, f"{at}[{i}]", f"{s.url} is cited twice on this fact (also {at}[{seen[k]}]), "
                                      "with different details: merge the two entries", "warning")


def _shared_ids(r: RecordSet) -> Iterator[Problem]:
    """One id in two folders: each file holding it is named (the one a contributor just added may be either)."""
    owners: dict[str, list[str]] = {}
    for kind in KINDS:
        for key in r.of_kind(kind):
            owners.setdefault(key, []).append(kind)
    for key, kinds in owners.items():
        for kind in dict.fromkeys(kinds):
            others = [k for k in dict.fromkeys(kinds) if k != kind]
            if others:
                yield Problem(r.files[(kind, key)], key, None,
                              f"id {key!r} is also the id of a record in {', '.join(f'data/{k}/' for k in others)}: one id names one record")


# --------------------------------------------------------------------------------------- lookups


def _complete_lists(r: RecordSet, today: dt.date) -> Iterator[Problem]:
    raw = r.lookups.get("complete_lists")
    if not isinstance(raw, dict) or not isinstance(raw.get("lists"), dict):
        return
    from typing import get_args

    from iccwatch.model.terms import IndicatorId

    known = set(get_args(IndicatorId))
    f = "data/lookups/complete_lists.yaml"
    cut_off = parse_partial_date(r.meta.checked_through)[1]
    for name, entry in raw["lists"].items():
        if not isinstance(entry, dict):
            continue

        def day(field: str, entry: dict[str, Any] = entry) -> dt.date | None:
            v = entry.get(field)
            if isinstance(v, dt.date):
                return v
            try:
                return dt.date.fromisoformat(v) if isinstance(v, str) else None
            except ValueError:
                return None

        through, since = day("through"), day("since")
        if through and through > min(cut_off, today):
            yield Problem(f, "complete_lists", f"lists.{name}.through",
                          f"held in full through {through}, after the record's checked_through {r.meta.checked_through} (or today)")
        if through and since and since > through:
            yield Problem(f, "complete_lists", f"lists.{name}.since", f"held in full since {since}, after the date it is held through ({through})")
        stated = entry.get("counts")
        counts = stated if isinstance(stated, list) else []
        for j, c in enumerate(counts):
            if isinstance(c, dict):
                yield from _stated_count(r, f, f"lists.{name}.counts[{j}]", c)
        if through and counts and not any(isinstance(c, dict) and str(c.get("as_of")) == str(through) for c in counts):
            yield Problem(f, "complete_lists", f"lists.{name}.counts",
                          f"held in full through {through}, but no count names that date: give the count a source states as of {through}")
        ind = entry.get("indicator")
        if ind is not None and ind not in known:
            yield Problem(f, "complete_lists", f"lists.{name}.indicator", f"unknown indicator {ind!r}; the index knows {', '.join(sorted(known))}")


def _stated_count(r: RecordSet, f: str, at: str, c: dict[str, Any]) -> Iterator[Problem]:
    """The States the record has deposit an instrument of consent to ``c['instrument']`` by ``c['as_of']``
    must number ``c['n']`` (a date known only to the month or year that straddles as_of may count either way)."""
    try:
        as_of = c["as_of"] if isinstance(c["as_of"], dt.date) else dt.date.fromisoformat(str(c["as_of"]))
        n = int(c["n"])
    except (KeyError, TypeError, ValueError):
        return
    sure, maybe = 0, 0
    for st in r.states.values():
        dates = [parse_partial_date(a.date) for a in st.participation if a.instrument == c.get("instrument") and a.action in CONSENT_ACTIONS]
        if any(last <= as_of for _, last in dates):
            sure += 1
        elif any(first <= as_of for first, _ in dates):
            maybe += 1
    if not sure <= n <= sure + maybe:
        held = f"{sure}" if not maybe else f"{sure} to {sure + maybe}"
        yield Problem(f, "complete_lists", at, f"the source counts {n} States bound by {c.get('instrument')} as of {as_of}; "
                      f"the record has {held}: add or correct the acts (or the count) before reading the list as complete")
