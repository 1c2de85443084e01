"""A warrant's statuses and admissibility challenges against its dates, the Court's custody and the person's death. Run by
``checks.py`` in the order of ``CHECKS`` there.

Errors:

* the Court's **request to arrest a person who had died** (a ``deceased`` status before the request)
  (``requests_after_death``; tests/dataset/ROUND8.md);
* **at_large on a summons to appear or an application**: only a warrant of arrest is evaded (``at_large_on_summons``;
  tests/dataset/ROUND10.md);
* a warrant's **status change recorded twice** (the same status, day and State: a pasted entry) (``statuses_twice``;
  tests/dataset/ROUND11.md);
* a **postponement allowed** (Art. 95) with no admissibility challenge of that State on a warrant of the persons made by
  the day of the decision; an **admissibility challenge** dated after the cut-off or by a State before it existed
  (``challenges_out_of_time``; tests/dataset/ROUND11.md);
* a **warrant, summons or application issued after the person's death recorded on another of the person's warrants**
  (not disputed), while it records no death itself: a slip of a date or a person. (A warrant that records the death too
  is left alone: the Court may issue one while a reported death is not established, as it did on 21 November 2024 for a
  person reported killed on 13 July 2024, and then terminate the proceedings.) (``issued_after_death``;
  tests/dataset/ROUND13.md);
* an **admissibility challenge made before the warrant's first recorded date** (its application or issue: a challenge
  under Art. 19(2)(b) is to a case before the Court), and **two challenges by one State open at once** (the second made
  before the first was determined: one challenge written twice, or the first's determination missing)
  (``challenges_on_the_warrant``; tests/dataset/ROUND15.md).

Warnings (the record may be right and must then say why):

* a warrant's **status dated more coarsely than the one before it, within its period** (``2005`` after ``2005-07-08``),
  **with no note**: the order of the two cannot be told from the dates (a note saying why the day is not known is
  enough) (``coarse_statuses``; tests/dataset/ROUND9.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_dates import first_day, last_day, span_or_none
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import DateSpan, parse_partial_date


def requests_after_death(r: RecordSet) -> Iterator[Problem]:
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


def coarse_statuses(r: RecordSet) -> Iterator[Problem]:
    for key, w in r.warrants.items():
        hist = w.status_history
        for i in range(1, len(hist)):
            said_before, said_now = hist[i - 1].date, hist[i].date
            if said_before is None or said_now is None:  # an undated status (the model allows it) is not ordered here
                continue
            before, now = DateSpan.parse(said_before), DateSpan.parse(said_now)
            if (now.first, now.last) != (before.first, before.last) and now.first <= before.first and before.last <= now.last \
                    and now.first < now.last and not hist[i].note:
                yield Problem(r.files[("warrants", key)], key, f"status_history[{i}].date",
                              f"{hist[i].status} dated only {hist[i].date}, after {hist[i - 1].status} on {hist[i - 1].date} within that "
                              "period, and no note: the order of the two cannot be told; give the day the source states, or say in a note why it is not known",
                              severity="warning")


def at_large_on_summons(r: RecordSet) -> Iterator[Problem]:
    for key, w in r.warrants.items():
        if w.kind == "arrest_warrant":
            continue
        for i, sc in enumerate(w.status_history):
            if sc.status == "at_large":
                what = ("a summons to appear, which orders no arrest (Art. 58(7))" if w.kind == "summons_to_appear"
                        else "an application, which is no warrant yet")
                yield Problem(r.files[("warrants", key)], key, f"status_history[{i}].status",
                              f"at_large under {what}: there is no arrest to evade; record the warrant of arrest that "
                              "followed as its own warrant, or the status the sources give")


def statuses_twice(r: RecordSet) -> Iterator[Problem]:
    for key, w in r.warrants.items():
        seen: dict[tuple[str, str | None, str | None], int] = {}
        for i, s in enumerate(w.status_history):
            at = (s.status, s.date, s.by_state)
            if at in seen:
                yield Problem(r.files[("warrants", key)], key, f"status_history[{i}]",
                              f"{s.status} on {s.date} is recorded twice (also status_history[{seen[at]}]): keep one entry, with both "
                              "entries' sources")
            seen.setdefault(at, i)


def challenges_out_of_time(r: RecordSet) -> Iterator[Problem]:
    since_of = {iso3: st.since.date for iso3, st in r.states.items() if st.since}
    for key, w in r.warrants.items():
        f = r.files[("warrants", key)]
        for i, c in enumerate(w.admissibility_challenges):
            if c.by_state in since_of and last_day(c.made) < first_day(since_of[c.by_state]):
                yield Problem(f, key, f"admissibility_challenges[{i}].made", f"a challenge by {c.by_state} made on {c.made}, but "
                              f"{c.by_state} is dated from {since_of[c.by_state]} (its since)")


def _deaths(r: RecordSet) -> dict[str, tuple[dt.date, str]]:
    """Person -> (the last day of the earliest death the record states, not disputed; as written)."""
    died: dict[str, tuple[dt.date, str]] = {}
    for w in r.warrants.values():
        for sc in w.status_history:
            if sc.status == "deceased" and sc.date and not sc.disputed and (span := span_or_none(sc.date)) is not None:
                if w.person not in died or span.last < died[w.person][0]:
                    died[w.person] = (span.last, sc.date)
    return died


def issued_after_death(r: RecordSet) -> Iterator[Problem]:
    died = _deaths(r)
    for key, w in r.warrants.items():
        if w.person not in died or any(sc.status == "deceased" for sc in w.status_history):
            continue  # no death, or the warrant records it too (issued while a reported death was not established)
        last, written = died[w.person]
        days = [("issued", w.issued)] + [(f"status_history[{i}].date", sc.date) for i, sc in enumerate(w.status_history)
                                        if sc.status in ("issued", "requested")]
        for at, day in days:
            span = span_or_none(day) if isinstance(day, str) else None
            if span is not None and span.first > last:
                yield Problem(r.files[("warrants", key)], key, at,
                              f"issued on {day}, after the person's death recorded on {written} on another warrant, and this "
                              "warrant records no death: correct the date or the person, or record here what the Court knew of "
                              "the death when it issued it")
                break


def challenges_on_the_warrant(r: RecordSet) -> Iterator[Problem]:
    for wid, w in r.warrants.items():
        if not w.admissibility_challenges:
            continue
        f = r.files[("warrants", wid)]
        starts = [s for s in (span_or_none(w.issued), *(span_or_none(x.date) for x in w.status_history)) if s is not None]
        first = min(starts, key=lambda s: s.first) if starts else None
        spans = [(i, c, span_or_none(c.made), span_or_none(c.determined)) for i, c in enumerate(w.admissibility_challenges)]
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
