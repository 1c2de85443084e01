"""Read-only mappings and lists for parsed data that one process shares between its readers.

The loader hands out one parsed object per unchanged lookup table text (``loader._TABLES``): every check of a
record whose table did not change gets the very object the check before it got. That is safe only while no reader
changes it, so the shared tables are frozen: a ``FrozenDict`` or ``FrozenList`` refuses every change in place with a
``TypeError`` naming what to do instead. They are ``dict`` and ``list`` subclasses, so every reader (``isinstance``,
``json``, pydantic) reads them as before; a copy (``dict(t)``, ``copy.deepcopy(t)``, a pickle's load) is plain and
may be changed.
"""

from __future__ import annotations

import copy
from collections.abc import Hashable
from typing import Any, NoReturn

_REFUSED = "a loaded lookup table is shared by every reader of the record: change a copy (copy.deepcopy) instead"


def _refuse(self: object, *args: Any, **kwargs: Any) -> NoReturn:
    raise TypeError(f"{type(self).__name__}: {_REFUSED}")


class FrozenDict(dict[Any, Any]):
    """A ``dict`` that refuses every change in place (see the module's docstring)."""

    __slots__ = ()

    __setitem__ = __delitem__ = __ior__ = clear = pop = popitem = setdefault = update = _refuse

    def __copy__(self) -> dict[Any, Any]:
        return dict(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[Any, Any]:
        return {copy.deepcopy(k, memo): copy.deepcopy(v, memo) for k, v in self.items()}

    def __reduce__(self) -> tuple[Any, ...]:  # pickled (and unpickled) as a plain dict
        return (dict, (dict(self),))


class FrozenList(list[Any]):
    """A ``list`` that refuses every change in place (see the module's docstring)."""

    __slots__ = ()

    __setitem__ = __delitem__ = __iadd__ = __imul__ = append = clear = extend = insert = pop = remove = reverse = sort = _refuse

    def __copy__(self) -> list[Any]:
        return list(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> list[Any]:
        return [copy.deepcopy(v, memo) for v in self]

    def __reduce__(self) -> tuple[Any, ...]:  # pickled (and unpickled) as a plain list
        return (list, (list(self),))


class LoadedTable(FrozenDict):
    """A frozen lookup table as the loader gives it, with ``key``: equal for equal tables (its file and text), so a cache of
    what is derived from the table (the publisher index, a rule's walk) is keyed by it instead of by the table's content."""

    __slots__ = ("key",)

    def __init__(self, items: dict[Any, Any], key: Hashable) -> None:
        super().__init__(items)
        self.key = key


def freeze(obj: Any) -> Any:
    """``obj`` with every mapping and list in it frozen (new objects; the scalars shared)."""
    if isinstance(obj, dict):
        return FrozenDict({k: freeze(v) for k, v in obj.items()})
    if isinstance(obj, list):
        return FrozenList([freeze(v) for v in obj])
    return obj


def frozen_table(raw: dict[Any, Any], key: Hashable) -> LoadedTable:
    """A lookup table read as ``raw`` frozen, with its cache ``key``."""
    return LoadedTable({k: freeze(v) for k, v in raw.items()}, key)


def table_key(table: Any) -> Hashable | None:
    """The cache key of a table the loader gave (``LoadedTable.key``); None for any other object (a table read from the
    store, or made by a caller), whose key is its content."""
    return table.key if type(table) is LoadedTable else None
