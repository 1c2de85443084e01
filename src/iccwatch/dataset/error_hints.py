"""What the writer of a record may have meant (tests/dataset/ROUND23.md).

Hints (``with_hints``, run by ``check_dataset`` on every problem found): an error that names a value the record does
not hold, where a record's field asks for an id or a State's code, says which id or code the writer may have meant:

* ``unknown person 'omar-hassan-ahmad-al-bashr' (no data/persons/...)`` ends ``did you mean
  'omar-hassan-ahmad-al-bashir' (Omar Hassan Ahmad Al-Bashir)?``: an id one letter off (a letter missing, added,
  changed, or two letters swapped; two for a long id), found only where one id of that kind is that near;
* ``'Omar Al-Bashir' is not a slug`` (a name, capitals, underscores for hyphens) names the id whose name, alias or own
  spelling it is, once case, accents and separators are set aside;
* ``'Chad' is not an ISO 3166-1 alpha-3 code`` (a State's name, its French or official name, its two-letter or
  numeric code, its demonym, the code in lower case) names the code, read from the States' records and the lookup
  tables ``state_names`` and ``demonyms`` (never a list in code).

A hint is given only where exactly one id or code fits; the error stays an error, with its file, record and field.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.model.near import near_id

_UNKNOWN = re.compile(r"^unknown (?:[a-z ]+) '([^'\n]{1,200})' \(no data/([a-z]+)/")


_NOT_SLUG = re.compile(r"^'([^'\n]{1,200})' is not a slug\b")


_NOT_ISO3 = re.compile(r"^'([^'\n]{1,200})' is not an ISO 3166-1 alpha-3 code\b")


#: The field (its last name, without an index) of an id that is no slug -> the kind of record it names.
_SLUG_FIELDS = {"person": "persons", "persons": "persons", "situation": "situations", "situations": "situations",
                "event": "events", "events": "events", "decision": "decisions", "decisions": "decisions", "appeal_of": "decisions"}


def _norm(text: str) -> str:
    """Case, accents and separators set aside: 'Omar Al-Bashir', 'omar_al_bashir' and 'OMAR-AL-BASHIR' are one."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^0-9a-z]+", "-", folded).strip("-")


def _names_of(kind: str, r: RecordSet) -> dict[str, set[str]]:
    """Each record's id, name and aliases (as ``_norm`` reads them) -> the ids they name."""
    out: dict[str, set[str]] = {}
    for key, rec in r.of_kind(kind).items():
        for text in (key, getattr(rec, "name", None), *(getattr(rec, "aliases", None) or ())):
            if isinstance(text, str) and _norm(text):
                out.setdefault(_norm(text), set()).add(key)
    return out


def _state_names(r: RecordSet) -> dict[str, set[str]]:
    """Every way the record writes a State (codes, names, demonyms) -> the codes it names."""
    out: dict[str, set[str]] = {}

    def add(text: Any, iso3: str) -> None:
        if isinstance(text, str) and _norm(text):
            out.setdefault(_norm(text), set()).add(iso3)

    for iso3, st in r.states.items():
        for text in (iso3, st.iso2, st.numeric, st.name, st.name_fr, st.official_name, st.official_name_fr, st.short_name):
            add(text, iso3)
    for table, key in (("state_names", "names"), ("demonyms", "demonyms")):
        entries = (r.lookups.get(table) or {}).get(key) or {}
        if isinstance(entries, Mapping):
            for iso3, names in entries.items():
                if iso3 in r.states and isinstance(names, (list, tuple)):
                    for name in names:
                        add(name, iso3)
    return out


class _Hinter:
    """Hints for one record, each table built once, when first asked."""

    def __init__(self, r: RecordSet):
        self.r = r
        self.tables: dict[str, dict[str, set[str]]] = {}

    def table(self, kind: str) -> dict[str, set[str]]:
        if kind not in self.tables:
            self.tables[kind] = _state_names(self.r) if kind == "states" else _names_of(kind, self.r)
        return self.tables[kind]

    def shown(self, kind: str, key: str) -> str:
        rec = self.r.of_kind(kind).get(key)
        name = getattr(rec, "name", None)
        return f"{key!r} ({name})" if isinstance(name, str) and name and _norm(name) != _norm(key) else repr(key)

    def named(self, kind: str, value: str) -> str | None:
        """The one id or code ``value`` writes another way (case, accents, separators, a name, an alias)."""
        hits = self.table(kind).get(_norm(value), set())
        return next(iter(hits)) if len(hits) == 1 else None

    def hint(self, kind: str, value: str) -> str | None:
        if kind not in ("states", "persons", "situations", "events", "decisions", "warrants", "instruments", "statements",
                        "measures", "responses", "positions", "requests"):
            return None
        key = self.named(kind, value)
        if key is None or key == value:
            key = near_id(_norm(value) if kind != "states" else value.upper(), self.r.of_kind(kind))
        return f"did you mean {self.shown(kind, key)}?" if key is not None and key != value else None


def _kind_of_field(field: str | None) -> str | None:
    last = re.sub(r"\[\d+\]", "", (field or "").rsplit(".", 1)[-1])
    return _SLUG_FIELDS.get(last)


def with_hints(records: RecordSet | None, problems: list[Problem]) -> list[Problem]:
    """``problems``, each error naming a value the record does not hold given the id or code it may have meant."""
    if records is None:
        return problems
    hinter = _Hinter(records)
    out = []
    for p in problems:
        hint = None
        if p.severity == "error" and "did you mean" not in p.message:
            if m := _UNKNOWN.match(p.message):
                hint = hinter.hint(m.group(2), m.group(1))
            elif m := _NOT_ISO3.match(p.message):
                hint = hinter.hint("states", m.group(1))
            elif (m := _NOT_SLUG.match(p.message)) and (kind := _kind_of_field(p.field)):
                hint = hinter.hint(kind, m.group(1))
        out.append(dataclasses.replace(p, message=f"{p.message}; {hint}") if hint else p)
    return out
