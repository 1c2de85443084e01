"""Round twenty-two of the checker (``tests/dataset/ROUND22.md``).

Errors (``round22_problems``, run by ``checks.py`` after round twenty-one's):

* a source's **copy_of naming a page that is no original**: ``copy_of`` names the original document a page
  republishes; an address there on a domain the publishers' table grades X (a wiki mirror, a content farm, a scraper)
  or classes ``document_copy`` (a site of copies) is itself a copy or no source at all, so the original is still
  unnamed. The rule reads the table (``data/lookups/publishers.yaml``), never a named site.
* a **referral's target naming a record of another kind** (``kind: situation_referral`` with ``targets`` the id of a
  person, a decision, a trip...): round twenty-one asks the target to be written as an id; an id that belongs to a
  record of another kind is no situation, and the index would count the referral under a situation of that name.
* a **case's decision dated before its situation's investigation opened** (a finding of non-compliance, a
  confirmation of charges, a conviction, a sentence... dated before ``investigation_opened``): each presupposes a
  warrant or summons, which Art. 58 gives only in an investigation. Rulings that may precede one (``other``: an
  authorisation or a jurisdiction ruling; appeals, reconsiderations and challenges) are not read. Round eight's rule
  read warrants only, so a changed ``investigation_opened`` was refused on the warrants, never on the decision.

Warnings:

* a **surrender by another State than the one that last arrested the person**, with no custody spell of the
  surrendering State on the day: each date and State may be right alone, but the record then does not say how the
  person came into that State's hands (a transfer is a custody spell ended ``transferred`` and one beginning).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from urllib.parse import urlsplit

from iccwatch.dataset.grading import PublisherIndex
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import KINDS_WITH_SOURCES, record_sources
from iccwatch.dataset.records import KINDS, RecordSet
from iccwatch.model.dates import DateSpan

#: Publishers' classes whose pages are copies of other documents (``publishers.yaml``): never an original.
COPY_CLASSES = frozenset({"document_copy"})


def round22_problems(r: RecordSet) -> list[Problem]:
    return [*_copy_of_originals(r), *_referral_target_kinds(r), *_decisions_before_investigation(r), *_surrender_hands(r)]


def _copy_of_originals(r: RecordSet) -> Iterator[Problem]:
    if "publishers" not in r.lookups:
        return
    index = PublisherIndex.from_lookups(r.lookups)
    for kind in KINDS_WITH_SOURCES:
        for key, obj in r.of_kind(kind).items():
            for at, src in record_sources(obj):
                original = (src.copy_of or "").strip()
                if urlsplit(original).scheme.lower() not in ("http", "https"):
                    continue  # an original named by its title and date
                pub = index.lookup(original)
                if pub is None or (pub.grade != "X" and pub.publisher_class not in COPY_CLASSES):
                    continue
                why = f"graded X ({pub.reason})" if pub.grade == "X" else f"a site of copies ({pub.publisher_class}: {pub.reason})"
                yield Problem(r.file_of(kind, key), key, f"{at}.copy_of",
                              f"copy_of names a page on {pub.domain}, {why}: that page is not the original document; name the "
                              "original (its address, or its title and date) or leave copy_of out")


def _referral_target_kinds(r: RecordSet) -> Iterator[Problem]:
    for key, m in r.measures.items():
        target = m.targets
        if m.kind != "situation_referral" or not target or target in r.situations:
            continue
        others = [k for k in KINDS if k not in ("situations", "states", "instruments") and target in r.of_kind(k)]
        if target.upper() in r.states:
            others.insert(0, "states")
        if others:
            yield Problem(r.file_of("measures", key), key, "targets",
                          f"{target!r} is the id of a record in data/{others[0]}/, not a situation: a referral names the situation "
                          "it referred (its id in data/situations/), or a short name for one that led only to a preliminary examination")


#: Decisions that presuppose a case (a warrant or summons, so an investigation: Art. 58).
CASE_DECISIONS = frozenset({"non_compliance", "warrant_challenge", "fitness_to_stand_trial", "interim_release", "confirmation_of_charges",
                            "conviction", "acquittal", "sentence", "proceedings_terminated", "warrant_withdrawn"})


def _decisions_before_investigation(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        sit = r.situations.get(d.situation)
        opened = sit.investigation_opened if sit else None
        if d.kind not in CASE_DECISIONS or not opened or not d.date:
            continue
        if DateSpan.parse(d.date).last < DateSpan.parse(opened).first:
            yield Problem(r.file_of("decisions", key), key, "date",
                          f"a decision of kind {d.kind} dated {d.date}, before the investigation of the situation {d.situation!r} opened on "
                          f"{opened}: it presupposes a warrant or summons, which is issued only in an investigation (Art. 58); correct "
                          "either date")


def _day(value: str | None, last: bool = False) -> dt.date | None:
    if not value:
        return None
    span = DateSpan.parse(value)
    return span.last if last else span.first


def _surrender_hands(r: RecordSet) -> Iterator[Problem]:
    for key, w in r.warrants.items():
        arrests = [(d, s) for s in w.status_history if s.status == "arrested" and s.by_state and (d := _day(s.date)) is not None]
        for i, s in enumerate(w.status_history):
            day = _day(s.date)
            if s.status != "surrendered" or day is None or not s.by_state:
                continue
            before = [a for d, a in arrests if d <= day]
            if not before or before[-1].by_state == s.by_state:
                continue
            if any(c.held_by == s.by_state and (_day(c.since) or day) <= day and (_day(c.until, last=True) or day) >= day for c in w.custody):
                continue
            a = before[-1]
            yield Problem(r.file_of("warrants", key), key, f"status_history[{i}].by_state",
                          f"surrendered by {s.by_state} on {s.date}, but last arrested by {a.by_state} on {a.date}, and no custody spell "
                          f"of {s.by_state} covers the surrender: record how the person came into its hands (a custody spell ended "
                          "'transferred' and one beginning), or correct by_state", "warning")
