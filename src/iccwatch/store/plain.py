"""The record's objects as plain Python, for a short read-only run that need not import pydantic.

One CLI question (``iccwatch ask arrest ...``) spends most of its start-up importing pydantic and
building the model classes (benchmarks/bench_cli.py), only to read objects the store's build has
already validated. :func:`plain` rebuilds such an object from the build's JSON dump as a
:class:`Plain` object instead: frozen, with the model's fields as attributes (every field is in the
dump), nested models rebuilt the same way, equal to another of its class with equal fields, and with
the two model methods the read side uses (``model_dump`` in JSON mode, ``model_copy`` with
``update``) and the model's own methods (:data:`METHODS`). Nothing is validated: it is only for what
the build wrote.

Which fields hold nested models is in :data:`SHAPES`, written out here so that reading needs no model
class; tests/test_store_read.py checks it against the model (:func:`derived_shapes`), and checks that
the law's answers are the same on plain objects as on the validated ones.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: A nested model's shape: its class name, a list of it, or a dict (string keys) of it.
Shape = str | tuple[str, str]

#: Per model class (by name): the fields holding nested models and their shapes. Fields not listed hold
#: what JSON gives as it is (strings, numbers, booleans, None, lists and dicts of them).
SHAPES: dict[str, dict[str, Shape]] = {
    "Meta": {"coverage": ("dict", "KindCoverage")},
    "KindCoverage": {},
    "Source": {},
    "Search": {},
    "State": {"since": "CameIntoBeing", "ended": "Ended", "sources": ("list", "Source"), "participation": ("list", "Participation"),
              "implementing_legislation": ("list", "LegislationStatus")},
    "CameIntoBeing": {"searched": ("list", "Search"), "sources": ("list", "Source")},
    "Ended": {"searched": ("list", "Search"), "sources": ("list", "Source")},
    "LegislationStatus": {"searched": ("list", "Search"), "sources": ("list", "Source")},
    "Participation": {"searched": ("list", "Search"), "sources": ("list", "Source")},
    "Instrument": {"searched": ("list", "Search"), "sources": ("list", "Source"), "art16_request": "Art16Request"},
    "Art16Request": {},
    "Situation": {"searched": ("list", "Search"), "sources": ("list", "Source"), "preliminary_examination": "PreliminaryExamination",
                  "authorisation": "Authorisation", "deferrals": ("list", "Art18Deferral")},
    "Art18Deferral": {"sources": ("list", "Source")},
    "PreliminaryExamination": {"sources": ("list", "Source")},
    "Authorisation": {"sources": ("list", "Source")},
    "Person": {"offices": ("list", "Office"), "sources": ("list", "Source")},
    "Office": {"searched": ("list", "Search"), "sources": ("list", "Source")},
    "Warrant": {"searched": ("list", "Search"), "sources": ("list", "Source"), "status_history": ("list", "StatusChange"),
                "admissibility_challenges": ("list", "AdmissibilityChallenge"), "custody": ("list", "Custody")},
    "StatusChange": {"searched": ("list", "Search"), "sources": ("list", "Source")},
    "AdmissibilityChallenge": {"searched": ("list", "Search"), "sources": ("list", "Source")},
    "Custody": {"searched": ("list", "Search"), "sources": ("list", "Source")},
    "Decision": {"searched": ("list", "Search"), "sources": ("list", "Source")},
    "Event": {"searched": ("list", "Search"), "sources": ("list", "Source"), "surrendered": "Handover",
              "consultation": "Consultation"},
    "Consultation": {"reply": "ConsultationReply"},
    "ConsultationReply": {},
    "Handover": {},
    "Statement": {"searched": ("list", "Search"), "sources": ("list", "Source")},
    "Position": {"searched": ("list", "Search"), "sources": ("list", "Source")},
    "Request": {"searched": ("list", "Search"), "sources": ("list", "Source")},
    "Measure": {"searched": ("list", "Search"), "sources": ("list", "Source")},
    "Response": {"searched": ("list", "Search"), "sources": ("list", "Source")},
}

_set = object.__setattr__


def _dump(value: Any, exclude_none: bool) -> Any:
    if isinstance(value, list):
        return [_dump(v, exclude_none) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v, exclude_none) for k, v in value.items()}
    if hasattr(value, "model_dump"):  # a Plain object, or a validated one put in by an update (an assumption)
        return value.model_dump(mode="json", exclude_none=exclude_none)
    return value


class Plain:
    """A record object read from the store without pydantic (see the module's docstring)."""

    __slots__ = ("__dict__",)

    def __setattr__(self, name: str, value: Any) -> None:
        raise TypeError(f"{type(self).__name__} is frozen")

    def __delattr__(self, name: str) -> None:
        raise TypeError(f"{type(self).__name__} is frozen")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:  # as a frozen pydantic model: fails on a field holding a list
        return hash(type(self)) + hash(tuple(self.__dict__.values()))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"

    def model_dump(self, *, mode: str = "json", exclude_none: bool = False, exclude_defaults: bool = False) -> dict[str, Any]:
        """The JSON dump the model would give (``mode="json"``), optionally without None values."""
        if mode != "json" or exclude_defaults:
            raise NotImplementedError("a plain record object dumps only in JSON mode, with its defaults")
        return {k: _dump(v, exclude_none) for k, v in self.__dict__.items() if not (exclude_none and v is None)}

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any:
        """A copy with some fields replaced (not validated, as the model's own ``model_copy``)."""
        if deep:
            raise NotImplementedError("a plain record object is copied shallowly")
        out = type(self).__new__(type(self))
        _set(out, "__dict__", {**self.__dict__, **(update or {})})
        return out


def _checked_through_of(self: Any, kind: str) -> str:
    """The date through which ``kind`` was checked (the overall date where the kind has none)."""
    c = self.coverage.get(kind)
    return c.checked_through if c else self.checked_through  # type: ignore[no-any-return]


def _about_decisions(self: Any) -> list[str]:
    return ([self.decision] if self.decision else []) + list(self.related_decisions)


def _handover_sources(self: Any) -> list[Any]:
    """The event's sources that state the handover's day (``model.event.Event.handover_sources``)."""
    if self.surrendered is None:
        return []
    urls = [str(s.url).rstrip("/") for s in self.sources]
    at = {r if isinstance(r, int) else urls.index(r.rstrip("/")) for r in self.surrendered.stated_by}
    return [s for i, s in enumerate(self.sources) if i in at]


#: The model's own methods, per class (tests/test_store_read.py checks each against the model's).
METHODS: dict[str, dict[str, Callable[..., Any]]] = {
    "Event": {"handover_sources": _handover_sources},
    "Meta": {"checked_through_of": _checked_through_of},
    "Response": {"about_decisions": _about_decisions},
}

#: One Plain subclass per model class, named as it.
CLASSES: dict[str, type[Plain]] = {
    name: type(name, (Plain,), {"__slots__": (), "__module__": __name__, **METHODS.get(name, {})}) for name in SHAPES
}

Convert = Callable[[Any], Any]


def _converter(shape: Shape) -> Convert:
    if isinstance(shape, str):
        return lambda v: None if v is None else plain(shape, v)
    how, name = shape
    if how == "list":
        return lambda v: None if v is None else [plain(name, x) for x in v]
    return lambda v: None if v is None else {k: plain(name, x) for k, x in v.items()}


_CONVERTS: dict[str, tuple[tuple[str, Convert], ...]] = {
    name: tuple((field, _converter(shape)) for field, shape in fields.items()) for name, fields in SHAPES.items()
}


def plain(name: str, data: dict[str, Any]) -> Any:
    """The plain object of model class ``name`` from the JSON dump of a validated one."""
    cls = CLASSES[name]
    values = dict(data)
    for field, convert in _CONVERTS[name]:
        if field in values:
            values[field] = convert(values[field])
    obj = cls.__new__(cls)
    _set(obj, "__dict__", values)
    return obj


def derived_shapes() -> dict[str, dict[str, Shape]]:
    """:data:`SHAPES` as the model classes give it (imports pydantic; for the tests), and None for a
    class with a field whose JSON is not the value itself (a date, a tuple, an enum)."""
    import types
    import typing

    from pydantic import BaseModel

    from iccwatch.dataset.records import KINDS
    from iccwatch.model import Meta

    out: dict[str, dict[str, Shape]] = {}
    scalars = (str, int, float, bool, type(None))

    def shape(annotation: Any) -> Shape | None:
        origin = typing.get_origin(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            visit(annotation)
            return annotation.__name__
        if annotation in scalars or annotation is Any:
            return None
        if origin is typing.Annotated:
            return shape(typing.get_args(annotation)[0])
        if origin is typing.Literal:
            if all(isinstance(a, scalars) for a in typing.get_args(annotation)):
                return None
            raise TypeError(annotation)
        if origin in (typing.Union, types.UnionType):
            args = typing.get_args(annotation)
            inner = [s for s in (shape(a) for a in args) if s is not None]
            if not inner:
                return None
            if len(inner) == 1 and len(args) == 2 and type(None) in args:  # a model, or a list or dict of one, or None
                return inner[0]
            raise TypeError(annotation)
        if origin in (list, dict):
            args = typing.get_args(annotation)
            if origin is dict and args[0] is not str:
                raise TypeError(annotation)
            item = shape(args[-1])
            if item is None:
                return None
            if not isinstance(item, str):
                raise TypeError(annotation)
            return (origin.__name__, item)
        raise TypeError(annotation)

    def visit(cls: type[BaseModel]) -> None:
        if cls.__name__ in out:
            return
        fields: dict[str, Shape] = {}
        out[cls.__name__] = fields
        for name, field in cls.model_fields.items():
            if field.alias not in (None, name):
                raise TypeError(f"{cls.__name__}.{name} has an alias")
            s = shape(field.annotation)
            if s is not None:
                fields[name] = s

    visit(Meta)
    for model, _ in KINDS.values():
        visit(model)
    return out
