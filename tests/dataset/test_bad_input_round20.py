"""Round twenty of the bad input (tests/dataset/ROUND20.md; the record's cases are fixtures in tests/fixtures/bad/):
the review queue edited by hand into shapes the accept took without a word (a payload naming another candidate, or
another type than its row, evidence the document does not hold, a payload that is not JSON), and ``--data`` naming a
folder that holds no record: each refused naming the candidate and the field, nothing written, the other candidates
as they were; with the controls beside them (what must still be accepted)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import Candidate, Evidence
from iccwatch.monitor.queue import Queue
from iccwatch.monitor.review import ReviewError, accept
from iccwatch.monitor.review_guard import UNREADABLE

BASHIR = "omar-hassan-ahmad-al-bashir"
TEXT = "Omar Al-Bashir arrived in N'Djamena on 22 July 2010 for a summit."
OTHER = "Omar Al-Bashir arrived in Kampala on 12 May 2016 for the inauguration."


def _errors(data: Path) -> list[str]:
    return [str(p) for p in check_dataset(data)[1] if p.severity == "error"]


@pytest.fixture
def queue(tmp_path: Path, small_dir: Path) -> Iterator[tuple[Queue, Path, Path]]:
    """Two pending candidates (a visit to Chad, A; one to Uganda, B) and a copy of the small record."""
    db = tmp_path / "store.sqlite"
    q = Queue(f"sqlite:///{db}")
    for cid, text, url, state, day in (("00000000000000aa", TEXT, "https://www.reuters.com/world/x-2010-07-22/", "TCD", "2010-07-22"),
                                       ("00000000000000bb", OTHER, "https://www.aljazeera.com/news/x-2016-05-12", "UGA", "2016-05-12")):
        doc = make_document(text, url=url, title="Bashir abroad", publisher="Reuters" if "reuters" in url else "Al Jazeera", date=day)
        c = Candidate(id=cid, document=doc.id, type="visit", evidence=Evidence(sentence=text, start=0, end=len(text)),
                      confidence=0.9, method="test", person=BASHIR, state=state, date=day)
        q.add(doc, [(c, None)])
    data = tmp_path / "data"
    shutil.copytree(small_dir, data)
    yield q, data, db
    q.close()


def _tamper(db: Path, cid: str, payload: dict[str, Any] | None = None, raw: str | None = None, row: dict[str, str] | None = None) -> None:
    con = sqlite3.connect(db)
    (old,) = con.execute("select payload from ops_candidates where id = ?", (cid,)).fetchone()
    con.execute("update ops_candidates set payload = ? where id = ?", (raw if raw is not None else json.dumps({**json.loads(old), **(payload or {})}), cid))
    for k, v in (row or {}).items():
        con.execute(f"update ops_candidates set {k} = ? where id = ?", (v, cid))  # noqa: S608 - the test's own column names
    con.commit()
    con.close()


def _files(data: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file() and p.name != ".review.lock"}


def test_a_visit_queued_as_ingested_is_accepted(queue: tuple[Queue, Path, Path]) -> None:
    """The control: the rules below leave a candidate whose evidence is its document's sentence to be accepted."""
    q, data, _ = queue
    done = accept(q, data, "00000000000000aa", reviewer="test")
    assert done.path.name == f"2010-07-22-{BASHIR}-chad.yaml" and q.get("00000000000000aa")["status"] == "accepted"


def test_evidence_that_is_the_documents_title_is_accepted(queue: tuple[Queue, Path, Path]) -> None:
    """The monitor reads a document's title as a sentence of its own (characters 0 to the title's length): accepted."""
    q, data, db = queue
    _tamper(db, "00000000000000aa", {"evidence": {"sentence": "Bashir abroad", "start": 0, "end": 13}})
    accept(q, data, "00000000000000aa", reviewer="test")


def test_a_payload_naming_another_candidate_is_refused_and_that_candidate_stays_pending(queue: tuple[Queue, Path, Path]) -> None:
    """Before round twenty the record written named candidate B, and B's own accept then 'reconciled' B as accepted: the
    visit to Uganda was never written."""
    q, data, db = queue
    _tamper(db, "00000000000000aa", {"id": "00000000000000bb"})
    before = _files(data)
    with pytest.raises(ReviewError, match="payload's id is '00000000000000bb'"):
        accept(q, data, "00000000000000aa", reviewer="test")
    assert _files(data) == before
    assert q.get("00000000000000bb")["status"] == "pending"
    done = accept(q, data, "00000000000000bb", reviewer="test")
    assert done.path.exists() and done.reconciled == []


def test_a_payload_of_another_type_than_its_row_is_refused(queue: tuple[Queue, Path, Path]) -> None:
    q, data, db = queue
    _tamper(db, "00000000000000aa", {"type": "warrant_issued"})
    before = _files(data)
    with pytest.raises(ReviewError, match="type is 'warrant_issued' but the queue lists it as 'visit'"):
        accept(q, data, "00000000000000aa", {"situation": "darfur-sudan"}, reviewer="test")
    assert _files(data) == before and q.get("00000000000000aa")["status"] == "pending"


@pytest.mark.parametrize(("evidence", "words"), [
    ({"sentence": TEXT, "start": 5000, "end": 5066}, "5000-5066 is not a span of the document"),
    ({"sentence": TEXT, "start": -5, "end": 60}, "-5-60 is not a span"),
    ({"sentence": TEXT, "start": 40, "end": 10}, "40-10 is not a span"),
    ({"sentence": "Omar Al-Bashir was arrested in N'Djamena on 22 July 2010.", "start": 0, "end": 57}, "is not in the document's text or title"),
])
def test_evidence_the_document_does_not_hold_is_refused(queue: tuple[Queue, Path, Path], evidence: dict[str, Any], words: str) -> None:
    q, data, db = queue
    _tamper(db, "00000000000000aa", {"evidence": evidence})
    before = _files(data)
    with pytest.raises(ReviewError, match="evidence") as exc:
        accept(q, data, "00000000000000aa", reviewer="test")
    assert words in str(exc.value) and "00000000000000aa" in str(exc.value)
    assert _files(data) == before and q.get("00000000000000aa")["status"] == "pending"


@pytest.mark.parametrize(("raw", "words"), [("{not json", "not JSON"), ("[1, 2]", "a JSON list, not an object")])
def test_a_payload_that_is_no_json_object_is_listed_and_refused_by_name(queue: tuple[Queue, Path, Path], raw: str, words: str) -> None:
    """Before round twenty a payload that was not JSON ended every read of the queue (list, show, accept, the web page)
    in a traceback; a JSON list ended the accept's listing by the review list in one."""
    q, data, db = queue
    _tamper(db, "00000000000000aa", raw=raw)
    rows = {r["id"]: r for r in q.entries(None)}
    assert set(rows) == {"00000000000000aa", "00000000000000bb"} and words in rows["00000000000000aa"]["payload"][UNREADABLE]
    assert q.pending_keys() >= {("visit", BASHIR, "UGA", "2016-05-12")}
    before = _files(data)
    with pytest.raises(ReviewError, match=f"00000000000000aa is malformed: payload: .*{words}"):
        accept(q, data, "00000000000000aa", reviewer="test")
    assert _files(data) == before


@pytest.mark.parametrize("folder", ["empty", "nowhere", "stray"])
def test_an_accept_into_a_folder_holding_no_record_is_refused_and_makes_nothing(queue: tuple[Queue, Path, Path], tmp_path: Path,
                                                                                  folder: str) -> None:
    """Before round twenty the accept made the folder, its lock and events/, wrote the fact and was refused only by the
    check (no meta.yaml), leaving the folders behind."""
    q, _, _ = queue
    target = tmp_path / folder
    if folder != "nowhere":
        target.mkdir()
    if folder == "stray":
        (target / "notes.txt").write_text("a note\n", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(ReviewError, match=f"--data {target}: no record there"):
        accept(q, target, "00000000000000aa", reviewer="test")
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert q.get("00000000000000aa")["status"] == "pending"


# --------------------------------------------------------------------------------------------- the record's controls


def test_a_pinpoint_range_from_zero_and_a_hyphenated_label_pass(data_copy: Path) -> None:
    """The below-zero rule reads a minus sign right after a location's label: 'characters 0-60' and 'pp. 3-5' are ranges."""
    rel = f"events/2010-07-21-{BASHIR}-chad.yaml"
    e = load_yaml((data_copy / rel).read_text(encoding="utf-8"))
    e["sources"].append({"url": "https://www.icc-cpi.int/darfur/albashir", "publisher": "International Criminal Court", "kind": "primary",
                         "pinpoint": "characters 0-60; pp. 3-5; para. 12"})
    (data_copy / rel).write_text(dump_yaml(e), encoding="utf-8")
    assert not [x for x in _errors(data_copy) if "below zero" in x]


def test_a_demonym_that_is_its_own_states_code_passes(data_copy: Path) -> None:
    """Text holding a State's own code read as that State is harmless (as round nineteen left for state names)."""
    rel = "lookups/demonyms.yaml"
    d = load_yaml((data_copy / rel).read_text(encoding="utf-8"))
    d["demonyms"]["TCD"].append("TCD")
    (data_copy / rel).write_text(dump_yaml(d), encoding="utf-8")
    assert not [x for x in _errors(data_copy) if "given as a demonym" in x]


def test_a_stored_type_that_is_no_candidate_type_is_named_as_such(queue: tuple[Queue, Path, Path]) -> None:
    """Before round twenty it was refused as 'a teleport is a lead, not a record' (a lead is a type the monitor has)."""
    q, data, db = queue
    _tamper(db, "00000000000000aa", {"type": "teleport"}, row={"type": "teleport"})
    with pytest.raises(ReviewError, match="stored type 'teleport' is no candidate type"):
        accept(q, data, "00000000000000aa", reviewer="test")


def test_review_list_of_an_unknown_type_is_refused_naming_the_option(tmp_path: Path) -> None:
    """Before round twenty `review list --type teleport` said only that no candidate of that type was recorded."""
    import subprocess
    import sys

    exe = str(Path(sys.executable).with_name("iccwatch"))
    p = subprocess.run([exe, "monitor", "review", "list", "--type", "teleport", "--db", f"sqlite:///{tmp_path / 's.sqlite'}"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and "--type: 'teleport' is not a candidate type" in p.stderr and "Traceback" not in p.stderr
    assert not (tmp_path / "s.sqlite").exists()


@pytest.mark.parametrize("raw", ['{not json', '[1]'])
@pytest.mark.parametrize("person", [None, ["a", "b"]])
def test_the_monitor_page_and_the_api_list_a_candidate_edited_into_a_bad_shape(store_copy: Path, data_dir: Path, raw: str,
                                                                             person: Any) -> None:
    """Before round twenty a payload that was not JSON, or whose person was a list, was a 500 on /monitor (and the first on
    /api/v1/monitor/candidates): each lists the row, the bad payload named."""
    from fastapi.testclient import TestClient

    from iccwatch.app import create_app
    from iccwatch.settings import Settings

    url = f"sqlite:///{store_copy}"
    q = Queue(url)
    doc = make_document(TEXT, url="https://www.reuters.com/world/x-2010-07-22/", title="Bashir in Chad", publisher="Reuters", date="2010-07-22")
    q.add(doc, [(Candidate(id="00000000000000aa", document=doc.id, type="visit", evidence=Evidence(sentence=TEXT, start=0, end=len(TEXT)),
                           confidence=0.9, method="test", person=BASHIR, state="TCD", date="2010-07-22"), None)])
    q.close()
    if person is None:
        _tamper(store_copy, "00000000000000aa", raw=raw)
    else:
        _tamper(store_copy, "00000000000000aa", {"person": person})
    with TestClient(create_app(Settings(data_dir=data_dir, db_url=url))) as c:
        page = c.get("/monitor")
        api = c.get("/api/v1/monitor/candidates")
    assert page.status_code == 200 and "Bashir in Chad" in page.text
    assert api.status_code == 200 and [i["id"] for i in api.json()["items"]] == ["00000000000000aa"]
    if person is None:
        assert UNREADABLE in api.json()["items"][0]["payload"]
