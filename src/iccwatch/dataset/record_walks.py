"""Walks over a record: its fields, its sources, its source lists, its texts. Shared by the checker's passes
(no rule lives here), so no pass imports another for them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.walked import walked
from iccwatch.model.common import Source

if TYPE_CHECKING:
    from iccwatch.dataset.records import RecordSet

KINDS_WITH_SOURCES = ("states", "instruments", "situations", "persons", "warrants", "decisions", "events", "statements",
                      "positions", "requests", "measures", "responses")


def fields_of(obj: Any, at: str = "") -> Iterator[tuple[str, Any, str, Any]]:
    """(path, owner, field name, value) of every field of a record, nested models and list items included;
    a Source is a leaf (its own fields are not walked)."""
    if isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from fields_of(v, f"{at}[{i}]")
    elif hasattr(obj, "__pydantic_fields__") and not isinstance(obj, Source):
        for name in type(obj).__pydantic_fields__:
            v = getattr(obj, name)
            where = f"{at}.{name}" if at else name
            yield where, obj, name, v
            if isinstance(v, list) or hasattr(v, "__pydantic_fields__"):
                yield from fields_of(v, where)



def sources_of(obj: Any) -> tuple[tuple[str, Source], ...]:
    """(field path, source) of every source anywhere in a record."""
    return walked(_walk_sources, obj)


def _walk_sources(obj: Any) -> Iterator[tuple[str, Source]]:
    for where, _, _, v in fields_of(obj):
        if isinstance(v, Source):
            yield where, v
        elif isinstance(v, list):
            yield from ((f"{where}[{i}]", s) for i, s in enumerate(v) if isinstance(s, Source))



def each_source(r: Any) -> Iterator[tuple[str, str, str, Source]]:
    """(file, record key, field path, source) of every source of every record of a RecordSet, each source object
    once (a source shared by two fields of one record is yielded at the first)."""
    for kind in KINDS_WITH_SOURCES:
        for key, obj in r.of_kind(kind).items():
            found = record_sources(obj)
            if found:
                f = r.files[(kind, key)]
                for at, src in found:
                    yield f, key, at, src


def record_sources(obj: Any) -> tuple[tuple[str, Source], ...]:
    """(field path, source) of every source object of one record once, at its first field (``each_source``'s walk of
    one record, kept per record object)."""
    return walked(_each_source_once, obj)


def _each_source_once(obj: Any) -> Iterator[tuple[str, Source]]:
    """(field path, source) of every source object of a record once, at its first field (kept per record object:
    several of the checker's passes walk every source of every record)."""
    seen: set[int] = set()
    for at, src in sources_of(obj):
        if id(src) not in seen:
            seen.add(id(src))
            yield at, src


def walk_text(obj: Any, at: str = "", keys: bool = False) -> Iterator[tuple[str, str]]:
    """(field path, text) of every string in a parsed file (and of every key, with ``keys``)."""
    return iter(texts_of(obj, at, keys))


def texts_of(obj: Any, at: str = "", keys: bool = False) -> list[tuple[str, str]]:
    """``walk_text``'s pairs, in its order, as a list: made by one recursive function appending to one list, not by
    generators nested as deep as the file (each pair passed up through every level), which cost the loader's scan
    of a record's texts about half its time. The loader walks each file once and hands the list to every text rule."""
    out: list[tuple[str, str]] = []
    _texts_into(obj, at, keys, out)
    return out


def _texts_into(obj: Any, at: str, keys: bool, out: list[tuple[str, str]]) -> None:
    if isinstance(obj, str):
        out.append((at, obj))
    elif isinstance(obj, dict):
        for k, v in obj.items():
            key = f"{at}.{k}" if at else str(k)
            if keys and isinstance(k, str):
                out.append((key, k))
            _texts_into(v, key, keys, out)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            _texts_into(v, f"{at}[{i}]", keys, out)


def source_lists(obj: Any, at: str = "") -> Iterator[tuple[str, list[Any]]]:
    """(field path, list) of every ``sources`` list in a record model, nested facts included."""
    sources = getattr(obj, "sources", None)
    if isinstance(sources, list):
        yield (f"{at}.sources" if at else "sources"), sources
    for name in type(obj).model_fields if hasattr(type(obj), "model_fields") else ():
        if name == "sources":
            continue
        value = getattr(obj, name, None)
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            if hasattr(type(item), "model_fields"):
                path = f"{at}.{name}" if at else name
                yield from source_lists(item, f"{path}[{i}]" if isinstance(value, list) else path)


def per_record_problems(r: RecordSet, findings: Callable[[Any], Iterator[tuple[Any, ...]]]) -> Iterator[Problem]:
    """The problems ``findings`` finds in each record that has sources, each record walked once per record object
    (``walked``): ``findings`` yields (field path, message) or (field path, message, severity) and depends on the
    record alone."""
    for kind in KINDS_WITH_SOURCES:
        for key, obj in r.of_kind(kind).items():
            f = r.files[(kind, key)]
            for at, msg, *severity in walked(findings, obj):
                yield Problem(f, key, at, msg, severity=severity[0] if severity else "error")
