"""Shared building blocks of the record: sources, partial dates, and the base of every sourced fact."""

from __future__ import annotations

import re
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

# Re-exported: they live in the pure iccwatch.model.dates.
from iccwatch.model.dates import DateSpan as DateSpan
from iccwatch.model.dates import is_exact as is_exact
from iccwatch.model.dates import parse_partial_date as parse_partial_date

_ISO3 = re.compile(r"^[A-Z]{3}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _check_iso3(value: str) -> str:
    if not _ISO3.match(value):
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-3 code (three capital letters)")
    return value


def _check_slug(value: str) -> str:
    if not _SLUG.match(value):
        raise ValueError(f"{value!r} is not a slug (lower-case letters, digits and single hyphens)")
    return value


_HOST = re.compile(r"^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.?$")  # (a final dot: a fully qualified name)


def check_url(value: str) -> str:
    """An address a reader can open: http(s), no whitespace, a host."""
    if not re.match(r"^https?://", value):
        raise ValueError(f"{value[:60]!r} is not an http:// or https:// address")
    if re.search(r"\s", value):
        raise ValueError(f"{value[:60]!r} contains whitespace: write a space as %20")
    parts = urlsplit(value)
    if not parts.hostname:
        raise ValueError(f"{value!r} names no host (write https://host/path)")
    if ":" not in parts.hostname and not _HOST.match(parts.hostname):  # (an IPv6 address is refused as an address)
        raise ValueError(f"{value[:60]!r}: {parts.hostname!r} is not a host name (letters, digits and hyphens between single dots)")
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number from 0 to 65535
    except ValueError:
        raise ValueError(f"{value[:60]!r} names a port that is not a number from 0 to 65535") from None
    return value


Url = Annotated[str, AfterValidator(check_url)]


def _check_partial_date(value: str) -> str:
    parse_partial_date(value)
    return value


Iso3 = Annotated[str, AfterValidator(_check_iso3)]
Slug = Annotated[str, AfterValidator(_check_slug)]
PartialDate = Annotated[str, AfterValidator(_check_partial_date)]
Confidence = Literal["high", "medium", "low"]


class Strict(BaseModel):
    """Base of every record type: unknown fields are errors, never absorbed."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)


class Source(Strict):
    """Where a fact comes from. ``kind`` separates primary records (the Court, the UN, a government)
    from secondary reports (news, NGOs, encyclopaedias)."""

    url: Url
    title: str | None = None
    publisher: str | None = None
    date: PartialDate | None = None
    kind: Literal["primary", "secondary"]
    #: Where in a long document the fact is stated: page, paragraph, section or the document's number.
    pinpoint: str | None = None
    #: For a copy of a document on a third-party host: what it is a copy of (the original's title or URL).
    copy_of: str | None = None
    #: (round 40) How many pages the document cited has, where it has them (a PDF's or a printed report's count), or 0
    #: for a document without pages (a web page, a post, a dataset): a page pinpoint is read against it.
    pages: int | None = Field(default=None, ge=0, strict=True)
    note: str | None = None


_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")  # ASCII digits, nothing after (round 35)


def _check_day(value: str) -> str:
    if not _DAY.match(value):
        raise ValueError(f"{value!r} is not a day written YYYY-MM-DD")
    parse_partial_date(value)  # a real day (no 2026-02-30)
    return value


#: One day, written YYYY-MM-DD in full (a search is made on a day).
Day = Annotated[str, AfterValidator(_check_day)]

#: The longest ``primary_gap`` statement the checker takes without a warning: one or two sentences saying what
#: primary is missing and why; what was searched goes in ``searched``.
PRIMARY_GAP_MAX_CHARS = 300


class Search(Strict):
    """One search for a missing primary source: the day it was made, the route it took (an id of
    ``data/lookups/search_routes.yaml``, where each route is described once) and what was looked at and found."""

    on: Day
    route: Slug
    detail: str = Field(min_length=1)


class Sourced(Strict):
    """A fact with its sources and, where doubtful, a confidence and a note.

    ``disputed`` marks a fact whose truth the sources leave open; answers that depend on it say so.
    """

    sources: list[Source] = Field(min_length=1)
    confidence: Confidence = "high"
    disputed: bool = False
    #: Why no primary source is cited for this fact (searched for and not found, or not public); the
    #: gap is counted by ``iccwatch data sources`` rather than hidden.
    primary_gap: str | None = None
    #: The searches for that primary, in the order they were made (a dated log; routes named by id).
    searched: list[Search] | None = None
    note: str | None = None
