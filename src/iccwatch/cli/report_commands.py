"""``iccwatch report``: a State's report, the enforcement-gap report and the index report, in HTML or PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from iccwatch.cli.base import check_output, output_errors, output_format
from iccwatch.cli.common import DbOpt, OnOpt, day, facts_for, not_blank, user_errors
from iccwatch.cli.output import console

app = typer.Typer(help="Reports in HTML or PDF, every fact footnoted with its source.", no_args_is_help=True)

FormatOpt = Annotated[str | None, typer.Option("--format", "-f", help="html or pdf (default: the --output file's "
                                                                       "extension, .html, .htm or .pdf; else html).")]
OutOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Output file (default: report-<name>.<format>).")]


#: An output file's extension and the format it names.
SUFFIX_FORMAT = {".html": "html", ".htm": "html", ".pdf": "pdf"}


def _check_format(fmt: str | None, output: Path | None) -> str:
    """The format asked for, or the one the output file's name says; a name that says another, or that
    names no format, is an error (an HTML file named .pdf or .docx does not open as one)."""
    return output_format(fmt, output, SUFFIX_FORMAT, "html")


def _write(template: str, data: dict[str, Any], output: Path | None, name: str, fmt: str) -> Path:
    """The report ``template`` rendered with ``data``, written as ``fmt`` (html or pdf) to ``output`` or, without one, to
    ``report-<name>.<fmt>`` here; the path written. That default path is checked as ``--output`` is (a folder, a path
    under a file, a device are refused) and a write that fails is a clear error naming it. One way for every report."""
    from iccwatch.report.build import render_html, write_report

    out = output or Path(f"report-{name}.{fmt}")
    check_output(out)
    with output_errors(out):
        write_report(render_html(template, data), out, fmt)
    return out


@app.command("state")
def state(
    code: Annotated[str, typer.Argument(help="ISO alpha-3 code (or name) of the State, e.g. HUN.", callback=not_blank)],
    format: FormatOpt = None,
    output: OutOpt = None,
    on: OnOpt = None,
    year: Annotated[int, typer.Option("--year", min=2002, max=2100, help="Year of the index shown.")] = 2025,
    db: DbOpt = None,
) -> None:
    """A State's relation to the Statute over time, duties, events and their assessment, decisions, statements, measures,
    index; what it covers, doubts and the facts whose primary document was not read are stated."""
    check_output(output)  # a path that cannot be written is said first, whatever its name
    format = _check_format(format, output)
    from iccwatch.report.build import state_report_data

    with user_errors():
        facts = facts_for(db)
        data = state_report_data(facts, code, day(on), year)
        out = _write("state.html", data, output, data["state"].iso3, format)
    console.print(f"wrote {out}")


@app.command("gaps")
def gaps(format: FormatOpt = None, output: OutOpt = None, db: DbOpt = None) -> None:
    """The enforcement gap across all States: failures, findings, referrals, responses, delays; what it covers, doubts
    and the facts whose primary document was not read are stated."""
    check_output(output)  # a path that cannot be written is said first, whatever its name
    format = _check_format(format, output)
    from iccwatch.report.build import gaps_report_data

    with user_errors():
        data = gaps_report_data(facts_for(db))
        out = _write("gaps.html", data, output, "gaps", format)
    console.print(f"wrote {out}")


@app.command("index")
def index(
    year: Annotated[int, typer.Option("--year", min=2002, max=2100, help="The year the index measures.")] = 2025,
    format: FormatOpt = None,
    output: OutOpt = None,
    db: DbOpt = None,
) -> None:
    """The due-diligence index of a year: States Parties and other States ranked apart, in bands, each State with its
    rank interval (the uncertainty) and coverage; the indicators' coverage and the weights (the method)."""
    check_output(output)  # a path that cannot be written is said first, whatever its name
    format = _check_format(format, output)
    from iccwatch.report.build import index_report_data

    with user_errors():
        data = index_report_data(facts_for(db), year)
        out = _write("index.html", data, output, f"index-{year}", format)
    console.print(f"wrote {out}")
