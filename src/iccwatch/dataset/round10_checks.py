"""Round ten of the checker (``tests/dataset/ROUND10.md``): what a hurried volunteer, a lawyer new to the schema, a
bulk-editing script and a malicious contributor write, and the earlier rules let through.

Errors:

* an address carrying a **browser's text fragment** (``#:~:text=``) or **tracking parameters** (``utm_*``,
  ``fbclid``, ``gclid`` and the like): the same page under another address, and the second cites nothing more;
* a source whose **copy_of is its own address** (a copy of itself is no copy);
* a source on the site of an official publisher (the table's court, UN, government or intergovernmental class)
  whose ``publisher`` is the **name the table gives an outlet of another class** (a news agency's name on the
  Court's page): the page or the publisher is mislabelled;
* a publisher of an **official class graded C or X** (``publishers.yaml``): the class says the site is the body's
  own, the grade that it cannot be relied on; one of the two is wrong;
* a **State's fact dated before the State existed** (its ``since``), where round nine did not look: a warrant's
  status by the State, an act with it as the counterparty, a deferral it requested; and a **since after the
  record's cut-off**;
* an Art. 18 **deferral dated after the record's cut-off** (requested, notified or ruled on), or **recorded twice**
  (the same State, the same day of request);
* a **position on a person with no warrant, summons or application in any of the position's situations**;
* **at_large on a summons to appear or an application**: only a warrant of arrest is evaded;
* a **place or airport named as a State of the record and given to another State** (``places.yaml``,
  ``airports.yaml``): the gazetteer would read the State's own name as a place elsewhere;
* an **HTML character reference** (``&amp;``, ``&#39;``, ``&nbsp;``) in a record's text or address: text pasted
  from a page's source; write the character;
* ``may_be_primary`` on a **news outlet or a document copy** (``publishers.yaml``): it is for a body outside the
  official classes whose own records are primary (the ISO for country codes), never for a report or a copy;
* a publisher **domain that is a public suffix** (``co.uk``, ``com.au``: a generic label under a country code), which
  would grade every site under it; a government's own suffix (``gov.pl``) may be listed as a government's;
* a **name variant that is another person's name or alias** (``name_variants.yaml``): a question naming that
  person would fit both.

Warnings:

* a State's **since with no primary source and no primary_gap**: the date every other fact of the State is checked
  against rests on it;
* a **measure dated, or ending, after the record's cut-off** (as a trip after it is): what happened after the last
  day checked may be missing around it, and an end that late is more often a mistyped year.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from html.entities import html5
from urllib.parse import parse_qsl, urlsplit

from iccwatch.caching import BoundedCache
from iccwatch.dataset.grading import PRIMARY_CLASSES, PublisherIndex
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import (
    KINDS_WITH_SOURCES,
    record_sources,
    sources_of,
)
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.walked import walked
from iccwatch.model.common import Source
from iccwatch.model.dates import DateSpan

#: Query parameters that say how a reader came to a page, not which page it is.
_TRACKING = re.compile(r"^(?:utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|yclid|ocid|cmpid|ito|smid)$", re.I)


def round10_problems(r: RecordSet) -> list[Problem]:
    return [*_addresses(r), *_publisher_grades(r), *_before_the_state(r), *_deferrals(r), *_position_persons(r),
            *_at_large(r), *_places_named_as_states(r), *_entities(r), *_since_citability(r), *_variants_of_others(r)]


@functools.lru_cache(maxsize=65536)  # a pure function of the address; every check of the record asks it for every citation
def _address_problem(url: str) -> str | None:
    parts = urlsplit(url)
    if ":~:" in parts.fragment:
        return (f"the address carries a browser's text fragment ({'#' + parts.fragment[:40]!r}): cite the page's address "
                "without it, and quote the words in the pinpoint")
    tracking = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True) if _TRACKING.match(k)})
    if tracking:
        return (f"the address carries tracking parameters ({', '.join(tracking)}): they name the link that was followed, not "
                "the page; cite the address without them")
    return None


#: What ``_addresses`` found in each record, kept per record object and publishers' index (one object per table's rows,
#: ``PublisherIndex.from_lookups``), its file and key (``BoundedCache.held_for``): the rule reads the record's sources and
#: the index alone.
_ADDRESSES = BoundedCache(32768)


def _addresses(r: RecordSet) -> Iterator[Problem]:
    index = PublisherIndex.from_lookups(r.lookups) if "publishers" in r.lookups else None
    other_names = _ADDRESSES.held_for((index,), "other names", lambda: _other_names(index)) if index is not None else {}
    for kind in KINDS_WITH_SOURCES:
        for key, obj in r.of_kind(kind).items():
            found = record_sources(obj)
            if found:
                f = r.files[(kind, key)]
                yield from _ADDRESSES.held_for((obj, index), (f, key),
                                               lambda: tuple(_addresses_of(f, key, found, index, other_names)))  # noqa: B023 - called at once


def _other_names(index: PublisherIndex) -> dict[str, str]:
    """The names the publishers' table gives only to outlets of no primary class, each with its first class."""
    classes: dict[str, set[str]] = {}
    for p in index:
        classes.setdefault(p.name.casefold(), set()).add(p.publisher_class)
    return {name: sorted(c)[0] for name, c in classes.items() if not c & PRIMARY_CLASSES}


def _addresses_of(f: str, key: str, found: tuple[tuple[str, Source], ...], index: PublisherIndex | None,
                  other_names: dict[str, str]) -> Iterator[Problem]:
    """``_addresses`` of one record's sources (``record_sources``)."""
    for at, src in found:
        if (msg := _address_problem(src.url)) is not None:
            yield Problem(f, key, f"{at}.url", msg)
        if src.copy_of and src.copy_of.strip().rstrip("/") == src.url.rstrip("/"):
            yield Problem(f, key, f"{at}.copy_of", "copy_of is the source's own address: name the original document "
                          "(its address or its title and date) the page copies, or leave copy_of out")
        cited = (src.publisher or "").strip().casefold()
        pub = index.lookup(src.url) if index is not None and cited and not src.copy_of else None
        if pub is not None and pub.publisher_class in PRIMARY_CLASSES and cited in other_names:
            yield Problem(f, key, f"{at}.publisher",
                          f"{src.publisher!r} is the name the publishers table gives a {other_names[cited]} outlet, but the page is "
                          f"on {pub.domain} ({pub.name}, {pub.publisher_class}): correct the publisher, or, if the page copies "
                          "the outlet, cite the outlet's own page")


def _publisher_grades(r: RecordSet) -> Iterator[Problem]:
    table = r.lookups.get("publishers")
    rows = table.get("publishers") if isinstance(table, dict) else None
    if not isinstance(rows, list):
        return
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            continue
        domain = row.get("domain")
        if row.get("may_be_primary") is True and row.get("class") in _NEVER_PRIMARY:
            yield Problem("data/lookups/publishers.yaml", "publishers", f"publishers[{i}].may_be_primary",
                          f"{domain!r} is of class {row['class']}: a report or a copy is never the primary record of a fact "
                          "(may_be_primary is for a body whose own records are primary, e.g. the ISO for country codes)")
        if isinstance(domain, str) and _PUBLIC_SUFFIX.match(domain) and not (
                row.get("class") == "government_or_parliament" and _GOVERNMENT_SUFFIX.match(domain)):
            yield Problem("data/lookups/publishers.yaml", "publishers", f"publishers[{i}].domain",
                          f"{domain!r} is a public suffix, under which anyone registers a site: listing it grades every "
                          "site under it; list the publisher's own domain")
        if row.get("class") in PRIMARY_CLASSES and row.get("grade") in ("C", "X"):
            yield Problem("data/lookups/publishers.yaml", "publishers", f"publishers[{i}].grade",
                          f"{row.get('domain')!r} is of class {row['class']} (the body's own site) but graded {row['grade']}: "
                          "an official body's own site is at least B; if the site is not the body's own, give it the class it "
                          "has (other, document_copy, newspaper_or_broadcaster)")


#: Classes whose pages report or copy: never primary, whatever the grade.
_NEVER_PRIMARY = frozenset({"news_agency", "newspaper_or_broadcaster", "document_copy"})
#: A generic second-level label under a two-letter country code: a registry's suffix, not a publisher's domain.
_PUBLIC_SUFFIX = re.compile(r"^(?:co|com|org|net|ac|edu|gov|gob|gouv|go|govt|mil|or|ne|nic|ltd|plc|info|biz)\.[a-z]{2}$")
_GOVERNMENT_SUFFIX = re.compile(r"^(?:gov|gob|gouv|go|govt)\.[a-z]{2}$")


def _before_the_state(r: RecordSet) -> Iterator[Problem]:
    written = {iso3: st.since.date for iso3, st in r.states.items() if st.since}
    if not written:
        return
    since = {iso3: DateSpan.parse(text).first for iso3, text in written.items()}

    def early(iso3: str | None, date: str | None) -> bool:
        return iso3 in since and date is not None and DateSpan.parse(date).last < since[iso3]

    def message(iso3: str, date: str) -> str:
        return (f"{iso3} is dated from {written[iso3]} (its since), but this is dated {date}, before it existed: the State "
                "then was another (record it under that State), or correct the date")

    for key, w in r.warrants.items():
        for i, sc in enumerate(w.status_history):
            if sc.by_state and sc.date and early(sc.by_state, sc.date):
                yield Problem(r.files[("warrants", key)], key, f"status_history[{i}].by_state", message(sc.by_state, sc.date))
    for iso3, st in r.states.items():
        for i, a in enumerate(st.participation):
            if early(a.counterparty, a.date):
                yield Problem(r.files[("states", iso3)], iso3, f"participation[{i}].counterparty", message(a.counterparty or "", a.date))
    for key, s in r.situations.items():
        for i, d in enumerate(s.deferrals):
            if early(d.state, d.requested):
                yield Problem(r.files[("situations", key)], key, f"deferrals[{i}].state", message(d.state, d.requested))


def _deferrals(r: RecordSet) -> Iterator[Problem]:
    for key, s in r.situations.items():
        f = r.files[("situations", key)]
        first: dict[tuple[str, str], int] = {}
        for i, d in enumerate(s.deferrals):
            same = (d.state, d.requested)
            if same in first:
                yield Problem(f, key, f"deferrals[{i}]", f"{d.state}'s request of {d.requested} is recorded twice (also "
                              f"deferrals[{first[same]}]): keep one entry, with every source")
            else:
                first[same] = i


def _position_persons(r: RecordSet) -> Iterator[Problem]:
    for key, p in r.positions.items():
        if not p.situations:
            continue
        for i, pid in enumerate(p.persons):
            if pid in r.persons and not any(w.person == pid and w.situation in p.situations for w in r.warrants.values()):
                yield Problem(r.files[("positions", key)], key, f"persons[{i}]",
                              f"{pid} has no warrant, summons or application in the position's situations ({', '.join(p.situations)}): "
                              "add the situation the position concerns, or correct the person")


def _at_large(r: RecordSet) -> Iterator[Problem]:
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


def _places_named_as_states(r: RecordSet) -> Iterator[Problem]:
    names: dict[str, str] = {}
    for iso3, st in r.states.items():
        for n in (st.name, st.name_fr, st.short_name):
            if n:
                names.setdefault(n.casefold(), iso3)
    for table in ("places", "airports"):
        raw = r.lookups.get(table)
        entries = raw.get(table) if isinstance(raw, dict) else None
        if not isinstance(entries, dict):
            continue
        for name, value in entries.items():
            own = names.get(name.casefold()) if isinstance(name, str) else None
            given = value if isinstance(value, list) else [value]
            if own is not None and own not in given:
                yield Problem(f"data/lookups/{table}.yaml", table, f"{table}.{name}",
                              f"{name!r} is the name of {own}, but the entry gives it to {', '.join(map(str, given))}: text naming "
                              f"{own} would be read as a place in another State (leave the entry out)")


_ENTITY = re.compile(r"&(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")


def _entity_in(text: str) -> str | None:
    for m in _ENTITY.finditer(text):
        ref = m.group(1)
        if ref.startswith("#") or ref in html5:
            return m.group(0)
    return None


def _entity_refs(obj: object) -> Iterator[tuple[str, str]]:
    """(field path, the reference) of every text of one record (its sources' too) holding an HTML character
    reference (kept per record object by ``walked``: a record read again is not walked again)."""
    from iccwatch.dataset.record_walks import fields_of

    def of_source(at: str, src: Source) -> Iterator[tuple[str, str]]:
        return ((f"{at}.{k}", x) for k in ("url", "title", "publisher", "pinpoint", "copy_of", "note") if isinstance(x := getattr(src, k), str))

    def texts() -> Iterator[tuple[str, str]]:
        for at, _, _, v in fields_of(obj):
            if isinstance(v, str):
                yield at, v
            elif isinstance(v, list):
                yield from ((f"{at}[{i}]", x) for i, x in enumerate(v) if isinstance(x, str))
        yield from (t for at, src in sources_of(obj) for t in of_source(at, src))

    for at, text in texts():
        if "&" in text and (ref := _entity_in(text)) is not None:
            yield at, ref


def _entities(r: RecordSet) -> Iterator[Problem]:
    for kind in KINDS_WITH_SOURCES:
        for key, obj in r.of_kind(kind).items():
            for at, ref in walked(_entity_refs, obj):
                yield Problem(r.files[(kind, key)], key, at, f"the HTML character reference {ref!r} was pasted from a page's "
                              "source: write the character it stands for")


def _since_citability(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        if st.since and not st.since.primary_gap and not any(s.kind == "primary" for s in st.since.sources):
            yield Problem(r.files[("states", iso3)], iso3, "since.primary_gap",
                          f"since {st.since.date} cites no primary source and has no primary_gap: every fact of {iso3} is checked "
                          "against this date; cite the UN's or the State's own text, or say in primary_gap what was searched",
                          severity="warning")


def _variants_of_others(r: RecordSet) -> Iterator[Problem]:
    from iccwatch.dataset.names import name_key

    table = r.lookups.get("name_variants") or {}
    if not isinstance(table, dict) or not isinstance(table.get("persons"), dict):
        return
    owners: dict[tuple[str, ...], set[str]] = {}
    for pid, person in r.persons.items():
        for n in (person.name, *person.aliases):
            owners.setdefault(name_key(n, {}), set()).add(pid)
    for pid, variants in table["persons"].items():
        if not isinstance(variants, list):
            continue
        for j, v in enumerate(variants):
            name = v.get("name") if isinstance(v, dict) else None
            others = sorted(owners.get(name_key(name, {}), set()) - {pid}) if isinstance(name, str) and name.strip() else []
            if others:
                yield Problem("data/lookups/name_variants.yaml", "name_variants", f"persons.{pid}[{j}]",
                              f"{name!r} is the name or an alias of {', '.join(others)}: as a variant of {pid} a question naming "
                              "them would fit both; remove it, or correct the person it is listed under")
