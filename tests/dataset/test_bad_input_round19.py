"""Round nineteen of the bad input (tests/dataset/ROUND19.md; the record's cases are fixtures in tests/fixtures/bad/):
the controls beside round nineteen's rules (what must still pass), and the monitor's ingest given a feed of thousands of
items, a feed item whose date is no date, files that are not text, a folder with nothing to read and a store without the
monitor's words: each refused naming the file (and the item and field), nothing queued, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml
from iccwatch.errors import NotFoundError
from iccwatch.monitor.documents import MAX_FEED_ITEMS, DocumentError, read_feed, read_path
from iccwatch.monitor.lexicon import gatherings_for

EXE = str(Path(sys.executable).with_name("iccwatch"))
BASHIR = "omar-hassan-ahmad-al-bashir"
TEXT = "Omar Al-Bashir arrived in N'Djamena, Chad, on 22 July 2010 for a summit."


def _errors(data: Path) -> list[str]:
    return [str(p) for p in check_dataset(data)[1] if p.severity == "error"]


def _write(data: Path, rel: str, rec: dict[str, object]) -> None:
    (data / rel).write_text(dump_yaml(rec), encoding="utf-8")


ICC = {"url": "https://www.icc-cpi.int/darfur/albashir", "publisher": "International Criminal Court", "kind": "primary"}


# --------------------------------------------------------------------------------------------- the record's controls


def test_a_trip_ending_on_the_day_of_the_surrender_is_no_trip_into_custody(data_copy: Path) -> None:
    """The rule reads an end after the surrender: a trip ending on the surrender's day (a person handed over at its end)
    is not refused by it."""
    _write(data_copy, "events/2008-06-30-jean-pierre-bemba-gombo-chad.yaml",
           {"id": "2008-06-30-jean-pierre-bemba-gombo-chad", "date": "2008-06-30", "end_date": "2008-07-03",
            "person": "jean-pierre-bemba-gombo", "state": "TCD", "action": "no_arrest", "sources": [ICC]})
    assert not [e for e in _errors(data_copy) if "Court's custody makes no trip" in e]


def test_a_finding_on_a_trip_to_a_state_a_council_resolution_obliged_passes_the_rule(data_copy: Path) -> None:
    """Sudan is no party, but Resolution 1593 obliges it (obliges_states): a finding on its trip is not refused as one on a
    State not yet bound; the same finding on Tunisia before the Statute bound it is."""
    for iso3, place in (("SDN", "sudan"), ("TUN", "tunisia")):
        eid = f"2010-01-10-{BASHIR}-{place}"
        _write(data_copy, f"events/{eid}.yaml", {"id": eid, "date": "2010-01-10", "person": BASHIR, "state": iso3, "action": "no_arrest",
                                                   "sources": [ICC]})
        _write(data_copy, f"decisions/2012-01-10-{place}.yaml",
               {"id": f"2012-01-10-{place}", "date": "2012-01-10", "chamber": "Pre-Trial Chamber II", "state": iso3, "persons": [BASHIR],
                "situation": "darfur-sudan", "request_type": "arrest_surrender", "finding": "non_compliance", "referred_to": "ASP",
                "events": [eid], "later_rulings_gap": "none found (test)", "sources": [ICC]})
    errors = [e for e in _errors(data_copy) if "not yet in force" in e]
    assert len(errors) == 1 and "2012-01-10-tunisia" in errors[0] and "TUN" in errors[0]


def test_an_abbreviated_line_range_in_order_passes(data_copy: Path) -> None:
    rel = f"events/2010-07-21-{BASHIR}-chad.yaml"
    e = load_yaml((data_copy / rel).read_text(encoding="utf-8"))
    e["sources"].append({**ICC, "pinpoint": "lines 112-13"})
    _write(data_copy, rel, e)
    assert not [x for x in _errors(data_copy) if "ends before it starts" in x]


# --------------------------------------------------------------------------------------------- the monitor's ingest


def _feed(n: int, **item: str) -> str:
    extra = "".join(f"<{k}>{v}</{k}>" for k, v in item.items())
    items = "".join(f"<item><title>Omar Al-Bashir in Chad ({i})</title><link>https://www.reuters.com/world/x-{i}/</link>"
                    f"<description>{TEXT}</description>{extra}</item>" for i in range(n))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>test</title>{items}</channel></rss>'


def test_a_feed_over_the_item_limit_is_refused_before_it_is_read() -> None:
    t0 = time.process_time()
    with pytest.raises(DocumentError, match=rf"big\.xml: {MAX_FEED_ITEMS * 10:,} items, over the limit"):
        read_feed(_feed(MAX_FEED_ITEMS * 10), "big.xml")
    assert time.process_time() - t0 < 5  # refused by counting, not after parsing 10,000 items (that took minutes)
    assert len(read_feed(_feed(3), "small.xml")) == 3


def test_a_feed_item_whose_date_is_no_date_is_refused_naming_the_item_and_field() -> None:
    with pytest.raises(DocumentError, match=r"f\.xml: item 1 .*'soon' \(published\) is not a date"):
        read_feed(_feed(1, pubDate="soon"), "f.xml")
    (doc,) = read_feed(_feed(1, pubDate="Thu, 22 Jul 2010 10:00:00 GMT"), "f.xml")
    assert doc.date == "2010-07-22"


@pytest.mark.parametrize(("name", "data"), [
    ("nul.txt", bytes(4096)),
    ("u16.txt", TEXT.encode("utf-16-le")),
    ("prog.html", b"\x7fELF\x02\x01\x01\x00" + bytes(1024) + b"<p>" + TEXT.encode() + b"</p>"),
    ("feed.xml", _feed(1).encode().replace(b"<title>test", b"<title>te\x00st")),
])
def test_a_file_that_is_not_text_is_refused_naming_it(tmp_path: Path, name: str, data: bytes) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(DocumentError, match=rf"{name}: holds NUL bytes"):
        read_path(p, date="2010-07-22")


def test_the_same_text_in_utf8_is_read(tmp_path: Path) -> None:
    p = tmp_path / "ok.txt"
    p.write_text(TEXT, encoding="utf-8")
    (doc,) = read_path(p, date="2010-07-22")
    assert doc.text.strip() == TEXT


def test_no_gatherings_is_a_typed_error() -> None:
    with pytest.raises(NotFoundError, match="monitor_words.yaml"):
        gatherings_for(None, "en")


def _ingest(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EXE, "monitor", "ingest", *args], capture_output=True, text=True, timeout=300, errors="replace",
                          env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"})


def test_ingest_of_a_folder_with_nothing_to_read_names_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "loop").symlink_to(folder / "loop")
    p = _ingest(str(folder), "--db", str(tmp_path / "s.sqlite"))
    assert p.returncode == 1 and "Traceback" not in p.stdout + p.stderr
    assert f"{folder}: a folder holding no readable file" in p.stderr


def test_ingest_on_a_store_without_the_monitors_words_is_said_not_a_traceback(small_dir: Path, tmp_path: Path) -> None:
    """The small record has no monitor_words.yaml: a store built from it cannot read documents; ingest says so (exit 2)."""
    db = tmp_path / "s.sqlite"
    b = subprocess.run([EXE, "data", "build", "--data", str(small_dir), "--db", str(db)], capture_output=True, text=True, timeout=300,
                       env={**os.environ, "NO_COLOR": "1"})
    assert b.returncode == 0, b.stdout + b.stderr
    doc = tmp_path / "a.txt"
    doc.write_text(f'---\nurl: "https://www.reuters.com/world/x/"\ndate: "2010-07-22"\n---\n{TEXT}\n', encoding="utf-8")
    p = _ingest(str(doc), "--db", str(db))
    assert p.returncode == 2, p.stdout + p.stderr
    assert "Traceback" not in p.stdout + p.stderr and "monitor_words.yaml" in p.stderr


@pytest.mark.parametrize("publisher", ["R" * 201, "Reuters\n\x1b[31mfake", " ", "Reu\u202eters"])
def test_ingest_refuses_a_publisher_no_person_writes_and_reads_nothing(tmp_path: Path, publisher: str) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    p = _ingest(str(doc), "--date", "2010-07-22", "--publisher", publisher, "--db", str(tmp_path / "s.sqlite"))
    assert p.returncode != 0 and "Traceback" not in p.stdout + p.stderr
    assert "--publisher: give plain text" in p.stderr
    assert not (tmp_path / "s.sqlite").exists()


def test_review_with_a_data_path_that_is_a_file_is_refused_naming_it(tmp_path: Path) -> None:
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import Candidate, Evidence
    from iccwatch.monitor.queue import Queue
    from iccwatch.monitor.review import ReviewError, accept, edit, reject

    q = Queue(f"sqlite:///{tmp_path / 'store.sqlite'}")
    d = make_document(TEXT, url="https://www.reuters.com/world/x-2010-07-22/", title="Bashir in Chad", publisher="Reuters", date="2010-07-22")
    c = Candidate(id="00000000000000aa", document=d.id, type="visit", evidence=Evidence(sentence=TEXT, start=0, end=len(TEXT)),
                  confidence=0.9, method="test", person=BASHIR, state="TCD", date="2010-07-22")
    q.add(d, [(c, None)])
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file\n", encoding="utf-8")
    for act in (lambda: accept(q, not_a_folder, c.id), lambda: reject(q, not_a_folder, c.id), lambda: edit(q, not_a_folder, c.id, {"date": "2010-07-23"})):
        with pytest.raises(ReviewError, match="--data .*data: not a folder"):
            act()
    assert q.get(c.id)["status"] == "pending" and not_a_folder.read_text(encoding="utf-8") == "a file\n"
    q.close()


def test_an_atom_entry_with_one_readable_date_is_read() -> None:
    """Only an item whose every given date is unreadable is refused: an Atom entry whose `published` reads and whose
    `updated` does not is read, dated by the one that reads."""
    atom = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>test</title><entry><title>Omar Al-Bashir in Chad'
            '</title><link href="https://www.reuters.com/world/x/"/><published>2010-07-22T10:00:00Z</published><updated>soon</updated>'
            f'<summary>{TEXT}</summary></entry></feed>')
    (doc,) = read_feed(atom, "a.xml")
    assert doc.date == "2010-07-22"
    with pytest.raises(DocumentError, match=r"a\.xml: item 1 .*'soon' \(updated\) is not a date"):
        read_feed(atom.replace("<published>2010-07-22T10:00:00Z</published>", ""), "a.xml")
