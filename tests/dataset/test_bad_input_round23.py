"""Round twenty-three of the bad input (tests/dataset/ROUND23.md; the record's cases are fixtures in tests/fixtures/bad/:
``person-id-one-letter-off``, ``state-by-its-name``, ``referral-target-one-letter-off``,
``address-ends-in-a-typographic-quote``): an error naming an id or a State's code the record does not hold says which one
the writer may have meant, where exactly one fits; a referral's target one letter from a situation's id is refused; a
review edit naming a person or a State the record does not hold is refused (it was stored); ``--source-url`` and an
ingested url carrying tracking parameters, a text fragment or pasted punctuation are refused naming the option or the
file (the first was named only as the written record's field, the second queued); a text file of only a byte-order
mark is no document (it was queued); an unknown State given by its demonym or a mistyped code names the State."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from tests.dataset.ingest_probe import ingest_with_url

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

EXE = str(Path(sys.executable).with_name("iccwatch"))
BASHIR = "omar-hassan-ahmad-al-bashir"
E_CHAD = f"events/2010-07-21-{BASHIR}-chad.yaml"
TEXT = "Omar Al-Bashir arrived in N'Djamena, Chad, on 22 July 2010 for a summit.\n"


def _set(data: Path, rel: str, **fields: object) -> None:
    r = load_yaml((data / rel).read_text(encoding="utf-8"))
    r.update(fields)
    (data / rel).write_text(dump_yaml(r), encoding="utf-8")


def _messages(data: Path, field: str) -> list[str]:
    return [p.message for p in check_dataset(data)[1] if p.severity == "error" and p.file == f"data/{E_CHAD}" and p.field == field]


# --------------------------------------------------------------------------------------------- what it may have meant


def test_near_id_finds_one_slip_and_only_one() -> None:
    from iccwatch.model.near import near_id

    ids = ["joseph-kony", "uganda", "ukraine", "car-i", "car-ii", BASHIR]
    assert near_id("joseph-konny", ids) == "joseph-kony"  # a letter added
    assert near_id("ugnda", ids) == "uganda"  # a letter missing
    assert near_id("ukriane", ids) == "ukraine"  # two letters swapped
    assert near_id("omar-hassan-ahmad-al-bshr", ids) == BASHIR  # two slips in a long id
    assert near_id("car-iii", ids) == "car-ii"
    assert near_id("car-x", ids) == "car-i"  # one edit from car-i, two from car-ii: the nearer
    assert near_id("abc-k", ["abc-i", "abc-j"]) is None  # two as near: no guess
    assert near_id("kenya", ids) is None  # nothing near
    assert near_id("car-i", ids) is None  # itself is no slip


@pytest.mark.parametrize(("person", "meant"), [
    ("omar-hassan-ahmad-al-bashr", f"did you mean '{BASHIR}'?"),  # one letter off
    ("Omar Al-Bashir", f"did you mean '{BASHIR}'"),  # an alias written for the id
    (BASHIR.upper(), f"did you mean '{BASHIR}'"),  # capitals
    ("omar_hassan_ahmad_al_bashir", f"did you mean '{BASHIR}'"),  # underscores
])
def test_a_persons_id_written_by_hand_names_the_id_meant(data_copy: Path, person: str, meant: str) -> None:
    _set(data_copy, E_CHAD, person=person)
    assert any(meant in m for m in _messages(data_copy, "person")), _messages(data_copy, "person")


def test_a_persons_id_far_from_any_is_refused_without_a_guess(data_copy: Path) -> None:
    _set(data_copy, E_CHAD, person="someone-else-entirely")
    (msg,) = [m for m in _messages(data_copy, "person") if m.startswith("unknown person")]
    assert "did you mean" not in msg


@pytest.mark.parametrize("written", ["Chad", "Chadian", "TD", "148", "tcd", "TDC", "République du Tchad"])
def test_a_state_written_another_way_names_its_code(data_copy: Path, written: str) -> None:
    _set(data_copy, E_CHAD, state=written)
    assert any(m.endswith("did you mean 'TCD' (Chad)?") for m in _messages(data_copy, "state")), _messages(data_copy, "state")


def test_control_a_state_written_as_no_state_gets_no_guess(data_copy: Path) -> None:
    _set(data_copy, E_CHAD, state="Atlantis")
    msgs = _messages(data_copy, "state")
    assert msgs and not any("did you mean" in m for m in msgs)


# --------------------------------------------------------------------------------------------- a referral's target

MS = "measures/alb-2022-03-02-situation-referral-ukraine.yaml"
REFERRAL = {"id": "alb-2022-03-02-situation-referral-ukraine", "state": "ALB", "kind": "situation_referral",
            "title": "Joint referral of the situation in Ukraine", "date": "2022-03-02", "targets": "ukraine",
            "summary": "One of the States Parties that jointly referred the situation in Ukraine.",
            "sources": [{"url": "https://www.icc-cpi.int/ukraine", "title": "Situation in Ukraine (ICC-01/22)",
                         "publisher": "International Criminal Court", "kind": "primary"}]}


@pytest.mark.parametrize(("target", "refused"), [("ukriane", True), ("ukraine", False), ("car-ii", False), ("venezuela", False)])
def test_a_referral_target_one_letter_from_a_situation_is_refused(data_copy: Path, target: str, refused: bool) -> None:
    # controls: the situation's own id; a numbered sibling of a situation (another situation, not a slip); a short
    # name far from every situation (a preliminary examination the record does not hold as a situation)
    (data_copy / "measures").mkdir(exist_ok=True)
    (data_copy / MS).write_text(dump_yaml({**REFERRAL, "targets": target}), encoding="utf-8")
    msgs = [p.message for p in check_dataset(data_copy)[1] if p.severity == "error" and p.file == f"data/{MS}" and p.field == "targets"]
    assert bool(msgs) is refused, msgs
    if refused:
        assert "one letter from the situation 'ukraine': did you mean it?" in msgs[0]


# --------------------------------------------------------------------------------------------- the review queue


def _queued(db: Path) -> str:
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import Candidate, Evidence
    from iccwatch.monitor.queue import Queue

    text = "Omar Al-Bashir arrived in N'Djamena on 22 July 2010 for a summit."
    doc = make_document(text, url="https://www.reuters.com/world/x-2010-07-22/", title="Bashir in Chad", publisher="Reuters", date="2010-07-22")
    c = Candidate(id="00000000000000aa", document=doc.id, type="visit", evidence=Evidence(sentence=text, start=0, end=len(text)),
                  confidence=0.9, method="test", person=BASHIR, state="TCD", date="2010-07-22")
    q = Queue(f"sqlite:///{db}")
    q.add(doc, [(c, None)])
    q.close()
    return c.id


def _payload(db: Path, cid: str) -> str:
    con = sqlite3.connect(db)
    try:
        return str(con.execute("select payload from ops_candidates where id = ?", (cid,)).fetchone()[0])
    finally:
        con.close()


@pytest.mark.parametrize(("field", "value", "said"), [
    ("state", "TDC", "--set state='TDC': no data/states/TDC.yaml in the record; did you mean 'TCD'?"),
    ("person", "omar-hassan-ahmad-al-bashr", f"--set person='omar-hassan-ahmad-al-bashr': no data/persons/omar-hassan-ahmad-al-bashr.yaml "
                                             f"in the record; did you mean '{BASHIR}'?"),
    ("signatories", ["TCD", "ZZZ"], "--set signatories='ZZZ': no data/states/ZZZ.yaml in the record"),
])
def test_an_edit_naming_a_record_the_data_has_not_is_refused_and_stores_nothing(data_copy: Path, tmp_path: Path, field: str,
                                                                                 value: object, said: str) -> None:
    from iccwatch.monitor.queue import Queue
    from iccwatch.monitor.review import ReviewError, edit

    db = tmp_path / "q.sqlite"
    cid = _queued(db)
    before = _payload(db, cid)
    q = Queue(f"sqlite:///{db}")
    try:
        with pytest.raises(ReviewError) as err:
            edit(q, data_copy, cid, {field: value})
        assert said in str(err.value)
        assert _payload(db, cid) == before
        # control: a State the record holds is kept
        edit(q, data_copy, cid, {"state": "JOR"})
    finally:
        q.close()
    assert '"JOR"' in _payload(db, cid)


@pytest.mark.parametrize(("url", "said"), [
    ("https://www.reuters.com/world/x-2010-07-22/?utm_source=twitter", "tracking parameters (utm_source)"),
    ("https://www.reuters.com/world/x-2010-07-22/#:~:text=Bashir", "text fragment"),
    ("https://www.reuters.com/world/x-2010-07-22/.", "ends in '.'"),
])
def test_a_source_url_copied_from_a_browser_is_refused_naming_the_option(url: str, said: str) -> None:
    from iccwatch.monitor.review import ReviewError, source_of

    doc = {"url": "https://www.reuters.com/world/x-2010-07-22/", "publisher": "Reuters", "date": "2010-07-22"}
    with pytest.raises(ReviewError, match=r"^--source-url ") as err:
        source_of(doc, url)
    assert said in str(err.value) and "nothing was written" in str(err.value)
    assert source_of(doc, "https://www.reuters.com/world/x-2010-07-22/")["url"] == "https://www.reuters.com/world/x-2010-07-22/"  # control


# --------------------------------------------------------------------------------------------- ingest


@pytest.mark.parametrize(("content", "ok"), [(b"\xef\xbb\xbf", False), (b"\xef\xbb\xbf\r\n \r\n", False), (b"\xef\xbb\xbf" + TEXT.encode(), True)])
def test_a_text_of_only_a_byte_order_mark_is_no_document(tmp_path: Path, content: bytes, ok: bool) -> None:
    from iccwatch.monitor.documents import DocumentError, read_path

    p = tmp_path / "a.txt"
    p.write_bytes(content)
    if ok:
        assert read_path(p, publisher="Reuters", date="2010-07-22")
        return
    with pytest.raises(DocumentError, match="no text found") as err:
        read_path(p, publisher="Reuters", date="2010-07-22")
    assert str(p) in str(err.value)


@pytest.mark.parametrize(("url", "ok"), [("https://www.reuters.com/world/x-2010-07-22/?utm_source=twitter", False),
                                         ("https://www.reuters.com/world/x-2010-07-22/?id=7", True)])
def test_a_front_matter_url_with_tracking_parameters_is_refused_naming_the_file(tmp_path: Path, data_copy: Path, url: str, ok: bool) -> None:
    run = ingest_with_url(tmp_path, data_copy, url)
    p = tmp_path / "a.txt"
    if ok:
        assert run.returncode == 0, run.stderr
        return
    assert run.returncode == 1 and "Traceback" not in run.stderr
    said = " ".join(run.stderr.split())
    assert f"{p}: url {url!r}: the address carries tracking parameters (utm_source)" in said and "not ingested" in said


# --------------------------------------------------------------------------------------------- the API and the command line


@pytest.mark.parametrize("state", ["Chadian", "TDC"])
def test_an_unknown_state_given_by_its_demonym_or_a_mistyped_code_names_the_state(client, state: str) -> None:  # noqa: ANN001
    r = client.get(f"/api/v1/states/{state}")
    assert r.status_code == 404 and r.json()["field"] == "state"
    assert r.json()["detail"].endswith("; did you mean Chad (TCD)?")


def test_control_an_unknown_state_far_from_any_gets_no_guess(client) -> None:  # noqa: ANN001
    r = client.get("/api/v1/states/QQQ")
    assert r.status_code == 404 and "did you mean" not in r.json()["detail"]


def test_control_a_feed_items_link_with_tracking_parameters_is_still_ingested(tmp_path: Path, data_copy: Path) -> None:
    # a feed's links are the publisher's, often tagged utm_source=rss: the rule reads only a url written by hand in a
    # text's front matter
    from iccwatch.store import build_store

    p = tmp_path / "feed.xml"
    p.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>Bashir in Chad</title>'
                 "<link>https://www.reuters.com/world/x-2010-07-22/?utm_source=rss</link><pubDate>Thu, 22 Jul 2010 10:00:00 GMT</pubDate>"
                 f"<description>{TEXT.strip()}</description></item></channel></rss>", encoding="utf-8")
    db = tmp_path / "s.sqlite"
    words = "lookups/monitor_words.yaml"
    (data_copy / words).write_bytes((Path(__file__).resolve().parents[2] / "data" / words).read_bytes())
    build_store(data_copy, f"sqlite:///{db}")
    run = subprocess.run([EXE, "monitor", "ingest", str(p), "--db", str(db)], capture_output=True, text=True, timeout=300,
                         errors="replace", env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"})
    assert run.returncode == 0, run.stderr
