"""Editing one record of a copied record folder in a test (parse, change, write back)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from iccwatch.dataset.yaml_io import dump_yaml, load_yaml


def edit_file(path: Path, change: Any) -> None:
    """Apply ``change`` (a function of the parsed mapping) to the record file ``path`` and write it back."""
    obj = load_yaml(path.read_text(encoding="utf-8"))
    change(obj)
    path.write_text(dump_yaml(obj), encoding="utf-8")


def edit_record(data: Path, rel: str, change: Any) -> None:
    """Apply ``change`` (a function of the parsed mapping) to ``data/rel`` and write it back."""
    edit_file(data / rel, change)
