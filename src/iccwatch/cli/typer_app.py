"""The Typer app behind ``iccwatch``: the lazy top-level group, ``--version``, and each command's module
loaded only when that command runs (:data:`iccwatch.cli.COMMANDS`)."""

from __future__ import annotations

import importlib
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from iccwatch.cli import COMMANDS, HELP

#: The click command made for each name, once per process: a command holds no state of a run (Click keeps that in
#: the run's context), and making one from its Typer functions cost 1-9 ms of CPU at every run in one process (a test
#: suite running the CLI in process hundreds of times).
_MADE: dict[str, Any] = {}


def load_command(name: str) -> Any:
    """The click command for ``name``, importing its module now (made once per process)."""
    command = _MADE.get(name)
    if command is None:
        command = _MADE[name] = _make_command(name)
    return command


def _make_command(name: str) -> Any:
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
    _options_once(command)
    return command


def _options_once(command: Any) -> None:
    """An option that takes one value given twice (``--on 2010-07-21 --on 2001-01-01``) is a usage error naming
    it: Click keeps the last and drops the rest without a word, so the answer would be for a value the user may
    not have meant (round fourteen). Options declared repeatable (``--assume``, ``--kind``) and counters are left
    alone. Each command checks its own arguments (a group's are read by the command it names)."""
    for sub in getattr(command, "commands", {}).values():
        _options_once(sub)
    if hasattr(command, "commands"):  # a group (Typer carries its own copy of Click: its classes are not click's)
        return
    parse_args = command.parse_args

    def checked(ctx: Any, args: list[str], parse_args: Any = parse_args) -> Any:
        by_name: dict[str, Any] = {}
        for param in command.get_params(ctx):
            if getattr(param, "param_type_name", "") == "option":
                for opt in (*param.opts, *param.secondary_opts):
                    by_name[opt] = param
        seen: dict[str, list[str]] = {}
        i = 0
        while i < len(args):
            token = args[i]
            if token == "--":
                break
            name, has_value = (token.split("=", 1)[0], True) if token.startswith("--") and "=" in token else (token, False)
            param = by_name.get(name)
            if param is not None:
                seen.setdefault(param.name or name, []).append(name)
                if not param.is_flag and not param.count and not has_value:
                    i += 1  # its value, which may itself start with a hyphen
            i += 1
        for pname, names in seen.items():
            param = next(p for p in set(by_name.values()) if p.name == pname)
            if len(names) > 1 and not param.multiple and not param.count and not param.is_flag:
                ctx.fail(f"{names[0]} is given {len(names)} times: it takes one value; give it once")
        return parse_args(ctx, args)

    command.parse_args = checked


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


