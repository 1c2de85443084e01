"""(session 42) An ingest extracts and queues its documents a chunk at a time (reliability round 25 found an inbox of
10,000 documents held every document's candidates in memory until the last was read): the chunks give the queue
exactly what one pass gives, and no extraction call is handed more than a chunk."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from iccwatch.cli import app
from iccwatch.monitor import ingest as ingest_module
from iccwatch.monitor.queue import Queue

TEXTS = [
    "Yoav Gallant arrived in Paris on Monday for a security conference.",
    "Benjamin Netanyahu will travel to Berlin next Tuesday for talks.",
    "Rain is expected across the region.",
    "Vladimir Putin arrived in Ulaanbaatar on Monday for talks with the President of Mongolia.",
    "Omar al-Bashir landed in Nairobi on Friday for the inauguration.",
]


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for k, text in enumerate(TEXTS):
        (inbox / f"{k}.txt").write_text(text)
    return inbox


def _queued(db: Path) -> list[tuple[str, str, str, str, str | None]]:
    q = Queue(f"sqlite:///{db}")
    try:  # everything but the times of queuing
        return sorted((e["id"], e["type"], e["status"], repr(e["payload"]), e["duplicate_of"]) for e in q.entries(None, None))
    finally:
        q.close()


def _ingest(inbox: Path, db: Path) -> None:
    r = CliRunner().invoke(app, ["monitor", "ingest", str(inbox), "--date", "2025-06-04", "--publisher", "Test Wire",
                                 "--db", str(db)])
    assert r.exit_code == 0, r.output


def test_chunks_queue_what_one_pass_queues(tmp_path: Path, pristine_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = _inbox(tmp_path)
    whole, chunked = tmp_path / "whole.sqlite", tmp_path / "chunked.sqlite"
    shutil.copy(pristine_store, whole)
    shutil.copy(pristine_store, chunked)
    sizes: list[int] = []
    real = ingest_module.run_serial

    def counted(docs, *args, **kwargs):  # type: ignore[no-untyped-def]
        sizes.append(len(docs))
        return real(docs, *args, **kwargs)

    monkeypatch.setattr(ingest_module, "run_serial", counted)
    _ingest(inbox, whole)
    assert sizes == [len(TEXTS)]  # the default chunk holds these few documents at once
    sizes.clear()
    monkeypatch.setattr(ingest_module, "CHUNK", 2)
    _ingest(inbox, chunked)
    assert sizes == [2, 2, 1]
    got = _queued(chunked)
    assert got == _queued(whole)
    assert any(t == "visit" for _, t, *_ in got)  # something was found, so the comparison says something
