"""(Session 36) The terminal, the reports and the exports tried as users use them (docs/reports.md... see
docs/cli: "Users at the terminal and in print (session 36)"). Each test failed before its fix."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"


def _help(*args: str) -> str:
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1", "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-m", "iccwatch", *args, "--help"], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("command", [["events"], ["decisions"], ["statements"], ["assess", "events"], ["index"]])
def test_help_in_80_columns_cuts_nothing(command: list[str]) -> None:
    """A journalist in an 80-column terminal read `events --help` with the --db default cut to
    'var/iccwatch.sqlit…': the --year range in its own column ('<int range> [1998<=x<=2100]') and the
    --host-party/--host-not-party pair left the help column too narrow. Every line now fits, nothing cut,
    and the year's range is still said in words."""
    out = _help(*command)
    assert "…" not in out
    assert all(len(line) <= 80 for line in out.splitlines())
    assert "var/iccwatch.sqlite" in "".join(line.strip("│ ") for line in out.splitlines())
    if "--year" in out:
        assert "2100" in out
