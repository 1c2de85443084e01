"""The validated shape of ``data/lookups/publishers.yaml`` (pydantic), applied by the record's loader and
checker. Reading the grades (``iccwatch.dataset.grading.PublisherIndex``) needs none of it.
"""

from __future__ import annotations

import re

from pydantic import ConfigDict, Field, field_validator, model_validator

from iccwatch.dataset.grading import PRIMARY_CLASSES, Grade, PublisherClass
from iccwatch.model import Source
from iccwatch.model.common import Strict


class Publisher(Strict):
    """One web domain and who publishes there."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, populate_by_name=True)

    domain: str
    name: str = Field(min_length=1)
    publisher_class: PublisherClass = Field(alias="class")
    grade: Grade
    reason: str = Field(min_length=3)
    #: For a publisher outside PRIMARY_CLASSES whose own records are nevertheless primary (e.g. the
    #: ISO 3166 maintenance agency for country codes); the reason says why.
    may_be_primary: bool = Field(default=False, strict=True)  # strict: "yes" or 1 is not a boolean
    #: A pointer to sources, never the source of a fact (an open encyclopaedia): the checker refuses it on
    #: a fact and warns where a record's own source list holds it; the reason says why.
    pointer_only: bool = Field(default=False, strict=True)

    @field_validator("domain")
    @classmethod
    def _no_www(cls, value: str) -> str:
        if not re.match(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$", value):
            raise ValueError(f"{value[:60]!r} is not a domain name (lower-case host only, e.g. icc-cpi.int: no scheme, path or port)")
        if re.match(r"^[0-9.]+$", value):
            raise ValueError(f"{value!r} is an IP address, not a domain name: a publisher is known by its domain")
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
