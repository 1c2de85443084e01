"""What the commands share that needs neither Typer nor Rich to be imported: errors, dates, the record.

The fast path of the hot questions (:mod:`iccwatch.cli.fast`) runs on these alone; the Typer options
built on them are in :mod:`iccwatch.cli.common`. Heavy modules (the record, the law, SQLAlchemy) are
imported inside the functions that need them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iccwatch.cli.output import err_console

if TYPE_CHECKING:
    from iccwatch.facts import Facts

#: The one hint about month-only dates, wherever a day is asked for (the text of
#: ``iccwatch.service.inputs.MONTH_HINT``, which gives it; kept here for the fast path's imports).
MONTH_HINT = ("a question is asked on one day: give YYYY-MM-DD (the record keeps month-only dates as "
              "'YYYY-MM' and answers for every day of that month)")

#: The facts the last command read (``did_you_mean`` suggests from them): only the last, so that a process running
#: many commands (a test suite, in process) does not keep every record it read.
_loaded: list[Facts] = []


class CliExit(SystemExit):
    """Ends the command with an exit code (what ``typer.Exit`` does, without importing Typer): under
    Typer it passes through Click as it is, and ``CliRunner`` reads its code as the exit code."""

    @property
    def exit_code(self) -> int:
        return int(self.code or 0)


def fail(message: str, code: int = 2) -> CliExit:
    from rich.text import Text

    from iccwatch.errors import shorten_quoted

    # The message is text, never markup: what a person typed ('[/]', '[red]') is printed as typed.
    err_console.print(Text.assemble(("error:", "bold red"), " ", shorten_quoted(message)), highlight=False)
    return CliExit(code)


def did_you_mean(query: str) -> str:
    """' Did you mean …?' for a misspelled person, from the names and aliases of the record loaded."""
    if not _loaded:
        return ""
    from iccwatch.service.persons import did_you_mean as suggest

    return suggest(_loaded[-1], query)


@contextmanager
def user_errors(**options: object) -> Iterator[None]:
    """Turn expected errors into a clear message and a non-zero exit, never a traceback. ``options``: the
    values given to the command's options by name (``state="ZZZ"``), for a command run without Click (the fast
    path of ``ask``): an unknown State or person is said with the option given it, as under Click."""
    from iccwatch.dataset import RecordError
    from iccwatch.errors import FieldError, TypedError, exit_code
    from iccwatch.facts import UnknownPerson, UnknownState, UnknownStatement

    # The exit code by the error's kind (iccwatch.errors.EXIT_CODE, the one mapping); the message by its type.
    try:
        yield
    except FieldError as exc:  # a bad value in a named option: say which
        option = f"--{(exc.field or '').replace('_', '-')}"
        message = str(exc)
        raise fail(message if message.startswith(option) else f"{option}: {message}", exit_code(exc)) from None
    except UnknownPerson as exc:
        message = _unquote(str(exc))
        hint = did_you_mean(_query_of(exc) or "") if message.startswith("no person") else ""
        raise fail(_named(message, _query_of(exc), options) + hint, exit_code(exc)) from None
    except UnknownState as exc:
        raise fail(_named(_unquote(str(exc)), _query_of(exc), options), exit_code(exc)) from None
    except UnknownStatement as exc:
        raise fail(f"{exc}; `iccwatch statements` lists the ids (first column)", exit_code(exc)) from None
    except TypedError as exc:  # WeightsError, QuestionError, AssumptionError, ReviewError, DocumentError, ...
        raise fail(str(exc), exit_code(exc)) from None
    except RecordError as exc:
        raise fail(str(exc)) from None
    except ValueError as exc:  # pydantic's ValidationError
        raise fail(str(exc)) from None


def _named(message: str, value: str | None, options: dict[str, object] | None = None) -> str:
    """The message led by the option that was given ``value`` ("--state: unknown state 'ZZZ' ..."), as a bad value of a
    named option is said (FieldError); unchanged where no option of the command holds it (a positional argument, the
    only one of its command, or a value read from an assumption)."""
    if not value:
        return message
    for name, given in (options or {}).items():
        if given == value:
            option = f"--{name.replace('_', '-')}"
            return message if message.startswith(option) else f"{option}: {message}"
    ctx = _click_context()
    if ctx is None:
        return message
    for param in ctx.command.params:
        given = ctx.params.get(param.name or "")
        if getattr(param, "param_type_name", "") == "option" and (given == value or isinstance(given, (list, tuple)) and value in given):
            option = max(param.opts, key=len)
            return message if message.startswith(option) else f"{option}: {message}"
    return message


def _click_context() -> Any:
    """The running command's Click context, or None (a function called outside a command). Typer 0.2x runs its
    commands under its own copy of Click (``typer._click``), older ones under Click itself: both are looked in."""
    import importlib

    for name in ("typer._click.globals", "click.globals"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        ctx = module.get_current_context(silent=True)
        if ctx is not None:
            return ctx
    return None


def _unquote(text: str) -> str:
    """A LookupError's message, without the quotes a KeyError puts around it."""
    return text[1:-1] if len(text) > 1 and text[0] == text[-1] and text[0] in "'\"" else text


def _query_of(exc: Exception) -> str | None:
    """The name asked for, quoted in the error's message ("unknown person 'X' ...")."""
    text = _unquote(str(exc))
    start = text.find("'")
    end = text.find("'", start + 1)
    return text[start + 1:end] if 0 <= start < end else None


def check_output(path: Path | None, option: str = "--output") -> None:
    """Refuse, before any work, an output path that is a folder, one under a file (a missing folder is made
    when the file is written), one that is there and is no regular file (a device, a named pipe, a socket:
    an output is written beside it and renamed into place, which would put a file where the device was),
    and one inside the record's folder (every file there is read as part of the record, and the check
    refuses one that is no record, so the next build would fail)."""
    if path is None:
        return
    try:
        _check_output(path, option)
    except OSError as exc:  # a name too long for the file system, a folder that cannot be read: said, never a traceback
        raise fail(f"{option}: cannot write {path}: {exc.strerror or exc}") from None


def _check_output(path: Path, option: str) -> None:
    if path.is_dir():
        raise fail(f"{option}: {path} is a folder: give a file name")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise fail(f"{option}: cannot write {path}: {parent} is a file, not a folder")
            break
    if path.exists() and not path.is_file():
        raise fail(f"{option}: {path} is not a regular file (a device, a named pipe or a socket): the output is written "
                   "whole to a file and renamed into place, which would replace it; give a file's name")
    record = _record_folder()
    if record is not None and _within(path, record):
        raise fail(f"{option}: {path} is inside the record's folder {record}: every file there is read as part of "
                   "the record, and the check refuses a file that is no record; write it elsewhere")


def _record_folder() -> Path | None:
    """The record's folder the commands read (ICCWATCH_DATA, or the default), or None where it cannot be told."""
    import os

    from iccwatch.settings import default_data_dir

    try:
        return Path(os.environ.get("ICCWATCH_DATA") or default_data_dir()).resolve()
    except (RuntimeError, OSError):  # a symbolic link loop: the commands that read the record say so
        return None


def _within(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder)
    except (ValueError, RuntimeError, OSError):
        return False
    return True


def output_format(fmt: str | None, output: Path | None, suffixes: dict[str, str], default: str,
                  option: str = "--output") -> str:
    """The format to write: ``--format`` (any case), else the one the output file's extension names
    (``suffixes``: extension -> format), else ``default``. A format not in ``suffixes``, an extension that
    names another format than --format, and, without --format, an extension that names none (an HTML
    file named .docx does not open as one) are errors naming the option and what is accepted."""
    formats = list(dict.fromkeys(suffixes.values()))
    if fmt is not None:
        fmt = fmt.strip().lower()
        if fmt not in formats:
            raise fail(f"--format: {fmt!r} is not a format this command writes; give {' or '.join(formats)}")
    suffix = output.suffix.lower() if output is not None else ""
    named = suffixes.get(suffix)
    if fmt is not None and named is not None and named != fmt:
        raise fail(f"--format {fmt} but {option} {output} ends in {output.suffix if output else ''}: give one or make them agree")
    if fmt is None and suffix and named is None:
        raise fail(f"{option}: {output} ends in {output.suffix if output else ''}, which names no format this command writes; "
                   f"end it in {' or '.join([', '.join(list(suffixes)[:-1]), list(suffixes)[-1]] if len(suffixes) > 1 else list(suffixes))}, or give --format {' or '.join(formats)}")
    return fmt or named or default


#: The largest text file an option reads (as a record file's limit): a file larger is no list a person wrote.
MAX_INPUT_BYTES = 1_000_000

_BOMS = {b"\xff\xfe\x00\x00": "UTF-32", b"\x00\x00\xfe\xff": "UTF-32", b"\xff\xfe": "UTF-16", b"\xfe\xff": "UTF-16"}


def read_input_text(path: Path, option: str) -> str:
    """The text of a file given to an option, as UTF-8 (a UTF-8 byte-order mark, as some editors write, is read
    past), or a clear error naming the option and the file: one missing, a folder, a named pipe or a device
    (reading one would wait forever or never end), one over MAX_INPUT_BYTES, one in another encoding (UTF-16
    or UTF-32 by its byte-order mark; other bytes by their line), one holding a NUL byte (no text)."""
    import os
    import stat

    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise fail(f"{option}: {path} is a folder: give a file")
        if not stat.S_ISREG(st.st_mode):
            raise fail(f"{option}: {path} is not a regular file (a named pipe, a device or a socket): give a file")
        if st.st_size > MAX_INPUT_BYTES:
            raise fail(f"{option}: {path} is {st.st_size:,} bytes, over the limit of {MAX_INPUT_BYTES:,} for a file read by an option")
        with open(path, "rb") as fh:
            data = fh.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise fail(f"{option}: {path} does not exist") from None
    except OSError as exc:
        raise fail(f"{option}: cannot read {path}: {exc.strerror or exc}") from None
    for bom, name in _BOMS.items():
        if data.startswith(bom):
            raise fail(f"{option}: {path} is {name} text (its byte-order mark says so): save it as UTF-8")
    data = data.removeprefix(b"\xef\xbb\xbf")
    if b"\0" in data:
        line = data[: data.index(b"\0")].count(b"\n") + 1
        raise fail(f"{option}: {path}: line {line} holds a NUL byte: not a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise fail(f"{option}: {path}: not UTF-8 text at line {line} (byte {data[exc.start]:#04x}): save the file as UTF-8") from None


@contextmanager
def output_errors(path: Path, option: str = "--output") -> Iterator[None]:
    """A file that cannot be written (no permission, no space, a read-only place) is a clear error naming
    the option and the path, never a traceback."""
    try:
        yield
    except OSError as exc:
        raise fail(f"{option}: cannot write {path}: {exc.strerror or exc}") from None


def write_output(path: Path, text: str, option: str = "--output") -> None:
    """Write ``text`` to ``path`` whole or not at all: a temporary file beside it, renamed into place,
    so a failed write leaves what was there before."""
    from iccwatch.atomic import replacing

    check_output(path, option)
    with output_errors(path, option), replacing(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def day(on: str | None, option: str = "--on") -> dt.date:
    from iccwatch.service import parse_day

    try:
        return parse_day(on)
    except ValueError as exc:  # the message of a month-only date carries MONTH_HINT (service.inputs)
        raise fail(f"{option}: {exc}") from None


def until(value: str | None) -> dt.date | None:
    """The end of a list: a day, or a month or a year read as its last day ("" is a mistake, not "everything")."""
    if value is None:
        return None
    from iccwatch.service import parse_until

    try:
        return parse_until(value)
    except ValueError as exc:
        raise fail(f"--until: {exc}") from None


def facts_for(db: str | None, data: str | None = None, quiet: Callable[[str], None] | None = None,
              plain: bool = False) -> Facts:
    """The record, read from the store once per process.

    ``plain=True`` reads the store's objects as plain Python rather than pydantic models (the law's
    questions, which only read them: tests/test_store_read.py checks their answers are the same), so
    that one question does not import pydantic (benchmarks/bench_cli.py).
    """
    from iccwatch.service.loading import open_facts
    from iccwatch.settings import Settings

    settings = Settings.from_env(data_dir=data, db=db)
    with user_errors():  # an unreadable or foreign store: a clear error naming --db, whichever command asked
        facts = open_facts(settings, on_build=lambda m: err_console.print(m, style="dim", markup=False, highlight=False), plain=plain)
    _loaded[:] = [facts]
    return facts
