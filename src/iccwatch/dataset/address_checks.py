"""Sources' addresses that name one page twice (tests/dataset/ROUND18.md; run by ``checks.py`` in the order of ``CHECKS``
there), and the address rules that doors other than the checker apply before a record holds the address
(``copied_address_problem``).

* (error) a source's ``copy_of`` naming the **source's own page under another form of its address** (``http`` for
  ``https``, ``www.`` added, an escape written otherwise);
* (warning) **one page cited twice on one fact** under two addresses that differ by a **fragment** (``#para3``: give
  the place in ``pinpoint``), a final **``index.html``** (or ``.htm``, ``.php``) or a **mobile host** (``m.``,
  ``mobile.``), beside round seven's forms (scheme, ``www.``, final slash, escapes, query order)
  (``same_page_addresses``).

From the bad-input rounds seven to sixteen:

* an address with a **dot segment in its path** (``/../``, ``/./``, or ``%2e%2e``): the page's own address never has
  one, and a reader cannot tell which page it resolves to (``page_addresses``; tests/dataset/ROUND7.md);
* (warning) **one page cited twice on one fact** under two forms of its address (``http``/``https``, with or without
  ``www.``, with or without a final ``/``) (``page_addresses``; tests/dataset/ROUND7.md);
* an address whose **host ends in a dot** (the fully qualified form of the same host, which hides one page cited twice),
  or that **ends in pasted punctuation** (a ``)`` or ``]`` it does not open, or ``,``, ``;``, ``.``, a quote)
  (``pasted_addresses``; tests/dataset/ROUND9.md);
* a source **title that is a web address** (the address belongs in ``url``; the title says what the document is)
  (``pasted_addresses``; tests/dataset/ROUND9.md);
* an address carrying a **browser's text fragment** (``#:~:text=``) or **tracking parameters** (``utm_*``, ``fbclid``,
  ``gclid`` and the like): the same page under another address, and the second cites nothing more
  (``followed_addresses``; tests/dataset/ROUND10.md);
* a source whose **copy_of is its own address** (a copy of itself is no copy) (``followed_addresses``;
  tests/dataset/ROUND10.md);
* a source on the site of an official publisher (the table's court, UN, government or intergovernmental class) whose
  ``publisher`` is the **name the table gives an outlet of another class** (a news agency's name on the Court's page):
  the page or the publisher is mislabelled (``followed_addresses``; tests/dataset/ROUND10.md);
* a **pinpoint that points at nothing** (``ibid.``, ``see above``, ``n/a``, a bare ``p.``, ``para.``, ``§`` or, since round 36, ``¶``; since round 37,
  a bare ``fn.``, ``n.`` or ``note``)
  (``address_spellings``; tests/dataset/ROUND11.md);
* a source address whose **host is written in capitals** or that **names its scheme's default port** (``:443`` after
  ``https``, ``:80`` after ``http``: one page, one address), that holds a **percent-encoded control character**
  (``%0d%0a``: a header injection, never a page), or whose host has a **label over 63 characters** (DNS)
  (``address_spellings``; tests/dataset/ROUND11.md);
* (warning) a source whose **address gives a day** (``/2010/07/21/``) **other than its date**: one of the two is
  mistyped, or the page was moved (``address_spellings``; tests/dataset/ROUND11.md);
* an **archive capture** (``web.archive.org/web/<timestamp>/...``) whose timestamp is no date, or which was taken before
  the source's own date (a page cannot be captured before it was published) (``archive_and_session_addresses``;
  tests/dataset/ROUND12.md);
* an **address pasted twice**: the address holds its own beginning (scheme and host) a second time
  (``archive_and_session_addresses``; tests/dataset/ROUND12.md);
* (warning) an address carrying a **session id** (``;jsessionid=``, ``PHPSESSID=``, ``sessionid=``): it opens that
  visit's session, not the page, and may stop working; cite the address without it (``archive_and_session_addresses``;
  tests/dataset/ROUND12.md);
* (warning) an address on a **port** other than the scheme's own (``:8443``): a publisher's public page is not served
  there as a rule; cite the address the publisher gives, or say in a note why (``archive_and_session_addresses``;
  tests/dataset/ROUND12.md);
* a source address ending in an **empty fragment or query** (``...#``, ``...?``): a pasted address that is not the
  page's own; cite it without the mark (``empty_marks``; tests/dataset/ROUND13.md);
* a **resolution's text address** (``text_url``) or a **copy's address** (``copy_of``, where it is an address) that
  carries tracking parameters or a user name (as a source's ``url``, rounds four and ten), or whose domain
  ``publishers.yaml`` does not list (``text_url``; the record cites no domain it has not classified)
  (``other_addresses``; tests/dataset/ROUND16.md);
* a **copy's address written in part** (round 36, tests/dataset/ROUND36.md): a ``copy_of`` that begins as an address
  does (a scheme, ``//``, ``/``, ``#``, ``?``, ``www.``, or one word of a host and a path) must be the original's whole
  ``http(s)`` address, as a source's ``url`` is (no space, a host); a fragment, a path, an address without its
  scheme, an ``ftp`` or ``mailto`` address names no page a reader can open (``other_addresses``). A title, a date or
  a document's number is left alone, and so is a whole address glossed after a space (``ADDRESS (the Court's release of
  17 March 2006)``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import Any, Literal
from urllib.parse import parse_qsl, unquote, urlsplit

from iccwatch.caching import BoundedCache
from iccwatch.dataset.grading import PRIMARY_CLASSES, PublisherIndex
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_dates import first_day
from iccwatch.dataset.record_walks import (
    KINDS_WITH_SOURCES,
    each_source,
    per_record_problems,
    record_sources,
    sources_of,
)
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.sources_policy import FactRef, iter_facts, per_record_facts
from iccwatch.model.common import Source, check_url


def copied_address_problem(url: str) -> str | None:
    """What the record's checks say of an address copied from a browser or a sentence (tracking parameters, a text
    fragment, pasted punctuation, a host ending in a dot), for the doors that take an address before a record holds it
    (``monitor ingest``'s front matter, ``review accept --source-url``): refused there, naming the option or the file,
    not only once the written record is checked."""
    return followed_address_problem(url) or pasted_address_problem(url)


_INDEX_PAGE = re.compile(r"/index\.(?:html?|php)$", re.I)


def _same_page(url: str) -> str:
    """Round seven's page (``_page``) without the fragment, a final ``index.html`` and a mobile host."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    for prefix in ("m.", "mobile."):
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
            break
    rebuilt = parts._replace(netloc=host, path=_INDEX_PAGE.sub("/", parts.path), fragment="").geturl()
    return _page(rebuilt).rsplit("#", 1)[0]


def same_page_addresses(r: RecordSet) -> Iterator[Problem]:
    return per_record_facts(r, _addresses_of)


def _addresses_of(refs: tuple[FactRef, ...]) -> Iterator[Problem]:
    for ref in refs:
        seen: dict[str, int] = {}
        sources = ref.sources
        for i, s in enumerate(sources):
            url = str(s.url)
            copy = (s.copy_of or "").strip()
            if (copy.startswith(("http://", "https://")) and copy.rstrip("/") != url.rstrip("/")
                    and _page(copy).rsplit("#", 1)[0] == _page(url).rsplit("#", 1)[0]):
                yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].copy_of"),
                              f"{copy[:120]!r} is the source's own page ({url[:120]!r}) under another form of its address: name the "
                              "original document the page copies, or leave copy_of out")
            page = _same_page(url)
            j = seen.get(page)
            if (j is not None and _page(str(sources[j].url)) != _page(url) and _unfragmented(str(sources[j].url)) == _unfragmented(url)
                    and _anchor_only(url) and _anchor_only(str(sources[j].url))
                    and _same_but_address(s, sources[j])):  # round 41: an anchor alone differs, and nothing else
                yield Problem(ref.file, ref.key, ref.field(f"sources[{i}]"), f"the same source is cited twice on this fact (also sources[{j}]), its "
                              f"addresses differing in an anchor (#...) alone ({url[:120]!r} and {str(sources[j].url)[:120]!r}): a "
                              "page's anchor is not sent to the server, it points to a place of the same page; cite it once, with the place in "
                              "pinpoint")
            elif j is not None and _page(str(sources[j].url)) != _page(url):
                yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].url"),
                              f"{url[:120]!r} is the page of sources[{j}] ({str(sources[j].url)[:120]!r}) under another address (a "
                              "fragment, a final index page or a mobile host): cite it once, with the place in pinpoint", "warning")
            seen.setdefault(page, i)


#: (round 41) A fragment that is an anchor of the page (an HTML id: a letter, then letters, digits, ``-``, ``_``, ``.``), not a
#: route a page's script reads to show other content (``#!/x``, ``#/x``, ``#iso:code:3166:AL``) or a text fragment.
_ANCHOR = re.compile(r"[A-Za-z][\w.-]*")


def _anchor_only(url: str) -> bool:
    """Whether the address has no fragment, or one that is an anchor of the page (``_ANCHOR``)."""
    fragment = urlsplit(url).fragment
    return not fragment or _ANCHOR.fullmatch(fragment) is not None


def _unfragmented(url: str) -> str:
    """``_page`` without the fragment: what the server is asked for."""
    return _page(url).rsplit("#", 1)[0]


def _same_but_address(a: Source, b: Source) -> bool:
    """Whether two citations differ in nothing but the spelling of their address, the page being the same (``_page``: the
    scheme, ``www.``, a final ``/``, escapes, the query's order). A fragment, a final index page or a mobile host
    (``_same_page``) may lead elsewhere, and stays a warning (round 18)."""
    return a.model_copy(update={"url": b.url}) == b


def _twice(url: str, j: int, first: Source) -> str:
    return (f"the same source is cited twice on this fact (also sources[{j}]), under two forms of its address ({url[:120]!r} "
            f"and {str(first.url)[:120]!r}): cite it once")


_DOT_SEGMENT = re.compile(r"(?:^|/)\.{1,2}(?:/|$)")


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


def page_addresses(r: RecordSet) -> Iterator[Problem]:
    return per_record_facts(r, _page_addresses_of)


def _page_addresses_of(refs: tuple[FactRef, ...]) -> Iterator[Problem]:
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
                first = ref.fact.sources[seen[page]]
                if _same_but_address(s, first):  # round 40: nothing else tells the two apart
                    yield Problem(ref.file, ref.key, field.removesuffix(".url"), _twice(url, seen[page], first))
                    continue
                yield Problem(ref.file, ref.key, field,
                              f"{url[:120]!r} is the page of sources[{seen[page]}] ({str(ref.fact.sources[seen[page]].url)[:120]!r}) under "
                              "another form of its address: cite it once", "warning")
            seen.setdefault(page, i)


_PASTED_END = re.compile(r"[,;.'\"\u2018\u2019\u201c\u201d\u00ab\u00bb]$")  # (round 23: a typographic quote or guillemet too)


@functools.lru_cache(maxsize=65536)  # a pure function of the address; every check of the record asks it for every citation
def pasted_address_problem(url: str) -> str | None:
    host = url.split("://", 1)[-1].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
    if host.endswith("."):
        return f"the host {host!r} ends in a dot: write it without (one page, one address)"
    for close, opener in ((")", "("), ("]", "[")):
        if url.endswith(close) and url.count(opener) < url.count(close):
            return f"{url[-40:]!r} ends in a {close!r} it does not open: punctuation pasted with the address? remove it"
    if _PASTED_END.search(url):
        return f"{url[-40:]!r} ends in {url[-1]!r}: punctuation pasted with the address? remove it"
    return None


def pasted_addresses(r: RecordSet) -> Iterator[Problem]:
    return per_record_problems(r, _pasted_address_findings)


def _pasted_address_findings(obj: Any) -> Iterator[tuple[str, str]]:
    """(field path, message) of what ``_addresses`` finds in one record's sources, each source once (as ``each_source``
    gives them): it depends on the record alone, so it is kept per record object (``walked``)."""
    for at, src in record_sources(obj):
        if (msg := pasted_address_problem(src.url)) is not None:
            yield f"{at}.url", msg
        if src.title and re.match(r"^\s*(?:https?://|www\.)", src.title, re.I):
            yield f"{at}.title", f"the title {src.title[:60]!r} is a web address: the address belongs in url; give the document's title, or none"


#: Query parameters that say how a reader came to a page, not which page it is.
_TRACKING = re.compile(r"^(?:utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|yclid|ocid|cmpid|ito|smid)$", re.I)


@functools.lru_cache(maxsize=65536)  # a pure function of the address; every check of the record asks it for every citation
def followed_address_problem(url: str) -> str | None:
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


def followed_addresses(r: RecordSet) -> Iterator[Problem]:
    index = PublisherIndex.from_lookups(r.lookups) if "publishers" in r.lookups else None
    other_names = _ADDRESSES.held_for((index,), "other names", lambda: _other_names(index)) if index is not None else {}
    for kind in KINDS_WITH_SOURCES:
        for key, obj in r.of_kind(kind).items():
            found = record_sources(obj)
            if found:
                f = r.files[(kind, key)]
                yield from _ADDRESSES.held_for((obj, index), (f, key),
                                               lambda: tuple(_followed_addresses_of(f, key, found, index, other_names)))  # noqa: B023 - called at once


def _other_names(index: PublisherIndex) -> dict[str, str]:
    """The names the publishers' table gives only to outlets of no primary class, each with its first class."""
    classes: dict[str, set[str]] = {}
    for p in index:
        classes.setdefault(p.name.casefold(), set()).add(p.publisher_class)
    return {name: sorted(c)[0] for name, c in classes.items() if not c & PRIMARY_CLASSES}


def _followed_addresses_of(f: str, key: str, found: tuple[tuple[str, Source], ...], index: PublisherIndex | None,
                  other_names: dict[str, str]) -> Iterator[Problem]:
    """``_addresses`` of one record's sources (``record_sources``)."""
    for at, src in found:
        if (msg := followed_address_problem(src.url)) is not None:
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


_PINPOINT_NOTHING = re.compile(
    r"^(?:ibid\.?|id\.|op\.? ?cit\.?|loc\.? ?cit\.?|supra|infra|passim|(?:see )?(?:above|below)|n/?a|none|unknown|tbd|todo|\?+|[-\u2013\u2014.]+"
    r"|(?:p|pp|para|paras|paragraph|paragraphs|page|pages|art|arts|article|articles|s|ss|section|sections|no|n\u00b0|fn|fns|footnotes?"
    r"|n|nn|notes?)\.?|[\u00a7\u00b6]+)$", re.I)


_ENCODED_CONTROL = re.compile(r"%(?:[01][0-9a-f]|7f)", re.I)


_DAY_IN_ADDRESS = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/-])")


#: The port a scheme uses when an address names none: naming it gives one page a second address.
_DEFAULT_PORT_NAMES = {"https": "443", "http": "80"}


def address_spellings(r: RecordSet) -> Iterator[Problem]:
    return per_record_problems(r, _spelling_findings)


def _spelling_findings(obj: Any) -> Iterator[tuple[str, str, Literal["error", "warning"]]]:
    """(field path, message, severity) of what ``_addresses`` finds in one record's sources, each source once (as
    ``each_source`` gives them): it depends on the record alone, so it is kept per record object (``walked``)."""
    for at, src in record_sources(obj):
        url = str(src.url)
        parts = urlsplit(url)
        host = parts.netloc.rsplit("@", 1)[-1]
        if host != host.lower():
            yield (f"{at}.url", f"the host {host!r} is written in capitals: write it in lower case ({host.lower()}), so one page has "
                   "one address", "error")
        if (default := _DEFAULT_PORT_NAMES.get(parts.scheme.lower())) and host.lower().endswith(f":{default}"):
            yield (f"{at}.url", f"the address names the default port ({host!r}): write it without "
                   f"({parts.scheme}://{host.rsplit(':', 1)[0].lower()}...), so one page has one address", "error")
        if _ENCODED_CONTROL.search(parts.path + "?" + parts.query + "#" + parts.fragment):
            yield (f"{at}.url", f"the address holds a percent-encoded control character "
                   f"({_ENCODED_CONTROL.search(url).group()}): no page's address does; cite the page's own address", "error")  # type: ignore[union-attr]
        if any(len(label) > 63 for label in (parts.hostname or "").split(".")):
            yield f"{at}.url", "a label of the host name is over 63 characters, which no domain name can have", "error"
        if src.date and len(src.date) == 10 and (m := _DAY_IN_ADDRESS.search(parts.path)):
            day = "-".join(m.groups())
            if day != src.date:
                yield (f"{at}.date", f"dated {src.date}, but its address gives the day {day}: correct the date, or say in the source's "
                       "note why they differ", "warning")
        if src.pinpoint and _PINPOINT_NOTHING.match(src.pinpoint.strip()):
            yield (f"{at}.pinpoint", f"the pinpoint {src.pinpoint!r} points at nothing: name the page, paragraph, article or passage, "
                   "or leave the pinpoint out", "error")


#: A Wayback Machine capture: its timestamp (YYYY[MM[DD[hh[mm[ss]]]]], optionally a mode suffix like ``id_``).
_CAPTURE = re.compile(r"^/web/(\d{1,14})(?:[a-z]{2}_)?/", re.I)


_ARCHIVE_HOSTS = frozenset({"web.archive.org", "wayback.archive.org"})


#: Query or path parameters that name a visitor's session, not the page.
_SESSION = re.compile(r"(?:^|[;&?])(jsessionid|phpsessid|aspsessionid[a-z]*|sessionid|session_id|cfid|cftoken)=[^&;#]{6,}", re.I)


_DEFAULT_PORT_NUMBERS = {"http": 80, "https": 443}


def _capture_day(ts: str) -> dt.date | None:
    """The first day a capture timestamp can mean, or None when it is no date."""
    if len(ts) < 4:
        return None
    try:
        year, month, day = int(ts[:4]), int(ts[4:6] or 1), int(ts[6:8] or 1)
        dt.date(year, month, day)
        hh, mm, ss = int(ts[8:10] or 0), int(ts[10:12] or 0), int(ts[12:14] or 0)
        if len(ts) % 2 or hh > 23 or mm > 59 or ss > 59:
            return None
        return dt.date(year, month, day)
    except ValueError:
        return None


def archive_and_session_addresses(r: RecordSet) -> Iterator[Problem]:
    return per_record_problems(r, _archive_findings)


def _archive_findings(obj: Any) -> Iterator[tuple[str, str, str]]:
    """(field path, message, severity) of what ``_addresses`` finds in one record's sources, each source once (as
    ``each_source`` gives them): it depends on the record alone, so it is kept per record object (``walked``), as round
    9's and round 11's address rules are (a check of the record walked every source's address again: a tenth of a
    warm check of data/)."""
    seen: set[int] = set()
    for at, s in sources_of(obj):
        if id(s) in seen:
            continue
        seen.add(id(s))
        url = s.url
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        head = f"{parts.scheme}://{parts.netloc}".lower()
        if parts.netloc and url.lower().count(head) > 1:
            yield f"{at}.url", f"{url[:120]!r} holds its own beginning ({head}) twice: an address pasted twice; keep one", "error"
        if host in _ARCHIVE_HOSTS and (m := _CAPTURE.match(parts.path)):
            taken = _capture_day(m.group(1))
            if taken is None:
                yield (f"{at}.url", f"the archive capture's timestamp {m.group(1)} is no date (YYYYMMDDhhmmss): "
                       "copy the capture's address as the archive gives it", "error")
            elif s.date and taken < first_day(s.date) and len(m.group(1)) >= 8:
                yield (f"{at}.url", f"the archive captured this page on {taken}, before the source's own date "
                       f"{s.date}: a page cannot be captured before it was published; correct the date, or cite the capture "
                       "of the page the source is", "error")
        if m := _SESSION.search(parts.path + ("?" + parts.query if parts.query else "")):
            yield (f"{at}.url", f"the address carries a session id ({m.group(1)}): it names one visit, not the page, "
                   "and may stop working; cite the address without it", "warning")
        try:
            port = parts.port
        except ValueError:
            port = None
        if port is not None and port != _DEFAULT_PORT_NUMBERS.get(parts.scheme.lower()):
            yield (f"{at}.url", f"the address names port {port}: a publisher's public pages are served on the "
                   "scheme's own port as a rule; cite the address the publisher gives, or say in a note why", "warning")


def empty_marks(r: RecordSet) -> Iterator[Problem]:
    for f, key, at, s in each_source(r):
        url = s.url
        if url.endswith(("#", "?")):
            yield Problem(f, key, f"{at}.url", f"{url[:120]!r} ends in an empty {'fragment' if url.endswith('#') else 'query'} "
                          f"({url[-1]!r}): a pasted address; cite it without the mark")


def other_addresses(r: RecordSet) -> Iterator[Problem]:
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
            if src.copy_of and (msg := _partial_address(src.copy_of.strip())) is not None:
                yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].copy_of"), msg)
            elif src.copy_of and re.match(r"(?i)^https?://", src.copy_of):
                yield from _address(ref.file, ref.key, ref.field(f"sources[{i}].copy_of"), src.copy_of)


#: A ``copy_of`` that begins as an address does: a scheme and ``//`` or one that takes none (``mailto:``), an address
#: relative to the scheme, the host or the page (``//``, ``/``, ``#``, ``?``), ``www.``, or one word of a host and a path.
_ADDRESS_LIKE = re.compile(r"(?i)^(?:[a-z][a-z0-9+.-]*://|(?:mailto|javascript|file|data|tel):|//|/|#|\?|www\.|"
                           r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*$)")


def _partial_address(copy_of: str) -> str | None:
    """Why ``copy_of`` written as an address names no page a reader can open, or None (a title, or a whole address)."""
    if not _ADDRESS_LIKE.match(copy_of):
        return None
    address, _, gloss = copy_of.partition(" ")
    if not gloss or gloss.lstrip()[:1] not in tuple("([;,\u2014\u2013-"):  # "ADDRESS (the Court's release of ...)" glosses it
        address = copy_of
    try:
        check_url(address)
    except ValueError as exc:
        return (f"copy_of is written as an address but is not a whole one ({exc}): give the original's whole address "
                "(https://host/path), or its title and date")
    return None


def _address(f: str, key: str, field: str, url: str) -> Iterator[Problem]:
    if (msg := followed_address_problem(url)) is not None:
        yield Problem(f, key, field, msg)
    if "@" in urlsplit(url).netloc:
        yield Problem(f, key, field, "the address holds a user name before its host (user@host): cite the page's own address")
