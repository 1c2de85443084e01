"""Package exports imported on first use (PEP 562), so that importing a package costs nothing until a
name is asked for: ``iccwatch.model`` (pydantic) and ``iccwatch.service`` (numpy, SQLAlchemy) use it to
keep a one-question CLI run light (benchmarks/bench_cli.py)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, home: Mapping[str, str], namespace: dict[str, Any]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``home`` maps each exported name to the submodule that
    defines it; a name is imported on first use and then kept in ``namespace`` (the package's globals)."""

    def load(name: str) -> Any:
        module = home.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    return load
