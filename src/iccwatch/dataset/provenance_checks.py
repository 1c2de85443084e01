"""Does what a record says trace back to what it cites? Round five of the checker, from the faults the
line-by-line audits of session 9 found and fixed by hand (``tests/dataset/ROUND5.md``):

* a **pointer-only** publisher (an open encyclopaedia, ``pointer_only`` in ``data/lookups/publishers.yaml``)
  cited anywhere, on a fact or in a record's own source list: an error;
* a **note that leans on a web outlet**: naming a domain graded X is an error (the record must not rest on
  it, even in words); naming a listed domain that none of the record's sources is on is a warning (cite it,
  or say what the record's own sources state);
* a **filing number** (``ICC-02/05-01/09-302``) named in a note that no source of the record, nor any
  recorded decision, states: a warning (where did it come from?);
* a **trip's end date later than every dated source**, none written after it: a warning (an end date
  taken from a plan or an announced programme is not the day the visit ended);

(An id whose date contradicts the record's date is ``context_checks``' business.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel

from iccwatch.caching import BoundedCache
from iccwatch.dataset.grading import PublisherEntry, PublisherIndex, host_of
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import KINDS, RecordSet
from iccwatch.dataset.sources_policy import FactRef, _walk_record
from iccwatch.dataset.walked import walked
from iccwatch.model import DateSpan
from iccwatch.model.court_number import DOCUMENT, PROCEEDINGS


def provenance_problems(records: RecordSet) -> list[Problem]:
    """Every problem of round five in ``records``.

    The notes' rules look at one record alone, with the publishers' index and what the recorded decisions
    state of their filings, so a record's problems are kept per record object, index and that text
    (``_of_record``, as the source policy keeps its own): a check of a record of which one file changed
    applies them to that record only. Same problems, same order: each record's, in the order of
    ``iter_facts``, then the trips' end dates."""
    index = PublisherIndex.from_lookups(records.lookups)
    stated = _filings_stated(records)
    problems: list[Problem] = []
    for kind in KINDS:
        for key, rec in records.of_kind(kind).items():
            file = records.file_of(kind, key)
            problems += _of_record(kind, key, file, rec, index, stated)
    problems += _planned_ends(records)
    return problems


#: (kind, key, file, the decisions' text, the record's and the index's ids) -> its problems, held by
#: ``BoundedCache.held_for``.
_OF_RECORD = BoundedCache(32768)
#: The pattern of the unreliable publishers' names, per index.
_NAMES = BoundedCache(8)


def _of_record(kind: str, key: str, file: str, rec: BaseModel, index: PublisherIndex, stated: str) -> list[Problem]:
    """One record's problems of the notes' rules (pointer-only publishers, outlets and filings named in notes)."""
    return _OF_RECORD.held_for((rec, index), (kind, key, file, stated),
                               lambda: _record_problems(kind, key, file, rec, index, stated))


def _record_problems(kind: str, key: str, file: str, rec: BaseModel, index: PublisherIndex, stated: str) -> list[Problem]:
    names = _NAMES.held_for((index,), "names", lambda: _unreliable_names(index))
    refs = [FactRef(kind, key, file, path, fact) for path, fact in walked(_walk_record, rec)]
    problems: list[Problem] = []
    if refs:
        cited = {host_of(s.url) for r in refs for s in r.sources}
        own = " ".join(_source_text(r) for r in refs)
        for ref in refs:
            problems += _pointer_only(ref, index)
            problems += _outlets_in_notes(ref, index, cited, names)
            problems += _filings_in_notes(ref, own, stated)
    return problems


# ------------------------------------------------------------------------------ pointer-only publishers


def _pointer_only(ref: FactRef, index: PublisherIndex) -> Iterator[Problem]:
    for i, s in enumerate(ref.sources):
        pub = index.lookup(s.url)
        if pub is None or not getattr(pub, "pointer_only", False):
            continue
        yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].url"),
                      f"{pub.name} is a pointer to sources, never the source of a fact ({pub.reason}): cite the source it points to")


# ------------------------------------------------------------------------------ outlets named in notes

#: A bare web domain written in a note (``mestios.com``, ``news.example.co.uk``): labels of letters,
#: digits and hyphens, the last one alphabetic. Addresses inside URLs are the sources' business, not a note's.
_DOMAIN = re.compile(r"(?<![\w@/.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12})(?![\w-])", re.I)
_URL = re.compile(r"https?://\S+")
#: The note says in the same sentence that the outlet is not relied on (where a copy was seen, why it is not
#: cited, or that an earlier version of the record leaned on it and was corrected): a disclosure, not a fact
#: leaning on it.
_DISCLOSED = re.compile(r"\b(not cited|no longer cited|not a source|not relied on|not citable|graded X|refused|unreliable|"
                        r"does not (?:accept|use|cite)|corrected|removed|formerly|earlier)\b", re.I)


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("; ", at)) if i >= 0]
    return text[start:min(ends) if ends else len(text)]


_PROSE = ("note", "followup", "summary")


def _note_texts(ref: FactRef) -> Iterator[tuple[str, str]]:
    """The record's or fact's own prose (not the sources' notes, which may say where a copy was read)."""
    fact = ref.fact
    for name in _PROSE:
        value = fact.__dict__.get(name)
        if value and isinstance(value, str):
            yield ref.field(name), value


#: A publisher's name without its bracketed gloss ("MENAFN (Middle East North Africa Financial Network)").
_GLOSS = re.compile(r"\s*\(.*?\)\s*")


def _unreliable_names(index: PublisherIndex) -> re.Pattern[str] | None:
    """The names of the X-graded and pointer-only publishers (five letters or more, not a domain), as one
    pattern: a note may name an outlet by its name rather than its domain."""
    names = {_GLOSS.sub(" ", p.name).strip() for p in index if p.grade == "X" or getattr(p, "pointer_only", False)}
    names = {n for n in names if len(n) >= 5 and "." not in n}
    if not names:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


def _outlets_in_notes(ref: FactRef, index: PublisherIndex, cited: set[str],
                      names: re.Pattern[str] | None = None) -> Iterator[Problem]:
    for where, text in _note_texts(ref):
        for m in names.finditer(text) if names else ():
            if not _DISCLOSED.search(_sentence(text, m.start())):
                yield Problem(ref.file, ref.key, where,
                              f"the note leans on {m.group(1)}, which is not a source (graded X or a pointer to sources): say what "
                              "a cited source states instead (or say in the same sentence that it is not relied on)")
        seen: set[str] = set()
        for m in _DOMAIN.finditer(_URL.sub(" ", text)):
            host = m.group(1).lower()
            pub = index.lookup("https://" + host)
            if pub is None or pub.domain in seen:
                continue
            seen.add(pub.domain)
            if pub.grade == "X" and not _DISCLOSED.search(_sentence(text, m.start())):
                yield Problem(ref.file, ref.key, where,
                              f"the note leans on {host}, graded X ({pub.reason}): say what a cited source states instead")
            elif pub.grade != "X" and not any(_on(c, pub) for c in cited):
                yield Problem(ref.file, ref.key, where,
                              f"the note names {host}, which no source of the record is on: cite it, or keep to what the "
                              "cited sources state", "warning")


def _on(host: str, pub: PublisherEntry | object) -> bool:
    domain = getattr(pub, "domain", "")
    return host == domain or host.endswith("." + domain)


# ------------------------------------------------------------------------------ filing numbers in notes

#: A filing of the Court: situation or case number, then the document's number (and suffixes such as
#: -Red or -tENG). A case number alone (``ICC-02/05-01/09``) is not a filing and is left alone.
_FILING = re.compile(rf"\b{PROCEEDINGS}{DOCUMENT}(?:-[A-Za-z][A-Za-z0-9]*)*(?![/\d])")


def _source_text(ref: FactRef) -> str:
    parts: list[str] = []
    for s in ref.sources:
        parts += [s.url, s.title or "", s.pinpoint or "", s.copy_of or "", s.note or ""]
    return " ".join(parts)


def _filings_stated(records: RecordSet) -> str:
    """What the recorded decisions state of their own filing numbers (a note may name a recorded ruling)."""
    parts: list[str] = []
    for d in records.decisions.values():
        parts.append(str(getattr(d, "record_number", "") or ""))
        parts += [f"{s.url} {s.title or ''} {s.pinpoint or ''}" for s in d.sources]
    return " ".join(parts)


def _filings_in_notes(ref: FactRef, own: str, stated: str) -> Iterator[Problem]:
    for where, text in _note_texts(ref):
        for number in sorted(set(_FILING.findall(text))):
            if number not in own and number not in stated:
                yield Problem(ref.file, ref.key, where,
                              f"the note names filing {number}, which no source of the record and no recorded decision "
                              "states: cite the filing (or the source that gives its number)", "warning")


# ------------------------------------------------------------------------------ end dates from plans

#: Trips whose end date is by nature a plan (what was planned or called off).
_PLANNED_KINDS = frozenset({"planned", "cancelled"})


def _planned_ends(records: RecordSet) -> Iterator[Problem]:
    for key, e in records.events.items():
        if not e.end_date or e.trip in _PLANNED_KINDS:
            continue
        dates = [s.date for s in e.sources if s.date]
        if not dates or len(dates) < len(e.sources):
            continue  # an undated source may have been written after the end
        last_written = max(DateSpan.parse(d).last for d in dates)
        if last_written < DateSpan.parse(e.end_date).first:
            file = records.files.get(("events", key), f"data/events/{key}.yaml")
            yield Problem(file, key, "end_date",
                          f"ends {e.end_date}, after every source was written (the latest {last_written.isoformat()}): "
                          "an end taken from a plan is not the day the trip ended; cite a later report or drop the end",
                          "warning")
