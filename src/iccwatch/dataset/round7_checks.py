"""Round seven of the checker (``tests/dataset/ROUND7.md``): references to an instrument or an author of the
wrong sort, what the Court's custody rules out, and addresses that are not the page's own.

Errors:

* an act of a State's **participation under an instrument that is not a treaty** (a Council or Assembly
  resolution is adopted, not ratified);
* an act only the Rome Statute provides for (an Art. 12(3) declaration or its confirmation, an Art. 87(5)
  ad hoc arrangement, an Art. 98(2) agreement, an Art. 124 declaration or its withdrawal) recorded under
  **another instrument**;
* a **resolution whose symbol, citation and adoption disagree**: the number in ``symbol`` and in
  ``citation`` differ, or the year in either is not the year it was ``adopted``;
* what only a **Council resolution** says (the ``situation`` it referred, the States and others it
  ``obliges``, its ``cooperation_paragraph``) on another instrument, and an ``entry_into_force`` on a
  resolution (it takes effect when adopted; a treaty or agreement enters into force);
* a **measure only a State can take** (a law, an agreement on sentences, witnesses, interim release or the
  seat, a referral under Art. 14) recorded with another or an unknown author; a referral with an
  ``end_date`` (a referral is an act on its day, not a period);
* the Court's **request to arrest and surrender a person already in its custody** (after the surrender,
  before a release or the end of the proceedings);
* a **trip of a person against whom no warrant or summons had been issued** that day, only an application
  for one (an application binds no State);
* an **overflight ending days after it began** (``end_date`` later than the next day: an aircraft crosses a
  State's airspace within hours; a stay is a ``visit`` or a ``transit``);
* a **no-arrest trip on the day a warrant records the person's arrest or surrender by that very State**;
* a **finding of non-compliance about a trip on which the State surrendered the person** (it did what the
  Court asked; a finding about an arrest the State did not follow with a surrender is a warning below);
* an address with a **dot segment in its path** (``/../``, ``/./``, or ``%2e%2e``): the page's own
  address never has one, and a reader cannot tell which page it resolves to.

Warnings (the record may be right and must then say why):

* a finding of non-compliance about a trip on which the State **arrested** the person (the finding must be
  about what followed, e.g. no surrender: say so in its note);
* an **alias that is another person's name** in the record;
* an **office taken up while the holder was in the Court's custody**;
* **one page cited twice on one fact** under two forms of its address (``http``/``https``, with or without
  ``www.``, with or without a final ``/``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.sources_policy import FactRef, per_record_facts
from iccwatch.model.dates import parse_partial_date
from iccwatch.model.person import CUSTODY_ENDS as _CUSTODY_ENDS

#: The instrument the record's participation defaults to (the model's default), whose articles the
#: acts below are made under.
_STATUTE = "rome-statute"
#: Acts made under an article of the Rome Statute, which no other instrument provides for.
_STATUTE_ACTS = {
    "declaration_12_3": "Art. 12(3)",
    "declaration_12_3_confirmed": "Art. 12(3)",
    "ad_hoc_arrangement": "Art. 87(5)",
    "art_98_2_agreement": "Art. 98(2)",
    "declaration_124": "Art. 124",
    "declaration_124_withdrawn": "Art. 124",
}
#: Measures only a State can take: its own law, an agreement with the Court a State makes (Arts. 3, 93,
#: 103), and a referral by a State Party (Art. 14). An intergovernmental body may make an
#: ``other_cooperation_agreement``; sanctions, visa denials and cyberattacks may have other authors.
_STATE_ONLY_MEASURES = frozenset({
    "implementing_legislation", "law_restricting_cooperation", "enforcement_of_sentences_agreement",
    "witness_relocation_agreement", "interim_release_agreement", "host_state_agreement", "situation_referral",
})
#: Measures that are an act on one day, with no period to end.
_ONE_DAY_MEASURES = frozenset({"situation_referral"})
#: "S/RES/1593 (2005)", "UNSC res 1593 (2005)": a resolution's number and year.
_RESOLUTION = re.compile(r"(\d+)\s*\((\d{4})\)")
_DOT_SEGMENT = re.compile(r"(?:^|/)\.{1,2}(?:/|$)")


def round7_problems(r: RecordSet) -> list[Problem]:
    problems: list[Problem] = []
    problems += _participation_instruments(r)
    problems += _resolution_numbers(r)
    problems += _instrument_fields(r)
    problems += _measure_authors(r)
    problems += _custody_requests_and_offices(r)
    problems += _trips_without_a_warrant(r)
    problems += _no_arrest_on_arrest_day(r)
    problems += _long_overflights(r)
    problems += _findings_on_compliance(r)
    problems += _aliases_of_others(r)
    problems += _addresses(r)
    return problems


def _participation_instruments(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        f = r.files[("states", iso3)]
        for i, act in enumerate(st.participation):
            ins = r.instruments.get(act.instrument)
            if ins is not None and ins.kind != "treaty":
                yield Problem(f, iso3, f"participation[{i}].instrument",
                              f"{act.action} under {act.instrument}, a {ins.kind}: a State signs, ratifies or joins a treaty; "
                              "a resolution is adopted, not joined")
            elif act.instrument != _STATUTE and act.action in _STATUTE_ACTS:
                yield Problem(f, iso3, f"participation[{i}].action",
                              f"{act.action} under {act.instrument}: it is an act under {_STATUTE_ACTS[act.action]} of the Rome Statute "
                              f"(instrument: {_STATUTE})")


def _resolution_numbers(r: RecordSet) -> Iterator[Problem]:
    for key, ins in r.instruments.items():
        if ins.kind not in ("unsc_resolution", "asp_resolution"):
            continue
        f = r.files[("instruments", key)]
        found = {name: m.groups() for name in ("symbol", "citation") if (m := _RESOLUTION.search(getattr(ins, name) or ""))}
        if len(found) == 2 and found["symbol"] != found["citation"]:
            yield Problem(f, key, "symbol", f"{ins.symbol!r} and the citation {ins.citation!r} name two resolutions")
        if ins.adopted:
            for name, (_, year) in found.items():
                if year != ins.adopted[:4]:
                    yield Problem(f, key, name, f"{getattr(ins, name)!r} is of {year}, but the resolution was adopted on {ins.adopted}")


#: Fields that say what a Council resolution referred and whom it obliges (Art. 13(b); Art. 25 of the
#: Charter); the law engine reads them as binding.
_COUNCIL_FIELDS = ("situation", "obliges_states", "obliges_others", "cooperation_paragraph")


def _instrument_fields(r: RecordSet) -> Iterator[Problem]:
    for key, ins in r.instruments.items():
        f = r.files[("instruments", key)]
        if ins.kind != "unsc_resolution":
            for name in _COUNCIL_FIELDS:
                if getattr(ins, name):
                    yield Problem(f, key, name, f"{name} on a {ins.kind}: only a Security Council resolution refers a situation "
                                  "and obliges States by its own decision (a treaty binds its parties)")
        if ins.kind in ("unsc_resolution", "asp_resolution") and ins.entry_into_force:
            yield Problem(f, key, "entry_into_force", f"entry_into_force on a {ins.kind}: a resolution takes effect when adopted "
                          f"({ins.adopted or 'adopted: unknown'}); a treaty or agreement enters into force")


def _measure_authors(r: RecordSet) -> Iterator[Problem]:
    for key, m in r.measures.items():
        f = r.files[("measures", key)]
        if m.kind in _STATE_ONLY_MEASURES and m.author_kind != "state":
            yield Problem(f, key, "author_kind", f"{m.kind} is an act of a State, but the author is {m.author_kind}"
                          + (f" ({m.author})" if m.author else "") + ": name the State (state:) or record another kind")
        if m.kind in _ONE_DAY_MEASURES and m.end_date:
            yield Problem(f, key, "end_date", f"{m.kind} is an act on its day ({m.date}), not a period that ends")


def _custody_periods(r: RecordSet) -> dict[str, list[tuple[dt.date, dt.date, str]]]:
    """Each person's time in the Court's custody: from the day after the surrender to the first day of what
    ended it (open-ended if nothing did)."""
    periods: dict[str, list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for w in r.warrants.values():
        start: tuple[dt.date, str] | None = None
        for (first, last), status in sorted(((parse_partial_date(s.date), s.status) for s in w.status_history if s.date), key=lambda x: x[0][0]):
            if status == "surrendered" and start is None:
                start = (last, f"surrendered on {first.isoformat() if first == last else str(first)[:7]}, {w.id}")
            elif status in _CUSTODY_ENDS and start is not None:
                periods[w.person].append((start[0], first, start[1]))
                start = None
        if start is not None:
            periods[w.person].append((start[0], dt.date.max, start[1]))
    return periods


def _custody_requests_and_offices(r: RecordSet) -> Iterator[Problem]:
    periods = _custody_periods(r)

    def held(person: str, when: str) -> str | None:
        first, last = parse_partial_date(when)
        return next((what for begins, ends, what in periods.get(person, ()) if begins < first and last < ends), None)

    for key, q in r.requests.items():
        if q.requesting == "ICC" and q.kind == "arrest_and_surrender" and (what := held(q.person, q.date)):
            yield Problem(r.files[("requests", key)], key, "date",
                          f"the Court's request of {q.date} to arrest and surrender {q.person}, already in its custody ({what})")
    for key, p in r.persons.items():
        for i, o in enumerate(p.offices):
            if o.start and (what := held(key, o.start)):
                yield Problem(r.files[("persons", key)], key, f"offices[{i}].start",
                              f"{o.title!r} taken up on {o.start} while {key} was in the Court's custody ({what}): "
                              "say in the office's note how it was held from detention", "warning")


def _trips_without_a_warrant(r: RecordSet) -> Iterator[Problem]:
    """A trip only matters to cooperation once a warrant or summons is issued; before, an application binds
    no one. (A trip before any warrant or application at all is the older rule's.)"""
    issued: dict[str, dt.date] = {}
    applied: set[str] = set()
    for w in r.warrants.values():
        if w.kind == "application":
            applied.add(w.person)
            continue
        day = w.issued or next((s.date for s in w.status_history if s.status == "issued" and s.date), None)
        if day:
            issued[w.person] = min(issued.get(w.person, dt.date.max), parse_partial_date(day)[0])
    for key, e in r.events.items():
        if e.person in applied and parse_partial_date(e.date)[1] < issued.get(e.person, dt.date.max):
            since = issued.get(e.person)
            yield Problem(r.files[("events", key)], key, "date",
                          f"a trip on {e.date}, when {e.person} was the subject only of an application for a warrant "
                          + (f"(the first was issued on {since})" if since else "(none issued)") + ": an application binds no State")


def _no_arrest_on_arrest_day(r: RecordSet) -> Iterator[Problem]:
    taken: dict[tuple[str, str, str], str] = {}
    for w in r.warrants.values():
        for s in w.status_history:
            if s.status in ("arrested", "surrendered") and s.by_state and s.date and len(s.date) == 10:
                taken.setdefault((w.person, s.by_state, s.date), f"{s.status} by {s.by_state} on {s.date} ({w.id})")
    for key, e in r.events.items():
        if e.action == "no_arrest" and len(e.date) == 10 and (what := taken.get((e.person, e.state, e.date))):
            yield Problem(r.files[("events", key)], key, "action",
                          f"no_arrest on {e.date}, but a warrant records the person {what}: record the arrest on the event "
                          "(arrest, surrender or arrest_and_release)")


def _long_overflights(r: RecordSet) -> Iterator[Problem]:
    for key, e in r.events.items():
        if e.trip == "overflight" and e.end_date and (parse_partial_date(e.end_date)[0] - parse_partial_date(e.date)[1]).days > 1:
            yield Problem(r.files[("events", key)], key, "end_date",
                          f"an overflight from {e.date} to {e.end_date}: crossing a State's airspace takes hours, not days "
                          "(a stay on the territory is a visit or a transit)")


def _findings_on_compliance(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if d.finding != "non_compliance":
            continue
        for i, ek in enumerate(d.events):
            e = r.events.get(ek)
            if e is None or e.state != d.state or e.action not in ("surrender", "arrest"):
                continue
            if e.action == "surrender":
                yield Problem(r.files[("decisions", key)], key, f"events[{i}]",
                              f"a finding of non-compliance about {ek}, on which {e.state} surrendered the person: it did what the "
                              "Court asked (a finding about another failure names that failure's trip, or none)")
            else:
                yield Problem(r.files[("decisions", key)], key, f"events[{i}]",
                              f"a finding of non-compliance about {ek}, on which {e.state} arrested the person: say in the note "
                              "what the State failed to do after the arrest (e.g. surrender)", "warning")


def _aliases_of_others(r: RecordSet) -> Iterator[Problem]:
    names = {p.name.casefold(): key for key, p in r.persons.items()}
    for key, p in r.persons.items():
        for i, alias in enumerate(p.aliases):
            other = names.get(alias.casefold())
            if other and other != key:
                yield Problem(r.files[("persons", key)], key, f"aliases[{i}]",
                              f"{alias!r} is the name of {other}: a question by that name would find both; say in the note why "
                              "it is also this person's", "warning")


@functools.lru_cache(maxsize=65536)  # a pure function of the address; every check of the record asks it for every citation
def _has_dot_segment(url: str) -> bool:
    """Whether the address's path has a dot segment (/../ or /./), written or percent-encoded."""
    path = urlsplit(url).path
    return bool(_DOT_SEGMENT.search(path) or _DOT_SEGMENT.search(unquote(path)))


@functools.lru_cache(maxsize=65536)  # a pure function of the address; every check of the record asks it for every citation
def _page(url: str) -> str:
    """An address without what does not change the page: the scheme, ``www.``, a final ``/``; and (round fifteen) its
    percent-escapes written one way (RFC 3986, 6.2.2: ``%2f`` is ``%2F``, and ``%73`` is ``s``, a letter that needs
    no escape) and its query's parameters in one order (``?a=1&b=2`` is ``?b=2&a=1``)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    query = "&".join(sorted(_escapes(parts.query).split("&")))
    return f"{host}{_escapes(parts.path).rstrip('/')}?{query}#{parts.fragment}"


_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _escapes(text: str) -> str:
    """``text`` with each percent-escape in upper case, and an escaped unreserved character (a letter, digit, ``-._~``) written
    as itself."""
    def one(m: re.Match[str]) -> str:
        ch = chr(int(m.group(1), 16))
        return ch if ch in _UNRESERVED else f"%{m.group(1).upper()}"
    return _ESCAPE.sub(one, text) if "%" in text else text


def _addresses(r: RecordSet) -> Iterator[Problem]:
    return per_record_facts(r, _addresses_of)


def _addresses_of(refs: tuple[FactRef, ...]) -> Iterator[Problem]:
    """``_addresses`` of one record's facts."""
    for ref in refs:
        seen: dict[str, int] = {}
        for i, s in enumerate(ref.fact.sources):
            url = str(s.url)
            field = f"{ref.path}.sources[{i}].url" if ref.path else f"sources[{i}].url"
            if _has_dot_segment(url):
                yield Problem(ref.file, ref.key, field, f"{url[:120]!r} has a dot segment (/../ or /./, written or percent-encoded) "
                              "in its path: cite the page's own address")
            page = _page(url)
            if page in seen and str(ref.fact.sources[seen[page]].url) != url:
                yield Problem(ref.file, ref.key, field,
                              f"{url[:120]!r} is the page of sources[{seen[page]}] ({str(ref.fact.sources[seen[page]].url)[:120]!r}) under "
                              "another form of its address: cite it once", "warning")
            seen.setdefault(page, i)
