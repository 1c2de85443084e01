"""``iccwatch data sources``: how well the record's facts are sourced.

Facts by their best source's grade; the key facts users cite most (Rome Statute acts, warrants and
summonses with their dated status entries, decisions, events) with and without a primary source that
was read; facts that declare a ``primary_gap``; events with and without an independent report (a news agency,
newspaper or broadcaster, or NGO graded A or B); unknown and unreliable domains; the most-cited publishers.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from iccwatch.dataset.grading import GRADE_ORDER, PublisherIndex, host_of
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.sources_policy import FactRef, iter_facts
from iccwatch.model import Source

#: A note on a primary source that says the fact was not read there (the date was taken elsewhere).
UNREAD_NOTE = re.compile(r"taken from (the )?other sources|not read|not seen there|unread|not checked against", re.I)


def is_read_primary(source: Source, index: PublisherIndex) -> bool:
    """A primary source on a publisher allowed to be primary, whose note does not say it was not read."""
    if source.kind != "primary":
        return False
    pub = index.lookup(source.url)
    if pub is None or not pub.allows_primary:
        return False
    return not (source.note and UNREAD_NOTE.search(source.note))


#: Publisher classes whose report makes an event rest on more than the Court's filings or a copy: a news
#: agency, a newspaper or broadcaster, an NGO (issue 16: "at least one news agency, major newspaper or
#: broadcaster, or NGO report"). Graded A or B only: a C outlet is corroboration, not a basis.
REPORT_CLASSES: frozenset[str] = frozenset({"news_agency", "newspaper_or_broadcaster", "ngo"})
REPORT_GRADES: frozenset[str] = frozenset({"A", "B"})


def is_independent_report(source: Source, index: PublisherIndex) -> bool:
    """A source published by a news agency, newspaper or broadcaster, or NGO graded A or B (not a copy)."""
    pub = index.lookup(source.url)
    return (pub is not None and pub.publisher_class in REPORT_CLASSES and pub.grade in REPORT_GRADES
            and not source.copy_of)


def key_fact_label(ref: FactRef) -> str | None:
    """The kind of key fact ``ref`` is, or None when it is not a key fact."""
    fact = ref.fact
    if ref.kind == "states" and ref.path.startswith("participation[") and getattr(fact, "instrument", None) == "rome-statute":
        return "rome_statute_act"
    if ref.kind == "warrants" and ref.path == "":
        return "warrant"
    if ref.kind == "warrants" and ref.path.startswith("status_history[") and getattr(fact, "date", None):
        return "warrant_status"
    if ref.kind == "decisions" and ref.path == "":
        return "decision"
    if ref.kind == "events" and ref.path == "":
        return "event"
    return None


def derived_base(records: RecordSet, ref: FactRef) -> Any:
    """For a treaty date derived by the Statute's rule (``derived_from``), the State's act it follows from.

    A derived date has a read primary source only when both hold: the article of the Statute is cited
    (checked by ``data check``) and the act it starts from has a read primary source of its own.
    """
    fact = ref.fact
    derived = getattr(fact, "derived_from", None)
    if ref.kind != "states" or not derived:
        return None
    acts = [a for a in records.states[ref.key].participation
            if a.instrument == fact.instrument and a.action == derived and a.date <= fact.date]
    return acts[-1] if acts else None


def _describe(ref: FactRef) -> str:
    fact = ref.fact
    bits = [str(getattr(fact, a)) for a in ("action", "status", "date") if getattr(fact, a, None)]
    return f"{ref.kind}/{ref.key}" + (f" {ref.path}" if ref.path else "") + (f" ({', '.join(bits)})" if bits else "")


def sources_report(records: RecordSet, top: int = 25) -> dict[str, Any]:
    """The report as JSON-ready data."""
    index = PublisherIndex.from_lookups(records.lookups)
    by_grade: Counter[str] = Counter()
    citations = 0
    cited: Counter[str] = Counter()
    unknown: Counter[str] = Counter()
    unreliable: Counter[str] = Counter()
    key: dict[str, dict[str, int]] = {}
    without: list[dict[str, Any]] = []
    gaps: list[dict[str, Any]] = []
    events = {"total": 0, "with_report": 0, "weak_only": 0}
    events_without: list[dict[str, Any]] = []
    facts = 0
    for ref in iter_facts(records):
        facts += 1
        grades = []
        for s in ref.sources:
            citations += 1
            pub = index.lookup(s.url)
            if pub is None:
                unknown[host_of(s.url)] += 1
                continue
            grades.append(pub.grade)
            cited[pub.name] += 1
            if pub.grade == "X":
                unreliable[pub.domain] += 1
        best = min(grades, key=lambda g: GRADE_ORDER[g]) if grades else "unknown"
        by_grade[best] += 1
        gap = getattr(ref.fact, "primary_gap", None)
        label = key_fact_label(ref)
        where = {"file": ref.file, "record": ref.key, "field": ref.path or None, "fact": _describe(ref)}
        log = [e.model_dump() for e in getattr(ref.fact, "searched", None) or []]
        if gap:
            gaps.append({**where, "primary_gap": gap, "searched": log})
        if label == "event":
            events["total"] += 1
            reported = any(is_independent_report(s, index) for s in ref.sources)
            events["with_report"] += reported
            # "none on a document copy or an unreliable site alone": every source C, X, unknown or a copy
            weak = bool(ref.sources) and best in ("C", "X", "unknown")
            events["weak_only"] += weak
            if not reported:
                pubs = {s.url: index.lookup(s.url) for s in ref.sources}
                events_without.append({**where, "best_grade": best,
                                       "publishers": sorted({p.name if p else host_of(u) for u, p in pubs.items()})})
        if label is None:
            continue
        row = key.setdefault(label, {"total": 0, "with_primary": 0, "primary_gap": 0})
        row["total"] += 1
        read = any(is_read_primary(s, index) for s in ref.sources)
        base = derived_base(records, ref)
        if base is not None:
            row["derived"] = row.get("derived", 0) + 1
            if read and not any(is_read_primary(s, index) for s in base.sources):
                read = False
                gap = gap or (f"derived by the Statute from the {base.action} of {base.date}, "
                              "which has no primary source that was read")
        if read:
            row["with_primary"] += 1
        else:
            row["primary_gap"] += bool(gap)
            without.append({**where, "kind": label, "primary_gap": gap, "searched": log})
    total = sum(r["total"] for r in key.values())
    with_primary = sum(r["with_primary"] for r in key.values())
    # Documents, not events: the acts, warrants and their statuses, and decisions the Court or the
    # depositary itself records (an event rests on the Court's filings where any, and on news).
    documentary = [r for k, r in key.items() if k != "event"]
    doc_total = sum(r["total"] for r in documentary)
    doc_with = sum(r["with_primary"] for r in documentary)
    return {
        "facts": facts,
        "citations": citations,
        "facts_by_best_grade": {g: by_grade[g] for g in ("A", "B", "C", "X", "unknown") if by_grade[g]},
        "key_facts": {
            "total": total,
            "with_read_primary": with_primary,
            "share_with_read_primary": round(with_primary / total, 3) if total else None,
            "documentary": {"total": doc_total, "with_read_primary": doc_with,
                            "share_with_read_primary": round(doc_with / doc_total, 3) if doc_total else None},
            "by_kind": key,
        },
        "key_facts_without_primary": without,
        "events_independent_report": {
            **events,
            "share_with_report": round(events["with_report"] / events["total"], 3) if events["total"] else None,
            "without": events_without,
        },
        "primary_gaps": gaps,
        "unknown_domains": dict(unknown.most_common()),
        "unreliable_domains": dict(unreliable.most_common()),
        "most_cited_publishers": dict(cited.most_common(top)),
    }
