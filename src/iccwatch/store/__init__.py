"""The store: schema, atomic build, and reading the record back.

Names are resolved on first use, so that reading a built SQLite store (``read_records``) does not
import SQLAlchemy: a one-question CLI run starts faster (benchmarks/bench_cli.py).
"""

from __future__ import annotations

from typing import Any

__all__ = ["StoreMissing", "build_store", "read_build_info", "read_records"]


def __getattr__(name: str) -> Any:
    if name in ("build_store", "read_build_info"):
        from iccwatch.store import build

        return getattr(build, name)
    if name in ("StoreMissing", "read_records"):
        from iccwatch.store import read

        return getattr(read, name)
    raise AttributeError(f"module 'iccwatch.store' has no attribute {name!r}")
