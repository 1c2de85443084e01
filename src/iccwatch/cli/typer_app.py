"""The Typer app behind ``iccwatch``: the lazy top-level group, ``--version``, and each command's module
loaded only when that command runs (:data:`iccwatch.cli.COMMANDS`)."""

from __future__ import annotations

import importlib
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from iccwatch.cli import COMMANDS, HELP


def load_command(name: str) -> Any:
    """The click command for ``name``, importing its module now."""
    module, attr, _ = COMMANDS[name]
    obj = getattr(importlib.import_module(module), attr)
    holder = typer.Typer(add_completion=False)
    if isinstance(obj, typer.Typer):
        holder.add_typer(obj, name=name)
    else:
        obj(holder)
    command = typer.main.get_group(holder).get_command(None, name)  # type: ignore[arg-type]
    _one_line_paragraphs(command)
    _flags_without_type(command)
    return command


def _flags_without_type(command: Any) -> None:
    """A flag's help line without a type: Typer writes "--json <bool>", which reads as "--json true" (an
    error: a flag takes no value)."""
    for param in getattr(command, "params", []):
        if getattr(param, "is_flag", False):
            param.metavar = ""
    made = getattr(command, "get_help_option", None)
    if made is not None:  # --help is made for each run, not one of the params

        def help_option(ctx: Any, made: Any = made) -> Any:
            option = made(ctx)
            if option is not None:
                option.metavar = ""
            return option

        command.get_help_option = help_option
    for sub in getattr(command, "commands", {}).values():
        _flags_without_type(sub)


def _one_line_paragraphs(command: Any) -> None:
    """A help text's paragraphs as one line each, for the help to wrap at the terminal's width: a docstring
    broken to fit the source would otherwise break its lines there too ("and the" / "sensitivity ...")."""
    import re

    if getattr(command, "help", None):
        command.help = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)", " ", command.help.strip())
    for sub in getattr(command, "commands", {}).values():
        _one_line_paragraphs(sub)


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


