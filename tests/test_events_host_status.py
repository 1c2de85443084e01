"""An event's host status is the law's answer on the event's day, the same in the CLI and the API; a day
known only to a month is `uncertain` exactly when the status changed within it."""

from __future__ import annotations

import csv
import io

from typer.testing import CliRunner

from iccwatch import service
from iccwatch.cli import app
from iccwatch.law import party_status
from iccwatch.model.dates import DateSpan


def test_host_status_is_the_law_on_the_day(facts) -> None:  # noqa: ANN001
    rows = service.events_list(facts)
    assert len(rows) == len(facts.records.events)
    for row in rows:
        span = DateSpan.parse(row["date"])
        first, last = (party_status(facts, row["state"], d).status for d in (span.first, span.last))
        assert row["host_status"] == (first if first == last else "uncertain"), row["id"]
    assert {r["host_status"] for r in rows} >= {"party", "non_party"}


def test_cli_and_api_give_the_same_host_status(db_url: str, client) -> None:  # noqa: ANN001
    """Every event's host status is the same in `events --csv` and in the API. (Slow: every event of the real
    record, listed twice.)"""
    result = CliRunner().invoke(app, ["events", "--csv", "--db", db_url])
    assert result.exit_code == 0, result.output
    cli = {r["id"]: r["host_status"] for r in csv.DictReader(io.StringIO(result.stdout))}
    api = {r["id"]: r["host_status"] for r in client.get("/api/v1/events?limit=1000").json()["items"]}
    assert cli == api and cli
