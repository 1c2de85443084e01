"""The fast path of the command line: a plain question read and run without importing Typer.

``iccwatch ask arrest|obligations|travel`` is what people ask most, one question a process, so its
start-up counts (issue 15, ``benchmarks/bench_cli.py``). Typer builds a validator for every option of
a command before running it, which costs more than the rest of a question's parsing; this module reads
the same options by hand and calls the same functions (:mod:`iccwatch.cli.ask_run`) as the Typer
commands do.

It takes only command lines it reads exactly as Click would: the options the command declares, each
given once (``--assume`` any number of times), as ``--name value`` or ``--name=value``, values that do
not start with ``-``, and every required option present. For anything else (``--help``, an unknown or
repeated option, a missing value, an extra argument) :func:`run_fast` returns False without doing
anything, and the Typer app reads the command line, so help texts and usage errors are Typer's own.
``iccwatch --version`` alone is answered here too.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: Per command: its options taking a value, its flags, its options given any number of times, and the
#: options it requires. Must match the Typer signatures in iccwatch.cli.ask_commands
#: (tests/test_cli.py checks it).
_COMMON = frozenset({"--on", "--assume", "--assume-file", "--db"})
SPECS: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]] = {
    "arrest": (_COMMON | {"--state", "--person", "--presence"}, frozenset({"--json"}), frozenset({"--assume"}), frozenset({"--state", "--person"})),
    "obligations": (_COMMON | {"--state"}, frozenset({"--json"}), frozenset({"--assume"}), frozenset({"--state"})),
    "travel": (_COMMON | {"--person"}, frozenset({"--json", "--csv"}), frozenset({"--assume"}), frozenset({"--person"})),
}


def parse(argv: list[str]) -> tuple[str, dict[str, object]] | None:
    """The command and its keyword arguments, or None where the Typer app must read the line."""
    if len(argv) < 2 or argv[0] != "ask" or argv[1] not in SPECS:
        return None
    valued, flags, repeatable, required = SPECS[argv[1]]
    given: dict[str, list[str]] = {}
    rest = argv[2:]
    i = 0
    while i < len(rest):
        arg = rest[i]
        name, eq, value = arg.partition("=")
        if name in flags and not eq:
            values = given.setdefault(name, [])
            values.append("")
            i += 1
        elif name in valued:
            if not eq:
                if i + 1 >= len(rest):
                    return None
                value = rest[i + 1]
                i += 1
            if not value or value.startswith("-"):
                return None
            given.setdefault(name, []).append(value)
            i += 1
        else:  # --help, an unknown option, an argument: Typer's business
            return None
    if any(len(v) > 1 and k not in repeatable for k, v in given.items()) or not required <= given.keys():
        return None
    if {"--json", "--csv"} <= given.keys():  # two formats: Typer's option callback says which to give
        return None
    kwargs: dict[str, object] = {}
    for name in valued | flags:
        key = name[2:].replace("-", "_")
        if name in flags:
            kwargs[key] = name in given
        elif name in repeatable:
            kwargs[key] = given.get(name) or None
        elif name in given:
            kwargs[key] = Path(given[name][0]) if name == "--assume-file" else given[name][0]
    return argv[1], kwargs


def run_fast(argv: list[str]) -> bool:
    """Run ``argv`` if it is a plain question (or ``--version``) and return True; else False, having done nothing."""
    if argv == ["--version"]:
        from iccwatch import __version__

        sys.stdout.write(f"iccwatch {__version__}\n")
        return True
    parsed = parse(argv)
    if parsed is None:
        return False
    command, kwargs = parsed
    from iccwatch.cli import ask_run

    try:
        getattr(ask_run, command)(**kwargs)
        sys.stdout.flush()
    except KeyboardInterrupt:  # as Click ends
        sys.stderr.write("\nAborted!\n")
        raise SystemExit(1) from None
    except BrokenPipeError:  # the reader went away (``| head``): end as Click does, without a traceback
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # what is still buffered goes nowhere
        raise SystemExit(1) from None
    return True
