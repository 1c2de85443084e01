"""Options and error handling shared by the commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from iccwatch.cli.output import err_console
from iccwatch.dataset import RecordError
from iccwatch.facts import Facts, UnknownPerson, UnknownState
from iccwatch.service import open_facts, parse_day
from iccwatch.settings import Settings

OnOpt = Annotated[str | None, typer.Option("--on", help="Date of the question, YYYY-MM-DD (default: today).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")]
DbOpt = Annotated[str | None, typer.Option("--db", help="Store: SQLAlchemy URL or SQLite file (default: $ICCWATCH_DB or var/iccwatch.sqlite).")]
DataOpt = Annotated[str | None, typer.Option("--data", help="Record folder (default: $ICCWATCH_DATA or the bundled data/).")]


def fail(message: str, code: int = 2) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {message}")
    return typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn expected errors into a clear message and a non-zero exit, never a traceback."""
    try:
        yield
    except (UnknownState, UnknownPerson) as exc:
        raise fail(str(exc).strip("'\"")) from None
    except RecordError as exc:
        raise fail(str(exc)) from None
    except ValueError as exc:  # includes WeightsError and pydantic's ValidationError
        raise fail(str(exc)) from None


def day(on: str | None) -> dt.date:
    try:
        return parse_day(on)
    except ValueError as exc:
        raise fail(f"--on: {exc}") from None


def facts_for(db: str | None, data: str | None = None, quiet: Callable[[str], None] | None = None) -> Facts:
    settings = Settings.from_env(data_dir=data, db=db)
    return open_facts(settings, on_build=lambda m: err_console.print(f"[dim]{m}[/]"))
