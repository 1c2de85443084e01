"""Publishers as data: every cited web domain, its publisher, class and reliability grade.

The table is ``data/lookups/publishers.yaml``. A source's host resolves to the longest listed domain
suffix, so ``news.bbc.co.uk`` falls back to ``bbc.co.uk`` when only that is listed. Each new domain is an
editorial decision made once, in that file; the checker refuses a source on an unlisted domain.

Grades (docs/editorial-policy.md): A authoritative, may be primary; B reliable; C use with care,
corroboration only; X unreliable, refused.
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from iccwatch.caching import BoundedCache
from iccwatch.dataset.frozen import table_key

if TYPE_CHECKING:
    from iccwatch.dataset.publisher_table import Publisher
    from iccwatch.model import Source

PublisherClass = Literal[
    "court",
    "un",
    "government_or_parliament",
    "intergovernmental",
    "ngo",
    "news_agency",
    "newspaper_or_broadcaster",
    "academic",
    "document_copy",
    "reference",
    "other",
]
Grade = Literal["A", "B", "C", "X"]

#: Classes whose own documents may be cited as ``kind: primary`` (the Court, the UN, governments and
#: parliaments, intergovernmental bodies). Any other publisher needs ``may_be_primary`` with its reason.
PRIMARY_CLASSES: frozenset[str] = frozenset({"court", "un", "government_or_parliament", "intergovernmental"})
#: Grade order for sorting: the strongest first.
GRADE_ORDER: dict[str, int] = {"A": 0, "B": 1, "C": 2, "X": 3}


@dataclass(frozen=True)
class PublisherEntry:
    """One row of the publishers table as the index hands it back: a plain object (no pydantic) with the
    fields of :class:`Publisher`, the table's validated model, which ``iccwatch data check`` and the
    store's build apply to the table before anything reads it."""

    domain: str
    name: str
    publisher_class: str
    grade: str
    reason: str
    may_be_primary: bool = False
    pointer_only: bool = False

    @property
    def allows_primary(self) -> bool:
        return self.grade == "A" and (self.publisher_class in PRIMARY_CLASSES or self.may_be_primary)

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> PublisherEntry:
        """The entry of a row of the YAML table (``class`` is the key of ``publisher_class``)."""
        def text(key: str) -> str:
            value = row[key]
            return value.strip() if isinstance(value, str) else value

        return cls(text("domain"), text("name"), text("class") if "class" in row else text("publisher_class"),
                   text("grade"), text("reason"), bool(row.get("may_be_primary", False)),
                   bool(row.get("pointer_only", False)))


def __getattr__(name: str) -> Any:
    """``Publisher`` and ``PublisherTable``, the table's pydantic models, imported on first use."""
    if name in ("Publisher", "PublisherTable"):
        from iccwatch.dataset import publisher_table

        return getattr(publisher_table, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@lru_cache(maxsize=65536)  # a pure function of the text; the checker asks it for every citation of every record
def host_of(url: str) -> str:
    """The lower-case host of a URL, without a leading ``www.`` or a trailing dot."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


#: Hosts of web archives whose capture's address holds the captured page's own (``/web/<timestamp>/<address>``).
ARCHIVE_HOSTS = frozenset({"web.archive.org", "wayback.archive.org"})
_WRAPPED = re.compile(r"^/web/[^/]*/(https?:/{1,2}.+|[a-z0-9.-]+\.[a-z]{2,}(?:[/:?#].*)?)$", re.I)


@lru_cache(maxsize=65536)
def wrapped_page(url: str) -> str | None:
    """The address of the page an archive capture wraps (``web.archive.org/web/<timestamp>/<address>``), written with its
    scheme; None for any other address. A capture is judged as the page it copies: its publisher is that page's."""
    parts = urlsplit(url)
    if host_of(url) not in ARCHIVE_HOSTS:
        return None
    m = _WRAPPED.match(parts.path + (f"?{parts.query}" if parts.query else ""))
    if m is None:
        return None
    inner = m.group(1)
    if re.match(r"^https?:/[^/]", inner, re.I):  # an archive folds "//" in the path to "/"
        inner = inner.replace(":/", "://", 1)
    return inner if re.match(r"^https?://", inner, re.I) else f"http://{inner}"


#: The last table an index was built from, and that index (the object itself is the key: a table loaded
#: again is a new object and builds a new index).
_LAST_INDEX: dict[str, Any] = {}
#: Indexes by the text of their rows (``repr`` of the loaded list): equal rows, one index.
_INDEX_BY_ROWS = BoundedCache(8)


def _rows_key(rows: Any) -> Hashable:
    """A key equal only for equal rows: their ``marshal`` bytes (a fourth of the cost of their ``repr``, asked at each
    check), or their ``repr`` when a value cannot be marshalled. Equal bytes load as equal rows; equal rows that
    marshal differently (shared objects are written as references) only build one more index."""
    try:
        return ("marshal", marshal.dumps(rows))
    except ValueError:
        return ("repr", repr(rows))


class PublisherIndex:
    """Look up the publisher of a URL by its domain (longest listed suffix wins)."""

    def __init__(self, publishers: Iterable[Publisher | PublisherEntry]):
        self._by_domain: dict[str, Publisher | PublisherEntry] = {p.domain: p for p in publishers}
        #: Source lists graded through this index (``_graded_dicts``), by their items: the law's answers
        #: dump the same sources again for every question (thousands of lists, a few hundred distinct).
        self.graded_lists = BoundedCache(4096)

    @classmethod
    def from_lookups(cls, lookups: Mapping[str, Any]) -> PublisherIndex:
        """Build from the loaded lookups; an absent table gives an empty index (every domain unknown).

        The lookups are those of a loaded record (``load_dataset``, or the store, built from one), whose
        table the loader has validated (``PublisherTable``); the rows are not validated again.
        """
        raw = lookups.get("publishers")
        if not raw:
            return cls(())
        held = _LAST_INDEX.get("raw")
        if held is raw:  # the same loaded table (the checker's passes each ask for it): built once
            return _LAST_INDEX["index"]  # type: ignore[no-any-return]
        # The same rows loaded again (the next check of an unchanged table) give the index built from them
        # before: one object, so what is kept per index (the source policy's problems of each record) is reused.
        # A table the loader gave carries its key (its file and text, ``frozen.table_key``): no walk of its rows.
        key = table_key(raw)
        index = _INDEX_BY_ROWS.get_or_compute(("table", key) if key is not None else _rows_key(raw["publishers"]),
                                              lambda: cls(PublisherEntry.of(row) for row in raw["publishers"]))
        _LAST_INDEX.update(raw=raw, index=index)
        return index

    def __len__(self) -> int:
        return len(self._by_domain)

    def __iter__(self) -> Iterator[Publisher | PublisherEntry]:
        return iter(self._by_domain.values())

    def lookup(self, url: str) -> Publisher | PublisherEntry | None:
        labels = host_of(url).split(".")
        for i in range(len(labels) - 1):
            found = self._by_domain.get(".".join(labels[i:]))
            if found is not None:
                return found
        return None


def graded_source(source: Source, index: PublisherIndex) -> dict[str, Any]:
    """A source as JSON with its grading: ``publisher``, ``publisher_class``, ``grade``, ``primary``, ``pinpoint``.

    ``publisher`` is the lookup's name for the domain (falling back to the source's own ``publisher``);
    an unlisted domain has ``publisher_class`` and ``grade`` None.
    """
    return _graded(source.model_dump(mode="json", exclude_none=True), index)


def _graded(out: dict[str, Any], index: PublisherIndex) -> dict[str, Any]:
    """``graded_source`` of the source whose JSON dump (without None values) is ``out``; fills ``out``."""
    cited = out.get("publisher")
    pub = index.lookup(out["url"])
    out["publisher"] = pub.name if pub else cited
    if cited and cited != out["publisher"]:
        out["cited_publisher"] = cited  # e.g. the project whose dataset a code host serves
    out["publisher_class"] = pub.publisher_class if pub else None
    out["grade"] = pub.grade if pub else None
    out["primary"] = out["kind"] == "primary"
    out["pinpoint"] = out.get("pinpoint")
    return out


def graded_sources(sources: Iterable[Source], index: PublisherIndex) -> list[dict[str, Any]]:
    """Sources as JSON, de-duplicated by URL and pinpoint, primary first, then by grade (stable otherwise)."""
    seen: dict[tuple[str, str | None], dict[str, Any]] = {}
    for s in sources:
        seen.setdefault((s.url, s.pinpoint), graded_source(s, index))
    return sorted(seen.values(), key=lambda d: (not d["primary"], GRADE_ORDER.get(d["grade"], 4)))


def _is_source_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(s, dict) and "url" in s and "kind" in s for s in value)


def grade_sources_in(value: Any, index: PublisherIndex) -> Any:
    """A copy of JSON-ready ``value`` in which every ``sources`` list is graded (see graded_sources).

    The one place where sources shown by the CLI, the API, the web pages and the reports get their
    publisher, class, grade and primary flag. Lists already graded are left as they are.
    """
    if isinstance(value, dict):
        return _grade_dict(value, index)
    if isinstance(value, list):
        return _grade_list(value, index)
    return value


def _grade_dict(value: dict[Any, Any], index: PublisherIndex) -> dict[Any, Any]:
    """``grade_sources_in`` of a dict (each value's type tested once: answers hold hundreds of thousands)."""
    out: dict[Any, Any] = {}
    for k, v in value.items():
        if isinstance(v, dict):
            out[k] = _grade_dict(v, index)
        elif isinstance(v, list):
            if k == "sources" and v and _is_source_list(v) and not all("grade" in s and "primary" in s for s in v):
                out[k] = _graded_dicts(v, index)
            else:
                out[k] = _grade_list(v, index)
        else:  # a scalar is its own copy (no call per leaf)
            out[k] = v
    return out


def _grade_list(value: list[Any], index: PublisherIndex) -> list[Any]:
    """``grade_sources_in`` of a list."""
    return [_grade_dict(v, index) if isinstance(v, dict) else _grade_list(v, index) if isinstance(v, list) else v for v in value]


_GRADING_KEYS = ("publisher_class", "grade", "primary", "cited_publisher")
#: The fields of ``iccwatch.model.Source`` in its order (tests/test_store_read.py checks it).
SOURCE_FIELDS = ("url", "title", "publisher", "date", "kind", "pinpoint", "copy_of", "pages", "note")


def _graded_dicts(sources: list[dict[str, Any]], index: PublisherIndex) -> list[dict[str, Any]]:
    """``graded_sources`` of sources given as JSON (the dumps of validated sources, possibly graded
    already): the same result, without validating each one again. A source with a key that is not a
    field of Source is validated, so that it fails as before.

    A list whose items (keys and values, all text, in order) were graded before through this index gets a copy
    of that result (each graded source a new dict): grading is a pure function of the items and the index."""
    items = tuple(tuple(s.items()) for s in sources)
    if not all(type(k) is str and type(v) is str for s in items for k, v in s):
        # Only text is kept: a key of other values could match another's (1 == True == 1.0) and they grade apart.
        return _graded_dicts_now(sources, index)
    key = items
    graded = index.graded_lists.get_or_compute(key, lambda: tuple(_graded_dicts_now(sources, index)))
    return [dict(d) for d in graded]


def _graded_dicts_now(sources: list[dict[str, Any]], index: PublisherIndex) -> list[dict[str, Any]]:
    """``_graded_dicts`` without its cache."""
    seen: dict[tuple[str, str | None], dict[str, Any]] = {}
    for s in sources:
        plain = _plain(s)
        if not plain.keys() <= _SOURCE_KEYS or "url" not in plain or "kind" not in plain:
            from iccwatch.model import Source

            plain = Source.model_validate(plain).model_dump(mode="json", exclude_none=True)
        else:  # the dump's own order and stripping, as model_validate then model_dump would give
            plain = {k: plain[k].strip() if isinstance(plain[k], str) else plain[k] for k in SOURCE_FIELDS if k in plain}
        key = (plain["url"], plain.get("pinpoint"))
        if key not in seen:
            seen[key] = _graded(plain, index)
    return sorted(seen.values(), key=lambda d: (not d["primary"], GRADE_ORDER.get(d["grade"], 4)))


_SOURCE_KEYS = frozenset(SOURCE_FIELDS)


def _plain(source: dict[str, Any]) -> dict[str, Any]:
    """A source dict without grading keys (and without a None pinpoint), ready to validate."""
    return {k: v for k, v in source.items() if k not in _GRADING_KEYS and v is not None}


def source_label(source: dict[str, Any]) -> str:
    """A short human label for a graded source: publisher, grade and whether it is primary."""
    bits = [f"grade {source['grade']}" if source.get("grade") else "ungraded"]
    if source.get("primary"):
        bits.append("primary")
    if source.get("pinpoint"):
        bits.append(str(source["pinpoint"]))
    return f"{source.get('publisher') or ''} ({', '.join(bits)})"
