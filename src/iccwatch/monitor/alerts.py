"""Alerts: a candidate visit of a person under warrant to a State the law engine says must arrest.

Only current trips raise an alert: a planned visit or a visit dated no more than RECENT_DAYS before the
document (a visit the text tells as background, weeks earlier, is a fact for the record, not an alert; a planned
visit dated earlier, "was able to visit Uganda in May" in a July report, is a past trip read as a plan). A visit
with no date in a dated document is one the text did not tell as the day's news (a stay told in the present in
the lead takes the document's day when assembled), so it raises none either.

An alert pushes a fact at a user, where a candidate only goes to a person's review, so in the filtered mode (the
default) with the alert model (on by default, ``ICCWATCH_MONITOR_ALERT_MODEL=off`` turns it off; see ``mfilter.ALERT_MODEL_DEFAULT``) an alert also
needs the alert model's probability at or above its own threshold, stricter than the filter's
(``mfilter.alert_passes``: a second regression on the candidates that raise alerts, its threshold chosen by
cross-validation on the dev half for a target alert precision of 0.9 out of fold, on the curve made monotone; see
docs/monitor.md, "Alert calibration" and "The alert threshold for a target precision (session 27)").
A candidate below it stays in the review queue, with no alert.

A trip the text dates only to its year ("in May of this year" read as 2016, "the G20 next year") raises none (session 36):
a current trip is told by its day, its week or its month; on the dev half no alert-raising candidate dated to a year alone
was right, in the rules as they are, the loose mode or the three earlier versions (docs/monitor.md, "Alerts on unseen
documents (session 36)").

A person the record holds in a State's (or a group's) custody since a day before the trip's is moved in custody (to
a court, to the Court, to a hospital), not visiting: no alert (``held_before``). The day a spell of custody begins
still alerts: a person arrested on arrival did travel there.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from iccwatch.facts import Facts
from iccwatch.law import arrest_obligation
from iccwatch.law.warrants import warrant_status
from iccwatch.model.dates import DateSpan
from iccwatch.monitor.documents import Document
from iccwatch.monitor.extract import Candidate

if TYPE_CHECKING:
    from iccwatch.monitor.gazetteer import Spec

#: How far before the document's date a visit may have begun and still be news.
RECENT_DAYS = 14


def alert_for(c: Candidate, facts: Facts, document_date: str | None, document: Document | None = None,
              spec: Spec | None = None) -> dict[str, Any] | None:
    """The alert a candidate raises, with the determination attached, or None. With ``document`` (the candidate's, as
    the filtered mode passes it) and ``spec`` (the gazetteer the candidate was read with: its lexicon gives the cue words of a
    page in another language), the alert also needs ``mfilter.alert_passes``; without, the rules' reading alone."""
    if c.type not in ("visit", "planned_visit") or not c.person or not c.state:
        return None
    if c.type == "visit" and not c.date and document_date:
        return None  # a stay the document neither dates nor tells as the day's news ("has visited Chad and Kenya"): background
    if c.date and len(c.date) == 4:
        return None  # a trip dated only to its year ("visited Uganda this year", "will visit next year"): not the day's news
    when = c.date or document_date
    on = DateSpan.parse(when).first if when else dt.date.today()
    if c.date and document_date:
        # (a stay told by a span, "in early April", "2-4 September", may be news while its last day is; a trip "to come"
        # dated weeks before the document, "was able to visit Uganda in May" in a July report, is past too)
        if DateSpan.parse(c.end_date or c.date).surely_before(DateSpan.parse(document_date).first - dt.timedelta(days=RECENT_DAYS)):
            return None
    det = arrest_obligation(facts, c.state, c.person, on)
    if det.answer not in ("obliged", "contested"):
        return None
    if when and held_before(facts, c.person, on):
        return None  # (an undated trip in an undated document is read as of today, where a custody's end may not be recorded yet)
    if document is not None:
        from iccwatch.monitor import mfilter

        if spec is None:
            raise ValueError("alert_for: a document to gate the alert on needs the spec it was read with")
        if not mfilter.alert_passes(c, document, spec=spec):
            return None
    return {"candidate_id": c.id, "severity": "high" if det.answer == "obliged" else "contested", "state": c.state, "person": c.person,
            "on": on.isoformat(), "answer": det.answer, "determination": det.as_dict()}


def held_before(facts: Facts, person_id: str, on: dt.date) -> bool:
    """Whether the record surely holds the person in a State's or a group's custody (not the Court's) on ``on``, in a
    spell begun on an earlier day (the law's own reading of custody, ``warrant_status``)."""
    person = facts.records.persons.get(person_id)
    if person is None:
        return False
    return any(h.certainty == "held" and h.spell.since_span.last < on for h in warrant_status(facts, person, on).held)
