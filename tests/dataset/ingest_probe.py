"""One saved article ingested by the CLI in its own process, against a small record's store (the bad-input rounds' front
matter tests share it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXE = str(Path(sys.executable).with_name("iccwatch"))
TEXT = "Omar Al-Bashir arrived in N'Djamena, Chad, on 22 July 2010 for a summit.\n"


def ingest_with_url(tmp_path: Path, data_copy: Path, url: str) -> subprocess.CompletedProcess[str]:
    """``iccwatch monitor ingest`` of an article whose front matter gives ``url`` (publisher and date as a wire gives them),
    against a store built from ``data_copy`` with the monitor's lexicon added (the small record has none)."""
    from iccwatch.store import build_store

    p = tmp_path / "a.txt"
    p.write_text(f'---\nurl: "{url}"\npublisher: "Reuters"\ndate: "2010-07-22"\n---\n{TEXT}', encoding="utf-8")
    db = tmp_path / "s.sqlite"
    words = "lookups/monitor_words.yaml"
    (data_copy / words).write_bytes((Path(__file__).resolve().parents[2] / "data" / words).read_bytes())
    build_store(data_copy, f"sqlite:///{db}")
    return subprocess.run([EXE, "monitor", "ingest", str(p), "--db", str(db)], capture_output=True, text=True, timeout=300,
                          errors="replace", env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"})
