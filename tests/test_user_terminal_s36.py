"""(Session 36) The terminal, the reports and the exports tried as users use them (docs/reports.md... see
docs/cli: "Users at the terminal and in print (session 36)"). Each test failed before its fix."""

from __future__ import annotations

import json
import os
import re
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


def _lead(sources: list[dict]) -> list[dict]:
    """A record's primary sources, or its first where it has none (as the lists say)."""
    return [s for s in sources if s.get("primary") or s.get("kind") == "primary"] or sources[:1]


@pytest.mark.parametrize("args", [["events", "--year", "2024"], ["decisions", "--kind", "non_compliance"]])
def test_a_list_in_the_terminal_can_be_cited(cli, args: list[str]) -> None:  # noqa: ANN001
    """A journalist listing trips, or a researcher the findings of non-compliance, got dates, States and
    rulings in the terminal but no source to cite (only --json had them). Each row now carries the numbers of
    its primary sources (or its first), with '+n' where it has n others, and the numbered list after
    gives each source's publisher and grade, its URL whole on a line of its own."""
    code, out, err = cli(*args, "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert rows and all(r["sources"] for r in rows)
    code, text, err = cli(*args)
    assert code == 0, err
    lines = [line.strip() for line in text.splitlines()]
    for r in rows:
        for s in _lead(r["sources"]):
            assert s["url"] in lines, s["url"]
    leads = {s["url"] for r in rows for s in _lead(r["sources"])}
    others = {s["url"] for r in rows for s in r["sources"]} - leads
    assert not others & set(lines)  # contrast: the rest are counted, not listed
    more = sum(len({s["url"] for s in r["sources"]} - {s["url"] for s in _lead(r["sources"])}) > 0 for r in rows)
    assert sum(bool(re.search(r"\] \+\d+$", line)) for line in lines) == more
    assert "sources" in text


def test_a_persons_trips_in_the_terminal_can_be_cited(cli, facts) -> None:  # noqa: ANN001
    """A journalist asking about a person's trips (`person NAME`) got the trips' dates, States and actions but
    no source to cite for any trip or decision, only for the warrants. Each trip and decision now carries the
    numbers of its lead sources in the one numbered list at the end."""
    counts: dict[str, int] = {}
    for e in facts.records.events.values():
        counts[e.person] = counts.get(e.person, 0) + 1
    pid = max(counts, key=lambda p: (counts[p], p))
    code, out, err = cli("person", pid, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["events"]
    code, text, err = cli("person", pid)
    assert code == 0, err
    lines = [line.strip() for line in text.splitlines()]
    for row in [*data["events"], *data["decisions"]]:
        for s in _lead(row["sources"]):
            assert s["url"] in lines, s["url"]
    assert len(re.findall(r"\] \+\d+(?=\s)", text)) == sum(
        len({s["url"] for s in r["sources"]} - {s["url"] for s in _lead(r["sources"])}) > 0
        for r in [*data["events"], *data["decisions"]])


def test_export_help_says_how_the_csv_joins_sources(cli, tmp_path: Path) -> None:  # noqa: ANN001
    """`export --help` said a list is joined with '; ' in one cell, but source_urls is joined with spaces and
    sources_cited with ' | ': a researcher splitting the cell as told got one URL per record. The help now says how
    each is joined, and the export does as it says."""
    import csv

    out = " ".join(_help("export").replace("│", " ").split())
    assert "source_urls: the URLs, separated by spaces" in out and "' | '" in out
    code, _, err = cli("export", "decisions", "-o", str(tmp_path / "d.csv"))
    assert code == 0, err
    rows = list(csv.DictReader((tmp_path / "d.csv").open(encoding="utf-8")))
    many = next(r for r in rows if len(r["source_urls"].split(" ")) > 1)
    assert all(u.startswith("http") for u in many["source_urls"].split(" "))
    assert len(many["sources_cited"].split(" | ")) == len(many["source_urls"].split(" "))
