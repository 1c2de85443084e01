"""Round sixteen of the checker (``tests/dataset/ROUND16.md``): where no round had written a bad record before.

Errors:

* a Security Council **request under Art. 16** (``art16_request`` on a resolution) whose period ends before it starts,
  or runs longer than the twelve months Art. 16 allows (a longer deferral is a renewal, in another resolution); that
  names a person or a situation the record does not hold; that ``renews`` a resolution the record does not hold,
  itself, a resolution that makes no such request, or one whose period it does not follow (a renewal begins after
  the renewed period ends);
* a **search log** (``searched``) that is empty (leave it out), not in the order the searches were made (the format's
  rule: one entry a search, in order), that logs one search twice, or that dates a search before the Statute was
  adopted (17 July 1998) or before the fact it searched a source for (a trip, a ruling, a status: no source of it
  could be looked for before it happened; a planned or cancelled trip and a scheduled entry into force or withdrawal
  are left out, as their sources come before them);
* a cooperation-law status ``enacted`` or ``partial`` naming as its law (``measure``) a law whose ``scope`` is
  ``crimes_only``: such a law covers no cooperation (docs/data-format.md, "Cooperation legislation status");
* an **Art. 15 authorisation** given by anyone but a Pre-Trial Chamber (Art. 15(4)) or the Appeals Chamber on appeal
  (Art. 82(1)), or whose ``record_number`` is not the Court's or is another situation's (as a decision's);
* a **resolution's text address** (``text_url``) or a **copy's address** (``copy_of``, where it is an address) that
  carries tracking parameters or a user name (as a source's ``url``, rounds four and ten), or whose domain
  ``publishers.yaml`` does not list (``text_url``; the record cites no domain it has not classified);
* a custody spell **ended ``transferred``** after which no spell of the warrant begins (on its ``until`` day, or after
  its ``since`` where the end is not dated): the spells do not say where the person went (a transfer to the Court is
  ``surrendered``);
* a State's **entry into force of the Kampala amendments** (``kampala-aggression``) other than one year after its
  instrument's deposit (Art. 121(5) of the Statute);
* a search's ``detail`` that is only a web address (as round fifteen's prose fields), and a placeholder (``TBD``) for a
  search's ``detail``, a route's ``description`` (``search_routes.yaml``), the record's
  ``title`` and a kind's coverage texts (``meta.yaml``), as round eleven refuses one in a record's texts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from iccwatch.dataset.grading import PublisherIndex
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.round10_checks import _address_problem
from iccwatch.dataset.round11_checks import _PLACEHOLDER
from iccwatch.dataset.round15_checks import _ONLY_ADDRESS
from iccwatch.dataset.sources_policy import iter_facts
from iccwatch.model.dates import DateSpan
from iccwatch.model.rome_statute import one_year_after

#: The Statute's adoption: no search for a source of this record was made before it.
STATUTE_ADOPTED = dt.date(1998, 7, 17)
#: Facts whose sources may come before their date: they say what was planned or scheduled.
_SCHEDULED_ACTIONS = {"entry_into_force", "withdrawal_effective"}
_CONSENT = ("ratification", "acceptance", "approval", "accession", "ratification_or_accession")
_AUTHORISING = re.compile(r"^(?:ICC )?(?:Pre-Trial Chamber|Appeals Chamber)\b")
_COURT_NUMBER = re.compile(r"^ICC-(\d\d/\d\d)\b")
META = "data/meta.yaml"
ROUTES = "data/lookups/search_routes.yaml"


def round16_problems(r: RecordSet) -> list[Problem]:
    return [*_art16(r), *_search_logs(r), *_cooperation_laws(r), *_authorisations(r), *_addresses(r), *_transfers(r),
            *_kampala(r), *_placeholders(r), *_regions(r), *_question_state_names(r), *_question_months(r), *_spaced_words(r),
            *_place_names(r)]


def _span(value: str | None) -> DateSpan | None:
    try:
        return DateSpan.parse(value) if value else None
    except ValueError:
        return None




# ------------------------------------------------------------------------------------------------ Art. 16


def _art16(r: RecordSet) -> Iterator[Problem]:
    for iid, ins in r.instruments.items():
        req = ins.art16_request
        if req is None:
            continue
        f = r.file_of("instruments", iid)
        start, end = _span(req.start), _span(req.end)
        if start and end:
            if end.last < start.first:
                yield Problem(f, iid, "art16_request.end", f"the request's period ends ({req.end}) before it starts ({req.start})")
            elif end.first > one_year_after(start.last) - dt.timedelta(days=1):
                yield Problem(f, iid, "art16_request.end",
                              f"a period from {req.start} to {req.end} is longer than the twelve months Art. 16 allows: a longer "
                              "deferral is a renewal, recorded on the resolution that renews it (renews)")
        for i, pid in enumerate(req.persons):
            if pid not in r.persons:
                yield Problem(f, iid, f"art16_request.persons[{i}]", f"unknown person {pid!r} (no data/persons/{pid}.yaml)")
        for i, sid in enumerate(req.situations):
            if sid not in r.situations:
                yield Problem(f, iid, f"art16_request.situations[{i}]", f"unknown situation {sid!r} (no data/situations/{sid}.yaml)")
        if req.renews is None:
            continue
        renewed = r.instruments.get(req.renews)
        if req.renews == iid:
            yield Problem(f, iid, "art16_request.renews", "the request renews its own resolution: name the resolution whose request it renews")
        elif renewed is None:
            yield Problem(f, iid, "art16_request.renews", f"unknown instrument {req.renews!r} (no data/instruments/{req.renews}.yaml)")
        elif renewed.art16_request is None:
            yield Problem(f, iid, "art16_request.renews",
                          f"{req.renews} makes no request under Art. 16 (no art16_request): a renewal renews a request")
        elif start and (before := _span(renewed.art16_request.end)) and start.last <= before.first:
            yield Problem(f, iid, "art16_request.start",
                          f"the renewal begins ({req.start}) before the request it renews ends ({renewed.art16_request.end}): a "
                          "renewal's period follows the renewed one")


# ------------------------------------------------------------------------------------------------ search logs


def _search_logs(r: RecordSet) -> Iterator[Problem]:
    for ref in iter_facts(r):
        log = getattr(ref.fact, "searched", None)
        if log is None:
            continue
        if not log:
            yield Problem(ref.file, ref.key, ref.field("searched"), "an empty search log: leave searched out, or log the searches made")
            continue
        seen: set[tuple[str, str, str]] = set()
        fact_day = _fact_day(ref.fact)
        for i, entry in enumerate(log):
            at = ref.field(f"searched[{i}]")
            on = dt.date.fromisoformat(entry.on)
            if i and entry.on < log[i - 1].on:
                yield Problem(ref.file, ref.key, f"{at}.on",
                              f"a search dated {entry.on} after one of {log[i - 1].on}: log the searches in the order they were made")
            if (entry.on, entry.route, entry.detail) in seen:
                yield Problem(ref.file, ref.key, at, f"the search of {entry.on} ({entry.route}) is logged twice: keep it once")
            seen.add((entry.on, entry.route, entry.detail))
            if on < STATUTE_ADOPTED:
                yield Problem(ref.file, ref.key, f"{at}.on",
                              f"a search dated {entry.on}, before the Statute was adopted (1998-07-17): date it the day it was made")
            elif fact_day is not None and on < fact_day:
                yield Problem(ref.file, ref.key, f"{at}.on",
                              f"a search dated {entry.on}, before the fact it searched a source for ({fact_day.isoformat()}): date it "
                              "the day it was made")


def _fact_day(fact: Any) -> dt.date | None:
    """The first day a fact can have happened on, where its sources cannot come before it (not a planned or cancelled
    trip, a scheduled entry into force or withdrawal)."""
    if getattr(fact, "trip", None) in ("planned", "cancelled") or getattr(fact, "action", None) in _SCHEDULED_ACTIONS:
        return None
    day = getattr(fact, "date", None)
    span = _span(day) if isinstance(day, str) else None
    return span.first if span else None


# ------------------------------------------------------------------------------------------------ laws, situations


def _cooperation_laws(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        for i, item in enumerate(st.implementing_legislation):
            law = r.measures.get(item.measure) if item.measure else None
            if law is not None and item.status in ("enacted", "partial") and law.scope == "crimes_only":
                yield Problem(r.file_of("states", iso3), iso3, f"implementing_legislation[{i}].measure",
                              f"{item.status}, naming {item.measure}, a law whose scope is crimes_only: such a law covers no "
                              "cooperation (name the cooperation law, or record the status the sources state)")


def _authorisations(r: RecordSet) -> Iterator[Problem]:
    for sid, sit in r.situations.items():
        auth = sit.authorisation
        if auth is None:
            continue
        f = r.file_of("situations", sid)
        if not _AUTHORISING.match(auth.chamber):
            yield Problem(f, sid, "authorisation.chamber",
                          f"{auth.chamber[:60]!r}: a Pre-Trial Chamber authorises an investigation (Art. 15(4)), or the Appeals "
                          "Chamber on appeal (Art. 82(1))")
        if auth.record_number:
            m = _COURT_NUMBER.match(auth.record_number)
            if m is None:
                yield Problem(f, sid, "authorisation.record_number",
                              f"{auth.record_number[:40]!r} is not a number of the Court's record (ICC-NN/NN...)")
            elif sit.icc_number and not sit.icc_number.startswith(f"ICC-{m.group(1)}"):
                yield Problem(f, sid, "authorisation.record_number",
                              f"{auth.record_number[:40]!r} is a number of situation ICC-{m.group(1)}, not of this one ({sit.icc_number})")


# ------------------------------------------------------------------------------------------------ addresses


def _addresses(r: RecordSet) -> Iterator[Problem]:
    index = PublisherIndex.from_lookups(r.lookups) if "publishers" in r.lookups else None
    for kind in ("states", "instruments", "situations", "persons", "warrants", "decisions", "events", "statements", "positions",
                 "measures", "responses", "requests"):
        for key, rec in r.of_kind(kind).items():
            f = r.file_of(kind, key)
            text_url = getattr(rec, "text_url", None)
            if text_url:
                yield from _address(f, key, "text_url", str(text_url))
                if index is not None and index.lookup(str(text_url)) is None:
                    yield Problem(f, key, "text_url", f"unknown domain of {str(text_url)!r}: classify it once in "
                                  "data/lookups/publishers.yaml before citing it")
    for ref in iter_facts(r):
        for i, src in enumerate(ref.sources):
            if src.copy_of and re.match(r"(?i)^https?://", src.copy_of):
                yield from _address(ref.file, ref.key, ref.field(f"sources[{i}].copy_of"), src.copy_of)


def _address(f: str, key: str, field: str, url: str) -> Iterator[Problem]:
    if (msg := _address_problem(url)) is not None:
        yield Problem(f, key, field, msg)
    if "@" in urlsplit(url).netloc:
        yield Problem(f, key, field, "the address holds a user name before its host (user@host): cite the page's own address")


# ------------------------------------------------------------------------------------------------ custody, Kampala


def _transfers(r: RecordSet) -> Iterator[Problem]:
    for wid, w in r.warrants.items():
        for i, spell in enumerate(w.custody):
            if spell.ended != "transferred":
                continue
            since = _span(spell.since)
            if spell.until:
                follows = any(other.since == spell.until for other in w.custody if other is not spell)
                when = f"on {spell.until}"
            else:
                follows = any((s := _span(other.since)) and since and s.last > since.first for other in w.custody if other is not spell)
                when = f"after {spell.since}"
            if not follows:
                yield Problem(r.file_of("warrants", wid), wid, f"custody[{i}].ended",
                              f"transferred, but no custody spell of the warrant begins {when}: record the spell of the State he "
                              "was transferred to (a transfer to the Court is 'surrendered')")


def _kampala(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        acts = [a for a in st.participation if a.instrument == "kampala-aggression"]
        deposits = [a for a in acts if a.action in _CONSENT and len(a.date) == 10]
        for i, act in enumerate(st.participation):
            if act.instrument != "kampala-aggression" or act.action != "entry_into_force" or len(act.date) != 10 or not deposits:
                continue
            eif = dt.date.fromisoformat(act.date)
            before = [d for d in deposits if d.date < act.date]
            due = {one_year_after(dt.date.fromisoformat(d.date)) for d in before}
            # 29 February's year later is 28 February or 1 March, by how the depositary counts.
            due |= {d - dt.timedelta(days=1) for d in due if d.month == 3 and d.day == 1
                    and any(x.date.endswith("-02-29") for x in before)}
            if not due or eif not in due:
                dep = max(before, key=lambda d: d.date).date if before else deposits[0].date
                yield Problem(r.file_of("states", iso3), iso3, f"participation[{i}].date",
                              f"the Kampala amendments enter into force for a State one year after its instrument's deposit "
                              f"(Art. 121(5)): deposited {dep}, so in force {one_year_after(dt.date.fromisoformat(dep)).isoformat()}, "
                              f"not {act.date}")


# ------------------------------------------------------------------------------------------------ placeholders


def _placeholder(text: Any) -> bool:
    return isinstance(text, str) and (not re.search(r"[^\W_]", text) or bool(_PLACEHOLDER.match(text.strip())))


def _placeholders(r: RecordSet) -> Iterator[Problem]:
    for ref in iter_facts(r):
        for i, entry in enumerate(getattr(ref.fact, "searched", None) or []):
            if _placeholder(entry.detail):
                yield Problem(ref.file, ref.key, ref.field(f"searched[{i}].detail"),
                              f"{entry.detail[:40]!r} is a placeholder: say what was looked at and what was found")
            elif _ONLY_ADDRESS.match(entry.detail):
                yield Problem(ref.file, ref.key, ref.field(f"searched[{i}].detail"),
                              f"{entry.detail[:60]!r} is only a web address: say in words what was looked at and what was found")
    for kind in ("responses",):
        for key, rec in r.of_kind(kind).items():
            if _placeholder(getattr(rec, "document", None)):
                yield Problem(r.file_of(kind, key), key, "document", f"{rec.document[:40]!r} is a placeholder: write the document's "
                              "symbol, or leave the field out")
    routes = (r.lookups.get("search_routes") or {}).get("routes")
    if isinstance(routes, dict):
        for rid, route in routes.items():
            if isinstance(route, dict) and _placeholder(route.get("description")):
                yield Problem(ROUTES, "search_routes", f"routes.{rid}.description",
                              f"{route['description'][:40]!r} is a placeholder: describe where the route leads")
    meta = r.meta
    if meta is not None:
        for name in ("title", "licence", "note"):
            if _placeholder(getattr(meta, name, None)):
                yield Problem(META, "meta", name, f"{getattr(meta, name)[:40]!r} is a placeholder: write the {name}")
        for kind, cov in meta.coverage.items():
            for name in ("checked_against", "complete"):
                if _placeholder(getattr(cov, name)):
                    yield Problem(META, "meta", f"coverage.{kind}.{name}",
                                  f"{getattr(cov, name)[:40]!r} is a placeholder: say in words what the kind is "
                                  f"{name.replace('_', ' ')}")
            for j, item in enumerate(cov.incomplete):
                if _placeholder(item):
                    yield Problem(META, "meta", f"coverage.{kind}.incomplete[{j}]", f"{item[:40]!r} is a placeholder: say what is incomplete")


# ------------------------------------------------------------------------------------------------ the question tables


def _regions(r: RecordSet) -> Iterator[Problem]:
    f = "data/lookups/regions.yaml"
    cutoff_span = _span(r.meta.checked_through) if r.meta is not None else None
    named: dict[str, int] = {}
    for i, region in enumerate((r.lookups.get("regions") or {}).get("regions") or []):
        if not isinstance(region, dict):
            continue
        as_of = region.get("as_of")
        span = _span(as_of) if isinstance(as_of, str) else None
        if isinstance(as_of, str) and span is None:
            yield Problem(f, "regions", f"regions[{i}].as_of", f"{as_of!r} is no day of the calendar: give the day the list is as of")
        elif span is not None and cutoff_span is not None and span.first > cutoff_span.last:
            yield Problem(f, "regions", f"regions[{i}].as_of", f"{as_of} is after the record's cut-off ({r.meta.checked_through})")
        members = region.get("members") or []
        for j, code in enumerate(members):
            if code in members[:j]:
                yield Problem(f, "regions", f"regions[{i}].members[{j}]", f"{code} is listed twice: list each member once")
        for j, name in enumerate(region.get("names") or []):
            if not isinstance(name, str):
                continue
            first = named.setdefault(name.casefold(), i)
            if first != i:
                yield Problem(f, "regions", f"regions[{i}].names[{j}]",
                              f"{name!r} also names regions[{first}]: a name names one region (the reading could not tell which is asked for)")


def _question_state_names(r: RecordSet) -> Iterator[Problem]:
    f = "data/lookups/question_state_names.yaml"
    table = r.lookups.get("question_state_names") or {}
    not_read = {n.casefold() for n in ((table.get("not_read") or {}).get("names") or []) if isinstance(n, str)}
    owner: dict[str, tuple[str, str]] = {}
    for lang, names in (table.get("languages") or {}).items():
        for code, listed in (names or {}).items():
            for j, name in enumerate(listed or []):
                if not isinstance(name, str):
                    continue
                at = f"languages.{lang}.{code}[{j}]"
                key = name.casefold()
                if key in not_read:
                    yield Problem(f, "question_state_names", at, f"{name!r} is listed under not_read, so it is not read: leave it out here")
                if name in listed[:j]:
                    yield Problem(f, "question_state_names", at, f"{name!r} is listed twice for {code}: list it once")
                    continue
                other = owner.setdefault(key, (code, lang))
                if other[0] != code:
                    yield Problem(f, "question_state_names", at,
                                  f"{name!r} names {code} here and {other[0]} in {other[1]}: a name two States share is left out "
                                  "(the reading could not tell which is asked for)")


def _question_months(r: RecordSet) -> Iterator[Problem]:
    f = "data/lookups/question_months.yaml"
    english = {m.casefold() for m in ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                                      "October", "November", "December")}
    for lang, table in ((r.lookups.get("question_months") or {}).get("languages") or {}).items():
        for month, words in ((table or {}).get("months") or {}).items():
            for j, w in enumerate(words or []):
                if not isinstance(w, str):
                    continue
                at = f"languages.{lang}.months.{month}[{j}]"
                if not w.isalpha():
                    yield Problem(f, "question_months", at, f"{w!r} is not a word of letters: a month's name is one word")
                elif w in words[:j]:
                    yield Problem(f, "question_months", at, f"{w!r} is listed twice for {month}: list it once")
                elif w in english:
                    yield Problem(f, "question_months", at, f"{w!r} is an English month's name, read as English: leave it out here")


def _place_names(r: RecordSet) -> Iterator[Problem]:
    """A city's name in another language (place_names.yaml) must name a listed city (places.yaml), and not be its English name."""
    f = "data/lookups/place_names.yaml"
    listed = (r.lookups.get("places") or {}).get("places") or {}
    names = r.lookups.get("place_names") or {}
    tables = [(f"languages.{lang}", table) for lang, table in (names.get("languages") or {}).items()]
    for where, table in [*tables, ("geonames", names.get("geonames"))]:
        for name, city in ((table or {}).get("places") or {}).items():
            at = f"{where}.places.{name}"
            if city not in listed:
                yield Problem(f, "place_names", at, f"{city!r} is not a city of data/lookups/places.yaml: name a listed city by its English name")
            elif name in listed:
                yield Problem(f, "place_names", at, f"{name!r} is itself a listed city (places.yaml): leave it out here")


_WORD_TABLES = ("regions", "question_words", "question_state_names", "question_months")


def _spaced_words(r: RecordSet) -> Iterator[Problem]:
    """A word or name with space around it in the question tables: read as written, it would never match."""
    def walk(v: Any, at: str) -> Iterator[tuple[str, str]]:
        if isinstance(v, str):
            yield at, v
        elif isinstance(v, list):
            for i, x in enumerate(v):
                yield from walk(x, f"{at}[{i}]")
        elif isinstance(v, dict):
            for k, x in v.items():
                if k not in ("sources", "about"):
                    yield from walk(x, f"{at}.{k}" if at else str(k))
    for name in _WORD_TABLES:
        for at, text in walk(r.lookups.get(name) or {}, ""):
            if text != text.strip():
                yield Problem(f"data/lookups/{name}.yaml", name, at, f"{text!r} has space around it: write the word alone")
