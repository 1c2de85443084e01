"""A primary gap shown to readers: its statement, then "N searches logged, last on D", the log itself folded
(the dashboard), in an appendix (the reports) or whole (``data sources --json``, the API, documented in OpenAPI)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from iccwatch.store import build_store

SMALL = Path(__file__).resolve().parent / "fixtures" / "record"
DECISION = "2010-08-27-chad"
STATEMENT = "The decision's own text was not found in the stored material; its filing number is not known."
LOG = [("2026-12-01", "court-releases", "The Court's releases of August 2010 by title; found only JURIST's report"),
       ("2026-12-03", "court-case-pages", "The Court's Al Bashir case page ICC-02/05-01/09-110 by number; not stored")]


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The small record with one decision's gap split into a statement and a two-entry log, and its store."""
    tmp = tmp_path_factory.mktemp("gaplog")
    data = tmp / "data"
    shutil.copytree(SMALL, data)
    f = data / "decisions" / f"{DECISION}.yaml"
    log = "".join(f'- on: "{on}"\n  route: {route}\n  detail: "{detail}"\n' for on, route, detail in LOG)
    text = f.read_text(encoding="utf-8").replace("kind: primary", "kind: secondary")  # no primary read: a key fact without one
    f.write_text(text + f'primary_gap: "{STATEMENT}"\nsearched:\n{log}', encoding="utf-8")
    db = f"sqlite:///{tmp / 'store.sqlite'}"
    build_store(data, db)
    yield data, db


def _cli(record: tuple[Path, str], *args: str) -> str:
    from iccwatch.cli import app

    data, db = record
    result = CliRunner().invoke(app, [*args], env={"ICCWATCH_DATA": str(data), "ICCWATCH_DB": db, "COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_data_sources_prints_the_statement_and_the_count(record: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    from iccwatch.cli.output import console, rich_console

    monkeypatch.setattr(rich_console(console), "width", 1000)  # one line a fact (the console may be made already)
    out = _cli(record, "data", "sources", "--data", str(record[0]), "--limit", "10000")
    line = next(ln for ln in out.splitlines() if "filing number is not known" in ln)
    assert STATEMENT in line and "2 searches logged, last on 2026-12-03" in line
    assert "found only JURIST" not in out  # the log itself is in --json, not the text


def test_data_sources_json_has_the_whole_log(record: tuple[Path, str]) -> None:
    report = json.loads(_cli(record, "data", "sources", "--data", str(record[0]), "--json"))
    (row,) = [g for g in report["primary_gaps"] if g["record"] == DECISION]
    assert row["primary_gap"] == STATEMENT
    assert [(e["on"], e["route"], e["detail"]) for e in row["searched"]] == LOG


def _client(record: tuple[Path, str]) -> Any:
    from fastapi.testclient import TestClient

    from iccwatch.app import create_app
    from iccwatch.settings import Settings

    data, db = record
    return TestClient(create_app(Settings(data_dir=data, db_url=db)))


def test_the_api_gives_the_log_and_documents_it(record: tuple[Path, str]) -> None:
    with _client(record) as client:
        body = client.get("/api/v1/decisions", params={"state": "TCD"}).json()
        items = body["items"] if isinstance(body, dict) else body
        (d,) = [i for i in items if i["id"] == DECISION]
        assert d["primary_gap"] == STATEMENT
        assert [(e["on"], e["route"], e["detail"]) for e in d["searched"]] == LOG
        schemas = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    assert set(schemas["SearchEntry"]["required"]) == {"on", "route", "detail"}
    assert all(schemas["SearchEntry"]["properties"][f].get("description") for f in ("on", "route", "detail"))
    for kind in ("Decision", "Event"):
        props = schemas[kind]["properties"]
        assert props["primary_gap"].get("description") and props["searched"].get("description")


def test_the_dashboard_folds_the_log_under_the_statement(record: tuple[Path, str]) -> None:
    with _client(record) as client:
        page = client.get("/states/TCD").text
    start = page.rindex('<details class="gap">', 0, page.index("filing number is not known"))
    block = page[start:page.index("</details>", start)]
    summary = block[:block.index("</summary>")]
    assert "filing number is not known" in summary and "2 searches logged, last on 2026-12-03" in summary
    assert "found only JURIST" not in summary  # folded: the log is below the summary
    assert "<a " not in summary  # no control inside the summary, itself a control
    log = block[block.index("</summary>"):]
    assert "2026-12-01" in log and "court releases" in log and "found only JURIST" in log
    # The Court's record number in a detail is linked, as in every other note.
    assert 'href="https://www.icc-cpi.int/court-record/icc-02/05-01/09-110"' in log


def test_the_reports_list_the_statement_and_count_and_the_log_in_an_appendix(record: tuple[Path, str], tmp_path: Path) -> None:
    for args in (["report", "state", "TCD"], ["report", "gaps"]):
        out = tmp_path / f"{args[1]}.html"
        _cli(record, *args, "--format", "html", "-o", str(out))
        text = out.read_text(encoding="utf-8")
        gaps = text.index("Primary sources not read")
        appendix = text.index('id="searches-logged"')
        assert gaps < appendix
        listed = text[gaps:appendix]
        assert "filing number is not known" in listed and "2 searches logged, last on 2026-12-03" in listed
        assert "found only JURIST" not in listed
        assert "2026-12-03, court case pages:" in text[appendix:] and "found only JURIST" in text[appendix:]
