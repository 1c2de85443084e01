"""Round nineteen of the checker (``tests/dataset/ROUND19.md``): facts each valid alone that cannot all be true, a
pinpoint range that runs backwards under a label the earlier rule did not read, and two lookups entries that misread.

Errors (``round19_problems``, run by ``checks.py`` after round eighteen's):

* a **trip that runs into the Court's custody**: it begins before the person's surrender to the Court and its
  ``end_date`` falls after it, with no release between (the consistency checks read the trip's first day only, so a
  trip begun in a State's custody and ending months later passed with a warning);
* a **finding of non-compliance on a trip made before the State was bound**: every trip to the State the finding
  names was made before the Statute entered into force for it, and on that day no Council resolution the record holds
  obliged it, and it had made no Art. 12(3) declaration and no Art. 87(5) arrangement (a former party keeps its duties
  for proceedings begun before its withdrawal took effect, Art. 127(2), so a withdrawal is not read here);
* a **withdrawal from an instrument the State never consented to** (``withdrawal_notified`` or ``withdrawal_effective``
  of the Kampala amendments, or any other instrument, with no ratification, accession, acceptance, approval or
  succession of it dated on or before): the Rome Statute's own case was refused before;
* a **pinpoint range that ends before it starts** under a label the context checks' rule does not read (characters,
  lines, items, rows, notes, footnotes, minutes, slides, columns, entries): ``characters 500-400``; an abbreviated end
  (``lines 112-13``) is read as the context checks read ``pp. 112-13``;
* in ``data/lookups/state_names.yaml``, a State's **name that is another State's code** (alpha-3 or alpha-2, as
  written): text holding the code would be read as the wrong State;
* in ``data/lookups/map_points.yaml``, a point at **longitude 0 and latitude 0**, the point a missing coordinate
  defaults to (in the Gulf of Guinea; no State's capital is there).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import per_record_problems, record_sources
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import parse_partial_date
from iccwatch.model.person import CUSTODY_ENDS
from iccwatch.model.rome_statute import party_intervals
from iccwatch.model.terms import CONSENT_ACTIONS


def round19_problems(r: RecordSet) -> list[Problem]:
    return [*_trips_into_custody(r), *_findings_before_bound(r), *_withdrawals_without_consent(r),
            *per_record_problems(r, _pinpoint_findings), *_names_that_are_codes(r), *_null_island(r)]


# ------------------------------------------------------------------------------------------------ trips and custody


def _court_custody(r: RecordSet) -> dict[str, list[tuple[dt.date, dt.date, str]]]:
    """Each person's spells in the Court's custody from the warrants' statuses (as the consistency checks read them:
    from a surrender to the first release, acquittal, death, termination or withdrawal after it)."""
    periods: dict[str, list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for w in r.warrants.values():
        changes = sorted(((parse_partial_date(s.date), s.status) for s in w.status_history if s.date), key=lambda x: x[0][0])
        start: tuple[dt.date, str] | None = None
        for (first, last), status in changes:
            if status == "surrendered" and start is None:
                start = (last, first.isoformat() if first == last else str(first)[:7])
            elif status in CUSTODY_ENDS and start is not None:
                periods[w.person].append((start[0], first, start[1]))
                start = None
        if start is not None:
            periods[w.person].append((start[0], dt.date.max, start[1]))
    return periods


def _trips_into_custody(r: RecordSet) -> Iterator[Problem]:
    periods = _court_custody(r)
    for key, e in r.events.items():
        if not e.end_date or e.person not in periods or e.trip not in ("visit", "transit", "overflight"):
            continue
        begins_first = parse_partial_date(e.date)[0]
        ends_first = parse_partial_date(e.end_date)[0]
        for begins, ends, surrendered in periods[e.person]:
            if begins_first < begins < ends_first and begins < ends:
                yield Problem(r.file_of("events", key), key, "end_date",
                              f"the trip from {e.date} runs to {e.end_date}, but {e.person} was surrendered to the Court on "
                              f"{surrendered} (no release before {e.end_date}): a person in the Court's custody makes no trip; "
                              "correct the end_date or the warrant's statuses")
                break


# ------------------------------------------------------------------------------------------------ findings


_OWN_CONSENT = ("declaration_12_3", "declaration_12_3_confirmed", "ad_hoc_arrangement")


def _bound_before(r: RecordSet, iso3: str, situation: str, day: dt.date) -> bool:
    """Whether the record gives the State a duty to the Court on ``day``: the Statute in force for it on or before the
    day (a withdrawal is not read: Art. 127(2)), a Council resolution adopted by then obliging it, or its own Art. 12(3)
    declaration or Art. 87(5) arrangement made by then."""
    st = r.states.get(iso3)
    if st is None:
        return True  # an unknown State is refused elsewhere
    if any(iv.start <= day for iv in party_intervals(st.participation, "rome-statute")):
        return True
    if any(a.action in _OWN_CONSENT and parse_partial_date(a.date)[0] <= day for a in st.participation):
        return True
    for ins in r.instruments.values():
        if iso3 in ins.obliges_states and (ins.adopted is None or parse_partial_date(ins.adopted)[0] <= day):
            return True
    return False


def _findings_before_bound(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if d.finding != "non_compliance" or d.state is None or not d.events or d.appeal_of:
            continue
        trips = [(i, r.events[eid]) for i, eid in enumerate(d.events) if eid in r.events and r.events[eid].state == d.state]
        if not trips:
            continue
        unbound = [(i, e) for i, e in trips if not _bound_before(r, d.state, d.situation, parse_partial_date(e.date)[1])]
        if len(unbound) == len(trips):
            i, e = unbound[0]
            yield Problem(r.file_of("decisions", key), key, f"events[{i}]",
                          f"a finding of non-compliance against {d.state} on the trip of {e.date}, when by the record's dates the "
                          f"Statute was not yet in force for {d.state}, no Council resolution obliged it and it had made no "
                          "Art. 12(3) declaration or Art. 87(5) arrangement: correct the trip, the finding or the State's acts")


# ------------------------------------------------------------------------------------------------ participation


def _withdrawals_without_consent(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        for i, a in enumerate(st.participation):
            if a.instrument == "rome-statute" or a.action not in ("withdrawal_notified", "withdrawal_effective"):
                continue
            day = parse_partial_date(a.date)[1]
            consented = any(b.instrument == a.instrument and b.action in (*CONSENT_ACTIONS, "entry_into_force")
                            and parse_partial_date(b.date)[0] <= day for b in st.participation)
            if not consented:
                yield Problem(r.file_of("states", iso3), iso3, f"participation[{i}].action",
                              f"{a.action} of {a.instrument} on {a.date}, but the record holds no ratification, accession, "
                              f"acceptance, approval or succession of {a.instrument} by {iso3} on or before it: a State withdraws "
                              "only from what binds it")


# ------------------------------------------------------------------------------------------------ pinpoints


#: A range under a label of units the context checks' page and paragraph rule does not read.
_PIN_UNITS = re.compile(r"\b(?:characters?|chars?|lines?|items?|rows?|notes?|footnotes?|fns?|nn|minutes?|mins?|slides?|columns?|cols?|"
                        r"entries|entry)\.?\s*(\d+)\s*[-–]\s*(\d+)\b", re.I)


def _pinpoint_findings(obj: Any) -> Iterator[tuple[str, str]]:
    for at, src in record_sources(obj):
        if not src.pinpoint:
            continue
        for m in _PIN_UNITS.finditer(src.pinpoint):
            start, end = m.group(1), m.group(2)
            if len(end) < len(start):  # "lines 112-13": the end's leading digits are the start's
                end = start[: len(start) - len(end)] + end
            if int(end) < int(start):
                yield (f"{at}.pinpoint", f"pinpoint {src.pinpoint[:60]!r}: the range {m.group(1)}-{m.group(2)} ends before it "
                       "starts")
                break


# ------------------------------------------------------------------------------------------------ lookups


def _names_that_are_codes(r: RecordSet) -> Iterator[Problem]:
    names = (r.lookups.get("state_names") or {}).get("names") or {}
    codes: dict[str, str] = {}
    for iso3, st in r.states.items():
        codes[iso3] = iso3
        codes[st.iso2] = iso3
    for iso3, listed in names.items():
        for i, name in enumerate(listed or []):
            other = codes.get(name) if isinstance(name, str) else None
            if other is not None and other != iso3:
                yield Problem("data/lookups/state_names.yaml", "state_names", f"names.{iso3}[{i}]",
                              f"{name!r} is the code of {other}, given as a name of {iso3}: text holding the code would be read "
                              f"as {iso3}; leave it out")


def _null_island(r: RecordSet) -> Iterator[Problem]:
    points = (r.lookups.get("map_points") or {}).get("points") or {}
    for iso3, p in points.items():
        lon, lat = (p.get("lon"), p.get("lat")) if isinstance(p, dict) else (getattr(p, "lon", None), getattr(p, "lat", None))
        if lon == 0 and lat == 0:
            yield Problem("data/lookups/map_points.yaml", "map_points", f"points.{iso3}",
                          "longitude 0 and latitude 0, the point a missing coordinate defaults to (in the Gulf of Guinea, where no "
                          "State's capital is): give the capital's coordinates")
