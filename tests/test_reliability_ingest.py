"""`monitor ingest` on bad documents: each is reported, the others are ingested, the exit is non-zero,
and no traceback reaches the user."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from iccwatch.cli import app
from iccwatch.monitor.queue import Queue


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, pristine_store: Path) -> Path:
    db = tmp_path_factory.mktemp("ingest") / "store.sqlite"
    shutil.copy(pristine_store, db)  # the store a build of the record gives
    return db


def _pdf(path: Path, text: str, password: str | None = None) -> Path:
    from pypdf import PdfReader, PdfWriter
    from weasyprint import HTML

    HTML(string=f"<p>{text}</p>").write_pdf(path)
    if password:
        writer = PdfWriter(clone_from=PdfReader(path))
        writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
        with path.open("wb") as fh:
            writer.write(fh)
    return path


def _run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, list(args))
    return r.exit_code, r.stdout, r.stderr or ""


def test_bad_documents_are_reported_and_the_others_ingested(tmp_path: Path, store: Path) -> None:
    """One ingest of a folder holding a good note and four bad documents (not a PDF, a cut PDF, a
    password-locked PDF, a text over the size limit): each bad one is named on standard error without a
    traceback, the good one is queued, and the exit status says some failed. (Slow: WeasyPrint makes the PDFs.)"""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-good.txt").write_text("Yoav Gallant arrived in Madrid on Monday for talks.")
    (folder / "garbage.pdf").write_bytes(b"this is not a PDF at all\x00\x01")
    (folder / "truncated.pdf").write_bytes(_pdf(tmp_path / "whole.pdf", "Omar al-Bashir arrived in Kinshasa.").read_bytes()[:400])
    _pdf(folder / "locked.pdf", "Omar al-Bashir arrived in Kinshasa on Monday.", password="secret")
    (folder / "huge.txt").write_text("word " * 250_001)
    code, out, err = _run("monitor", "ingest", str(folder), "--date", "2025-06-04", "--db", str(store), "--json")
    assert code == 1
    assert "Traceback" not in out + err
    for name in ("garbage.pdf", "truncated.pdf", "locked.pdf", "huge.txt"):
        assert name in err, (name, err)
    assert "a-good.txt" not in err and "over the limit of 1,000,000" in err
    assert '"documents": 1' in out
    q = Queue(f"sqlite:///{store}")
    assert any(c["payload"]["state"] == "ESP" for c in q.entries("pending"))


@pytest.mark.parametrize("date", ["2025-13-01", "yesterday", "٢٠٢٥-٠١-٠١"])
def test_a_bad_date_is_a_clear_error(tmp_path: Path, store: Path, date: str) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text("Yoav Gallant arrived in Rome on Monday.")
    code, out, err = _run("monitor", "ingest", str(doc), "--date", date, "--db", str(store))
    assert code != 0 and "--date" in err and "Traceback" not in out + err


def test_nothing_readable_is_an_error_listing_each_document(tmp_path: Path, store: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\n%%EOF")
    code, out, err = _run("monitor", "ingest", str(bad), str(tmp_path / "missing.txt"), "--db", str(store))
    assert code == 1 and "bad.pdf" in err and "missing.txt" in err and "no document could be read" in err


def test_a_publication_date_after_today_is_refused_and_nothing_queued(tmp_path: Path, store: Path) -> None:
    """A document cannot be published in the future: a --date after today is an error, and a file whose
    front matter gives one is reported by name while the others are ingested (nothing is dated from it)."""
    import datetime as dt

    future = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "dated-ahead.txt").write_text(f"---\nurl: https://news.example.org/ahead\ndate: {future}\n---\n"
                                            "Yoav Gallant arrived in Lisbon yesterday for talks.\n")
    (folder / "ok.txt").write_text("---\nurl: https://news.example.org/ok\ndate: 2025-06-04\n---\n"
                                   "Yoav Gallant arrived in Lisbon on Monday for talks.\n")
    before = len(Queue(f"sqlite:///{store}").entries(None))
    code, out, err = _run("monitor", "ingest", str(folder), "--date", future, "--db", str(store))
    assert code == 2 and "--date" in err and "after today" in err
    assert len(Queue(f"sqlite:///{store}").entries(None)) == before
    code, out, err = _run("monitor", "ingest", str(folder), "--db", str(store), "--json")
    assert code == 1 and "dated-ahead.txt" in err and "after today" in err and "ok.txt" not in err
    assert '"documents": 1' in out and "Traceback" not in out + err
    queued = Queue(f"sqlite:///{store}").entries(None)
    assert not [c for c in queued if (c["payload"].get("date") or "") > dt.date.today().isoformat()]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x"])
def test_a_document_whose_url_is_not_a_web_address_is_refused(tmp_path: Path, store: Path, url: str) -> None:
    """A document's url becomes a record's source and a link on the dashboard: only http(s) is taken."""
    doc = tmp_path / "odd.txt"
    doc.write_text(f"---\nurl: '{url}'\ndate: 2025-06-04\n---\nYoav Gallant arrived in Oslo on Monday for talks.\n")
    before = len(Queue(f"sqlite:///{store}").entries(None))
    code, out, err = _run("monitor", "ingest", str(doc), "--db", str(store))
    assert code == 1 and "odd.txt" in err and "not a web address" in err and "Traceback" not in out + err
    assert len(Queue(f"sqlite:///{store}").entries(None)) == before
