"""The ``iccwatch`` command line (Typer + Rich). Thin over the service layer."""

from __future__ import annotations

import typer

from iccwatch.cli import (
    ask_commands,
    assess_commands,
    data_commands,
    monitor_commands,
    query_commands,
    report_commands,
)

app = typer.Typer(
    help=(
        "iccwatch: a sourced, dated record of States' cooperation with the International Criminal Court, "
        "and answers drawn from it. Every read command takes --on YYYY-MM-DD where time matters, and --json."
    ),
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(data_commands.app, name="data")
app.add_typer(ask_commands.app, name="ask")
app.add_typer(assess_commands.assess_app, name="assess")
app.add_typer(assess_commands.index_app, name="index")
app.add_typer(report_commands.app, name="report")
app.add_typer(monitor_commands.app, name="monitor")
query_commands.register(app)
query_commands.register_serve(app)


def main() -> None:
    app()
