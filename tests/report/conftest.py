from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from iccwatch.cli import app


@pytest.fixture(scope="session")
def state_pdf_by_cli(db_url: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, Path]:
    """`report state MNG -o r.pdf` run once (a PDF render with WeasyPrint costs seconds): its exit code, its
    output and the file it wrote. The tests that need a State's PDF made the way a reader makes it read this
    one file and never change it."""
    out = tmp_path_factory.mktemp("state-pdf") / "r.pdf"
    result = CliRunner().invoke(app, ["report", "state", "MNG", "-o", str(out), "--on", "2025-01-01", "--year", "2024",
                                      "--db", db_url])
    return result.exit_code, result.output, out
