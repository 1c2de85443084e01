"""The Typer options shared by the commands, and (from :mod:`iccwatch.cli.base`) their error handling.

Heavy modules (the record, the law, SQLAlchemy) are imported inside the functions that need them, so
that importing a command module, and ``iccwatch --help``, stay fast.
"""

from __future__ import annotations

from typing import Annotated

import typer

from iccwatch.cli.base import (
    MONTH_HINT,
    CliExit,
    day,
    did_you_mean,
    facts_for,
    fail,
    until,
    user_errors,
)

__all__ = [
    "not_blank", "MONTH_HINT", "CliExit", "CsvOpt", "DataOpt", "DbOpt", "JsonOpt", "OnOpt", "UntilOpt", "day", "did_you_mean",
    "facts_for", "fail", "until", "user_errors",
]

#: One meaning of --on everywhere: the question is asked as at this day.
OnOpt = Annotated[str | None, typer.Option("--on", help="As at this day, YYYY-MM-DD (default: today).")]
#: Lists of what happened take --until: only what had happened by this day.
UntilOpt = Annotated[str | None, typer.Option("--until", help="Only what had happened by this day, YYYY-MM-DD, or by the end of a month or a year, YYYY-MM or YYYY (default: everything). A record dated only to a year or a month that may end later is listed, marked.")]


def _one_format(ctx: typer.Context, param: typer.CallbackParam, value: bool) -> bool:
    """--json and --csv together are a usage error naming both (one answer has one format), whichever
    comes first on the command line."""
    if value:
        given = ctx.meta.setdefault("iccwatch.output_formats", [])
        given.append(param.opts[0])
        if len(given) > 1:
            raise typer.BadParameter(f"give {' or '.join(given)}, not both: an answer is printed in one format")
    return value


def not_blank(ctx: typer.Context, param: typer.CallbackParam, value: object) -> object:
    """A name, code or id typed as nothing ('' or spaces) is a usage error naming the option, not a
    filter left out or a search for everything."""
    values = value if isinstance(value, (list, tuple)) else [value]
    if values and all(isinstance(v, str) and not v.strip() for v in values):
        raise typer.BadParameter("the value is empty: give one (see --help)" + ("" if param.required or not param.opts[0].startswith("-")
                                                                               else ", or leave the option out"))
    return value


JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.", callback=_one_format)]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.", callback=_one_format)]
DbOpt = Annotated[str | None, typer.Option("--db", help="Store: SQLAlchemy URL or SQLite file (default: $ICCWATCH_DB or var/iccwatch.sqlite).")]
DataOpt = Annotated[str | None, typer.Option("--data", help="Record folder (default: $ICCWATCH_DATA or the bundled data/).")]
