"""(Session 44) A SIGTERM during a command ends it with status 143 and no traceback, even when it lands inside a C
extension's call that turns the SystemExit into an error of its own (pydantic-core building a model's validator: the
fresh-clone CI saw "SchemaError: … SystemExit: 143" printed as a traceback by round 24's U19). Run in a child process so
the signal handler and the signal stay there."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent('''
    import os, signal, sys
    import iccwatch.cli as cli
    import iccwatch.cli.fast as fast
    import iccwatch.cli.typer_app as typer_app

    fast.run_fast = lambda argv: False

    def app(args=None):
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            signal.pause()
        except SystemExit as exc:  # what pydantic-core does with an exception raised inside its call
            raise RuntimeError(f"SchemaError: SystemExit: {exc.code}") from None
        {after}

    typer_app.app = app
    cli.main(["data", "check"])
''')


def _run(after: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CHILD.replace("{after}", after)], capture_output=True, text=True, timeout=120)


def test_a_stop_turned_into_another_error_still_ends_with_143_and_no_traceback() -> None:
    r = _run("pass")
    assert r.returncode == 143, (r.returncode, r.stderr[-2000:])
    assert "Traceback" not in r.stdout + r.stderr and "RuntimeError" not in r.stderr


def test_an_error_with_no_stop_asked_is_still_raised() -> None:
    """Control: without a SIGTERM, an error is not hidden as a stop."""
    child = textwrap.dedent('''
        import iccwatch.cli as cli
        import iccwatch.cli.fast as fast
        import iccwatch.cli.typer_app as typer_app
        fast.run_fast = lambda argv: False
        def app(args=None):
            raise RuntimeError("a real fault")
        typer_app.app = app
        cli.main(["data", "check"])
    ''')
    r = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "a real fault" in r.stderr
