"""Round twenty-one of the bad input (tests/dataset/ROUND21.md; the record's case is a fixture in tests/fixtures/bad/,
``referral-target-not-an-id``): an output path that is a named pipe or a device, or lies inside the record's folder,
refused before anything is written; a page or a feed read in the encoding it declares, and bytes that encoding cannot
read refused naming the file and the byte (they were replaced without a word); a list's year after the day it stops
at refused naming the year (it answered an empty list); a feed file with no item named; a record broken by a
character YAML takes for a line end named with that character; with the controls beside them."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml
from iccwatch.errors import FieldError
from iccwatch.monitor.documents import DocumentError, read_path

EXE = str(Path(sys.executable).with_name("iccwatch"))
MS = "measures/alb-2022-03-02-situation-referral-ukraine.yaml"
TEXT = "Omar Al-Bashir arrived in N'Djamena on 22 July 2010 \u2013 a caf\u00e9 in the capital."


def _run(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EXE, *args], capture_output=True, text=True, timeout=300, errors="replace", cwd=data.parent,
                          env={**os.environ, "ICCWATCH_DATA": str(data), "NO_COLOR": "1", "COLUMNS": "200"})


# --------------------------------------------------------------------------------------------- output paths


@pytest.fixture
def built(tmp_path: Path, small_dir: Path) -> tuple[Path, Path]:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(small_dir, data)
    db = tmp_path / "store.sqlite"
    p = _run("data", "build", "--data", str(data), "--db", str(db), data=data)
    assert p.returncode == 0, p.stdout + p.stderr
    return data, db


def test_export_to_a_named_pipe_is_refused_and_the_pipe_kept(built: tuple[Path, Path]) -> None:
    data, db = built
    pipe = data.parent / "pipe"
    os.mkfifo(pipe)
    p = _run("export", "events", "--db", str(db), "-o", str(pipe), "--format", "csv", data=data)
    assert p.returncode != 0 and "Traceback" not in p.stderr
    assert "--output" in p.stderr and "not a regular file" in p.stderr
    assert pipe.is_fifo()  # before: the export's file was renamed over it


@pytest.mark.parametrize("rel", ["events.csv", "events/x.json"])
def test_export_into_the_record_folder_is_refused_and_writes_nothing(built: tuple[Path, Path], rel: str) -> None:
    data, db = built
    before = sorted(p.relative_to(data) for p in data.rglob("*"))
    p = _run("export", "events", "--db", str(db), "-o", str(data / rel), data=data)
    assert p.returncode != 0 and "inside the record's folder" in p.stderr and "--output" in p.stderr
    assert sorted(p.relative_to(data) for p in data.rglob("*")) == before


def test_a_report_into_the_record_folder_is_refused(built: tuple[Path, Path]) -> None:
    data, db = built
    p = _run("report", "state", "TCD", "--db", str(db), "-o", str(data / "report.html"), data=data)
    assert p.returncode != 0 and "inside the record's folder" in p.stderr
    assert not (data / "report.html").exists()


def test_control_export_beside_the_record_and_over_an_existing_file_is_written(built: tuple[Path, Path]) -> None:
    data, db = built
    out = data.parent / "out.csv"
    out.write_text("an older export\n", encoding="utf-8")
    p = _run("export", "events", "--db", str(db), "-o", str(out), data=data)
    assert p.returncode == 0, p.stderr
    assert out.read_text(encoding="utf-8").startswith("id,")


# --------------------------------------------------------------------------------------------- encodings of pages and feeds


def _page(charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}<title>Bashir in Chad</title></head><body><p>{TEXT}</p></body></html>"


@pytest.mark.parametrize("charset", ["windows-1252", "ISO-8859-1"])
def test_a_page_in_the_encoding_it_declares_is_read_in_it(tmp_path: Path, charset: str) -> None:
    p = tmp_path / "p.html"
    p.write_bytes(_page(charset).encode("cp1252"))
    (doc,) = read_path(p, date="2010-07-22")
    assert "caf\u00e9" in doc.text and "\u2013" in doc.text and "\ufffd" not in doc.text


def test_a_page_saying_utf8_but_holding_latin1_bytes_is_refused_naming_the_byte(tmp_path: Path) -> None:
    p = tmp_path / "p.html"
    p.write_bytes(_page("utf-8").replace("\u2013", "-").encode("latin-1"))
    with pytest.raises(DocumentError, match=r"p\.html: byte \d+ \(0xe9\) is not utf-8 text, and the file declares utf-8"):
        read_path(p, date="2010-07-22")


def test_a_page_declaring_nothing_is_read_as_utf8_and_other_bytes_refused(tmp_path: Path) -> None:
    ok = tmp_path / "ok.html"
    ok.write_bytes(_page(None).encode("utf-8"))
    (doc,) = read_path(ok, date="2010-07-22")
    assert "caf\u00e9" in doc.text
    bad = tmp_path / "bad.html"
    bad.write_bytes(_page(None).encode("cp1252"))
    with pytest.raises(DocumentError, match="declares no encoding, so it is read as UTF-8"):
        read_path(bad, date="2010-07-22")


def test_a_page_declaring_an_unknown_encoding_is_refused_naming_it(tmp_path: Path) -> None:
    p = tmp_path / "p.html"
    p.write_bytes(_page("klingon-8").encode("utf-8"))
    with pytest.raises(DocumentError, match="'klingon-8', which is no encoding known here"):
        read_path(p, date="2010-07-22")


def test_a_feed_in_utf16_with_its_mark_is_read() -> None:
    feed = ('<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>probe</title><item><title>Bashir in Chad</title>'
            f"<link>https://www.reuters.com/world/x-2010-07-22/</link><description>{TEXT}</description></item></channel></rss>")
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "f.xml"
        p.write_bytes(feed.encode("utf-16"))
        (doc,) = read_path(p)
    assert doc.url == "https://www.reuters.com/world/x-2010-07-22/" and "caf\u00e9" in doc.text


# --------------------------------------------------------------------------------------------- a year after the list's end


def test_a_year_after_the_day_a_list_stops_is_refused_naming_the_year(small_dir: Path) -> None:
    from iccwatch import service
    from iccwatch.facts import Facts

    records, _ = check_dataset(small_dir)
    assert records is not None
    facts = Facts(records)
    on = dt.date(2010, 12, 31)
    for listing in (lambda: service.events_list(facts, year=2017, on=on), lambda: service.decisions_list(facts, year=2017, on=on),
                    lambda: service.statements_list(facts, year=2017, on=on)):
        with pytest.raises(FieldError) as exc:
            listing()
        assert exc.value.field == "year" and "2010-12-31" in str(exc.value)
    # controls: the year of the day, and no day
    assert [e["id"] for e in service.events_list(facts, year=2010, on=on)] == ["2010-07-21-omar-hassan-ahmad-al-bashir-chad"]
    assert service.events_list(facts, year=2017)


def test_the_api_answers_422_naming_the_year(client) -> None:  # noqa: ANN001
    r = client.get("/api/v1/events", params={"year": 2017, "on": "2010-12-31"})
    assert r.status_code == 422 and r.json()["field"] == "year"
    assert client.get("/api/v1/events", params={"year": 2010, "on": "2010-12-31"}).status_code == 200


# --------------------------------------------------------------------------------------------- the record: a referral's target


def test_a_referral_target_as_an_id_and_a_measure_target_in_words_pass(data_copy: Path) -> None:
    case = Path(__file__).parents[1] / "fixtures" / "bad" / "referral-target-not-an-id" / MS
    rec = load_yaml(case.read_text(encoding="utf-8"))
    rec["targets"] = "ukraine"
    (data_copy / "measures").mkdir()
    (data_copy / MS).write_text(dump_yaml(rec), encoding="utf-8")
    assert not [str(p) for p in check_dataset(data_copy)[1] if p.severity == "error"]
    rec.update(kind="implementing_legislation", targets="Surrender to the ICC and other assistance (Part 9)")
    (data_copy / MS).write_text(dump_yaml(rec), encoding="utf-8")
    assert not [str(p) for p in check_dataset(data_copy)[1] if p.severity == "error" and p.field == "targets"]


# --------------------------------------------------------------------------------------------- an empty feed file


@pytest.mark.parametrize("xml", ["", '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title></channel></rss>'])
def test_ingest_of_a_feed_file_with_no_item_names_the_file(tmp_path: Path, xml: str) -> None:
    feed = tmp_path / "wire.xml"
    feed.write_text(xml, encoding="utf-8")
    p = subprocess.run([EXE, "monitor", "ingest", str(feed), "--db", str(tmp_path / "s.sqlite")], capture_output=True, text=True,
                       timeout=300, errors="replace", env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"})
    assert p.returncode == 1 and "Traceback" not in p.stderr
    assert f"{feed}: a feed with no item to read" in p.stderr


# --------------------------------------------------------------------------------------------- a pasted line separator


@pytest.mark.parametrize(("char", "name"), [("\u0085", "U+0085 (NEXT LINE)"), ("\u2028", "U+2028 (LINE SEPARATOR)")])
def test_a_record_broken_by_a_yaml_line_break_character_names_it(data_copy: Path, char: str, name: str) -> None:
    rel = "decisions/2010-08-27-chad.yaml"
    p = data_copy / rel
    text = p.read_text(encoding="utf-8")
    p.write_text(text.replace("chamber: Pre-Trial ", f"chamber: Pre-Trial{char}", 1), encoding="utf-8")
    errors = [str(x) for x in check_dataset(data_copy)[1] if x.severity == "error" and x.file == f"data/{rel}"]
    assert any("malformed YAML" in e and f"holds {name} at line 3" in e for e in errors), errors


def test_control_a_malformed_record_without_such_a_character_is_named_as_before(data_copy: Path) -> None:
    rel = "decisions/2010-08-27-chad.yaml"
    p = data_copy / rel
    p.write_text(p.read_text(encoding="utf-8").replace("chamber: Pre-Trial", "chamber: [Pre-Trial", 1), encoding="utf-8")
    errors = [str(x) for x in check_dataset(data_copy)[1] if x.severity == "error" and x.file == f"data/{rel}"]
    assert any("malformed YAML" in e for e in errors) and not any("which YAML reads as a line end" in e for e in errors)
