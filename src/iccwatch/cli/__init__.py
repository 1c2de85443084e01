"""The ``iccwatch`` command line (Typer + Rich). Thin over the service layer.

Start-up is kept short (``benchmarks/bench_cli.py``): a command's module (and the record, the law,
SQLAlchemy) is imported only when that command runs, so ``iccwatch --help`` loads none of them; and a
plain question (``iccwatch ask arrest|obligations|travel`` with its usual options) is read by
:mod:`iccwatch.cli.fast` and run without importing Typer at all. Anything else, including every
``--help`` and every malformed command line, goes to the Typer app (:mod:`iccwatch.cli.typer_app`),
so help texts and usage errors are Typer's own. A plain question does not import pydantic (the store's
objects are read as plain Python), and ``ask arrest`` imports Rich only to print to a terminal.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from iccwatch.cli.typer_app import LazyGroup, app, load_command

__all__ = ["COMMANDS", "HELP", "LazyGroup", "app", "load_command", "main"]

HELP = (
    "iccwatch: a sourced, dated record of States' cooperation with the International Criminal Court, "
    "and answers drawn from it. Every read command takes --json; --on YYYY-MM-DD always means 'as at this "
    "date' (the default is today; for person and persons, the day the record was checked through), and --until YYYY-MM-DD (or YYYY-MM, YYYY: to the end of that month or year) limits a list to what had happened by then."
)

#: name → (module, attribute, one-line help). An attribute naming a Typer app is a command group; any
#: other names a function that registers commands on a Typer app. tests/test_cli.py checks that each
#: one-line help here is the first line of the command's own help.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "ask": ("iccwatch.cli.ask_commands", "app", "Ask the law engine: arrest obligations, a State's duties, a person's travel map."),
    "state": ("iccwatch.cli.query_commands", "register", "A State's relation to the Rome Statute on a date, with the dates, reasoning and sources."),
    "states": ("iccwatch.cli.query_commands", "register", "List States and their relation to the Statute on a date."),
    "person": ("iccwatch.cli.query_commands", "register", "A person's warrants or summonses, their status on a date, who held them, travels and the decisions about them."),
    "persons": ("iccwatch.cli.query_commands", "register", "List persons subject to warrants, summonses or applications, with their status (on a date)."),
    "situations": ("iccwatch.cli.query_commands", "register", "List situations and how each was triggered (Art. 13)."),
    "decisions": ("iccwatch.cli.query_commands", "register", "The Court's decisions: findings on States' failures to cooperate (Art. 87(7)) and rulings in the cases, each with what it ruled."),
    "events": ("iccwatch.cli.query_commands", "register", "Visits of warrant subjects to States, and what the host State did."),
    "statements": ("iccwatch.cli.query_commands", "register", "Joint statements about the Court (in support or against), with signatories and whether the list is complete."),
    "search": ("iccwatch.cli.query_commands", "register", "Search the record's names, titles and notes (every word, as a prefix), as the dashboard's search box."),
    "export": ("iccwatch.cli.query_commands", "register", "Export one kind of record as CSV or JSON."),
    "assess": ("iccwatch.cli.assess_commands", "assess_app", "Assess the compliance of every event and the enforcement gap after failures."),
    "index": ("iccwatch.cli.assess_commands", "index_app", "The due-diligence index: States Parties and other States ranked apart, with score, rank, ties, bands, rank interval, pillars, coverage (docs/index-method.md)."),
    "report": ("iccwatch.cli.report_commands", "app", "Reports in HTML or PDF, every fact footnoted with its source."),
    "monitor": ("iccwatch.cli.monitor_commands", "app", "The monitor: news and statements → candidate facts with evidence → review → records."),
    "data": ("iccwatch.cli.data_commands", "app", "Check the record in data/ and build the store from it."),
    "serve": ("iccwatch.cli.query_commands", "register_serve", "Serve the dashboard and the REST API (http://127.0.0.1:8000, API docs at /docs)."),
}


def main(argv: list[str] | None = None) -> None:
    """The ``iccwatch`` console script."""
    from iccwatch.cli.fast import run_fast
    from iccwatch.settings import SettingsError

    _stop_cleanly_on_sigterm()
    try:
        if run_fast(sys.argv[1:] if argv is None else argv):
            return
        from iccwatch.cli.typer_app import app

        app(args=argv)
    except SettingsError as exc:  # round eighteen: a setting that cannot be used is said, never a traceback
        from iccwatch.cli.base import fail

        raise fail(str(exc), 2) from None
    except Exception:
        # session 44: a SIGTERM that lands inside a C extension's call (pydantic-core building a model's validator) is
        # turned by it into an error of its own ("SchemaError: … SystemExit: 143"), printed as a traceback; the stop was
        # asked and every ``finally`` has run on the way out: end as the stop does, with its status and no traceback
        if _STOPPED:
            raise SystemExit(_STOPPED[0]) from None
        raise


#: The exit status of a SIGTERM received (``_stop_cleanly_on_sigterm``), once one has been.
_STOPPED: list[int] = []


def _stop_cleanly_on_sigterm() -> None:
    """A SIGTERM (a cron job's timeout, ``kill``, a service manager stopping the machine) ends a command as Ctrl-C
    does: the running code is left by an exception, so every ``finally`` runs: a temporary file is removed, a
    transaction rolled back, a lock let go (round 24, session 41: a build stopped so left its whole temporary store
    beside the store until the next build). Exit status 143 (128 + 15), as the default action gives; a second SIGTERM
    during that clean-up ends the process at once. ``serve`` replaces this with uvicorn's own graceful shutdown."""
    import signal

    def stop(signum: int, frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        _STOPPED.append(128 + signum)
        raise SystemExit(128 + signum)

    try:
        signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread (main() called from a thread): the default action stays
        pass


def __getattr__(name: str) -> Any:
    """``app``, ``load_command`` and ``LazyGroup`` from the Typer side, imported on first use."""
    if name in ("app", "load_command", "LazyGroup"):
        from iccwatch.cli import typer_app

        return getattr(typer_app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
