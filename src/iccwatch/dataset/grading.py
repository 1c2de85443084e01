"""Publishers as data: every cited web domain, its publisher, class and reliability grade.

The table is ``data/lookups/publishers.yaml``. A source's host resolves to the longest listed domain
suffix, so ``news.bbc.co.uk`` falls back to ``bbc.co.uk`` when only that is listed. Each new domain is an
editorial decision made once, in that file; the checker refuses a source on an unlisted domain.

Grades (docs/editorial-policy.md): A authoritative, may be primary; B reliable; C use with care,
corroboration only; X unreliable, refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import ConfigDict, Field, field_validator, model_validator

from iccwatch.model import Source
from iccwatch.model.common import Strict

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


class Publisher(Strict):
    """One web domain and who publishes there."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, populate_by_name=True)

    domain: str = Field(pattern=r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
    name: str = Field(min_length=1)
    publisher_class: PublisherClass = Field(alias="class")
    grade: Grade
    reason: str = Field(min_length=3)
    #: For a publisher outside PRIMARY_CLASSES whose own records are nevertheless primary (e.g. the
    #: ISO 3166 maintenance agency for country codes); the reason says why.
    may_be_primary: bool = False

    @field_validator("domain")
    @classmethod
    def _no_www(cls, value: str) -> str:
        if value.startswith("www."):
            raise ValueError(f"{value!r}: list the domain without 'www.'")
        return value

    @property
    def allows_primary(self) -> bool:
        return self.grade == "A" and (self.publisher_class in PRIMARY_CLASSES or self.may_be_primary)


class PublisherTable(Strict):
    """The whole of ``data/lookups/publishers.yaml``."""

    about: str
    sources: list[Source] = Field(min_length=1)
    publishers: list[Publisher] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> PublisherTable:
        seen: set[str] = set()
        for p in self.publishers:
            if p.domain in seen:
                raise ValueError(f"domain {p.domain!r} is listed twice")
            seen.add(p.domain)
        return self


def host_of(url: str) -> str:
    """The lower-case host of a URL, without a leading ``www.`` or a trailing dot."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


class PublisherIndex:
    """Look up the publisher of a URL by its domain (longest listed suffix wins)."""

    def __init__(self, publishers: Iterable[Publisher]):
        self._by_domain: dict[str, Publisher] = {p.domain: p for p in publishers}

    @classmethod
    def from_lookups(cls, lookups: Mapping[str, Any]) -> PublisherIndex:
        """Build from the loaded lookups; an absent table gives an empty index (every domain unknown)."""
        raw = lookups.get("publishers")
        if not raw:
            return cls(())
        return cls(PublisherTable.model_validate(raw).publishers)

    def __len__(self) -> int:
        return len(self._by_domain)

    def lookup(self, url: str) -> Publisher | None:
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
    out = source.model_dump(mode="json", exclude_none=True)
    pub = index.lookup(source.url)
    out["publisher"] = pub.name if pub else source.publisher
    if source.publisher and source.publisher != out["publisher"]:
        out["cited_publisher"] = source.publisher  # e.g. the project whose dataset a code host serves
    out["publisher_class"] = pub.publisher_class if pub else None
    out["grade"] = pub.grade if pub else None
    out["primary"] = source.kind == "primary"
    out["pinpoint"] = source.pinpoint
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
        out: dict[str, Any] = {}
        for k, v in value.items():
            if k == "sources" and _is_source_list(v) and v and not all("grade" in s and "primary" in s for s in v):
                out[k] = graded_sources((Source.model_validate(_plain(s)) for s in v), index)
            else:
                out[k] = grade_sources_in(v, index)
        return out
    if isinstance(value, list):
        return [grade_sources_in(v, index) for v in value]
    return value


_GRADING_KEYS = ("publisher_class", "grade", "primary", "cited_publisher")


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
