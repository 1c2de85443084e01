"""The same output flags on every read command: a table for people, ``--json``, ``--csv``."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from iccwatch.service import rows_to_csv

console = Console()
err_console = Console(stderr=True, soft_wrap=True)


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def emit_csv(rows: list[dict[str, Any]]) -> None:
    sys.stdout.write(rows_to_csv(rows))


def emit_table(rows: list[dict[str, Any]], columns: Sequence[str], title: str | None = None) -> None:
    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c.replace("_", " "))
    for r in rows:
        table.add_row(*[_cell(r.get(c)) for c in columns])
    console.print(table)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, list):
        return ", ".join(map(str, v))
    return str(v)
