"""The ``iccwatch`` command line (Typer + Rich). Thin over the service layer.

Start-up is kept short: a command's module (and the record, the law, SQLAlchemy) is imported only when
that command runs, so ``iccwatch --help`` loads none of them (``benchmarks/bench_cli.py``).
"""

from __future__ import annotations

import importlib
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

HELP = (
    "iccwatch: a sourced, dated record of States' cooperation with the International Criminal Court, "
    "and answers drawn from it. Every read command takes --json; --on YYYY-MM-DD always means 'as at this "
    "date' (the default is today), and --until YYYY-MM-DD limits a list to what had happened by a date."
)

#: name → (module, attribute, one-line help). An attribute naming a Typer app is a command group; any
#: other names a function that registers commands on a Typer app. tests/test_cli.py checks that each
#: one-line help here is the first line of the command's own help.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "ask": ("iccwatch.cli.ask_commands", "app", "Ask the law engine: arrest obligations, a State's duties, a person's travel map."),
    "state": ("iccwatch.cli.query_commands", "register", "A State's relation to the Rome Statute on a date, with the dates, reasoning and sources."),
    "states": ("iccwatch.cli.query_commands", "register", "List States and their relation to the Statute on a date."),
    "person": ("iccwatch.cli.query_commands", "register", "A person's warrants or summonses, their status on a date, travels and the decisions about them."),
    "persons": ("iccwatch.cli.query_commands", "register", "List persons subject to warrants, summonses or applications, with their status (on a date)."),
    "situations": ("iccwatch.cli.query_commands", "register", "List situations and how each was triggered (Art. 13)."),
    "decisions": ("iccwatch.cli.query_commands", "register", "Decisions on States' failures to cooperate (Art. 87(7), earlier 'informing' decisions, appeals)."),
    "events": ("iccwatch.cli.query_commands", "register", "Visits of warrant subjects to States, and what the host State did."),
    "statements": ("iccwatch.cli.query_commands", "register", "Joint statements in support of the Court, with signatories and whether the list is complete."),
    "export": ("iccwatch.cli.query_commands", "register", "Export one kind of record as CSV or JSON."),
    "assess": ("iccwatch.cli.assess_commands", "assess_app", "Assess the compliance of every event and the enforcement gap after failures."),
    "index": ("iccwatch.cli.assess_commands", "index_app", "The due-diligence index: States Parties and other States ranked apart, with score, rank, ties, bands, rank interval, pillars, coverage (docs/index-method.md)."),
    "report": ("iccwatch.cli.report_commands", "app", "Reports in HTML or PDF, every fact footnoted with its source."),
    "monitor": ("iccwatch.cli.monitor_commands", "app", "The monitor: news and statements → candidate facts with evidence → review → records."),
    "data": ("iccwatch.cli.data_commands", "app", "Check the record in data/ and build the store from it."),
    "serve": ("iccwatch.cli.query_commands", "register_serve", "Serve the dashboard and the REST API (http://127.0.0.1:8000, API docs at /docs)."),
}


def load_command(name: str) -> Any:
    """The click command for ``name``, importing its module now."""
    module, attr, _ = COMMANDS[name]
    obj = getattr(importlib.import_module(module), attr)
    holder = typer.Typer(add_completion=False)
    if isinstance(obj, typer.Typer):
        holder.add_typer(obj, name=name)
    else:
        obj(holder)
    return typer.main.get_group(holder).get_command(None, name)  # type: ignore[arg-type]


class LazyGroup(TyperGroup):
    """The top-level group: lists commands from COMMANDS and imports one only when it runs."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        return load_command(cmd_name) if cmd_name in COMMANDS else None

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, help_) for name, (_, _, help_) in COMMANDS.items()])

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else ""
        if name and not name.startswith("-") and name not in COMMANDS:
            import difflib

            close = difflib.get_close_matches(name, list(COMMANDS), n=1)
            hint = f" Did you mean '{close[0]}'?" if close else ""
            ctx.fail(f"No such command '{name}'.{hint} See 'iccwatch --help'.")
        return super().resolve_command(ctx, args)


def _version(value: bool) -> None:
    if value:
        from iccwatch import __version__

        typer.echo(f"iccwatch {__version__}")
        raise typer.Exit()


app = typer.Typer(help=HELP, no_args_is_help=True, add_completion=False, cls=LazyGroup, rich_markup_mode=None)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.", callback=_version, is_eager=True)] = False,
) -> None:
    """iccwatch: a sourced, dated record of States' cooperation with the International Criminal Court."""


def main() -> None:
    app()
